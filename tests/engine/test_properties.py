"""Properties that must hold for any answers to any shipped bank."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.engine.answers import coerce_answer
from interview.engine.judge import judge
from interview.engine.state import AnswerGiven, Event
from question_banks.schema import Question

from .helpers import TODAY, shipped_engine

ENGINE = shipped_engine()
QUESTIONS = sorted(ENGINE.index.questions.values(), key=lambda q: q.id)
BANK_IDS = sorted(ENGINE.banks)


def value_for(question: Question) -> st.SearchStrategy[Any]:
    values = [o.value for o in question.options or ()]
    if question.kind in ("yes_no", "choice"):
        return st.sampled_from(values)
    if question.kind == "multi_choice":
        return st.lists(st.sampled_from(values), min_size=1, max_size=len(values), unique=True)
    if question.kind == "scale":
        return st.integers(1, 5)
    if question.kind == "number":
        return st.integers(0, 10_000)
    if question.kind == "money":
        return st.builds(lambda n: {"amount": n, "currency": "EUR"}, st.integers(0, 10_000_000))
    if question.kind == "date":
        return st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31))
    return st.text(min_size=1, max_size=40).filter(str.strip)


@st.composite
def interviews(draw: st.DrawFn) -> list[Event]:
    chosen = draw(st.lists(st.sampled_from(QUESTIONS), max_size=40, unique_by=lambda q: q.key))
    return [
        AnswerGiven(q.id, coerce_answer(q, draw(value_for(q))), at=float(i)) for i, q in enumerate(chosen)
    ]


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(events=interviews())
def test_scores_stay_within_0_and_100(events: list[Event]) -> None:
    state = ENGINE.state(events, TODAY)
    for bank_id in BANK_IDS:
        j = judge(ENGINE.banks[bank_id], state)
        assert j.score is None or 0 <= j.score <= 100
        assert 0 <= j.coverage <= 1
        for c in j.criteria:
            assert c.score is None or 0 <= c.score <= 100
            assert 0 <= c.coverage <= 1


@PROPERTY
@given(events=interviews(), extra=st.sampled_from(QUESTIONS), data=st.data())
def test_answering_more_never_lowers_coverage(
    events: list[Event], extra: Question, data: st.DataObject
) -> None:
    before = ENGINE.state(events, TODAY)
    if extra.key in before.answers:
        return
    more = [*events, AnswerGiven(extra.id, coerce_answer(extra, data.draw(value_for(extra))), at=99.0)]
    after = ENGINE.state(more, TODAY)
    for bank_id in BANK_IDS:
        j0, j1 = judge(ENGINE.banks[bank_id], before), judge(ENGINE.banks[bank_id], after)
        assert j1.coverage >= j0.coverage
        for c0, c1 in zip(j0.criteria, j1.criteria, strict=True):
            assert c1.coverage >= c0.coverage


@PROPERTY
@given(events=interviews())
def test_a_judgement_is_identical_when_recomputed(events: list[Event]) -> None:
    for bank_id in BANK_IDS:
        first = judge(ENGINE.banks[bank_id], ENGINE.state(events, TODAY))
        again = judge(ENGINE.banks[bank_id], ENGINE.state(list(events), TODAY))
        assert first == again


@PROPERTY
@given(events=interviews(), cut=st.integers(0, 40))
def test_replay_at_a_moment_equals_the_fold_of_the_events_so_far(events: list[Event], cut: int) -> None:
    until = float(cut)
    replayed = ENGINE.state(events, TODAY, until=until)
    assert replayed == ENGINE.state([e for e in events if e.at <= until], TODAY)
