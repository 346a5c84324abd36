"""What the store hands out about training: graded practice attempts and quiz results.

Apart from storage/records.py, which the interview screen imports at start-up: every dataclass
defined there costs start-up time, and these are needed only by training commands.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AttemptRecord:
    """A graded practice attempt (storage/models.py PracticeAttempt)."""

    id: int
    interview_id: int
    trainee: str
    scenario_id: str
    exam: bool
    score: float
    report: dict[str, Any]
    graded_at: dt.datetime


@dataclass(frozen=True)
class QuizRecord:
    id: int
    trainee: str
    bank_id: str | None
    asked: int
    right: int
    taken_at: dt.datetime
