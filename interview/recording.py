"""A recorded interview: the engine's judgement over the store's event log.

Every change is appended to the store (committed) before the in-memory state moves, so what the
screen shows as saved is always on disk. Synchronous: the UI calls it from worker threads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from interview.engine.answers import AnswerValue, Money, coerce_answer
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
from storage.repository import EventRecord, InterviewRecord, Store


def bank_hashes(catalog: Catalog, bank_ids: Sequence[str]) -> dict[str, str]:
    """Content hash of each bank file, so a replay knows which version was used."""
    return {b: hashlib.sha256(catalog.entries[b].source.read_bytes()).hexdigest() for b in bank_ids}


@dataclass
class Recording:
    store: Store
    engine: Engine
    record: InterviewRecord
    events: list[Event] = field(default_factory=list)
    notes: list[EventRecord] = field(default_factory=list)
    clock: Callable[[], float] = time.monotonic
    _t0: float = 0.0

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
    ) -> Recording:
        lead = store.create_lead(lead_name, company, role, firmographics)
        record = store.start_interview(lead.id, rep, frameworks, lang, bank_hashes(catalog, frameworks))
        return cls(store, engine, record, _t0=time.monotonic())

    @classmethod
    def resume(cls, store: Store, engine: Engine, interview_id: int) -> Recording:
        """Continue an interview where it stopped: its clock resumes after its last event."""
        record = store.interview(interview_id)
        stored = store.events(interview_id)
        last = stored[-1].at if stored else 0.0
        rec = cls(
            store, engine, record, decode_all(stored, engine.index), [r for r in stored if r.kind == "note"]
        )
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
        stored = self.store.append_event(self.record.id, kind, event.at, question_id, payload)
        self.events.append(event)  # only once committed
        return stored

    def answer(self, question_id: str, raw: Any) -> AnswerValue:
        """Coerce, commit, then remember; raises AnswerError or StorageError and changes nothing."""
        question = self.engine.index.questions[question_id]
        value = coerce_answer(question, raw)
        changed = question.key in self.state().answers
        self._append(AnswerGiven(question_id, value, self.now()), changed=changed)
        return value

    def clear(self, question_id: str) -> None:
        self._append(AnswerCleared(question_id, self.now()))

    def note(self, text: str) -> EventRecord:
        stored = self.store.append_event(self.record.id, "note", self.now(), None, {"text": text})
        self.notes.append(stored)
        return stored

    def switch_framework(self, bank_id: str) -> None:
        self.store.append_event(
            self.record.id, "framework_switched", self.now(), None, {"framework": bank_id}
        )

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
        self.store.end_interview(self.record.id, self.now(), self.summary())


def summary_of(judgements: Sequence[BankJudgement], stage: StageResult) -> dict[str, Any]:
    """What listings show without replaying: verdicts, scores, stage, red flags."""
    return {
        "verdicts": {j.bank_id: j.verdict for j in judgements if j.verdict is not None},
        "scores": {j.bank_id: j.score for j in judgements},
        "stage": stage.stage,
        "red_flags": sum(1 for j in judgements for s in j.signals if s.kind == "red_flag"),
    }
