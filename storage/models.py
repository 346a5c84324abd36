"""SQLAlchemy 2 models. The event log is append-only: current answers are derived from it.

No engine is built at import time; `storage.db` builds one from a URL.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Lead(Base):
    __tablename__ = "leads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)  # stable across export/import
    name: Mapped[str] = mapped_column(String(200), index=True)
    company: Mapped[str | None] = mapped_column(String(200), index=True)
    role: Mapped[str | None] = mapped_column(String(200))
    firmographics: Mapped[dict[str, Any]] = mapped_column(default=dict)  # size, industry, region...
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    interviews: Mapped[list[Interview]] = relationship(
        back_populates="lead", cascade="all, delete-orphan", passive_deletes=True
    )


class Interview(Base):
    __tablename__ = "interviews"
    __table_args__ = (
        Index("ix_interviews_started", "started_at"),
        Index("ix_interviews_rep_started", "rep", "started_at"),
        Index("ix_interviews_status", "status"),
        # Covers the dashboard's totals and stages over a period: no visit to the wide rows.
        Index("ix_interviews_period", "started_at", "rep", "status", "stage", "duration_s", "red_flags"),
        # The browser's sorts: each walks its index in order, ties broken by id (keyset paging).
        Index("ix_interviews_rep_id", "rep", "id"),
        Index("ix_interviews_duration_id", "duration_s", "id"),
        Index("ix_interviews_stage_id", "stage", "id"),
        Index("ix_interviews_red_flags_id", "red_flags", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    rep: Mapped[str] = mapped_column(String(200))
    frameworks: Mapped[list[str]] = mapped_column()
    lang: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | ended
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # Derived from the log, kept here so that listings need not replay every interview.
    deal_potential_amount: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    deal_potential_currency: Mapped[str | None] = mapped_column(String(3))
    verdict_overrides: Mapped[dict[str, Any]] = mapped_column(default=dict)
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)  # verdicts, stage, red flags
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    # Copied out of the summary (and the end time) by Store.set_summary / end_interview only, so the
    # browser and the dashboard filter and aggregate in SQL; NULL until the interview has a summary.
    stage: Mapped[str | None] = mapped_column(String(16))
    red_flags: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[float | None] = mapped_column(Float)

    lead: Mapped[Lead] = relationship(back_populates="interviews")
    events: Mapped[list[Event]] = relationship(
        back_populates="interview", order_by="Event.seq", cascade="all, delete-orphan", passive_deletes=True
    )
    banks: Mapped[list[InterviewBank]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    comments: Mapped[list[ReviewComment]] = relationship(
        order_by="ReviewComment.at", cascade="all, delete-orphan", passive_deletes=True
    )


class Event(Base):
    """One thing that happened in an interview; never updated (a trigger refuses it)."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("interview_id", "seq", name="uq_events_interview_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, 3... within the interview
    at: Mapped[float] = mapped_column(Float)  # seconds from the interview's start
    kind: Mapped[str] = mapped_column(String(32))
    question_id: Mapped[str | None] = mapped_column(String(128))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    interview: Mapped[Interview] = relationship(back_populates="events")


class InterviewBank(Base):
    """One row per framework an interview runs: which version of the bank, and its outcome.

    verdict, score and coverage are copied from the summary by the store (see Interview.stage);
    started_at and rep are copies of the interview's (neither ever changes once recorded), so the
    dashboard reads a period's outcomes from ix_interview_banks_outcome alone.
    """

    __tablename__ = "interview_banks"
    __table_args__ = (
        Index("ix_interview_banks_bank", "bank_id", "interview_id"),
        Index("ix_interview_banks_outcome", "bank_id", "verdict", "started_at", "rep", "coverage", "score"),
        # The browser sorting by one framework's verdict or score (ties by interview).
        Index("ix_interview_banks_verdict_id", "bank_id", "verdict", "interview_id"),
        Index("ix_interview_banks_score_id", "bank_id", "score", "interview_id"),
    )

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    bank_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_hash: Mapped[str | None] = mapped_column(String(64))  # None: the version is not known
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    rep: Mapped[str] = mapped_column(String(200))
    verdict: Mapped[str | None] = mapped_column(String(16))
    score: Mapped[float | None] = mapped_column(Float)
    coverage: Mapped[float | None] = mapped_column(Float)


class InterviewSignal(Base):
    """A signal that had fired when the interview's summary was taken (copied from the summary).

    started_at and rep: see InterviewBank.
    """

    __tablename__ = "interview_signals"
    __table_args__ = (
        Index("ix_interview_signals_key", "bank_id", "signal_id", "kind", "scope", "started_at", "rep"),
        # Clustered by interview on SQLite: rewriting one interview's rows touches one place.
        {"sqlite_with_rowid": False},
    )

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    bank_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    signal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # positive | warning | red_flag
    scope: Mapped[str] = mapped_column(String(16))  # lead | process
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    rep: Mapped[str] = mapped_column(String(200))


class InterviewCriterion(Base):
    """Coverage (and score) of one criterion of one bank at the summary (copied from the summary).

    started_at and rep: see InterviewBank.
    """

    __tablename__ = "interview_criteria"
    __table_args__ = (
        Index(
            "ix_interview_criteria_key", "bank_id", "criterion_id", "started_at", "rep", "coverage", "score"
        ),
        {"sqlite_with_rowid": False},
    )

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    bank_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    criterion_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    rep: Mapped[str] = mapped_column(String(200))
    coverage: Mapped[float] = mapped_column(Float)
    score: Mapped[float | None] = mapped_column(Float)


class VerdictKey(Base):
    """Every (bank, verdict) a summary ever gave, '' for a bank judged without one (a profile bank).

    The key tables hold a handful of rows: the dashboard loops over them and reads each key's
    slice of an index for the period, so SQLite groups without sorting the period's rows.
    """

    __tablename__ = "verdict_keys"
    __table_args__ = {"sqlite_with_rowid": False}

    bank_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    verdict: Mapped[str] = mapped_column(String(16), primary_key=True)


class SignalKey(Base):
    """Every (bank, signal, kind, scope) ever stored in interview_signals (see VerdictKey)."""

    __tablename__ = "signal_keys"
    __table_args__ = {"sqlite_with_rowid": False}

    bank_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    signal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    scope: Mapped[str] = mapped_column(String(16), primary_key=True)


class CriterionKey(Base):
    """Every (bank, criterion) ever stored in interview_criteria (see VerdictKey)."""

    __tablename__ = "criterion_keys"
    __table_args__ = {"sqlite_with_rowid": False}

    bank_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    criterion_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class ReviewComment(Base):
    """A manager's comment pinned to a moment of a recorded interview."""

    __tablename__ = "review_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    at: Mapped[float] = mapped_column(Float)
    reviewer: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ExportRecord(Base):
    """A file an interview was exported to (`qualify forget` lists them: it cannot erase copies)."""

    __tablename__ = "exports_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    fmt: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PracticeAttempt(Base):
    """A trainee's graded run against a training scenario (the run itself is a practice interview).

    Practice interviews have status "practice": they never count in the team's listings or figures.
    """

    __tablename__ = "practice_attempts"
    __table_args__ = (Index("ix_practice_attempts_trainee", "trainee", "graded_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    trainee: Mapped[str] = mapped_column(String(200))
    scenario_id: Mapped[str] = mapped_column(String(64), index=True)
    exam: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[float] = mapped_column(Float)
    report: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the grading report, as JSON
    graded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class QuizResult(Base):
    """One finished quiz: how many questions, how many right, whose."""

    __tablename__ = "quiz_results"
    __table_args__ = (Index("ix_quiz_results_trainee", "trainee", "taken_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee: Mapped[str] = mapped_column(String(200))
    bank_id: Mapped[str | None] = mapped_column(String(64))  # None: every framework
    asked: Mapped[int] = mapped_column(Integer)
    right: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
