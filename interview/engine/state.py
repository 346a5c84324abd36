"""Interview events and the state folded from them.

Events are appended, never changed; the state at any moment is the fold of the events up to it,
so a live view and a replay at time t are the same computation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Literal

from interview.engine.answers import AnswerValue, Money

Verdict = Literal["qualified", "nurture", "disqualified", "insufficient"]
HandoffTarget = Literal["sales", "opportunity", "marketing", "closed"]


@dataclass(frozen=True)
class AnswerGiven:
    question_id: str
    value: AnswerValue  # already coerced to the question's kind
    at: float = 0.0  # seconds from the start of the interview


@dataclass(frozen=True)
class AnswerCleared:
    question_id: str
    at: float = 0.0


@dataclass(frozen=True)
class HandedOff:
    to: HandoffTarget
    at: float = 0.0
    note: str = ""


@dataclass(frozen=True)
class VerdictOverridden:
    bank_id: str
    verdict: Verdict
    reason: str
    at: float = 0.0


@dataclass(frozen=True)
class DealPotentialSet:
    value: Money
    at: float = 0.0


Event = AnswerGiven | AnswerCleared | HandedOff | VerdictOverridden | DealPotentialSet


@dataclass(frozen=True)
class Answer:
    key: str  # the fact, or the question id when the question has no fact
    question_id: str  # the question through which it was given
    value: AnswerValue
    at: float
    seq: int  # order in which this key was first answered (kept when the answer changes)


@dataclass(frozen=True)
class Override:
    verdict: Verdict
    reason: str
    at: float


@dataclass(frozen=True)
class InterviewState:
    answers: Mapping[str, Answer] = field(default_factory=lambda: MappingProxyType({}))
    reference_date: dt.date = dt.date(2026, 1, 1)
    deal_potential: Money | None = None
    handoffs: tuple[HandedOff, ...] = ()
    overrides: Mapping[str, Override] = field(default_factory=lambda: MappingProxyType({}))
    events: int = 0  # how many events were folded


KeyOf = Callable[[str], str]


def fold(
    events: Iterable[Event],
    key_of: KeyOf,
    reference_date: dt.date,
    until: float | None = None,
) -> InterviewState:
    """The state after `events` (only those at or before `until`, when given)."""
    answers: dict[str, Answer] = {}
    overrides: dict[str, Override] = {}
    handoffs: list[HandedOff] = []
    deal: Money | None = None
    seq = 0
    count = 0
    for event in events:
        if until is not None and event.at > until:
            break
        count += 1
        if isinstance(event, AnswerGiven):
            key = key_of(event.question_id)
            previous = answers.get(key)
            if previous is None:
                seq += 1
                answers[key] = Answer(key, event.question_id, event.value, event.at, seq)
            else:
                answers[key] = replace(
                    previous, question_id=event.question_id, value=event.value, at=event.at
                )
        elif isinstance(event, AnswerCleared):
            answers.pop(key_of(event.question_id), None)
        elif isinstance(event, HandedOff):
            handoffs.append(event)
        elif isinstance(event, VerdictOverridden):
            overrides[event.bank_id] = Override(event.verdict, event.reason, event.at)
        elif isinstance(event, DealPotentialSet):
            deal = event.value
    return InterviewState(
        answers=MappingProxyType(answers),
        reference_date=reference_date,
        deal_potential=deal,
        handoffs=tuple(handoffs),
        overrides=MappingProxyType(overrides),
        events=count,
    )
