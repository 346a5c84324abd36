"""Judgements as plain data (JSON) and as text, in one language."""

from __future__ import annotations

from typing import Any

from interview.engine.judge import BankJudgement, FiredSignal
from interview.engine.stage import StageResult

SIGNAL_ICONS = {"positive": "+", "warning": "!", "red_flag": "✖"}


def signal_json(signal: FiredSignal, lang: str) -> dict[str, Any]:
    return {
        "id": signal.id,
        "kind": signal.kind,
        "scope": signal.scope,
        "criterion": signal.criterion,
        "message": signal.message.get(lang),
        "explanation": signal.explanation.get(lang),
        "reasons": [r.get(lang) for r in signal.reasons],
    }


def judgement_json(j: BankJudgement, lang: str) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "framework": j.bank_id,
        "name": j.name.get(lang),
        "output": j.output,
        "score": j.score,
        "coverage": j.coverage,
        "verdict": j.verdict,
        "verdict_reasons": [r.get(lang) for r in j.verdict_reasons],
        "criteria": {
            c.id: {
                "score": c.score,
                "coverage": round(c.coverage, 4),
                "reasons": [r.get(lang) for r in c.reasons],
            }
            for c in j.criteria
        },
        "signals": [signal_json(s, lang) for s in j.signals],
        "next_questions": [n.question_id for n in j.next_questions],
        "next_question_reasons": [
            {"id": n.question_id, "reason": n.reason.get(lang), "follow_up": n.follow_up}
            for n in j.next_questions
        ],
    }
    if j.override is not None:
        doc["computed_verdict"] = j.computed_verdict
        doc["override"] = {"verdict": j.override.verdict, "reason": j.override.reason}
    if j.profile is not None:
        doc["profile"] = [
            {
                "motive": m.criterion,
                "name": m.name.get(lang),
                "score": m.score,
                "lead_with": m.lead_with.get(lang) if m.lead_with else None,
            }
            for m in j.profile
        ]
    if j.expected_value is not None:
        ev = j.expected_value
        doc["expected_value"] = {
            "potential": ev.potential.as_json(),
            "probability": ev.probability,
            "value": ev.value.as_json(),
            "how": ev.how.get(lang),
        }
    return doc


def stage_json(stage: StageResult, lang: str) -> dict[str, Any]:
    return {"stage": stage.stage, "reason": stage.reason.get(lang)}


def judgement_text(j: BankJudgement, lang: str, *, max_questions: int = 5) -> str:
    fr = lang == "fr"
    colon = " :" if fr else ":"
    lines = [j.name.get(lang)]
    score = "—" if j.score is None else f"{j.score:g}/100"
    coverage = f"{round(j.coverage * 100)} %"
    if j.profile is not None:
        lines.append(
            f"  {'Profil' if fr else 'Profile'}{colon} "
            + ", ".join(f"{m.name.get(lang)} {m.score:g}" for m in j.profile)
        )
        for m in j.profile:
            if m.lead_with:
                lines.append(f"    → {m.lead_with.get(lang)}")
    else:
        verdict = j.verdict or ""
        lines.append(
            f"  Verdict{colon} {verdict}   score {score}   {'couverture' if fr else 'coverage'} {coverage}"
        )
        lines += [f"    {r.get(lang)}" for r in j.verdict_reasons]
    for c in j.criteria:
        c_score = "—" if c.score is None else f"{c.score:g}"
        lines.append(f"  {c.name.get(lang):<28} {c_score:>5}  {c.answered}/{c.total}")
    if j.signals:
        lines.append(f"  {'Signaux' if fr else 'Signals'}{colon}")
        for s in j.signals:
            scope = f" ({'déroulé' if fr else 'process'})" if s.scope == "process" else ""
            lines.append(f"   {SIGNAL_ICONS.get(s.kind, '?')} {s.message.get(lang)}{scope}")
            lines.append(f"      {s.explanation.get(lang)}")
            lines += [f"      · {r.get(lang)}" for r in s.reasons]
    if j.next_questions:
        lines.append(f"  {'Questions suivantes' if fr else 'Next questions'}{colon}")
        for n in j.next_questions[:max_questions]:
            lines.append(f"   {n.question_id}: {n.reason.get(lang)}")
    if j.expected_value is not None:
        ev = j.expected_value
        lines.append(
            f"  {'Valeur attendue' if fr else 'Expected value'}{colon} {ev.value}  ({ev.how.get(lang)})"
        )
    return "\n".join(lines)
