"""`qualify analyze`: a transcript's facts, reported per framework and criterion.

Extraction is per fact (evidence.py): one analysis serves every framework. A criterion's status
comes from the facts its questions ask (questions with `fact:`): `ambiguous` if one of them is,
else `found` if one of them is, else `absent`; a criterion none of whose questions names a shared
fact says so ("not read from transcripts"). Pure: banks and an Analysis in, JSON-able data or text
out; every text from the transcript goes through safe_text.printable when printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from interview.analysis.evidence import FACT_KINDS, Analysis, FactEvidence, json_value
from interview.analysis.french import french
from interview.analysis.people import role_label
from interview.engine.answers import AnswerError, AnswerValue, coerce_answer
from interview.engine.wording import answer_label
from question_banks.model import Bank, Question

STATUS_LABELS = {
    "found": {"en": "found", "fr": "trouvé"},
    "ambiguous": {"en": "ambiguous", "fr": "ambigu"},
    "absent": {"en": "absent", "fr": "absent"},
    "unread": {"en": "not read from transcripts", "fr": "non lu dans les transcriptions"},
}
CONFIDENCE_LABELS = {
    "high": {"en": "high", "fr": "haute"},
    "medium": {"en": "medium", "fr": "moyenne"},
    "low": {"en": "low", "fr": "basse"},
}
_WORDS = {
    "en": {
        "turns": "turns",
        "call_date": "call date",
        "language": "language",
        "speakers": "speakers",
        "rep": "rep",
        "prospect": "prospect",
        "notes": "notes",
        "unknown": "unnamed",
        "competitors": "Competitors",
        "none_named": "none named",
        "evidence": "evidence",
        "facts": "facts",
        "or": "or",
        "signer": "signs",
        "champion": "champion",
        "warning": "warning",
    },
    "fr": {
        "turns": "tours de parole",
        "call_date": "date de l'appel",
        "language": "langue",
        "speakers": "intervenants",
        "rep": "commercial",
        "prospect": "prospect",
        "notes": "notes",
        "unknown": "sans nom",
        "competitors": "Concurrents",
        "none_named": "aucun nommé",
        "evidence": "preuves",
        "facts": "faits",
        "or": "ou",
        "signer": "signe",
        "champion": "champion",
        "warning": "attention",
    },
}


def _w(key: str, lang: str) -> str:
    return _WORDS["fr" if lang == "fr" else "en"][key]


def _l(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    return table[key]["fr" if lang == "fr" else "en"]


def fact_questions(banks: Sequence[Bank]) -> dict[str, Question]:
    """For each fact, the first question of `banks` that asks it (to coerce and label its answer)."""
    out: dict[str, Question] = {}
    for bank in banks:
        for q in bank.questions():
            if q.fact and q.fact not in out:
                out[q.fact] = q
    return out


def answer_value(question: Question, evidence: FactEvidence) -> AnswerValue | None:
    """The found value as the question takes it, or None when it does not fit the question."""
    if evidence.status != "found" or evidence.value is None:
        return None
    try:
        return coerce_answer(question, evidence.value)
    except (AnswerError, TypeError, ValueError):
        return None


def shown_value(evidence: FactEvidence, question: Question | None, lang: str) -> str:
    """How a value reads: the option's label in `lang` when a question gives one."""

    def one(value: Any) -> str:
        if value is None:
            return "—"
        if question is not None:
            try:
                return answer_label(question, coerce_answer(question, value)).get(lang)
            except (AnswerError, TypeError, ValueError):
                pass
        if isinstance(value, bool):
            return ("oui" if value else "non") if lang == "fr" else ("yes" if value else "no")
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, list):
            return ", ".join(map(str, value)) or _w("none_named", lang)
        return str(value)

    if evidence.status == "ambiguous":
        alternatives = evidence.alternatives
        if evidence.fact == "authority.economic_buyer_identified":
            alternatives = tuple(_person(p, lang) for p in evidence.extra.get("people", []))
            return f" {_w('or', lang)} ".join(alternatives)
        return f" {_w('or', lang)} ".join(one(v) for v in alternatives)
    text = one(evidence.value)
    if evidence.fact in ("authority.economic_buyer_identified", "champion.named") and evidence.value is True:
        who = _person(evidence.extra, lang)
        if who:
            text += f" ({who})"
    return text


def _person(extra: dict[str, Any], lang: str) -> str:
    name, role = extra.get("name"), extra.get("role")
    parts = [str(name)] if name else []
    if role:
        parts.append(role_label(str(role), lang))
    return ", ".join(parts)


def criterion_status(statuses: Sequence[str]) -> str:
    if not statuses:
        return "unread"
    if "ambiguous" in statuses:
        return "ambiguous"
    if "found" in statuses:
        return "found"
    return "absent"


def report(analysis: Analysis, banks: Sequence[Bank], lang: str) -> dict[str, Any]:
    """The analysis as JSON-able data: the transcript, every fact, then per framework and criterion
    the facts its questions ask with their status, value and evidence."""
    questions = fact_questions(banks)
    facts: dict[str, Any] = {}
    for fact, ev in analysis.facts.items():
        doc = ev.as_json()
        if lang == "fr" and analysis.lang != "fr":  # an English call reported in French: the why too
            doc["why"] = french(doc["why"])
        doc["shown"] = shown_value(ev, questions.get(fact), lang)
        facts[fact] = doc
    frameworks = []
    for bank in banks:
        criteria = []
        for criterion in bank.criteria:
            asked = []
            for q in criterion.questions:
                if q.fact is None:
                    continue
                ev = analysis.facts.get(q.fact)
                status = ev.status if ev is not None else "unread"
                asked.append(
                    {
                        "question": q.id,
                        "fact": q.fact,
                        "text": q.text.get(lang),
                        "status": status,
                        "value": json_value(answer_value(q, ev)) if ev is not None else None,
                        "shown": shown_value(ev, q, lang) if ev is not None else "—",
                        "confidence": ev.confidence if ev is not None else None,
                    }
                )
            read = [a["status"] for a in asked if a["status"] != "unread"]
            criteria.append(
                {
                    "id": criterion.id,
                    "letter": criterion.letter,
                    "name": criterion.name.get(lang),
                    "status": criterion_status(read),
                    "found": sum(1 for s in read if s == "found"),
                    "facts_asked": len(read),
                    "questions": asked,
                }
            )
        frameworks.append({"id": bank.id, "name": bank.name.get(lang), "criteria": criteria})
    return {
        "source": analysis.source,
        "format": analysis.format,
        "call_date": analysis.call_date.isoformat(),
        "transcript_lang": analysis.lang,
        "lang": lang,
        "turns": analysis.turns,
        "speakers": analysis.speakers,
        "warnings": list(analysis.warnings),
        "facts": facts,
        "frameworks": frameworks,
    }


def _evidence_lines(ev: dict[str, Any], indent: str, limit: int = 3) -> list[str]:
    out = []
    for e in ev["evidence"][:limit]:
        where = f"{e['line']}"
        if e["time"] is not None:
            minutes, seconds = divmod(int(e["time"]), 60)
            where += f" @{minutes}:{seconds:02d}"
        speaker = f"{e['speaker']}: " if e["speaker"] else ""
        text = e["text"] if len(e["text"]) <= 160 else e["text"][:157] + "…"
        out.append(f"{indent}{where:>10}  {speaker}{text}")
    if len(ev["evidence"]) > limit:
        out.append(f"{indent}{'':>10}  (+{len(ev['evidence']) - limit})")
    return out


def report_text(doc: dict[str, Any], lang: str) -> str:
    """The report of `report()` as text for a terminal (the caller makes it printable)."""
    fr = lang == "fr"
    colon = " :" if fr else ":"
    speakers = ", ".join(f"{s} ({_w(r, lang)})" for s, r in doc["speakers"].items()) or "—"
    lines = [
        f"{doc['source']} — {doc['format']}, {doc['turns']} {_w('turns', lang)}, "
        f"{_w('call_date', lang)} {doc['call_date']}, {_w('language', lang)} {doc['transcript_lang']}",
        f"{_w('speakers', lang)}{colon} {speakers}",
    ]
    lines += [f"{_w('warning', lang)}{colon} {w}" for w in doc["warnings"][:5]]
    facts = doc["facts"]
    shown_facts: set[str] = set()
    for fw in doc["frameworks"]:
        lines += ["", fw["name"]]
        for c in fw["criteria"]:
            letter = f"{c['letter']}  " if c["letter"] else ""
            count = f" ({c['found']}/{c['facts_asked']})" if c["facts_asked"] else ""
            lines.append(f"  {letter}{c['name']} — {_l(STATUS_LABELS, c['status'], lang)}{count}")
            for q in c["questions"]:
                if q["status"] == "unread":
                    continue
                ev = facts[q["fact"]]
                confidence = (
                    f"  [{_l(CONFIDENCE_LABELS, ev['confidence'], lang)}]" if ev["confidence"] else ""
                )
                lines.append(
                    f"    {q['fact']:<38} {_l(STATUS_LABELS, q['status'], lang):<9}  {q['shown']}{confidence}"
                )
                if q["status"] != "absent" and q["fact"] not in shown_facts:
                    lines.append(f"      {ev['why']}")
                    lines += _evidence_lines(ev, "      ")
                    shown_facts.add(q["fact"])
    comp = facts.get("competitors")
    if comp is not None:
        lines += [
            "",
            f"{_w('competitors', lang)}{colon} {comp['shown'] if comp['status'] == 'found' else '—'}",
        ]
        if comp["status"] == "found":
            lines += _evidence_lines(comp, "  ")
    return "\n".join(lines)


def facts_only_text(doc: dict[str, Any], lang: str) -> str:
    """Every fact once, without frameworks: for `--framework none` style use and the benchmark."""
    lines = []
    for fact in FACT_KINDS:
        ev = doc["facts"].get(fact)
        if ev is None:
            continue
        lines.append(f"{fact:<38} {_l(STATUS_LABELS, ev['status'], lang):<9}  {ev['shown']}")
    return "\n".join(lines)
