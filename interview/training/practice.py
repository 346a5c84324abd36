"""A practice session: a trainee interviews a scenario's scripted prospect, then is graded.

The trainee runs the normal interview (a `Recording` started with `practice=True`, so the run stays
out of the team's listings and figures). What practice adds:

- **asking**: `Practice.ask(question_id)` gives the prospect's reply to a question (its reply by
  question id, else by its fact, the `once_asked` wording once the other refs were asked, else the
  scenario's default reply), in the interview's language, and logs the ask as a
  `question_asked` event (`{"reply": ...}`) so a replay shows what was heard. The reply is only
  heard: recording the answer is the trainee's job, as in a real call.
- **the end**: `Practice.grade()` grades the recorded answers (`grading.grade`);
  `Practice.save(report)` ends the interview and stores the attempt with the report as JSON
  (`report_doc`), for `qualify train --progress`.

No UI here: the practice screen calls these from its thread workers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from interview.engine.answers import Money
from interview.engine.engine import Engine
from interview.recording import Recording
from interview.training.grading import GradeReport, grade
from question_banks.catalog import Catalog
from question_banks.model import Question, Text
from question_banks.scenarios import Reply, Scenario
from storage.records import EventRecord
from storage.training_records import AttemptRecord

if TYPE_CHECKING:
    from storage.repository import Store

QUESTION_ASKED = "question_asked"  # the event kind of an ask (storage/repository.py EVENT_KINDS)
REPORT_FORMAT = 1  # the shape of `report_doc`, stored with each attempt


@dataclass(frozen=True)
class Ask:
    """One question asked and the reply heard."""

    question_id: str
    ref: str  # the fact, or the question id: what the reply is about
    reply: str  # in the interview's language
    scripted: bool  # False: the scenario's default reply (nothing scripted for this question)
    at: float = 0.0  # seconds into the call


def scripted_reply(scenario: Scenario, question: Question) -> Reply | None:
    """The scenario's reply to `question`: by its id first, then by its fact."""
    reply = scenario.reply(question.id)
    if reply is None and question.fact:
        reply = scenario.reply(question.fact)
    return reply


def prospect_reply(
    scenario: Scenario, question: Question, asked: Collection[str] = (), lang: str = "en"
) -> tuple[str, bool]:
    """What the prospect says to `question`, and whether the scenario scripts it.

    `asked`: the refs (facts or question ids) asked about so far; a reply with `once_asked` gives
    its other wording once all of its refs are among them.
    """
    reply = scripted_reply(scenario, question)
    if reply is None:
        return scenario.default_reply.get(lang), False
    return reply.says(asked).get(lang), True


def logged_asks(stored: Iterable[EventRecord], engine: Engine | None = None) -> list[Ask]:
    """The asks in an interview's stored log, in order (questions no bank has now keep their id)."""
    out: list[Ask] = []
    for record in stored:
        if record.kind != QUESTION_ASKED or not record.question_id:
            continue
        ref = record.question_id
        if engine is not None and record.question_id in engine.index.questions:
            ref = engine.index.key_of(record.question_id)
        reply = record.payload.get("reply")
        out.append(
            Ask(
                record.question_id,
                ref,
                reply if isinstance(reply, str) else "",
                bool(record.payload.get("scripted", True)),
                record.at,
            )
        )
    return out


@dataclass
class Practice:
    """One practice run: a scenario, the trainee's recording, what was asked, the attempt saved."""

    scenario: Scenario
    recording: Recording
    trainee: str
    exam: bool = False
    asks: list[Ask] = field(default_factory=list)
    ended: bool = False
    attempt: AttemptRecord | None = None

    @classmethod
    def start(
        cls,
        store: Store,
        engine: Engine,
        catalog: Catalog,
        scenario: Scenario,
        *,
        trainee: str,
        lang: str,
        exam: bool = False,
    ) -> Practice:
        """Record a new practice interview with the scenario's persona as the lead (database work)."""
        persona = scenario.persona
        recording = Recording.start(
            store,
            engine,
            catalog,
            lead_name=persona.name,
            company=persona.company,
            role=persona.role.get(lang),
            rep=trainee,
            frameworks=scenario.frameworks,
            lang=lang,
            practice=True,
        )
        return cls(scenario, recording, trainee, exam)

    @property
    def lang(self) -> str:
        """The language of the call: the prospect speaks it whatever the interface shows."""
        return self.recording.record.lang

    @property
    def engine(self) -> Engine:
        return self.recording.engine

    def asked_refs(self) -> set[str]:
        return {a.ref for a in self.asks}

    def reply(self, question_id: str) -> tuple[str, bool]:
        """What the prospect would say to `question_id` now; nothing is logged."""
        question = self.engine.index.questions[question_id]
        return prospect_reply(self.scenario, question, self.asked_refs(), self.lang)

    def ask(self, question_id: str) -> Ask:
        """Ask `question_id`: the reply, once the ask is committed to the log (raises StorageError)."""
        question = self.engine.index.questions[question_id]
        said, scripted = self.reply(question_id)
        payload: dict[str, Any] = {"reply": said}
        if not scripted:
            payload["scripted"] = False
        stored = self.recording.log(QUESTION_ASKED, question_id, payload)
        ask = Ask(question_id, question.key, said, scripted, stored.at)
        self.asks.append(ask)  # only once committed
        return ask

    def grade(self, date: dt.date | None = None) -> GradeReport:
        """The report of the answers recorded so far (pure: nothing is written)."""
        events = list(self.recording.events)
        return grade(self.scenario, self.engine, events, date or self.recording.reference_date)

    def save(self, report: GradeReport, at: dt.datetime | None = None) -> AttemptRecord:
        """End the interview (once) and store the attempt (once); raises what the store raises.

        Safe to call again after a failure: what was already written is not written twice.
        """
        if self.attempt is not None:
            return self.attempt
        if not self.ended:
            self.recording.end()
            self.ended = True
        store = self.recording.store
        assert store is not None  # ended: the recording was attached
        self.attempt = store.record_attempt(
            self.recording.record.id,
            self.trainee,
            self.scenario.id,
            exam=self.exam,
            score=report.score,
            report=report_doc(report),
            at=at,
        )
        return self.attempt


# --- The report as JSON -------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, Text):
        return {"en": value.en, "fr": value.fr}
    if isinstance(value, Money):
        return value.as_json()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        number = float(value)
        return int(number) if number.is_integer() else number
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    return value


def report_doc(report: GradeReport) -> dict[str, Any]:
    """The whole report as JSON: every field, texts as {en, fr}, answers as the exports write them."""
    doc: dict[str, Any] = {"format": REPORT_FORMAT}
    doc.update(_jsonable(report))
    doc["caught"] = list(report.caught)
    doc["missed"] = list(report.missed)
    return doc


# --- Progress over attempts ---------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """A trainee's attempts at one scenario, oldest first, and how the score moved."""

    trainee: str
    scenario_id: str
    attempts: tuple[AttemptRecord, ...]

    @property
    def first(self) -> float:
        return self.attempts[0].score

    @property
    def best(self) -> float:
        return max(a.score for a in self.attempts)

    @property
    def last(self) -> float:
        return self.attempts[-1].score

    @property
    def change(self) -> float:
        """Last minus first: positive when the trainee improved."""
        return self.last - self.first


def progress(attempts: Sequence[AttemptRecord]) -> list[Progress]:
    """Attempts grouped per trainee and scenario (sorted by name, then scenario), each oldest first."""
    groups: dict[tuple[str, str], list[AttemptRecord]] = {}
    for attempt in sorted(attempts, key=lambda a: (a.graded_at, a.id)):
        groups.setdefault((attempt.trainee, attempt.scenario_id), []).append(attempt)
    keys = sorted(groups, key=lambda k: (k[0].casefold(), k[0], k[1]))
    return [
        Progress(trainee, scenario_id, tuple(groups[trainee, scenario_id])) for trainee, scenario_id in keys
    ]
