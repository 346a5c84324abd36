"""Engine: what the interview screen computes after each answer, on a long interview over every bank.

The interview: all shipped banks at once, 200 answer events built from the banks' own questions
with values they accept (options, scales, numbers, money, dates, texts that trip their keyword
signals), including changed answers, cleared answers and answers given through another bank's
question for a shared fact. Notes come between answers as a rep types them: they are not engine
events, but the screen evaluates again after each, which must then cost nothing.

Goal row: after each answer, the evaluation the screen's judging worker does — bring the state up
to date, judge every bank (scores, coverage, signals, verdict, next questions) and derive the
stage — through `Engine.evaluate` with the previous evaluation, as the screen keeps it. Samples
cycle over every answer of the interview, so early (light) and late (heavy) states both count;
each pass starts from a fresh engine, so each answer's value is new to the engine when timed.
Reported rows: the same evaluation without a previous one (fold the whole log, judge every bank:
what the screen's worker calls today, `state()` then `judge_all`), and the fold of the whole log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import Row, repeat
from interview.engine.answers import coerce_answer
from interview.engine.engine import Engine, Evaluation
from interview.engine.state import AnswerCleared, AnswerGiven, Event
from question_banks.catalog import discover
from question_banks.model import Question

ANSWER_EVENTS = 200
NOTE_EVERY = 10  # a note after every tenth answer
REFERENCE_DATE = dt.date(2026, 3, 2)
SEED = 6

# Free text as reps type it: accents, capitals, and words the banks' keyword signals look for.
TEXTS = (
    "Nous avons besoin d'une application mobile dès que possible",
    "Our reps lose two hours a day on manual reporting",
    "No idea yet, they will come back to us",
    "Réduire le délai de traitement des commandes de 30 %",
    "The CFO signs anything above 50k; procurement reviews the contract",
    "Ils utilisent Excel et un vieux CRM maison",
    "A mobile app for field technicians, with offline mode",
    "Le comité de direction se réunit début avril",
    "Don't know, the project is still being scoped",
    "Cut churn by 15 % before the renewal season",
    "Intégration avec SAP obligatoire, sinon rien ne bouge",
    "Nothing measured so far",
)


def _raw_value(question: Question, rng: random.Random) -> Any:
    """A value the question accepts, in the natural form a widget or YAML would give."""
    values = [o.value for o in question.options or ()]
    if question.kind in ("yes_no", "choice"):
        return rng.choice(values)
    if question.kind == "multi_choice":
        return rng.sample(values, rng.randint(1, len(values)))
    if question.kind == "scale":
        return rng.randint(1, 5)
    if question.kind == "number":
        return rng.choice((0, 1, 2, 3, 5, 8, 12, 40, 250, 1200))
    if question.kind == "money":
        return {"amount": rng.choice((5_000, 20_000, 75_000, 250_000, 1_500_000)), "currency": "EUR"}
    if question.kind == "date":
        return (REFERENCE_DATE + dt.timedelta(days=rng.randint(-20, 400))).isoformat()
    return rng.choice(TEXTS)


@dataclass(frozen=True)
class Interview:
    engine: Engine
    bank_ids: tuple[str, ...]
    events: tuple[Event, ...]  # the 200 answer events, in order
    notes_after: frozenset[int]  # indexes of the answers a note follows


def build_interview() -> Interview:
    catalog = discover()
    if catalog.problems:
        raise RuntimeError(f"the shipped banks have problems: {catalog.problems[:3]}")
    engine = Engine({bank_id: e.bank for bank_id, e in catalog.entries.items()})
    bank_ids = tuple(engine.banks)
    rng = random.Random(SEED)
    asking: dict[str, list[Question]] = {}  # answer key -> every question that asks it
    for bank_id in bank_ids:
        for question in engine.banks[bank_id].questions():
            asking.setdefault(question.key, []).append(question)

    events: list[Event] = []
    answered: list[str] = []
    cleared: list[str] = []
    clock = 0.0

    def give(key: str) -> None:
        nonlocal clock
        question = rng.choice(asking[key])  # a shared fact may come through any bank's question
        clock += rng.uniform(5, 40)
        events.append(AnswerGiven(question.id, coerce_answer(question, _raw_value(question, rng)), clock))

    # First pass: the interview walks the banks in catalog order, answering each key once.
    for key in asking:
        give(key)
        answered.append(key)
    # Then the rep goes back: changes answers, clears a few, answers some cleared ones again.
    while len(events) < ANSWER_EVENTS:
        roll = rng.random()
        if roll < 0.08 and len(answered) > 1:
            key = answered.pop(rng.randrange(len(answered)))
            clock += rng.uniform(2, 10)
            events.append(AnswerCleared(rng.choice(asking[key]).id, clock))
            cleared.append(key)
        elif roll < 0.16 and cleared:
            key = cleared.pop(0)
            give(key)
            answered.append(key)
        else:
            give(rng.choice(answered))
    notes = frozenset(range(NOTE_EVERY - 1, ANSWER_EVENTS, NOTE_EVERY))
    return Interview(engine, bank_ids, tuple(events[:ANSWER_EVENTS]), notes)


def _fresh_engine(engine: Engine) -> Engine:
    """The same banks as new objects: nothing compiled or memoised yet, as in a freshly started app."""
    return Engine(
        {bank_id: dataclasses.replace(bank) for bank_id, bank in engine.banks.items()}, engine.thresholds
    )


def _after_each_answer(interview: Interview) -> Callable[[], float]:
    """One sample: the evaluation right after the next answer, continuing the one before it.

    Each pass over the interview starts from a fresh engine, so every answer's new value is seen
    for the first time when it is timed, as in the app (nothing learnt from a previous pass).
    """
    bank_ids, events = interview.bank_ids, interview.events
    logs = [events[: n + 1] for n in range(len(events))]  # sliced outside the timing
    engine = interview.engine
    previous: Evaluation | None = None
    position = 0

    def sample() -> float:
        nonlocal engine, previous, position
        n = position % len(events)
        position += 1
        if n == 0:
            engine = _fresh_engine(interview.engine)
            previous = engine.evaluate(bank_ids, (), REFERENCE_DATE)  # the screen opens: compiles banks
        start = time.perf_counter()
        previous = engine.evaluate(bank_ids, logs[n], REFERENCE_DATE, previous)
        took = (time.perf_counter() - start) * 1000
        # The screen evaluates again after a note: there is nothing new, so nothing to do.
        if (
            n in interview.notes_after
            and engine.evaluate(bank_ids, logs[n], REFERENCE_DATE, previous) is not previous
        ):
            raise AssertionError("a note made the engine work")
        return took

    return sample


def _from_scratch(interview: Interview) -> Callable[[], float]:
    """One sample: after the next answer, fold the whole log and judge every bank anew."""
    engine, bank_ids, events = interview.engine, interview.bank_ids, interview.events
    logs = [events[: n + 1] for n in range(len(events))]
    position = 0

    def sample() -> float:
        nonlocal position
        log = logs[position % len(events)]
        position += 1
        start = time.perf_counter()
        state = engine.state(log, REFERENCE_DATE)
        engine.stage(engine.judge_all(bank_ids, state), state)
        return (time.perf_counter() - start) * 1000

    return sample


def _changed(engine: Engine, events: Sequence[Event]) -> int:
    """Answers given to a key that already had one."""
    answered: set[str] = set()
    changed = 0
    for event in events:
        key = engine.index.key_of(event.question_id)  # type: ignore[union-attr]
        if isinstance(event, AnswerCleared):
            answered.discard(key)
        elif key in answered:
            changed += 1
        else:
            answered.add(key)
    return changed


def _replay_build(interview: Interview) -> Callable[[], float]:
    """One sample: the replay of the whole interview, from its stored events to every moment."""
    from interview.event_codec import encode
    from interview.replay import build_timeline
    from storage.records import EventRecord, InterviewRecord, LeadRecord

    stored = [EventRecord(n + 1, e.at, *encode(e)) for n, e in enumerate(interview.events)]
    lead = LeadRecord(1, "lead", "Lead", None, None, {})
    started = dt.datetime.combine(REFERENCE_DATE, dt.time(9), dt.UTC)
    record = InterviewRecord(1, "bench", lead, "rep", interview.bank_ids, "en", "ended", started, None)

    def sample() -> float:
        start = time.perf_counter()
        build_timeline(record, stored, [], interview.engine)
        return (time.perf_counter() - start) * 1000

    return sample


def run(quick: bool) -> list[Row]:
    interview = build_interview()
    engine, bank_ids, events = interview.engine, interview.bank_ids, interview.events
    runs = 150 if quick else 500
    detail = {
        "banks": list(bank_ids),
        "answer_events": len(events),
        "changed": _changed(engine, events),
        "cleared": sum(isinstance(e, AnswerCleared) for e in events),
        "answers_at_end": len(engine.state(events, REFERENCE_DATE).answers),
        "notes": len(interview.notes_after),
    }
    live = repeat(runs, _after_each_answer(interview), warmup=0)
    scratch = repeat(runs, _from_scratch(interview), warmup=3)

    def fold_all() -> float:
        start = time.perf_counter()
        engine.state(events, REFERENCE_DATE)
        return (time.perf_counter() - start) * 1000

    size = f"{len(events)} answers, {len(bank_ids)} banks"
    timeline = _replay_build(interview)
    return [
        Row(
            f"engine: evaluate after one answer ({size})",
            live,
            statistic="p99",
            goal_abs=2.0,
            note="Engine.evaluate with the previous evaluation: fold the new event, judge the banks it "
            "touches, stage",
            extra=detail,
        ),
        Row(
            f"engine: evaluate after one answer, from scratch ({size})",
            scratch,
            statistic="p99",
            note="reported only: fold the whole log + judge_all + stage, the screen's calls today",
        ),
        Row(
            f"replay: build the timeline ({size})",
            repeat(max(20, runs // 10), timeline, warmup=2),
            statistic="median",
            goal_abs=100.0,
            note="interview/replay.py: every moment evaluated (incrementally) when a replay opens; "
            "seeking afterwards is a lookup",
        ),
        Row(
            f"engine: fold the whole log ({len(events)} events)",
            repeat(runs, fold_all, warmup=3),
            statistic="median",
            note="reported only",
        ),
    ]
