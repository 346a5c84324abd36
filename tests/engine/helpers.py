from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from interview.engine.answers import coerce_answer
from interview.engine.engine import Engine
from interview.engine.state import AnswerGiven, Event, InterviewState
from question_banks.catalog import discover
from question_banks.loader import load_bank

from ..conftest import FIXTURES

TODAY = dt.date(2026, 11, 23)


def shipped_engine() -> Engine:
    catalog = discover()
    assert catalog.problems == []
    return Engine({bank_id: e.bank for bank_id, e in catalog.entries.items()})


def kinds_engine() -> Engine:
    bank = load_bank(FIXTURES / "banks" / "valid" / "kinds.yaml")
    return Engine({bank.id: bank})


def answer_events(engine: Engine, answers: Mapping[str, Any]) -> list[Event]:
    """Answers keyed by question id or fact, one second apart in the given order."""
    events: list[Event] = []
    for i, (ref, raw) in enumerate(answers.items()):
        question = engine.index.resolve(ref)
        assert question is not None, ref
        events.append(AnswerGiven(question.id, coerce_answer(question, raw), at=float(i)))
    return events


def state_of(engine: Engine, answers: Mapping[str, Any], extra: list[Event] | None = None) -> InterviewState:
    return engine.state([*answer_events(engine, answers), *(extra or [])], TODAY)
