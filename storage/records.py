"""What the store hands out: plain frozen records, never ORM objects, so threads can share them.

This module does not import SQLAlchemy: the UI builds a provisional record for an interview it shows
before the database is open (see interview/recording.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def aware(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes even for timezone=True columns; they were stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class LeadRecord:
    id: int
    uid: str
    name: str
    company: str | None
    role: str | None
    firmographics: dict[str, Any]


@dataclass(frozen=True)
class EventRecord:
    seq: int
    at: float
    kind: str
    question_id: str | None
    payload: dict[str, Any]
    recorded_at: dt.datetime | None = None


@dataclass(frozen=True)
class CommentRecord:
    id: int
    at: float
    reviewer: str
    text: str


@dataclass(frozen=True)
class InterviewRecord:
    id: int
    uid: str
    lead: LeadRecord
    rep: str
    frameworks: tuple[str, ...]
    lang: str
    status: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    summary: dict[str, Any] = field(default_factory=dict)
    banks: dict[str, str] = field(default_factory=dict)  # bank id -> content hash
    last_seq: int = 0

    @property
    def duration(self) -> float | None:
        if self.ended_at is None:
            return None
        return (aware(self.ended_at) - aware(self.started_at)).total_seconds()


@dataclass(frozen=True)
class ForgetReport:
    leads: int
    interviews: int
    events: int
    comments: int
    exports: tuple[str, ...] = ()  # files exported earlier: copies the erase cannot reach
    wal_cleared: bool = True  # False: another program kept the erased pages in the WAL for now
