"""A recorded interview as a timeline of moments: what the rep saw after each stored event.

The state at a moment is the fold of the events up to it, judged by the same engine as the live
screen, so a replay shows what the rep saw then (with today's banks). Built once per replay:
moments are evaluated incrementally (`Engine.evaluate` continues from the previous moment), so
seeking is a lookup, never a refold.

No Textual here: the replay screen and the tests read the same timeline.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from interview.engine.engine import Engine, Evaluation
from interview.engine.state import Event
from interview.event_codec import decode
from storage.records import CommentRecord, EventRecord, InterviewRecord

if TYPE_CHECKING:
    from storage.repository import Store

SignalKey = tuple[str, str]  # (bank id, signal id)


@dataclass(frozen=True)
class Moment:
    """The interview just after one stored event (moment 0: the call's start, before any)."""

    index: int
    at: float  # seconds from the start of the call
    record: EventRecord | None  # the stored event; None for the start
    event: Event | None  # what the engine made of it; None for notes, lens switches, old questions
    evaluation: Evaluation
    lens: str | None  # the framework the rep had on screen (their last switch), if known
    fired: tuple[SignalKey, ...]  # signals that fired at this moment
    gone: tuple[SignalKey, ...]  # signals that stopped holding at this moment
    signal_order: tuple[SignalKey, ...]  # signals holding now, newest first (the live panel's order)


@dataclass(frozen=True)
class Timeline:
    record: InterviewRecord
    frameworks: tuple[str, ...]  # judged: the interview's frameworks the engine knows now
    missing: tuple[str, ...]  # frameworks of the interview no bank provides any more
    moments: tuple[Moment, ...]
    comments: tuple[CommentRecord, ...]

    @property
    def duration(self) -> float:
        """The call's length: its end when ended, else its last event (and comments after it)."""
        last = self.moments[-1].at
        if self.record.duration is not None:
            last = max(last, self.record.duration)
        return max([last, *(c.at for c in self.comments)])

    def index_at(self, seconds: float) -> int:
        """The moment showing at `seconds`: the last one at or before it (events at one time together)."""
        times = [m.at for m in self.moments]
        return max(0, bisect.bisect_right(times, seconds) - 1)

    def at(self, seconds: float) -> Moment:
        return self.moments[self.index_at(seconds)]

    def next_signal(self, index: int) -> int | None:
        """The first moment after `index` at which a signal fired."""
        return next((m.index for m in self.moments[index + 1 :] if m.fired), None)

    def previous_signal(self, index: int) -> int | None:
        return next((m.index for m in reversed(self.moments[:index]) if m.fired), None)

    def with_comment(self, comment: CommentRecord) -> Timeline:
        comments = sorted([*self.comments, comment], key=lambda c: (c.at, c.id))
        return Timeline(self.record, self.frameworks, self.missing, self.moments, tuple(comments))


def _shown(record: EventRecord) -> bool:
    # A draft note is what was in a field when the app stopped: the rep never saved it.
    return not (record.kind == "note" and record.payload.get("draft"))


def frameworks_of(record: InterviewRecord, stored: Sequence[EventRecord]) -> list[str]:
    """The interview's frameworks, then any it switched to later, in order."""
    frameworks = list(record.frameworks)
    for r in stored:
        switched = r.payload.get("framework") if r.kind == "framework_switched" else None
        if isinstance(switched, str) and switched not in frameworks:
            frameworks.append(switched)
    return frameworks


def build_timeline(
    record: InterviewRecord,
    stored: Sequence[EventRecord],
    comments: Sequence[CommentRecord],
    engine: Engine,
) -> Timeline:
    frameworks = frameworks_of(record, stored)
    known = tuple(f for f in frameworks if f in engine.banks)
    day = record.started_at.date()
    events: list[Event] = []
    evaluation = engine.evaluate(known, events, day)
    lens: str | None = known[0] if known else None
    moments = [Moment(0, 0.0, None, None, evaluation, lens, (), (), ())]
    holding: list[SignalKey] = []  # newest first
    for r in (r for r in stored if _shown(r)):
        event = decode(r, engine.index)
        if event is not None:
            events.append(event)
            evaluation = engine.evaluate(known, events, day, evaluation)
        if r.kind == "framework_switched" and r.payload.get("framework") in known:
            lens = str(r.payload["framework"])
        now = [(s.bank_id, s.id) for j in evaluation.judgements for s in j.signals]
        fired = tuple(k for k in now if k not in holding)
        gone = tuple(k for k in holding if k not in now)
        holding = [*fired, *(k for k in holding if k in now)]
        moments.append(Moment(len(moments), r.at, r, event, evaluation, lens, fired, gone, tuple(holding)))
    missing = tuple(f for f in frameworks if f not in engine.banks)
    ordered = tuple(sorted(comments, key=lambda c: (c.at, c.id)))
    return Timeline(record, known, missing, tuple(moments), ordered)


def load_timeline(store: Store, engine: Engine, interview_id: int) -> Timeline:
    """Read an interview, its events and comments, and build its timeline (call from a worker)."""
    record = store.interview(interview_id)
    return build_timeline(record, store.events(interview_id), store.comments(interview_id), engine)
