"""`qualify analyze FILE --save --lead NAME`: a draft interview pre-filled from a transcript.

The draft is an ordinary open interview (Recording.start), so the rep resumes it from the home
screen. Every fact found becomes an answer event through the first question of the interview's
frameworks that asks it, in the order the transcript first said it (process signals read the
order), with extra payload keys that say where it came from:

    {"value": ..., "source": "transcript", "evidence": [{line, time, speaker, text}...],
     "confidence": "high" | "medium" | "low", "why": "...", "transcript": FILE}

Storage keeps payloads whole and the event codec reads only "value", so the engine judges these
answers like typed ones: signals and verdicts follow. Ambiguous facts are not answered; a note
(payload "source": "transcript", "answers": {question id: at}) lists what was pre-filled and what
the rep must settle. The interview screen shows an answer "from the transcript" while that answer
is still the pre-filled one (same question, same time); confirming or changing it makes it the rep's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from interview.analysis.analyze import answer_value, fact_questions, shown_value
from interview.analysis.evidence import Analysis
from interview.engine.engine import Engine
from interview.engine.state import AnswerGiven
from interview.event_codec import encode
from interview.recording import Recording
from question_banks.catalog import Catalog

if TYPE_CHECKING:
    from storage.repository import Store

NOTE_HEAD = {
    "en": "Draft from the transcript {source}: {n} answer(s) pre-filled, to confirm or correct",
    "fr": (
        "Brouillon d'après la transcription {source} : {n} réponse(s) pré-remplie(s), à confirmer ou corriger"
    ),
}
NOTE_AMBIGUOUS = {
    "en": "to settle (conflicting statements)",
    "fr": "à trancher (déclarations contradictoires)",
}
NOTE_COMPETITORS = {"en": "competitors named", "fr": "concurrents cités"}


@dataclass(frozen=True)
class Saved:
    interview_id: int
    answered: tuple[tuple[str, str], ...]  # (fact, question id), in the order recorded
    ambiguous: tuple[str, ...]  # facts left for the rep to settle
    note: str


def save_draft(
    store: Store,
    engine: Engine,
    catalog: Catalog,
    analysis: Analysis,
    *,
    lead_name: str,
    rep: str,
    frameworks: Sequence[str],
    lang: str,
    company: str | None = None,
) -> Saved:
    """Record an open interview whose answers are the facts found in `analysis`."""
    rec = Recording.start(
        store,
        engine,
        catalog,
        lead_name=lead_name,
        rep=rep,
        frameworks=frameworks,
        lang=lang,
        company=company,
    )
    banks = [engine.banks[b] for b in frameworks]
    questions = fact_questions(banks)
    found = [
        (fact, ev)
        for fact, ev in analysis.facts.items()
        if ev.status == "found" and fact in questions and ev.evidence
    ]
    found.sort(key=lambda item: (item[1].evidence[0].line, item[0]))
    answered: list[tuple[str, str]] = []
    prefilled: dict[str, float] = {}
    at = 0.0
    for fact, ev in found:
        question = questions[fact]
        value = answer_value(question, ev)
        if value is None:
            continue
        event = AnswerGiven(question.id, value, at)
        kind, question_id, payload = encode(event)
        payload |= {
            "source": "transcript",
            "evidence": [e.as_json() for e in ev.evidence],
            "confidence": ev.confidence,
            "why": ev.why,
            "transcript": analysis.source,
        }
        store.append_event(rec.record.id, kind, at, question_id, payload)
        rec.events.append(event)
        answered.append((fact, question.id))
        prefilled[question.id] = at
        at += 1.0  # a second apart, in the transcript's order: the order is what process signals read
    ambiguous = tuple(f for f, ev in analysis.facts.items() if ev.status == "ambiguous" and f in questions)
    key = "fr" if lang == "fr" else "en"
    lines = [NOTE_HEAD[key].format(source=analysis.source, n=len(answered))]
    for fact in ambiguous:
        ev = analysis.facts[fact]
        lines.append(f"{fact}: {NOTE_AMBIGUOUS[key]}: {shown_value(ev, questions.get(fact), lang)}")
    competitors = analysis.facts.get("competitors")
    if competitors is not None and competitors.status == "found" and competitors.value:
        lines.append(f"{NOTE_COMPETITORS[key]}: {', '.join(competitors.value)}")
    note = "\n".join(lines)
    store.append_event(
        rec.record.id,
        "note",
        at,
        None,
        {"text": note, "source": "transcript", "transcript": analysis.source, "answers": prefilled},
    )
    return Saved(rec.record.id, tuple(answered), ambiguous, note)
