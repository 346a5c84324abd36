"""Interview events and the state folded from them.

Events are appended, never changed; the state at any moment is the fold of the events up to it,
so a live view and a replay at time t are the same computation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

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
    numbered: int = 0  # keys numbered so far (the last seq given), so a fold can continue from here


KeyOf = Callable[[str], str]


def _copy(mapping: Mapping[str, Any]) -> dict[str, Any]:
    # A proxy's copy() copies the dict behind it in C: several times faster than dict(proxy).
    return mapping.copy() if isinstance(mapping, (MappingProxyType, dict)) else dict(mapping)


def fold(
    events: Iterable[Event],
    key_of: KeyOf,
    reference_date: dt.date,
    until: float | None = None,
    start: InterviewState | None = None,
) -> InterviewState:
    """The state after `events` (only those at or before `until`, when given).

    With `start`, the events continue the log `start` was folded from: the result is the fold of
    the whole log, without folding its beginning again.
    """
    answers: dict[str, Answer] = {}
    overrides: dict[str, Override] = {}
    handoffs: list[HandedOff] = []
    deal: Money | None = None
    seq = 0
    count = 0
    if start is not None:
        answers, overrides = _copy(start.answers), _copy(start.overrides)
        handoffs, deal = list(start.handoffs), start.deal_potential
        seq, count = start.numbered, start.events
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
            else:  # a changed answer keeps its place in the order keys were first answered
                answers[key] = Answer(key, event.question_id, event.value, event.at, previous.seq)
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
        numbered=seq,
    )
