"""Two recorded interviews side by side: headers, verdicts, answers and signals, and what differs.

Two calls with the same lead show how the deal moved; two reps on the same scenario show how
differently they ran it. Both interviews are rebuilt from their event logs through the engine, as
a replay would (`exports.replay`), so the comparison judges both with today's banks. Answers to
questions no loaded bank has any more are still compared, from the log, as they were stored.

No textual import: the CLI (`qualify compare A B --json`) and the compare screen share this.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from interview.engine.answers import AnswerValue, answer_json
from interview.engine.engine import Engine
from interview.engine.judge import BankJudgement, FiredSignal
from interview.engine.state import Answer
from interview.engine.wording import answer_label
from interview.exports import Replayed, replay
from question_banks.model import Bank, Question, Text
from storage.records import EventRecord
from storage.repository import Store

Status = Literal["same", "different", "only_a", "only_b"]
Presence = Literal["both", "only_a", "only_b"]

WORDS: dict[str, dict[str, str]] = {
    "different_leads": {
        "en": "Two different leads: {a} and {b}. This compares how the calls were run, "
        "not a lead's progress.",
        "fr": "Deux contacts différents : {a} et {b}. On compare la conduite des appels, "
        "pas l'évolution d'un contact.",
    },
    "other_answers": {"en": "Other answers", "fr": "Autres réponses"},
    "removed_question": {
        "en": "question no loaded bank has any more",
        "fr": "question absente des méthodes chargées",
    },
}


def word(key: str, lang: str) -> str:
    entry = WORDS[key]
    return entry.get(lang, entry["en"])


def short_name(name: Text, lang: str) -> str:
    """BANT for "BANT (Budget, Authority, Need, Timeline)"."""
    text = name.get(lang)
    return text.split(" (")[0] or text


# --- what is compared -----------------------------------------------------------------------------


@dataclass(frozen=True)
class InterviewHeader:
    """Who, when, by whom, how far: one interview's identity card."""

    id: int
    uid: str
    lead_uid: str
    lead: str
    company: str | None
    role: str | None
    rep: str
    lang: str
    started_at: dt.datetime
    elapsed: float  # seconds: the whole call, or so far when it is still open
    ended: bool
    frameworks: tuple[str, ...]  # started with, then switched to
    missing: tuple[str, ...]  # frameworks no loaded bank has now: no judgement
    stage: str
    stage_reason: Text
    deal_potential: str | None
    comments: int
    removed_answers: int  # current answers to questions no loaded bank has now


@dataclass(frozen=True)
class FrameworkSide:
    """One interview's judgement of one framework it ran."""

    loaded: bool  # False: the bank is not loaded now; verdict and score are the recorded ones
    output: str  # verdict or profile
    verdict: str | None
    computed_verdict: str | None  # before the rep's override
    override_reason: str | None
    score: float | None
    coverage: float | None
    motives: tuple[tuple[Text, float], ...] = ()  # profile banks: dominant motives, strongest first


@dataclass(frozen=True)
class AnswerSide:
    question_id: str  # the question it was given through (a shared fact has several)
    value: Any  # JSON form, as stored
    label: Text  # how a person reads it: option labels, or the value
    at: float


@dataclass(frozen=True)
class AnswerRow:
    key: str  # the shared fact, or the question id
    question: Text
    a: AnswerSide | None
    b: AnswerSide | None
    status: Status
    in_banks: bool = True  # False: the question is in no loaded bank now (compared as stored)


@dataclass(frozen=True)
class CriterionRows:
    id: str
    name: Text
    a_score: float | None
    b_score: float | None
    a_coverage: float | None  # None: that interview did not run the framework (or it is not loaded)
    b_coverage: float | None
    answers: tuple[AnswerRow, ...]


@dataclass(frozen=True)
class SignalRow:
    id: str
    kind: str  # positive, warning, red_flag
    scope: str  # lead, process
    message: Text
    explanation: Text
    a: tuple[Text, ...] | None  # the answers that raised it on that side; None: did not fire
    b: tuple[Text, ...] | None

    @property
    def presence(self) -> Presence:
        if self.a is not None and self.b is not None:
            return "both"
        return "only_a" if self.a is not None else "only_b"


@dataclass(frozen=True)
class FrameworkRows:
    id: str
    name: Text
    a: FrameworkSide | None  # None: that interview did not run this framework
    b: FrameworkSide | None
    criteria: tuple[CriterionRows, ...]  # bank order; empty when the bank is not loaded now
    signals: tuple[SignalRow, ...]  # bank order

    @property
    def presence(self) -> Presence:
        if self.a is not None and self.b is not None:
            return "both"
        return "only_a" if self.a is not None else "only_b"

    @property
    def verdict_differs(self) -> bool:
        a, b = self.a, self.b
        if a is None or b is None:
            return True
        if a.output == "profile" and b.output == "profile":
            return [t.en for t, _ in a.motives] != [t.en for t, _ in b.motives]
        return a.verdict != b.verdict

    @property
    def score_differs(self) -> bool:
        a, b = self.a, self.b
        return a is None or b is None or a.score != b.score


@dataclass(frozen=True)
class Differences:
    answers: int
    verdicts: int
    scores: int
    signals: int

    @property
    def total(self) -> int:
        return self.answers + self.verdicts + self.scores + self.signals


@dataclass(frozen=True)
class Comparison:
    a: InterviewHeader
    b: InterviewHeader
    same_lead: bool
    frameworks: tuple[FrameworkRows, ...]  # A's frameworks, then those only B ran
    others: tuple[AnswerRow, ...]  # answers no compared framework asks, and to removed questions

    def answers(self) -> Iterator[AnswerRow]:
        for f in self.frameworks:
            for c in f.criteria:
                yield from c.answers
        yield from self.others

    def signals(self) -> Iterator[SignalRow]:
        for f in self.frameworks:
            yield from f.signals

    @property
    def differences(self) -> Differences:
        return Differences(
            answers=sum(1 for r in self.answers() if r.status != "same"),
            verdicts=sum(1 for f in self.frameworks if f.verdict_differs),
            scores=sum(1 for f in self.frameworks if f.score_differs),
            signals=sum(1 for s in self.signals() if s.presence != "both"),
        )

    def lead_note(self, lang: str) -> str | None:
        """Said in the header when the two interviews are not of the same lead (allowed)."""
        if self.same_lead:
            return None

        def who(h: InterviewHeader) -> str:
            return f"{h.lead} ({h.company})" if h.company else h.lead

        return word("different_leads", lang).format(a=who(self.a), b=who(self.b))


# --- building it ----------------------------------------------------------------------------------


def _comparable(value: Any) -> Any:
    """What counts for equality: text up to spacing, multiple choices in any order, typed values."""
    if isinstance(value, str):
        return ("str", " ".join(value.split()))
    if isinstance(value, (tuple, list)):
        return ("set", frozenset(json.dumps(_comparable(v), default=str) for v in value))
    if isinstance(value, dict):
        return ("dict", json.dumps(value, sort_keys=True, default=str))
    return (type(value).__name__, value)  # True is not 1


def _status(a: AnswerSide | None, b: AnswerSide | None, same: bool) -> Status:
    if a is None:
        return "only_b"
    if b is None:
        return "only_a"
    return "same" if same else "different"


def _answer_side(engine: Engine, answer: Answer | None) -> AnswerSide | None:
    if answer is None:
        return None
    question = engine.index.questions[answer.question_id]
    return AnswerSide(
        answer.question_id, answer_json(answer.value), answer_label(question, answer.value), answer.at
    )


def _answer_row(engine: Engine, key: str, question: Question, ra: Replayed, rb: Replayed) -> AnswerRow:
    in_a, in_b = ra.state.answers.get(key), rb.state.answers.get(key)
    a, b = _answer_side(engine, in_a), _answer_side(engine, in_b)
    same = in_a is not None and in_b is not None and _same_value(in_a.value, in_b.value)
    return AnswerRow(key, question.text, a, b, _status(a, b, same))


def _same_value(x: AnswerValue, y: AnswerValue) -> bool:
    return bool(_comparable(x) == _comparable(y))


def _removed_answers(stored: Sequence[EventRecord], engine: Engine) -> dict[str, EventRecord]:
    """Current answers to questions no loaded bank has now, by question id, folded from the log."""
    current: dict[str, EventRecord] = {}
    for r in stored:
        if r.question_id is None or r.question_id in engine.index.questions:
            continue
        if r.kind in ("answer_given", "answer_changed"):
            current[r.question_id] = r
        elif r.kind == "answer_cleared":
            current.pop(r.question_id, None)
    return current


def _removed_side(record: EventRecord | None) -> AnswerSide | None:
    if record is None or record.question_id is None:
        return None
    value = record.payload.get("value")
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return AnswerSide(record.question_id, value, Text(shown, shown), record.at)


def _side(r: Replayed, bank_id: str, judgements: Mapping[str, BankJudgement]) -> FrameworkSide | None:
    if bank_id not in r.frameworks:
        return None
    j = judgements.get(bank_id)
    if j is None:  # not loaded now: what was recorded when the call ended, if anything
        summary = r.record.summary
        verdict = (summary.get("verdicts") or {}).get(bank_id)
        score = (summary.get("scores") or {}).get(bank_id)
        coverage = (summary.get("coverage") or {}).get(bank_id)
        return FrameworkSide(False, "verdict", verdict, verdict, None, score, coverage)
    return FrameworkSide(
        True,
        j.output,
        j.verdict,
        j.computed_verdict,
        j.override.reason if j.override is not None else None,
        j.score,
        j.coverage,
        tuple((m.name, m.score) for m in j.profile or ()),
    )


def _signal_rows(bank: Bank, ja: BankJudgement | None, jb: BankJudgement | None) -> tuple[SignalRow, ...]:
    fired_a: dict[str, FiredSignal] = {s.id: s for s in ja.signals} if ja else {}
    fired_b: dict[str, FiredSignal] = {s.id: s for s in jb.signals} if jb else {}
    rows = []
    for signal in bank.signals:
        sa, sb = fired_a.get(signal.id), fired_b.get(signal.id)
        if sa is None and sb is None:
            continue
        rows.append(
            SignalRow(
                signal.id,
                signal.kind,
                signal.scope,
                signal.message,
                signal.explanation,
                sa.reasons if sa is not None else None,
                sb.reasons if sb is not None else None,
            )
        )
    return tuple(rows)


def _header(store: Store, r: Replayed, removed: int) -> InterviewHeader:
    rec = r.record
    return InterviewHeader(
        id=rec.id,
        uid=rec.uid,
        lead_uid=rec.lead.uid,
        lead=rec.lead.name,
        company=rec.lead.company,
        role=rec.lead.role,
        rep=rec.rep,
        lang=rec.lang,
        started_at=rec.started_at,
        elapsed=r.elapsed,
        ended=rec.status == "ended",
        frameworks=r.frameworks,
        missing=r.missing,
        stage=r.stage.stage,
        stage_reason=r.stage.reason,
        deal_potential=str(r.state.deal_potential) if r.state.deal_potential is not None else None,
        comments=len(store.comments(rec.id)),
        removed_answers=removed,
    )


def compare(store: Store, engine: Engine, first_id: int, second_id: int) -> Comparison:
    """Interview `first_id` (A) against `second_id` (B). Raises StorageError for an unknown id."""
    ra, rb = replay(store, engine, first_id), replay(store, engine, second_id)
    ja = {j.bank_id: j for j in ra.judgements}
    jb = {j.bank_id: j for j in rb.judgements}
    placed: set[str] = set()
    frameworks = []
    for bank_id in dict.fromkeys([*ra.frameworks, *rb.frameworks]):
        bank = engine.banks.get(bank_id)
        criteria: list[CriterionRows] = []
        signals: tuple[SignalRow, ...] = ()
        if bank is not None:
            fa, fb = ja.get(bank_id), jb.get(bank_id)
            for criterion in bank.criteria:
                rows = []
                for question in criterion.questions:
                    key = question.key
                    if key in placed or (key not in ra.state.answers and key not in rb.state.answers):
                        continue  # a shared fact shows once, under the first framework asking it
                    placed.add(key)
                    rows.append(_answer_row(engine, key, question, ra, rb))
                ca = fa.criterion(criterion.id) if fa is not None else None
                cb = fb.criterion(criterion.id) if fb is not None else None
                criteria.append(
                    CriterionRows(
                        criterion.id,
                        criterion.name,
                        ca.score if ca else None,
                        cb.score if cb else None,
                        ca.coverage if ca else None,
                        cb.coverage if cb else None,
                        tuple(rows),
                    )
                )
            signals = _signal_rows(bank, fa, fb)
        name = bank.name if bank is not None else Text(bank_id, bank_id)
        frameworks.append(
            FrameworkRows(
                bank_id, name, _side(ra, bank_id, ja), _side(rb, bank_id, jb), tuple(criteria), signals
            )
        )
    others = []
    # Answers under a bank neither interview ran (an imported log, a fact from the lead's profile).
    for key in dict.fromkeys([*ra.state.answers, *rb.state.answers]):
        if key not in placed:
            question = engine.index.questions[
                (ra.state.answers.get(key) or rb.state.answers[key]).question_id
            ]
            others.append(_answer_row(engine, key, question, ra, rb))
    removed_a, removed_b = _removed_answers(ra.stored, engine), _removed_answers(rb.stored, engine)
    for question_id in dict.fromkeys([*removed_a, *removed_b]):
        a, b = _removed_side(removed_a.get(question_id)), _removed_side(removed_b.get(question_id))
        same = a is not None and b is not None and _comparable(a.value) == _comparable(b.value)
        text = Text(question_id, question_id)
        others.append(AnswerRow(question_id, text, a, b, _status(a, b, same), in_banks=False))
    return Comparison(
        _header(store, ra, len(removed_a)),
        _header(store, rb, len(removed_b)),
        ra.record.lead.uid == rb.record.lead.uid,
        tuple(frameworks),
        tuple(others),
    )


# --- JSON -----------------------------------------------------------------------------------------


def _header_doc(h: InterviewHeader, lang: str) -> dict[str, Any]:
    return {
        "id": h.id,
        "uid": h.uid,
        "lead": h.lead,
        "company": h.company,
        "role": h.role,
        "rep": h.rep,
        "lang": h.lang,
        "started_at": h.started_at.isoformat(),
        "duration_seconds": round(h.elapsed, 3),
        "status": "ended" if h.ended else "open",
        "frameworks": list(h.frameworks),
        "not_loaded": list(h.missing),
        "stage": h.stage,
        "stage_reason": h.stage_reason.get(lang),
        "deal_potential": h.deal_potential,
        "comments": h.comments,
        "answers_to_removed_questions": h.removed_answers,
    }


def _framework_side_doc(side: FrameworkSide | None, lang: str) -> dict[str, Any] | None:
    if side is None:
        return None
    doc: dict[str, Any] = {
        "loaded": side.loaded,
        "output": side.output,
        "verdict": side.verdict,
        "score": side.score,
        "coverage": side.coverage,
    }
    if side.override_reason is not None:
        doc["computed_verdict"] = side.computed_verdict
        doc["override_reason"] = side.override_reason
    if side.output == "profile":
        doc["motives"] = [{"name": name.get(lang), "score": score} for name, score in side.motives]
    return doc


def _answer_side_doc(side: AnswerSide | None, lang: str) -> dict[str, Any] | None:
    if side is None:
        return None
    return {
        "question_id": side.question_id,
        "value": side.value,
        "label": side.label.get(lang),
        "at": side.at,
    }


def _answer_doc(row: AnswerRow, lang: str) -> dict[str, Any]:
    doc = {
        "key": row.key,
        "question": row.question.get(lang),
        "status": row.status,
        "a": _answer_side_doc(row.a, lang),
        "b": _answer_side_doc(row.b, lang),
    }
    if not row.in_banks:
        doc["note"] = word("removed_question", lang)
    return doc


def _signal_doc(s: SignalRow, lang: str) -> dict[str, Any]:
    return {
        "id": s.id,
        "kind": s.kind,
        "scope": s.scope,
        "message": s.message.get(lang),
        "explanation": s.explanation.get(lang),
        "presence": s.presence,
        "raised_by_a": [r.get(lang) for r in s.a] if s.a is not None else None,
        "raised_by_b": [r.get(lang) for r in s.b] if s.b is not None else None,
    }


def comparison_doc(comparison: Comparison, lang: str) -> dict[str, Any]:
    """The comparison as JSON data, texts in `lang` (en or fr)."""
    diff = comparison.differences
    return {
        "lang": lang,
        "same_lead": comparison.same_lead,
        "note": comparison.lead_note(lang),
        "a": _header_doc(comparison.a, lang),
        "b": _header_doc(comparison.b, lang),
        "differences": {
            "answers": diff.answers,
            "verdicts": diff.verdicts,
            "scores": diff.scores,
            "signals": diff.signals,
        },
        "frameworks": [
            {
                "id": f.id,
                "name": f.name.get(lang),
                "presence": f.presence,
                "verdict_differs": f.verdict_differs,
                "score_differs": f.score_differs,
                "a": _framework_side_doc(f.a, lang),
                "b": _framework_side_doc(f.b, lang),
                "criteria": [
                    {
                        "id": c.id,
                        "name": c.name.get(lang),
                        "score_a": c.a_score,
                        "score_b": c.b_score,
                        "coverage_a": c.a_coverage,
                        "coverage_b": c.b_coverage,
                        "answers": [_answer_doc(r, lang) for r in c.answers],
                    }
                    for c in f.criteria
                ],
                "signals": [_signal_doc(s, lang) for s in f.signals],
            }
            for f in comparison.frameworks
        ],
        "other_answers": [_answer_doc(r, lang) for r in comparison.others],
    }
