"""Scores, coverage, follow-ups, verdicts, overrides, expected value and stage on a small bank."""

from __future__ import annotations

from decimal import Decimal

import pytest

from interview.engine.answers import AnswerError, Money, coerce_answer
from interview.engine.judge import judge
from interview.engine.state import AnswerCleared, AnswerGiven, DealPotentialSet, HandedOff, VerdictOverridden
from question_banks.schema import Thresholds

from .helpers import TODAY, answer_events, kinds_engine, shipped_engine, state_of

ENGINE = kinds_engine()
BANK = ENGINE.banks["kinds"]


def test_scores_come_from_points_and_coverage_from_base_questions() -> None:
    j = judge(BANK, state_of(ENGINE, {"test.yes": True, "kinds.first.choice": "b", "kinds.first.scale": 3}))
    first = j.criterion("first")
    # yes 10/10, choice 5/10, scale 3 -> 5/10: 20/30
    assert first.score == pytest.approx(66.7)
    assert (first.answered, first.total) == (3, 4)  # the follow-up is not counted
    assert first.coverage == 0.75
    second = j.criterion("second")
    assert second.score is None and second.coverage == 0
    assert j.score == pytest.approx(66.7)  # only criteria with a score weigh in
    assert j.coverage == pytest.approx((3 * 0.75 + 1 * 0) / 4)


def test_multi_choice_counts_its_strongest_option() -> None:
    j = judge(BANK, state_of(ENGINE, {"kinds.first.multi": ["y", "z"]}))
    assert j.criterion("first").score == 40.0


def test_follow_up_appears_only_while_its_condition_holds() -> None:
    j = judge(BANK, state_of(ENGINE, {"kinds.first.choice": "c"}))
    first = j.next_questions[0]
    assert (first.question_id, first.follow_up) == ("kinds.first.follow", True)
    assert first.reason.en == "C was chosen."
    j = judge(BANK, state_of(ENGINE, {"kinds.first.choice": "a"}))
    assert "kinds.first.follow" not in [n.question_id for n in j.next_questions]


def test_hidden_follow_up_answer_stops_counting() -> None:
    events = answer_events(ENGINE, {"kinds.first.choice": "c", "kinds.first.follow": "bad"})
    with_follow = judge(BANK, ENGINE.state(events, TODAY)).criterion("first").score
    events.append(AnswerGiven("kinds.first.choice", "a", at=9))
    without = judge(BANK, ENGINE.state(events, TODAY)).criterion("first").score
    assert with_follow == 0 and without == 100


def test_next_questions_go_breadth_first() -> None:
    j = judge(BANK, state_of(ENGINE, {}))
    ids = [n.question_id for n in j.next_questions]
    assert ids[:2] == ["kinds.first.yes", "kinds.second.number"]
    assert len(ids) == 8  # every unanswered visible question is proposed once


@pytest.mark.parametrize(
    ("answers", "verdict"),
    [
        ({"test.yes": True, "kinds.first.choice": "a", "kinds.first.multi": ["x"]}, "qualified"),
        ({"test.yes": True, "kinds.first.choice": "c", "kinds.first.multi": ["y"]}, "nurture"),
        ({"test.yes": False, "kinds.first.choice": "c", "kinds.first.multi": ["z"]}, "disqualified"),
        ({"test.yes": True}, "insufficient"),
    ],
)
def test_verdict_follows_thresholds_and_coverage(answers: dict[str, object], verdict: str) -> None:
    j = judge(BANK, state_of(ENGINE, {**answers, "kinds.second.text": "x", "kinds.second.number": 2}))
    if verdict == "insufficient":
        j = judge(BANK, state_of(ENGINE, answers))
    assert j.verdict == verdict
    assert j.verdict_reasons


def test_team_thresholds_override_the_bank() -> None:
    state = state_of(
        ENGINE,
        {"test.yes": True, "kinds.first.choice": "c", "kinds.first.multi": ["y"], "kinds.first.scale": 5},
    )
    assert judge(BANK, state).verdict == "nurture"
    assert judge(BANK, state, Thresholds(qualified=50, nurture=20, min_coverage=0.5)).verdict == "qualified"


def test_red_flag_forces_disqualified_and_an_override_is_kept() -> None:
    engine = shipped_engine()
    answers = {
        "need.severity": "none",
        "budget.allocated": "allocated",
        "authority.role": "final_decider",
        "timeline.decision_date": "2026-12-15",
        "timeline.compelling_event": True,
        "bant.budget.cycle": "available_now",
        "authority.decision_makers": 3,
        "need.pain": "none really",
    }
    state = state_of(engine, answers)
    j = engine.judge("bant", state)
    assert j.verdict == "disqualified"
    assert any(s.id == "no_need" and s.kind == "red_flag" for s in j.signals)
    assert "no_need" in {s.id for s in j.signals}
    override = VerdictOverridden("bant", "nurture", "New budget owner arrives in January", at=20)
    j = engine.judge("bant", state_of(engine, answers, [override]))
    assert (j.verdict, j.computed_verdict) == ("nurture", "disqualified")
    assert j.override is not None and j.override.reason == "New budget owner arrives in January"
    assert "New budget owner" in j.verdict_reasons[0].en


def test_expected_value_explains_itself() -> None:
    state = state_of(
        ENGINE,
        {
            "test.yes": True,
            "kinds.first.choice": "a",
            "kinds.first.multi": ["x"],
            "kinds.second.text": "x",
            "kinds.second.number": 1,
        },
        [DealPotentialSet(Money(Decimal(50000)), at=10)],
    )
    j = judge(BANK, state)
    assert j.expected_value is not None
    p = j.expected_value.probability
    assert p == pytest.approx(1.0 * j.coverage)
    assert j.expected_value.value == Money(Decimal(round(50000 * p)))
    assert "50,000 EUR" in j.expected_value.how.en


def test_clearing_an_answer_removes_it_but_the_log_keeps_it() -> None:
    events = [*answer_events(ENGINE, {"test.yes": True}), AnswerCleared("kinds.first.yes", at=5)]
    assert ENGINE.state(events, TODAY).answers == {}
    assert ENGINE.state(events, TODAY, until=1).answers["test.yes"].value is True


def test_stage_follows_verdict_and_handoffs() -> None:
    engine = shipped_engine()
    empty = state_of(engine, {})
    assert engine.stage([engine.judge("bant", empty)], empty).stage == "mql"
    some = state_of(engine, {"need.pain": "slow quotes"})
    assert engine.stage([engine.judge("bant", some)], some).stage == "sal"
    handed = state_of(engine, {"need.pain": "slow quotes"}, [HandedOff("opportunity", at=9)])
    assert engine.stage([engine.judge("bant", handed)], handed).stage == "opportunity"
    recycled = state_of(engine, {"need.severity": "none"})
    assert engine.stage([engine.judge("bant", recycled)], recycled).stage == "recycled"
    closed = state_of(engine, {}, [HandedOff("closed", at=1)])
    assert engine.stage([], closed).stage == "closed"


@pytest.mark.parametrize(
    ("question", "raw", "fragment"),
    [
        ("kinds.first.yes", "maybe", "a yes/no answer is true or false"),
        ("kinds.first.choice", "d", "'d' is not one of its options"),
        ("kinds.first.scale", 6, "whole number from 1 to 5"),
        ("kinds.second.money", {"amount": 5, "currency": "EURO"}, "3-letter code"),
        ("kinds.second.date", "next week", "is not a date"),
        ("kinds.second.number", "lots", "is not a number"),
        ("kinds.second.text", "  ", "non-empty text"),
    ],
)
def test_wrong_answers_name_the_question(question: str, raw: object, fragment: str) -> None:
    with pytest.raises(AnswerError) as err:
        coerce_answer(ENGINE.index.questions[question], raw)
    assert str(err.value).startswith(question) and fragment in str(err.value)


def test_natural_answers_are_coerced() -> None:
    q = ENGINE.index.questions
    assert coerce_answer(q["kinds.first.yes"], "oui") is True
    assert coerce_answer(q["kinds.second.money"], 50000) == Money(Decimal(50000), "EUR")
    assert coerce_answer(q["kinds.second.money"], {"amount": "1,5", "currency": "usd"}) == Money(
        Decimal("1.5"), "USD"
    )
    assert coerce_answer(q["kinds.first.multi"], "x") == ("x",)
