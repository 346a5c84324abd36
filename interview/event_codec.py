"""Stored events <-> engine events. Storage keeps JSON; the engine works with typed answers."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from interview.engine.answers import AnswerError, Money, answer_json, coerce_answer
from interview.engine.index import QuestionIndex
from interview.engine.state import (
    AnswerCleared,
    AnswerGiven,
    DealPotentialSet,
    Event,
    HandedOff,
    VerdictOverridden,
)
from storage.records import EventRecord


def encode(event: Event, *, changed: bool = False) -> tuple[str, str | None, dict[str, Any]]:
    """(kind, question_id, payload) for the store."""
    if isinstance(event, AnswerGiven):
        kind = "answer_changed" if changed else "answer_given"
        return kind, event.question_id, {"value": answer_json(event.value)}
    if isinstance(event, AnswerCleared):
        return "answer_cleared", event.question_id, {}
    if isinstance(event, HandedOff):
        return "handed_off", None, {"to": event.to, "note": event.note}
    if isinstance(event, VerdictOverridden):
        return (
            "verdict_overridden",
            None,
            {"bank_id": event.bank_id, "verdict": event.verdict, "reason": event.reason},
        )
    if isinstance(event, DealPotentialSet):
        return "deal_potential_set", None, event.value.as_json()
    raise TypeError(event)


def decode(record: EventRecord, index: QuestionIndex) -> Event | None:
    """The engine event behind a stored one; None for notes, switches and questions no bank has now."""
    p = record.payload
    try:
        if record.kind in ("answer_given", "answer_changed") and record.question_id:
            question = index.questions.get(record.question_id)
            if question is None:
                return None  # the bank changed since; the log keeps the answer anyway
            return AnswerGiven(record.question_id, coerce_answer(question, p.get("value")), record.at)
        if record.kind == "answer_cleared" and record.question_id in index.questions:
            return AnswerCleared(record.question_id, record.at)
        if record.kind == "handed_off":
            return HandedOff(p["to"], record.at, p.get("note", ""))
        if record.kind == "verdict_overridden":
            return VerdictOverridden(p["bank_id"], p["verdict"], p["reason"], record.at)
        if record.kind == "deal_potential_set":
            return DealPotentialSet(Money(Decimal(str(p["amount"])), p.get("currency", "EUR")), record.at)
    except (AnswerError, KeyError):
        return None
    return None


def decode_all(records: Iterable[EventRecord], index: QuestionIndex) -> list[Event]:
    return [e for e in (decode(r, index) for r in records) if e is not None]
