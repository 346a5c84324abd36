"""The only door to the database: every write is one short transaction, committed before it returns.

Callers get plain frozen records, never ORM objects, so the UI can hand them between threads.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, delete, func, or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, selectinload

from storage.db import StorageError, make_engine, make_sessions, sqlite_path
from storage.migrate import SchemaTooNew, schema_state, upgrade
from storage.models import Event, Interview, InterviewBank, Lead, ReviewComment, utcnow

EVENT_KINDS = (
    "answer_given",
    "answer_changed",
    "answer_cleared",
    "note",
    "framework_switched",
    "handed_off",
    "verdict_overridden",
    "deal_potential_set",
    "interview_ended",
)


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
        return (_aware(self.ended_at) - _aware(self.started_at)).total_seconds()


@dataclass(frozen=True)
class ForgetReport:
    leads: int
    interviews: int
    events: int
    comments: int


def _aware(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes even for timezone=True columns; they were stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _lead(row: Lead) -> LeadRecord:
    return LeadRecord(row.id, row.uid, row.name, row.company, row.role, dict(row.firmographics or {}))


def _interview(row: Interview) -> InterviewRecord:
    return InterviewRecord(
        id=row.id,
        uid=row.uid,
        lead=_lead(row.lead),
        rep=row.rep,
        frameworks=tuple(row.frameworks),
        lang=row.lang,
        status=row.status,
        started_at=_aware(row.started_at),
        ended_at=_aware(row.ended_at) if row.ended_at else None,
        summary=dict(row.summary or {}),
        banks={b.bank_id: b.content_hash for b in row.banks},
        last_seq=row.last_seq,
    )


def _event(row: Event) -> EventRecord:
    return EventRecord(row.seq, row.at, row.kind, row.question_id, dict(row.payload or {}), row.recorded_at)


def describe_error(exc: Exception, where: str) -> str:
    """A database failure in words a rep can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in text or "disk full" in text:
        return f"the disk holding {where} is full; free some space, nothing typed is lost"
    if "readonly" in text or "read-only" in text:
        return f"{where} is read-only; check its permissions"
    if "locked" in text or "busy" in text:
        return f"{where} is locked by another program; try again in a moment"
    if "not a database" in text or "malformed" in text:
        return f"{where} is damaged or is not a qualify database; restore a backup"
    return f"database error on {where}: {getattr(exc, 'orig', exc)}"


class Store:
    """Open with `Store.open(url)`; every method is synchronous: call it from a worker thread."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.sessions = make_sessions(engine)
        self.write_sessions = make_sessions(engine, write=True)
        path = sqlite_path(url)
        self.where = str(path) if path else engine.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, url: str, *, auto_upgrade: bool = True) -> Store:
        """Connect, create the schema in an empty database, refuse a newer one."""
        engine = make_engine(url)
        store = cls(engine, url)
        try:
            state, revision = schema_state(engine)
            if state == "newer":
                raise StorageError(
                    f"{store.where} was written by a newer version of qualify (schema {revision}); "
                    "upgrade qualify to open it. The file was not touched."
                )
            if state == "foreign":
                raise StorageError(f"{store.where} holds tables that are not qualify's; refusing to touch it")
            if state == "empty" or (state == "behind" and auto_upgrade):
                upgrade(engine)
            elif state == "behind":
                raise StorageError(f"{store.where} uses an older schema; run `qualify db upgrade`")
        except SchemaTooNew as exc:
            raise StorageError(f"{store.where} was written by a newer version of qualify ({exc})") from None
        except DBAPIError as exc:
            engine.dispose()
            raise StorageError(describe_error(exc, store.where)) from None
        return store

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with self.write_sessions.begin() as session:
                yield session
        except IntegrityError:
            raise
        except DBAPIError as exc:
            raise StorageError(describe_error(exc, self.where)) from None

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self.sessions() as session:
                yield session
        except DBAPIError as exc:
            raise StorageError(describe_error(exc, self.where)) from None

    # --- writes ------------------------------------------------------------------------------

    def create_lead(
        self,
        name: str,
        company: str | None = None,
        role: str | None = None,
        firmographics: Mapping[str, Any] | None = None,
        uid: str | None = None,
    ) -> LeadRecord:
        with self._write() as s:
            lead = Lead(
                uid=uid or str(uuid.uuid4()),
                name=name,
                company=company,
                role=role,
                firmographics=dict(firmographics or {}),
            )
            s.add(lead)
            s.flush()
            return _lead(lead)

    def start_interview(
        self,
        lead_id: int,
        rep: str,
        frameworks: Sequence[str],
        lang: str,
        banks: Mapping[str, str] | None = None,
        started_at: dt.datetime | None = None,
        uid: str | None = None,
    ) -> InterviewRecord:
        with self._write() as s:
            row = Interview(
                uid=uid or str(uuid.uuid4()),
                lead_id=lead_id,
                rep=rep,
                frameworks=list(frameworks),
                lang=lang,
                status="open",
                started_at=started_at or utcnow(),
                verdict_overrides={},
                summary={},
                last_seq=0,
            )
            row.banks = [InterviewBank(bank_id=b, content_hash=h) for b, h in (banks or {}).items()]
            s.add(row)
            s.flush()
            s.refresh(row, ["lead", "banks"])
            return _interview(row)

    def append_event(
        self,
        interview_id: int,
        kind: str,
        at: float,
        question_id: str | None = None,
        payload: Mapping[str, Any] | None = None,
    ) -> EventRecord:
        """Append one event in its own committed transaction; when this returns, it is on disk."""
        if kind not in EVENT_KINDS:
            raise ValueError(f"unknown event kind {kind!r}")
        data = dict(payload or {})
        with self._write() as s:
            row = s.get(Interview, interview_id, with_for_update=True)
            if row is None:
                raise StorageError(f"interview {interview_id} does not exist in {self.where}")
            row.last_seq += 1
            event = Event(
                interview_id=interview_id,
                seq=row.last_seq,
                at=float(at),
                kind=kind,
                question_id=question_id,
                payload=data,
            )
            s.add(event)
            # Listings read these without replaying the log; the log stays the truth.
            if kind == "deal_potential_set":
                row.deal_potential_amount = Decimal(str(data["amount"]))
                row.deal_potential_currency = data.get("currency")
            elif kind == "verdict_overridden":
                row.verdict_overrides = {
                    **row.verdict_overrides,
                    data["bank_id"]: {"verdict": data["verdict"], "reason": data["reason"]},
                }
            s.flush()
            return _event(event)

    def set_summary(self, interview_id: int, summary: Mapping[str, Any]) -> None:
        with self._write() as s:
            row = s.get(Interview, interview_id)
            if row is not None:
                row.summary = dict(summary)

    def end_interview(self, interview_id: int, at: float, summary: Mapping[str, Any] | None = None) -> None:
        self.append_event(interview_id, "interview_ended", at)
        with self._write() as s:
            row = s.get(Interview, interview_id)
            if row is None:
                return
            row.status = "ended"
            row.ended_at = _aware(row.started_at) + dt.timedelta(seconds=at)
            if summary is not None:
                row.summary = dict(summary)

    def add_comment(self, interview_id: int, at: float, reviewer: str, text: str) -> CommentRecord:
        with self._write() as s:
            row = ReviewComment(interview_id=interview_id, at=at, reviewer=reviewer, text=text)
            s.add(row)
            s.flush()
            return CommentRecord(row.id, row.at, row.reviewer, row.text)

    # --- reads -------------------------------------------------------------------------------

    def interview(self, interview_id: int) -> InterviewRecord:
        with self._read() as s:
            row = s.get(
                Interview, interview_id, options=[selectinload(Interview.lead), selectinload(Interview.banks)]
            )
            if row is None:
                raise StorageError(f"no interview {interview_id} in {self.where}")
            return _interview(row)

    def interview_id_for_uid(self, uid: str) -> int | None:
        with self._read() as s:
            return s.scalar(select(Interview.id).where(Interview.uid == uid))

    def events(self, interview_id: int) -> list[EventRecord]:
        with self._read() as s:
            rows = s.scalars(select(Event).where(Event.interview_id == interview_id).order_by(Event.seq))
            return [_event(r) for r in rows]

    def comments(self, interview_id: int) -> list[CommentRecord]:
        with self._read() as s:
            query = select(ReviewComment).where(ReviewComment.interview_id == interview_id)
            rows = s.scalars(query.order_by(ReviewComment.at))
            return [CommentRecord(r.id, r.at, r.reviewer, r.text) for r in rows]

    def list_interviews(
        self,
        *,
        lead: str | None = None,
        rep: str | None = None,
        framework: str | None = None,
        verdict: str | None = None,
        since: dt.datetime | None = None,
        status: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[InterviewRecord]:
        query = (
            select(Interview)
            .join(Lead)
            .options(selectinload(Interview.lead), selectinload(Interview.banks))
            .order_by(Interview.started_at.desc(), Interview.id.desc())
        )
        if lead:
            pattern = f"%{lead.lower()}%"
            matches = or_(func.lower(Lead.name).like(pattern), func.lower(Lead.company).like(pattern))
            query = query.where(matches)
        if rep:
            query = query.where(Interview.rep == rep)
        if since is not None:
            query = query.where(Interview.started_at >= since)
        if status:
            query = query.where(Interview.status == status)
        with self._read() as s:
            rows = [_interview(r) for r in s.scalars(query)]
        # JSON columns filter differently on each database: filter those few in Python.
        if framework:
            rows = [r for r in rows if framework in r.frameworks]
        if verdict:
            rows = [r for r in rows if verdict in (r.summary.get("verdicts") or {}).values()]
        return rows[offset : offset + limit]

    def unfinished(self, rep: str | None = None) -> list[InterviewRecord]:
        return self.list_interviews(rep=rep, status="open")

    def count_interviews(self, lead_id: int) -> int:
        with self._read() as s:
            return (
                s.scalar(select(func.count()).select_from(Interview).where(Interview.lead_id == lead_id)) or 0
            )

    def find_leads(self, name_or_id: str) -> list[LeadRecord]:
        with self._read() as s:
            if name_or_id.isdigit():
                row = s.get(Lead, int(name_or_id))
                return [_lead(row)] if row else []
            rows = s.scalars(
                select(Lead).where(or_(func.lower(Lead.name) == name_or_id.lower(), Lead.uid == name_or_id))
            )
            return [_lead(r) for r in rows]

    def forget_lead(self, lead_id: int) -> ForgetReport:
        """Erase a lead and everything recorded about them."""
        with self._write() as s:
            interview_ids = list(s.scalars(select(Interview.id).where(Interview.lead_id == lead_id)))
            counts = {"events": 0, "comments": 0}
            if interview_ids:
                counts["events"] = (
                    s.scalar(
                        select(func.count()).select_from(Event).where(Event.interview_id.in_(interview_ids))
                    )
                    or 0
                )
                counts["comments"] = (
                    s.scalar(
                        select(func.count())
                        .select_from(ReviewComment)
                        .where(ReviewComment.interview_id.in_(interview_ids))
                    )
                    or 0
                )
                # Explicit deletes, children first: no reliance on the driver's cascade support.
                s.execute(delete(Event).where(Event.interview_id.in_(interview_ids)))
                s.execute(delete(ReviewComment).where(ReviewComment.interview_id.in_(interview_ids)))
                s.execute(delete(InterviewBank).where(InterviewBank.interview_id.in_(interview_ids)))
                s.execute(delete(Interview).where(Interview.id.in_(interview_ids)))
            leads = s.execute(delete(Lead).where(Lead.id == lead_id)).rowcount or 0
        if self.engine.dialect.name == "sqlite":
            # Erased means erased: secure_delete zeroed the pages; move them out of the WAL too.
            raw = self.engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            finally:
                raw.close()
        return ForgetReport(leads, len(interview_ids), counts["events"], counts["comments"])
