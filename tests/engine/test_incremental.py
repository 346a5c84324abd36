"""The fast paths say exactly what the plain ones say.

Compiled conditions against the interpreter (`evaluate`), a judgement that carries parts of an
earlier one over against one made from scratch, a fold continued from a state against the fold of
the whole log, and `Engine.evaluate` with a previous evaluation against one without.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.engine.answers import Money, coerce_answer
from interview.engine.compiled import compiled, value_key
from interview.engine.engine import Engine, Evaluation
from interview.engine.evaluate import BankView, evaluate
from interview.engine.judge import judge
from interview.engine.state import (
    AnswerCleared,
    AnswerGiven,
    DealPotentialSet,
    Event,
    HandedOff,
    VerdictOverridden,
    fold,
)
from question_banks.conditions import Cond
from question_banks.model import Question, Thresholds

from .helpers import TODAY, shipped_engine

ENGINE = shipped_engine()
BANK_IDS = tuple(ENGINE.banks)
QUESTIONS = sorted(ENGINE.index.questions.values(), key=lambda q: q.id)
# Texts that trip the banks' keyword signals, with accents and capitals, and some that do not.
TEXTS = (
    "Une Application mobile, dès que possible",
    "No idea",
    "don't know yet",
    "mobile apps for the field team",
    "Réduire les coûts de 20 %",
    "nothing",
)


def fresh_engine(engine: Engine = ENGINE) -> Engine:
    """The same banks as new objects: nothing compiled or memoised for them yet."""
    return Engine({b: dataclasses.replace(bank) for b, bank in engine.banks.items()}, engine.thresholds)


def value_for(question: Question) -> st.SearchStrategy[Any]:
    values = [o.value for o in question.options or ()]
    if question.kind in ("yes_no", "choice"):
        return st.sampled_from(values)
    if question.kind == "multi_choice":
        return st.lists(st.sampled_from(values), min_size=1, max_size=len(values), unique=True)
    if question.kind == "scale":
        return st.integers(1, 5)
    if question.kind == "number":
        return st.one_of(st.integers(0, 10_000), st.floats(0, 1000, allow_nan=False))
    if question.kind == "money":
        return st.builds(
            lambda n, c: {"amount": n, "currency": c},
            st.integers(0, 3_000_000),
            st.sampled_from(["EUR", "USD"]),
        )
    if question.kind == "date":
        return st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31))
    return st.one_of(st.sampled_from(TEXTS), st.text(min_size=1, max_size=30).filter(str.strip))


@st.composite
def logs(draw: st.DrawFn, max_events: int = 24) -> list[Event]:
    """Answers over a few questions (so answers change and get cleared), overrides, deal, hand-offs."""
    pool = draw(st.lists(st.sampled_from(QUESTIONS), min_size=1, max_size=12, unique_by=lambda q: q.id))
    events: list[Event] = []
    for i in range(draw(st.integers(0, max_events))):
        at = float(i)
        kind = draw(st.sampled_from(["answer"] * 6 + ["clear", "override", "deal", "handoff"]))
        if kind == "answer":
            q = draw(st.sampled_from(pool))
            events.append(AnswerGiven(q.id, coerce_answer(q, draw(value_for(q))), at))
        elif kind == "clear":
            events.append(AnswerCleared(draw(st.sampled_from(pool)).id, at))
        elif kind == "override":
            verdict = draw(st.sampled_from(["qualified", "nurture", "disqualified", "insufficient"]))
            events.append(VerdictOverridden(draw(st.sampled_from(BANK_IDS)), verdict, "because", at))
        elif kind == "deal":
            events.append(DealPotentialSet(Money(Decimal(draw(st.integers(0, 500_000)))), at))
        else:
            to = draw(st.sampled_from(["sales", "opportunity", "marketing", "closed"]))
            events.append(HandedOff(to, at))
    return events


PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def same_evaluation(a: Evaluation, b: Evaluation) -> None:
    assert a.state == b.state
    assert a.judgements == b.judgements
    assert a.stage == b.stage


@PROPERTY
@given(events=logs(), data=st.data())
def test_evaluating_after_each_event_equals_evaluating_from_scratch(
    events: list[Event], data: st.DataObject
) -> None:
    engine, reference = fresh_engine(), fresh_engine()
    ids = data.draw(st.lists(st.sampled_from(BANK_IDS), min_size=1, unique=True))
    evaluations = [engine.evaluate(ids, [], TODAY)]
    for n in range(1, len(events) + 1):
        # usually the one just before, sometimes an older one (several events at once)
        back = data.draw(st.integers(1, min(n, 3)))
        previous = evaluations[n - back]
        evaluations.append(engine.evaluate(ids, events[:n], TODAY, previous))
        same_evaluation(evaluations[-1], reference.evaluate(ids, events[:n], TODAY))


@PROPERTY
@given(events=logs(max_events=16), data=st.data())
def test_evaluating_from_any_earlier_evaluation_equals_evaluating_from_scratch(
    events: list[Event], data: st.DataObject
) -> None:
    """Not only from the last one made: memos of later evaluations must not leak into it."""
    engine = fresh_engine()
    evaluations = [engine.evaluate(BANK_IDS, [], TODAY)]
    for n in range(1, len(events) + 1):
        evaluations.append(engine.evaluate(BANK_IDS, events[:n], TODAY, evaluations[-1]))
    for _ in range(5):
        end = data.draw(st.integers(0, len(events)))
        start = data.draw(st.integers(0, end))
        again = engine.evaluate(BANK_IDS, events[:end], TODAY, evaluations[start])
        same_evaluation(again, ENGINE.evaluate(BANK_IDS, events[:end], TODAY))


@PROPERTY
@given(first=logs(), more=logs())
def test_a_judgement_since_an_earlier_state_equals_one_from_scratch(
    first: list[Event], more: list[Event]
) -> None:
    before = ENGINE.state(first, TODAY)
    after = fold(more, ENGINE.index.key_of, TODAY, start=before)  # shares answer objects with `before`
    other = fresh_engine()
    for bank_id in BANK_IDS:
        bank = ENGINE.banks[bank_id]
        carried = judge(bank, after, None, (before, judge(bank, before)))
        assert carried == judge(other.banks[bank_id], after)


@PROPERTY
@given(first=logs(), second=logs())
def test_a_judgement_since_an_unrelated_state_equals_one_from_scratch(
    first: list[Event], second: list[Event]
) -> None:
    one, two = ENGINE.state(first, TODAY), ENGINE.state(second, TODAY)
    for bank_id in BANK_IDS:
        bank = ENGINE.banks[bank_id]
        assert judge(bank, two, None, (one, judge(bank, one))) == judge(bank, two)


@PROPERTY
@given(events=logs(), cut=st.integers(0, 24))
def test_a_fold_continued_from_a_state_equals_the_fold_of_the_whole_log(
    events: list[Event], cut: int
) -> None:
    start = ENGINE.state(events[:cut], TODAY)
    continued = fold(events[cut:], ENGINE.index.key_of, TODAY, start=start)
    assert continued == ENGINE.state(events, TODAY)


def _conditions() -> list[tuple[str, Cond]]:
    found = []
    for bank_id, bank in ENGINE.banks.items():
        roots = [s.when for s in bank.signals] + [q.when for q in bank.questions() if q.when is not None]
        found += [(bank_id, node) for root in roots for node in root.walk()]
    return found


CONDITIONS = _conditions()


@PROPERTY
@given(events=logs(), reference=st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)))
def test_compiled_conditions_agree_with_the_interpreter(events: list[Event], reference: dt.date) -> None:
    state = ENGINE.state(events, reference)
    contexts = {b: compiled(bank).context(state) for b, bank in ENGINE.banks.items()}
    views = {b: BankView.of(bank, state) for b, bank in ENGINE.banks.items()}
    for bank_id, cond in CONDITIONS:
        prepared = compiled(ENGINE.banks[bank_id])
        expected = evaluate(cond, views[bank_id])
        ctx = contexts[bank_id]
        assert prepared.test(cond)(ctx) is expected.value, cond
        if expected.value:
            assert prepared.evidence(cond)(ctx) == expected.evidence, cond


def test_every_operator_is_covered_by_the_shipped_banks() -> None:
    kinds = {type(c).__name__ for _, c in CONDITIONS}
    assert kinds >= {"All", "AnyOf", "Not", "Answered", "Compare", "ContainsAny", "OffTarget"}
    assert kinds >= {"AskedBefore", "AnswersAtLeast", "Opened"}


def test_no_new_event_gives_back_the_previous_evaluation() -> None:
    q = ENGINE.index.questions["bant.need.severity"]
    events: list[Event] = [AnswerGiven(q.id, coerce_answer(q, "must_have"), 1.0)]
    first = ENGINE.evaluate(BANK_IDS, events, TODAY)
    assert ENGINE.evaluate(BANK_IDS, list(events), TODAY, first) is first


def _answered(ref: str, raw: Any, at: float) -> AnswerGiven:
    question = ENGINE.index.resolve(ref)
    assert question is not None
    return AnswerGiven(question.id, coerce_answer(question, raw), at)


@pytest.mark.parametrize(
    "misfit", ["other banks", "other date", "rewritten log", "shorter log", "other engine", "log from empty"]
)
def test_a_previous_evaluation_that_does_not_fit_is_ignored(misfit: str) -> None:
    events: list[Event] = [
        _answered("need.pain", "Une application mobile", 1.0),
        _answered("authority.role", "final_decider", 2.0),
    ]
    ids: tuple[str, ...] = BANK_IDS
    previous = ENGINE.evaluate(ids, events[:1], TODAY)
    engine, date, log = ENGINE, TODAY, events
    if misfit == "other banks":
        previous = ENGINE.evaluate(("bant",), events[:1], TODAY)
    elif misfit == "other date":
        date = TODAY + dt.timedelta(days=400)
    elif misfit == "rewritten log":  # the same answer, but not the event the previous one saw
        log = [_answered("need.pain", "Une application mobile", 1.0), events[1]]
    elif misfit == "shorter log":
        previous = ENGINE.evaluate(ids, events, TODAY)
        log = events[:1]
    elif misfit == "other engine":
        engine = fresh_engine()
    else:
        previous = ENGINE.evaluate(ids, [], TODAY)
    same_evaluation(engine.evaluate(ids, log, date, previous), ENGINE.evaluate(ids, log, date))


def test_team_thresholds_hold_on_the_incremental_path() -> None:
    strict = Engine(fresh_engine().banks, {"bant": Thresholds(qualified=95, nurture=90, min_coverage=0.1)})
    events: list[Event] = [
        _answered("need.severity", "must_have", 1.0),
        _answered("authority.role", "final_decider", 2.0),
        _answered("budget.allocated", "allocated", 3.0),
    ]
    previous = strict.evaluate(BANK_IDS, events[:2], TODAY)
    incremental = strict.evaluate(BANK_IDS, events, TODAY, previous)
    same_evaluation(incremental, strict.evaluate(BANK_IDS, events, TODAY))
    bant = incremental.judgements[BANK_IDS.index("bant")]
    assert bant.verdict == strict.judge("bant", incremental.state).verdict


def test_only_the_banks_an_answer_can_change_are_judged_again() -> None:
    events: list[Event] = [
        _answered("need.pain", "x", 1.0),
        _answered("bant.budget.cycle", "available_now", 2.0),
    ]
    before = ENGINE.evaluate(BANK_IDS, events[:1], TODAY)
    after = ENGINE.evaluate(BANK_IDS, events, TODAY, before)
    for bank_id, old, new in zip(BANK_IDS, before.judgements, after.judgements, strict=True):
        assert (old is new) is (bank_id != "bant")


def test_a_hand_off_changes_the_stage_and_no_judgement() -> None:
    events: list[Event] = [_answered("need.pain", "x", 1.0), HandedOff("opportunity", 2.0)]
    before = ENGINE.evaluate(BANK_IDS, events[:1], TODAY)
    after = ENGINE.evaluate(BANK_IDS, events, TODAY, before)
    assert all(a is b for a, b in zip(before.judgements, after.judgements, strict=True))
    assert after.stage.stage == "opportunity"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (True, 1),
        (1, 1.0),
        (0.0, -0.0),
        ((True,), (1,)),
        (Money(Decimal("1.0")), Money(Decimal("1"))),
        ("1", 1),
    ],
)
def test_memo_keys_tell_apart_values_that_read_differently(a: object, b: object) -> None:
    assert value_key(a) != value_key(b)
    assert value_key(a) == value_key(a)


def test_answering_again_after_a_clear_changes_the_order_seen_by_process_signals() -> None:
    """Same keys answered before and after, only their order differs: process signals must follow."""
    budget, need = (
        _answered("budget.allocated", "allocated", 1.0),
        _answered("need.pain", "slow quoting", 2.0),
    )
    events: list[Event] = [
        budget,
        need,
        AnswerCleared(budget.question_id, 3.0),
        _answered("budget.allocated", "allocated", 4.0),
    ]
    ids = ("bant",)
    before = ENGINE.evaluate(ids, events[:2], TODAY)
    assert "money_before_need" in {s.id for s in before.judgements[0].signals}
    after = ENGINE.evaluate(ids, events, TODAY, before)
    assert "money_before_need" not in {s.id for s in after.judgements[0].signals}
    same_evaluation(after, ENGINE.evaluate(ids, events, TODAY))


def test_progress_seen_by_a_later_evaluation_does_not_leak_into_an_earlier_one() -> None:
    """From an older evaluation, conditions on progress count the answers of the log evaluated."""
    ids = ("meddic",)
    events: list[Event] = [
        _answered("meddic.economic_buyer.expectations", "a short list", 1.0),
        _answered("meddic.decision_criteria.alternatives", "Excel", 2.0),
        _answered("meddic.decision_process.known", True, 3.0),
        _answered("meddic.champion.named", True, 4.0),
        _answered("need.impact_quantified", True, 5.0),
        _answered("meddic.identify_pain.root_cause", "symptom", 6.0),  # the sixth answer
    ]
    five = ENGINE.evaluate(ids, events[:5], TODAY)
    ENGINE.evaluate(ids, events, TODAY, five)  # the latest judgement of meddic has seen six answers
    log = [*events[:5], _answered("need.impact_quantified", False, 7.0)]
    again = ENGINE.evaluate(ids, log, TODAY, five)
    assert "no_measurable_pain" not in {s.id for s in again.judgements[0].signals}  # five answers
    same_evaluation(again, ENGINE.evaluate(ids, log, TODAY))


def _odd_bank(signal_id: str = "twice") -> Engine:
    """A bank the shipped ones are not: a fact asked twice, process conditions, and (by default) two
    signals under one id."""
    from question_banks.model import from_validated
    from question_banks.schema import Bank

    def text(s: str) -> dict[str, str]:
        return {"en": s, "fr": s}

    yes_no = [
        {"value": True, "points": 10, "label": text("Yes")},
        {"value": False, "points": 0, "label": text("No")},
    ]
    level = [{"value": v, "points": p, "label": text(v)} for v, p in (("high", 10), ("mid", 5), ("low", 0))]
    raw = {
        "id": "odd",
        "name": text("Odd"),
        "about": {"summary": text("s"), "when_it_fits": text("w"), "limits": text("l")},
        "ask_order": {"criteria": ["second", "first"], "reason": text("Second first.")},
        "criteria": [
            {
                "id": "first",
                "name": text("First"),
                "description": text("d"),
                "weight": 2,
                "questions": [
                    {  # a follow-up: while shown, the second criterion does not propose the fact again
                        "id": "odd.first.shared",
                        "when": {"equals": {"question": "odd.first.level", "value": "high"}},
                        "fact": "odd.shared",
                        "kind": "yes_no",
                        "options": yes_no,
                        "text": text("Shared?"),
                        "tip": text("t"),
                    },
                    {
                        "id": "odd.first.level",
                        "kind": "choice",
                        "options": level,
                        "text": text("Level?"),
                        "tip": text("t"),
                    },
                    {
                        "id": "odd.first.why",
                        "kind": "text",
                        "text": text("Why?"),
                        "tip": text("t"),
                        "when": {
                            "any": [
                                {"equals": {"question": "odd.first.level", "value": "low"}},
                                {"answers_at_least": 3},
                            ]
                        },
                    },
                ],
            },
            {
                "id": "second",
                "name": text("Second"),
                "description": text("d"),
                "weight": 1,
                "questions": [
                    {
                        "id": "odd.second.shared",
                        "fact": "odd.shared",
                        "kind": "yes_no",
                        "options": yes_no,
                        "text": text("Shared again?"),
                        "tip": text("t"),
                    },
                    {"id": "odd.second.scale", "kind": "scale", "text": text("How much?"), "tip": text("t")},
                    {"id": "odd.second.note", "kind": "text", "text": text("Note?"), "tip": text("t")},
                ],
            },
        ],
        "signals": [
            {
                "id": "twice",
                "kind": "warning",
                "message": text("A"),
                "explanation": text("e"),
                "when": {"asked_before": {"first": "first", "then": "second"}},
                "ask": ["odd.second.scale"],
            },
            {
                "id": signal_id,
                "kind": "red_flag",
                "message": text("B"),
                "explanation": text("e"),
                "when": {
                    "all": [{"equals": {"question": "odd.shared", "value": False}}, {"all_opened": True}]
                },
                "ask": ["odd.first.level"],
            },
            {
                "id": "words",
                "kind": "positive",
                "message": text("C"),
                "explanation": text("e"),
                "when": {"contains_any": {"question": "odd.second.note", "words": ["Dès que", "budget"]}},
                "ask": ["odd.first.level", "odd.second.scale"],
            },
        ],
    }
    return Engine({"odd": from_validated(Bank.model_validate(raw))})


ODD = _odd_bank()
ODD_UNIQUE = _odd_bank(signal_id="flag")  # signal ids unique: judgements carry parts over
ODD_QUESTIONS = sorted(ODD.index.questions.values(), key=lambda q: q.id)


@PROPERTY
@given(data=st.data(), engine=st.sampled_from([ODD, ODD_UNIQUE]))
def test_banks_unlike_the_shipped_ones_evaluate_the_same_incrementally(
    data: st.DataObject, engine: Engine
) -> None:
    events: list[Event] = []
    for i in range(data.draw(st.integers(0, 14))):
        q = data.draw(st.sampled_from(ODD_QUESTIONS))
        if data.draw(st.booleans()) or not events:
            events.append(AnswerGiven(q.id, coerce_answer(q, data.draw(value_for(q))), float(i)))
        else:
            events.append(AnswerCleared(q.id, float(i)))
    evaluations = [engine.evaluate(("odd",), [], TODAY)]
    for n in range(1, len(events) + 1):
        evaluations.append(engine.evaluate(("odd",), events[:n], TODAY, evaluations[-1]))
        fresh = Engine({"odd": dataclasses.replace(engine.banks["odd"])})
        same_evaluation(evaluations[-1], fresh.evaluate(("odd",), events[:n], TODAY))


def test_a_fact_asked_twice_is_proposed_by_the_second_question_once_the_first_hides() -> None:
    level, shared = "odd.first.level", "odd.second.shared"
    events: list[Event] = [AnswerGiven(level, "high", 1.0), AnswerGiven(level, "mid", 2.0)]
    shown = ODD_UNIQUE.evaluate(("odd",), events[:1], TODAY)
    assert shared not in [n.question_id for n in shown.judgements[0].next_questions]  # first asks it
    hidden = ODD_UNIQUE.evaluate(("odd",), events, TODAY, shown)
    assert hidden.judgements[0].criteria[1] is shown.judgements[0].criteria[1]  # carried over
    assert shared in [n.question_id for n in hidden.judgements[0].next_questions]
    same_evaluation(hidden, ODD_UNIQUE.evaluate(("odd",), events, TODAY))
