"""Grade one practice interview against its scenario: what was right, what was missed, and a score.

`grade(scenario, engine, events, date)` replays the trainee's events through the engine (the
scenario's frameworks only) and compares them with the scenario:

- **facts**: each answer recorded at the end against the scenario's truth: right, wrong, missing
  (a must-ask never recorded) or not required (true but not asked, and not a must-ask). Answers the
  scenario has no truth for (a deliberately vague reply, or a question it does not script) are
  listed as not judged and never count.
- **questions**: the must-ask facts and questions that never got an answer.
- **signals**: the expected signals that fired at some moment of the call (caught), and those that
  never did (missed), each saying which of the answers they read were missing or wrong.
- **order mistakes**: process warnings that fired at any moment (money before need, authority never
  asked...), once per signal id whichever banks raised it, and the scenario's own order rules
  broken; a process signal the scenario expects is not a mistake.
- **verdicts**: each framework's verdict at the end (a rep's override counts: it is their call)
  against the expected one; for profile banks (SONCASE), the leading motive.
- **traps**: avoided (every answer it involves recorded right), fallen into (a bait value recorded,
  or a wrong answer on its refs), or unseen (some of its questions never asked).

How recorded answers compare with the truth (`matches`):
- options (yes/no, choice): the same value; multi-choice: the same set of values;
- text: the truth is prose, so any non-empty answer is right, unless the reply lists `accept`
  words: then the answer must contain one of them (case and accents ignored);
- scale (1-5): within `SCALE_TOLERANCE` point; number: equal; money: same currency and within
  `MONEY_TOLERANCE` of the amount; date: within `DATE_TOLERANCE_DAYS` days.

Score, out of 100 (`WEIGHTS`): facts 30 (share right among facts recorded or required), questions
20 (share of must-asks asked), signals 20 (share of expected signals caught), order 15 (minus
`ORDER_MISTAKE_COST` per mistake, not below 0), verdicts 15 (share right). A part with nothing to
judge earns its full weight. The total is rounded half up.

Asking a question means recording an answer to it: the event log holds answers, not speech.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from interview.engine.answers import AnswerValue, Money
from interview.engine.engine import Engine, Evaluation
from interview.engine.evaluate import same
from interview.engine.judge import BankJudgement, FiredSignal
from interview.engine.state import AnswerGiven, Event
from interview.engine.wording import label_strings, tr
from interview.training.scripted import answer_value, question_for
from question_banks.conditions import fold
from question_banks.model import Bank, Question, Text
from question_banks.scenarios import Reply, Scenario, Trap

WEIGHTS: dict[str, float] = {"facts": 30, "questions": 20, "signals": 20, "order": 15, "verdicts": 15}
ORDER_MISTAKE_COST = 5.0  # points of the order part lost per mistake
SCALE_TOLERANCE = 1
MONEY_TOLERANCE = 0.10
DATE_TOLERANCE_DAYS = 7

FactStatus = Literal["right", "wrong", "missing", "not_required", "not_judged"]
TrapStatus = Literal["avoided", "fell_in", "unseen"]


@dataclass(frozen=True)
class FactCheck:
    ref: str  # the fact, or the question id
    question_id: str  # the question it is shown through
    question: Text
    status: FactStatus
    required: bool  # a must-ask
    truth: AnswerValue | None
    recorded: AnswerValue | None
    explanation: Text


@dataclass(frozen=True)
class SignalCheck:
    ref: str  # bank.signal
    bank_id: str
    signal_id: str
    kind: str  # positive, warning, red_flag
    caught: bool
    at: float | None  # seconds into the call when it first fired
    message: Text  # the signal's own line
    explanation: Text


@dataclass(frozen=True)
class MissedQuestion:
    ref: str
    question_id: str
    question: Text
    explanation: Text


@dataclass(frozen=True)
class OrderMistake:
    kind: Literal["process_signal", "order_rule"]
    ref: str  # the signal id, or "first > then"
    banks: tuple[str, ...]
    at: float
    message: Text
    explanation: Text


@dataclass(frozen=True)
class VerdictCheck:
    bank_id: str
    name: Text
    expected: str  # a verdict, or for profile banks the motive that should lead
    actual: str | None
    right: bool
    explanation: Text


@dataclass(frozen=True)
class TrapCheck:
    id: str
    status: TrapStatus
    explanation: Text


@dataclass(frozen=True)
class ScorePart:
    id: str  # facts, questions, signals, order, verdicts
    label: Text
    weight: float
    earned: float
    explanation: Text


@dataclass(frozen=True)
class GradeReport:
    scenario_id: str
    reference_date: dt.date
    score: int  # 0-100
    parts: tuple[ScorePart, ...]
    facts: tuple[FactCheck, ...]
    signals: tuple[SignalCheck, ...]  # the expected ones, caught or not
    missed_questions: tuple[MissedQuestion, ...]
    order_mistakes: tuple[OrderMistake, ...]
    verdicts: tuple[VerdictCheck, ...]
    traps: tuple[TrapCheck, ...]
    unexpected_signals: tuple[SignalCheck, ...]  # warnings and red flags at the end, not expected
    summary: Text

    @property
    def caught(self) -> tuple[str, ...]:
        return tuple(s.ref for s in self.signals if s.caught)

    @property
    def missed(self) -> tuple[str, ...]:
        return tuple(s.ref for s in self.signals if not s.caught)

    def facts_with(self, status: FactStatus) -> tuple[str, ...]:
        return tuple(f.ref for f in self.facts if f.status == status)

    def part(self, part_id: str) -> ScorePart:
        return next(p for p in self.parts if p.id == part_id)


# --- Comparing answers --------------------------------------------------------------------------


def matches(question: Question, reply: Reply | None, truth: AnswerValue, recorded: AnswerValue) -> bool:
    """Whether `recorded` says what `truth` says, by the rules in this module's docstring."""
    kind = question.kind
    if kind == "text":
        if not isinstance(recorded, str) or not recorded.strip():
            return False
        words = reply.accept if reply is not None else ()
        folded = fold(recorded)
        return not words or any(fold(w) in folded for w in words)
    if kind == "multi_choice":
        left = recorded if isinstance(recorded, tuple) else (recorded,)
        right = truth if isinstance(truth, tuple) else (truth,)
        return {(type(v), v) for v in left} == {(type(v), v) for v in right}
    if kind == "scale" and isinstance(recorded, int) and isinstance(truth, int):
        return abs(recorded - truth) <= SCALE_TOLERANCE
    if kind == "money" and isinstance(recorded, Money) and isinstance(truth, Money):
        if recorded.currency != truth.currency:
            return False
        return abs(recorded.amount - truth.amount) <= abs(truth.amount) * Decimal(str(MONEY_TOLERANCE))
    if kind == "date" and isinstance(recorded, dt.date) and isinstance(truth, dt.date):
        return abs((recorded - truth).days) <= DATE_TOLERANCE_DAYS
    return same(recorded, truth)


def _shown(question: Question, value: AnswerValue | None) -> tuple[str, str]:
    if value is None:
        return "—", "—"
    if isinstance(value, dt.date):
        return value.isoformat(), value.isoformat()
    en, fr = label_strings(question, value)
    if question.kind == "text":
        return f"“{en}”", f"« {fr} »"
    return en, fr


# --- Replaying the attempt ----------------------------------------------------------------------


@dataclass
class _Replay:
    final: Evaluation
    first_fired: dict[tuple[str, str], tuple[float, FiredSignal]]  # (bank, signal) -> first firing
    asked: dict[str, tuple[int, float]]  # answer key -> (order of its first answer, when)


def _replay(engine: Engine, bank_ids: tuple[str, ...], events: Sequence[Event], date: dt.date) -> _Replay:
    evaluation = engine.evaluate(bank_ids, [], date)
    first_fired: dict[tuple[str, str], tuple[float, FiredSignal]] = {}
    asked: dict[str, tuple[int, float]] = {}
    log = list(events)
    for i, event in enumerate(log):
        evaluation = engine.evaluate(bank_ids, log[: i + 1], date, previous=evaluation)
        if isinstance(event, AnswerGiven):
            asked.setdefault(engine.index.key_of(event.question_id), (i, event.at))
        for judgement in evaluation.judgements:
            for signal in judgement.signals:
                first_fired.setdefault((judgement.bank_id, signal.id), (event.at, signal))
    return _Replay(evaluation, first_fired, asked)


# --- The report ---------------------------------------------------------------------------------


def grade(
    scenario: Scenario, engine: Engine, events: Sequence[Event], date: dt.date | None = None
) -> GradeReport:
    """The report of one attempt at `scenario`: `events` as recorded, judged by `engine`'s banks.

    `date` is the day of the call (relative truth dates count from it); today by default.
    """
    date = date or dt.date.today()
    missing = [b for b in scenario.frameworks if b not in engine.banks]
    if missing:
        raise ValueError(f"scenario {scenario.id}: no loaded bank for {', '.join(missing)}")
    bank_ids = tuple(scenario.frameworks)
    replay = _replay(engine, bank_ids, events, date)
    judgements = {j.bank_id: j for j in replay.final.judgements}

    facts = _facts(scenario, engine, replay, date)
    by_ref = {f.ref: f for f in facts}
    signals = _signals(scenario, engine, replay, by_ref)
    missed_questions = _missed_questions(scenario, engine, replay)
    order_mistakes = _order_mistakes(scenario, engine, replay)
    verdicts = tuple(
        _verdict(scenario, engine.banks[b], judgements[b]) for b in bank_ids if _expects(scenario, b)
    )
    traps = tuple(_trap(t, engine, scenario, by_ref, date) for t in scenario.traps)
    unexpected = _unexpected(scenario, replay)

    parts = _parts(scenario, facts, missed_questions, signals, order_mistakes, verdicts)
    total = sum(p.earned for p in parts)
    score = max(0, min(100, int(total + 0.5)))
    return GradeReport(
        scenario_id=scenario.id,
        reference_date=date,
        score=score,
        parts=parts,
        facts=facts,
        signals=signals,
        missed_questions=missed_questions,
        order_mistakes=order_mistakes,
        verdicts=verdicts,
        traps=traps,
        unexpected_signals=unexpected,
        summary=_summary(score, parts),
    )


def _expects(scenario: Scenario, bank_id: str) -> bool:
    return bank_id in scenario.expected.verdicts or bank_id in scenario.expected.motives


def _facts(scenario: Scenario, engine: Engine, replay: _Replay, date: dt.date) -> tuple[FactCheck, ...]:
    answers = replay.final.state.answers
    must = set(scenario.expected.must_ask)
    out: list[FactCheck] = []
    for reply in scenario.replies:
        question = question_for(scenario, engine, reply.ref)
        answer = answers.get(reply.ref)
        recorded = answer.value if answer is not None else None
        required = reply.ref in must
        if not reply.has_truth:
            if recorded is not None:
                out.append(
                    _fact(
                        reply.ref,
                        question,
                        "not_judged",
                        required,
                        None,
                        recorded,
                        _vague(question, recorded),
                    )
                )
            continue
        truth = answer_value(question, reply.truth, date)
        if recorded is None:
            status: FactStatus = "missing" if required else "not_required"
        else:
            status = "right" if matches(question, reply, truth, recorded) else "wrong"
        out.append(
            _fact(
                reply.ref,
                question,
                status,
                required,
                truth,
                recorded,
                _fact_text(status, question, reply, truth, recorded),
            )
        )
    for key, answer in answers.items():  # answered, but not in the script
        if scenario.reply(key) is None:
            question = engine.index.questions[answer.question_id]
            text = _unscripted(question, answer.value)
            out.append(_fact(key, question, "not_judged", False, None, answer.value, text))
    return tuple(out)


def _fact(
    ref: str,
    question: Question,
    status: FactStatus,
    required: bool,
    truth: AnswerValue | None,
    recorded: AnswerValue | None,
    explanation: Text,
) -> FactCheck:
    return FactCheck(ref, question.id, question.text, status, required, truth, recorded, explanation)


def _fact_text(
    status: FactStatus, question: Question, reply: Reply, truth: AnswerValue, recorded: AnswerValue | None
) -> Text:
    r_en, r_fr = _shown(question, recorded)
    if question.kind == "text":
        # The truth of a text is prose in one language: quote what the prospect said instead.
        said = reply.once_asked.say if reply.once_asked is not None else reply.say
        t_en, t_fr = f"what the prospect said, “{said.en}”", f"ce que le prospect a dit, « {said.fr} »"
    else:
        t_en, t_fr = _shown(question, truth)
    if status == "right":
        text = tr(f"Recorded {r_en}: it matches {t_en}.", f"Noté {r_fr} : conforme à {t_fr}.")
    elif status == "wrong":
        text = tr(f"Recorded {r_en}, but the truth is {t_en}.", f"Noté {r_fr}, mais la réalité est {t_fr}.")
        if reply.accept:
            words = ", ".join(reply.accept)
            text = tr(
                f"{text.en} The answer should say one of: {words}.",
                f"{text.fr} La réponse devrait contenir l'un de ces mots : {words}.",
            )
    elif status == "missing":
        text = tr(
            f"A must-ask never recorded; the truth was {t_en}.",
            f"Question incontournable jamais notée ; la réalité était {t_fr}.",
        )
    else:
        text = tr(
            f"Not asked, and not required in this call (the truth: {t_en}).",
            f"Pas posée, et pas indispensable dans cet appel (la réalité : {t_fr}).",
        )
    if reply.why is not None and status in ("wrong", "missing"):
        text = tr(f"{text.en} {reply.why.en}", f"{text.fr} {reply.why.fr}")
    return text


def _vague(question: Question, recorded: AnswerValue) -> Text:
    en, fr = _shown(question, recorded)
    return tr(
        f"The prospect gave no firm answer here; what you recorded ({en}) is not judged.",
        f"Le prospect n'a rien dit de précis ici ; ce que vous avez noté ({fr}) n'est pas évalué.",
    )


def _unscripted(question: Question, recorded: AnswerValue) -> Text:
    en, fr = _shown(question, recorded)
    return tr(
        f"Not in this scenario's script (the prospect only gave the default reply); {en} is not judged.",
        f"Hors du script de ce scénario (le prospect n'a donné que sa réponse par défaut) ; "
        f"{fr} n'est pas évalué.",
    )


def _signals(
    scenario: Scenario, engine: Engine, replay: _Replay, facts: dict[str, FactCheck]
) -> tuple[SignalCheck, ...]:
    out = []
    for ref in scenario.expected.signals:
        bank_id, _, signal_id = ref.partition(".")
        bank = engine.banks[bank_id]
        signal = next(s for s in bank.signals if s.id == signal_id)
        fired = replay.first_fired.get((bank_id, signal_id))
        if fired is not None:
            explanation = tr(
                f"Caught at {_clock(fired[0])}. {signal.explanation.en}",
                f"Repéré à {_clock(fired[0])}. {signal.explanation.fr}",
            )
        else:
            explanation = _why_not_fired(bank, signal.when, facts)
        out.append(
            SignalCheck(
                ref,
                bank_id,
                signal_id,
                signal.kind,
                fired is not None,
                fired[0] if fired is not None else None,
                signal.message,
                explanation,
            )
        )
    return tuple(out)


def _why_not_fired(bank: Bank, when: Any, facts: dict[str, FactCheck]) -> Text:
    """The answers the signal reads that were missing or wrong."""
    keys: list[str] = []
    by_ref = {q.id: q for q in bank.questions()} | {q.fact: q for q in bank.questions() if q.fact}
    for node in when.walk():
        ref = getattr(node, "ref", None)
        question = by_ref.get(ref) if isinstance(ref, str) else None
        if question is not None and question.key not in keys:
            keys.append(question.key)
    off = [facts[k] for k in keys if k in facts and facts[k].status in ("wrong", "missing", "not_required")]
    if not off:
        return tr(
            "It never fired: the answers it reads were not recorded as the prospect gave them.",
            "Il ne s'est jamais déclenché : les réponses qu'il lit n'ont pas été notées comme le "
            "prospect les a données.",
        )
    en = "; ".join(f"{f.question.en} ({_status_en(f.status)})" for f in off)
    fr = "; ".join(f"{f.question.fr} ({_status_fr(f.status)})" for f in off)
    return tr(f"It never fired. It reads: {en}.", f"Il ne s'est jamais déclenché. Il lit : {fr}.")


_STATUS = {
    "right": ("right", "juste"),
    "wrong": ("recorded wrong", "mal notée"),
    "missing": ("never asked", "jamais posée"),
    "not_required": ("never asked", "jamais posée"),
    "not_judged": ("not judged", "non évaluée"),
}


def _status_en(status: str) -> str:
    return _STATUS[status][0]


def _status_fr(status: str) -> str:
    return _STATUS[status][1]


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


def _missed_questions(scenario: Scenario, engine: Engine, replay: _Replay) -> tuple[MissedQuestion, ...]:
    out = []
    for ref in scenario.expected.must_ask:
        if ref in replay.asked:
            continue
        question = question_for(scenario, engine, ref)
        reply = scenario.reply(ref)
        heard_en, heard_fr = (reply.say.en, reply.say.fr) if reply is not None else ("", "")
        text = tr(
            f"Never asked. The prospect would have said: “{heard_en}”",
            f"Jamais posée. Le prospect aurait répondu : « {heard_fr} »",
        )
        if reply is not None and reply.why is not None:
            text = tr(f"{text.en} {reply.why.en}", f"{text.fr} {reply.why.fr}")
        out.append(MissedQuestion(ref, question.id, question.text, text))
    return tuple(out)


def _order_mistakes(scenario: Scenario, engine: Engine, replay: _Replay) -> tuple[OrderMistake, ...]:
    expected = set(scenario.expected.signals)
    grouped: dict[str, tuple[float, list[str], FiredSignal]] = {}
    for (bank_id, signal_id), (at, signal) in replay.first_fired.items():
        if signal.scope != "process" or signal.kind == "positive" or f"{bank_id}.{signal_id}" in expected:
            continue
        found = grouped.get(signal_id)
        if found is None:
            grouped[signal_id] = (at, [bank_id], signal)
        else:
            found[1].append(bank_id)
            if at < found[0]:
                grouped[signal_id] = (at, found[1], signal)
    out = [
        OrderMistake("process_signal", signal_id, tuple(banks), at, signal.message, signal.explanation)
        for signal_id, (at, banks, signal) in grouped.items()
    ]
    for rule in scenario.expected.order:
        then = replay.asked.get(rule.then)
        if then is None:
            continue
        first = replay.asked.get(rule.first)
        if first is not None and first[0] < then[0]:
            continue
        q_first = question_for(scenario, engine, rule.first).text
        q_then = question_for(scenario, engine, rule.then).text
        out.append(
            OrderMistake(
                "order_rule",
                f"{rule.first} > {rule.then}",
                (),
                then[1],
                tr(
                    f"Asked “{q_then.en}” before “{q_first.en}”",
                    f"« {q_then.fr} » posée avant « {q_first.fr} »",
                ),
                rule.why,
            )
        )
    return tuple(sorted(out, key=lambda m: m.at))


def _verdict(scenario: Scenario, bank: Bank, judgement: BankJudgement) -> VerdictCheck:
    if bank.output == "profile":
        expected = scenario.expected.motives[bank.id]
        leading = judgement.profile[0].criterion if judgement.profile else None
        names = {c.id: c.name for c in bank.criteria}
        want = names[expected]
        got = names[leading] if leading is not None else Text("none", "aucun")
        right = leading == expected
        if right:
            text = tr(
                f"{bank.name.en}: {want.en} leads the profile, as it should.",
                f"{bank.name.fr} : {want.fr} domine le profil, comme attendu.",
            )
        else:
            text = tr(
                f"{bank.name.en}: your answers make {got.en} lead; it should be {want.en}.",
                f"{bank.name.fr} : vos réponses font dominer {got.fr} ; ce devrait être {want.fr}.",
            )
        return VerdictCheck(bank.id, bank.name, expected, leading, right, text)
    expected = scenario.expected.verdicts[bank.id]
    actual = judgement.verdict
    right = actual == expected
    if right:
        text = tr(
            f"{bank.name.en}: {actual}, the right verdict.",
            f"{bank.name.fr} : {_verdict_fr(actual)}, le bon verdict.",
        )
    else:
        why = judgement.verdict_reasons[0] if judgement.verdict_reasons else Text("", "")
        text = tr(
            f"{bank.name.en}: {actual} at the end of your call; the right verdict is {expected}. {why.en}",
            f"{bank.name.fr} : {_verdict_fr(actual)} à la fin de votre appel ; le bon verdict est "
            f"{_verdict_fr(expected)}. {why.fr}",
        )
    return VerdictCheck(bank.id, bank.name, expected, actual, right, tr(text.en.strip(), text.fr.strip()))


_VERDICTS_FR = {
    "qualified": "qualifié",
    "nurture": "à mûrir",
    "disqualified": "disqualifié",
    "insufficient": "insuffisant",
}


def _verdict_fr(verdict: str | None) -> str:
    return _VERDICTS_FR.get(verdict or "", verdict or "aucun")


def _trap(
    trap: Trap, engine: Engine, scenario: Scenario, facts: dict[str, FactCheck], date: dt.date
) -> TrapCheck:
    baited: list[tuple[Question, AnswerValue]] = []
    for ref, raw in trap.bait.items():
        fact = facts.get(ref)
        if fact is None or fact.recorded is None:
            continue
        question = question_for(scenario, engine, ref)
        bait = answer_value(question, raw, date)
        if matches(question, scenario.reply(ref), bait, fact.recorded) and not (
            fact.truth is not None and matches(question, scenario.reply(ref), fact.truth, fact.recorded)
        ):
            baited.append((question, fact.recorded))
    judged = [facts[r] for r in trap.refs if r in facts and facts[r].truth is not None]
    wrong = [f for f in judged if f.status == "wrong"]
    recorded = [f for f in judged if f.recorded is not None]
    if baited or wrong:
        if baited:
            question, value = baited[0]
        else:
            question, value = engine.index.questions[wrong[0].question_id], wrong[0].recorded
        v_en, v_fr = _shown(question, value)
        return TrapCheck(
            trap.id,
            "fell_in",
            tr(
                f"Caught by it: you recorded {v_en} for “{question.text.en}”. {trap.text.en}",
                f"Piégé : vous avez noté {v_fr} pour « {question.text.fr} ». {trap.text.fr}",
            ),
        )
    if recorded and all(f.status == "right" for f in judged):
        return TrapCheck(trap.id, "avoided", tr(f"Avoided. {trap.text.en}", f"Évité. {trap.text.fr}"))
    return TrapCheck(
        trap.id,
        "unseen",
        tr(
            f"Not explored to the end: some of its questions were never asked. {trap.text.en}",
            f"Pas exploré jusqu'au bout : certaines de ses questions n'ont pas été posées. {trap.text.fr}",
        ),
    )


def _unexpected(scenario: Scenario, replay: _Replay) -> tuple[SignalCheck, ...]:
    expected = set(scenario.expected.signals)
    out = []
    for judgement in replay.final.judgements:
        for signal in judgement.signals:
            ref = f"{judgement.bank_id}.{signal.id}"
            if signal.scope != "lead" or signal.kind == "positive" or ref in expected:
                continue
            at = replay.first_fired[(judgement.bank_id, signal.id)][0]
            because = "; ".join(r.en for r in signal.reasons)
            because_fr = "; ".join(r.fr for r in signal.reasons)
            out.append(
                SignalCheck(
                    ref,
                    judgement.bank_id,
                    signal.id,
                    signal.kind,
                    True,
                    at,
                    signal.message,
                    tr(
                        f"Not expected in this call; raised by: {because}.",
                        f"Inattendu dans cet appel ; déclenché par : {because_fr}.",
                    ),
                )
            )
    return tuple(out)


# --- Score --------------------------------------------------------------------------------------


def _share(weight: float, good: int, total: int) -> float:
    return weight if total == 0 else weight * good / total


def _parts(
    scenario: Scenario,
    facts: tuple[FactCheck, ...],
    missed_questions: tuple[MissedQuestion, ...],
    signals: tuple[SignalCheck, ...],
    order_mistakes: tuple[OrderMistake, ...],
    verdicts: tuple[VerdictCheck, ...],
) -> tuple[ScorePart, ...]:
    judged = [f for f in facts if f.status in ("right", "wrong", "missing")]
    right = sum(f.status == "right" for f in judged)
    must = len(scenario.expected.must_ask)
    asked = must - len(missed_questions)
    caught = sum(s.caught for s in signals)
    mistakes = len(order_mistakes)
    verdicts_right = sum(v.right for v in verdicts)
    order_earned = max(0.0, WEIGHTS["order"] - ORDER_MISTAKE_COST * mistakes)
    return (
        ScorePart(
            "facts",
            tr("Facts recorded", "Faits notés"),
            WEIGHTS["facts"],
            _share(WEIGHTS["facts"], right, len(judged)),
            tr(
                f"{right} of {len(judged)} facts right (recorded, or required)",
                f"faits justes : {right} sur {len(judged)} (notés, ou indispensables)",
            ),
        ),
        ScorePart(
            "questions",
            tr("Must-ask questions", "Questions incontournables"),
            WEIGHTS["questions"],
            _share(WEIGHTS["questions"], asked, must),
            tr(f"{asked} of {must} asked", f"posées : {asked} sur {must}"),
        ),
        ScorePart(
            "signals",
            tr("Signals caught", "Signaux repérés"),
            WEIGHTS["signals"],
            _share(WEIGHTS["signals"], caught, len(signals)),
            tr(f"{caught} of {len(signals)} caught", f"repérés : {caught} sur {len(signals)}"),
        ),
        ScorePart(
            "order",
            tr("Order of the interview", "Ordre de l'entretien"),
            WEIGHTS["order"],
            order_earned,
            tr(
                f"{mistakes} order mistake(s), {ORDER_MISTAKE_COST:g} points each",
                f"{mistakes} erreur(s) d'ordre, {ORDER_MISTAKE_COST:g} points chacune",
            ),
        ),
        ScorePart(
            "verdicts",
            tr("Verdicts", "Verdicts"),
            WEIGHTS["verdicts"],
            _share(WEIGHTS["verdicts"], verdicts_right, len(verdicts)),
            tr(
                f"{verdicts_right} of {len(verdicts)} right", f"justes : {verdicts_right} sur {len(verdicts)}"
            ),
        ),
    )


def _summary(score: int, parts: tuple[ScorePart, ...]) -> Text:
    en = "; ".join(f"{p.label.en}: {_number(p.earned)}/{p.weight:g} ({p.explanation.en})" for p in parts)
    fr = " ; ".join(f"{p.label.fr} : {_fr_number(p.earned)}/{p.weight:g} ({p.explanation.fr})" for p in parts)
    return tr(f"Score {score}/100. {en}.", f"Score {score}/100. {fr}.")


def _number(value: float) -> str:
    return f"{round(value, 1):g}"


def _fr_number(value: float) -> str:
    return _number(value).replace(".", ",")
