"""A recorded interview: the engine's judgement over the store's event log.

Every change is appended to the store (committed) before the in-memory state moves, so what the
screen shows as saved is always on disk. Synchronous: the UI calls it from worker threads.

A recording may start *pending* (`Recording.pending`): the screen shows the interview at once
while the database opens in the background; writes wait for `attach` (or fail with the reason the
database could not open), so nothing is shown as saved before it is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from interview.engine.answers import AnswerError, AnswerValue, Money, coerce_answer
from interview.engine.engine import Engine
from interview.engine.judge import BankJudgement
from interview.engine.stage import StageResult
from interview.engine.state import (
    AnswerCleared,
    AnswerGiven,
    DealPotentialSet,
    Event,
    HandedOff,
    HandoffTarget,
    InterviewState,
    Verdict,
    VerdictOverridden,
)
from interview.event_codec import decode_all, encode
from question_banks.catalog import Catalog
from storage.errors import StorageError
from storage.records import EventRecord, InterviewRecord, LeadRecord

if TYPE_CHECKING:  # SQLAlchemy stays off the start-up path
    from storage.repository import Store

# How long a write waits for a database that is still opening before telling the rep.
OPEN_WAIT_SECONDS = 30.0


def bank_hashes(catalog: Catalog, bank_ids: Sequence[str]) -> dict[str, str]:
    """Content hash of each bank file, so a replay knows which version was used."""
    return {b: hashlib.sha256(catalog.entries[b].source.read_bytes()).hexdigest() for b in bank_ids}


@dataclass(frozen=True)
class _Pending:
    catalog: Catalog
    firmographics: dict[str, Any]
    practice: bool = False  # a trainee's run against a scenario (kept out of the team's figures)


@dataclass(frozen=True)
class Draft:
    """What was being typed when the app was stopped, put back on resume."""

    question_id: str | None
    answer: str
    notes: str


DRAFT_FIELDS = ("answer", "notes")


def latest_draft(stored: Sequence[EventRecord]) -> Draft | None:
    """The drafts still current: an answer draft newer than the last answer, notes than the last note."""
    answer, notes, question_id = "", "", None
    for record in stored:
        if record.kind in ("answer_given", "answer_changed", "answer_cleared"):
            answer, question_id = "", None
        elif record.kind == "note" and record.payload.get("draft"):
            text = str(record.payload.get("text", ""))
            if record.payload.get("field") == "notes":
                notes = text
            else:
                answer, question_id = text, record.payload.get("question_id")
        elif record.kind == "note":
            notes = ""
    return Draft(question_id, answer, notes) if answer or notes else None


@dataclass
class Recording:
    store: Store | None  # None while pending
    engine: Engine
    record: InterviewRecord
    events: list[Event] = field(default_factory=list)
    notes: list[EventRecord] = field(default_factory=list)
    clock: Callable[[], float] = time.monotonic
    _t0: float = 0.0
    _pending: _Pending | None = None
    _ready: threading.Event = field(default_factory=threading.Event)
    _failure: str | None = None
    _write_lock: threading.RLock = field(default_factory=threading.RLock)  # writes in the order made
    draft: Draft | None = None  # found on resume: what was being typed when the app stopped

    def __post_init__(self) -> None:
        if self.store is not None:
            self._ready.set()

    @classmethod
    def start(
        cls,
        store: Store,
        engine: Engine,
        catalog: Catalog,
        *,
        lead_name: str,
        rep: str,
        frameworks: Sequence[str],
        lang: str,
        company: str | None = None,
        role: str | None = None,
        firmographics: Mapping[str, Any] | None = None,
        practice: bool = False,
    ) -> Recording:
        rec = cls.pending(
            engine,
            catalog,
            lead_name=lead_name,
            rep=rep,
            frameworks=frameworks,
            lang=lang,
            company=company,
            role=role,
            firmographics=firmographics,
            practice=practice,
        )
        rec.attach(store)
        return rec

    @classmethod
    def pending(
        cls,
        engine: Engine,
        catalog: Catalog,
        *,
        lead_name: str,
        rep: str,
        frameworks: Sequence[str],
        lang: str,
        company: str | None = None,
        role: str | None = None,
        firmographics: Mapping[str, Any] | None = None,
        practice: bool = False,
    ) -> Recording:
        """An interview the screen can show before the database is open; `attach` records it."""
        firmographics = dict(firmographics or {})
        lead = LeadRecord(0, str(uuid.uuid4()), lead_name, company, role, firmographics)
        now = dt.datetime.now(dt.UTC)
        status = "practice" if practice else "open"
        record = InterviewRecord(0, str(uuid.uuid4()), lead, rep, tuple(frameworks), lang, status, now, None)
        pending = _Pending(catalog, firmographics, practice)
        return cls(None, engine, record, _t0=time.monotonic(), _pending=pending)

    @property
    def is_pending(self) -> bool:
        return not self._ready.is_set()

    def attach(self, store: Store) -> None:
        """Create the lead and the interview in `store`, then let waiting writes through.

        Facts known before the call (firmographics) answer the questions that ask them.
        Raises what the store raises; writes waiting meanwhile then fail with the same reason.
        """
        pending = self._pending
        assert pending is not None and self.store is None, "attach() is for a pending recording"
        old = self.record
        with self._write_lock:  # writes that waited for the database go after these
            try:
                lead = store.create_lead(
                    old.lead.name, old.lead.company, old.lead.role, pending.firmographics
                )
                self.record = store.start_interview(
                    lead.id,
                    old.rep,
                    old.frameworks,
                    old.lang,
                    bank_hashes(pending.catalog, old.frameworks),
                    practice=pending.practice,
                )
            except Exception as exc:
                self.fail(str(exc))
                raise
            self.store, self._pending = store, None
            self._ready.set()
            for fact, value in pending.firmographics.items():
                question = next(
                    (q for b in old.frameworks for q in self.engine.banks[b].questions() if q.key == fact),
                    None,
                )
                if question is not None:
                    try:
                        self.answer(question.id, value)
                    except AnswerError:  # a hint that does not fit the question is not an answer
                        continue

    def fail(self, reason: str) -> None:
        """The database could not be opened: writes fail with `reason` instead of waiting."""
        self._failure = reason
        self._ready.set()

    def _store(self) -> Store:
        if not self._ready.wait(OPEN_WAIT_SECONDS):
            raise StorageError("the database is still opening; nothing was saved yet, try again")
        if self.store is None:
            raise StorageError(self._failure or "the database could not be opened")
        return self.store

    @classmethod
    def resume(cls, store: Store, engine: Engine, interview_id: int) -> Recording:
        """Continue an interview where it stopped: its clock resumes after its last event."""
        record = store.interview(interview_id)
        stored = store.events(interview_id)
        last = stored[-1].at if stored else 0.0
        notes = [r for r in stored if r.kind == "note" and not r.payload.get("draft")]
        rec = cls(store, engine, record, decode_all(stored, engine.index), notes, draft=latest_draft(stored))
        rec._t0 = time.monotonic() - last
        return rec

    def now(self) -> float:
        return round(max(0.0, self.clock() - self._t0), 3)

    @property
    def reference_date(self) -> dt.date:
        return self.record.started_at.date()

    def state(self, until: float | None = None) -> InterviewState:
        return self.engine.state(self.events, self.reference_date, until)

    def _append(self, event: Event, *, changed: bool = False) -> EventRecord:
        kind, question_id, payload = encode(event, changed=changed)
        store = self._store()
        with self._write_lock:
            stored = store.append_event(self.record.id, kind, event.at, question_id, payload)
            self.events.append(event)  # only once committed
        return stored

    def prepare_answer(self, question_id: str, raw: Any) -> AnswerGiven:
        """The event an answer becomes, timestamped now; nothing is written.

        The screen evaluates it first, to show its consequences while `commit_answer` writes it
        (the screen marks them as saving until then). Raises AnswerError for a value that does not
        fit the question.
        """
        value = coerce_answer(self.engine.index.questions[question_id], raw)
        return AnswerGiven(question_id, value, self.now())

    def commit_answer(self, event: AnswerGiven, *, changed: bool | None = None) -> None:
        """Commit a prepared answer, then remember it; raises StorageError and changes nothing.

        `changed`: whether its question already had an answer, if the caller knows (else refolded).
        """
        store = self._store()  # waits for a database still opening, outside the write lock
        with self._write_lock:
            if changed is None:
                changed = self.engine.index.questions[event.question_id].key in self.state().answers
            kind, _, payload = encode(event, changed=changed)
            store.append_event(self.record.id, kind, event.at, event.question_id, payload)
            self.events.append(event)  # only once committed

    def answer(self, question_id: str, raw: Any) -> AnswerValue:
        """Coerce, commit, then remember; raises AnswerError or StorageError and changes nothing."""
        event = self.prepare_answer(question_id, raw)
        self.commit_answer(event)
        return event.value

    def clear(self, question_id: str) -> None:
        self._append(AnswerCleared(question_id, self.now()))

    def note(self, text: str) -> EventRecord:
        store = self._store()
        with self._write_lock:
            stored = store.append_event(self.record.id, "note", self.now(), None, {"text": text})
            self.notes.append(stored)
        return stored

    def save_draft(self, question_id: str | None, answer: str, notes: str, *, wait: float = 2.0) -> bool:
        """Write what is being typed (answer and notes fields) as draft notes, synchronously.

        For shutdown paths (signals, crashes): waits at most `wait` seconds for a database still
        opening or a write in progress, and reports False instead of raising.
        """
        if not (answer or notes) or not self._ready.wait(wait) or self.store is None:
            return False
        if not self._write_lock.acquire(timeout=wait):
            return False
        try:
            at = self.now()
            for name, text in zip(DRAFT_FIELDS, (answer, notes), strict=True):
                if text:
                    payload = {"text": text, "draft": True, "field": name, "question_id": question_id}
                    self.store.append_event(self.record.id, "note", at, None, payload)
        except Exception:  # shutting down: nothing to show it on; the caller logs what it can
            return False
        finally:
            self._write_lock.release()
        return True

    def log(
        self, kind: str, question_id: str | None = None, payload: Mapping[str, Any] | None = None
    ) -> EventRecord:
        """Commit an event the engine does not fold (a practice question asked), timestamped now."""
        store = self._store()
        with self._write_lock:
            return store.append_event(self.record.id, kind, self.now(), question_id, payload)

    def switch_framework(self, bank_id: str) -> None:
        store = self._store()
        with self._write_lock:
            store.append_event(self.record.id, "framework_switched", self.now(), None, {"framework": bank_id})

    def hand_off(self, to: HandoffTarget, note: str = "") -> None:
        self._append(HandedOff(to, self.now(), note))

    def override(self, bank_id: str, verdict: Verdict, reason: str) -> None:
        self._append(VerdictOverridden(bank_id, verdict, reason, self.now()))

    def set_deal_potential(self, value: Money) -> None:
        self._append(DealPotentialSet(value, self.now()))

    def judgements(self) -> list[BankJudgement]:
        return self.engine.judge_all(self.record.frameworks, self.state())

    def summary(self) -> dict[str, Any]:
        judgements = self.judgements()
        stage: StageResult = self.engine.stage(judgements, self.state())
        return summary_of(judgements, stage)

    def end(self) -> None:
        store = self._store()
        with self._write_lock:
            store.end_interview(self.record.id, self.now(), self.summary())


def summary_of(judgements: Sequence[BankJudgement], stage: StageResult) -> dict[str, Any]:
    """What listings and the team dashboard read without replaying (storage derives its columns)."""
    return {
        "verdicts": {j.bank_id: j.verdict for j in judgements if j.verdict is not None},
        "scores": {j.bank_id: j.score for j in judgements},
        "coverage": {j.bank_id: j.coverage for j in judgements},
        "criteria": {
            j.bank_id: {c.id: {"coverage": c.coverage, "score": c.score} for c in j.criteria}
            for j in judgements
        },
        "signals": [
            {"bank_id": s.bank_id, "signal": s.id, "kind": s.kind, "scope": s.scope}
            for j in judgements
            for s in j.signals
        ],
        "stage": stage.stage,
        "red_flags": sum(1 for j in judgements for s in j.signals if s.kind == "red_flag"),
    }
