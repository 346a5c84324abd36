"""The lead's stage in the funnel, from the verdict and the rep's hand-offs (as in the articles).

MQL: marketing's lead, not yet worked by sales. SAL: sales accepted it and is qualifying it.
SQL: sales qualified it. Opportunity: the rep opened a deal. Recycled: sent back to marketing
for nurturing. Closed: the deal ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from interview.engine.judge import BankJudgement
from interview.engine.state import InterviewState
from interview.engine.wording import tr
from question_banks.model import Text

Stage = Literal["mql", "sal", "sql", "opportunity", "recycled", "closed"]
STAGES: tuple[str, ...] = Stage.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StageResult:
    stage: Stage
    reason: Text


def lead_stage(primary: BankJudgement | None, state: InterviewState) -> StageResult:
    last = state.handoffs[-1].to if state.handoffs else None
    if last == "closed":
        return StageResult("closed", tr("The rep closed the deal", "Le commercial a clos l'affaire"))
    if last == "marketing":
        return StageResult(
            "recycled", tr("Handed back to marketing for nurturing", "Rendue au marketing pour maturation")
        )
    if last == "opportunity":
        return StageResult(
            "opportunity", tr("The rep opened an opportunity", "Le commercial a ouvert une opportunité")
        )
    verdict = primary.verdict if primary else None
    name = primary.name if primary else tr("the framework", "la méthode")
    if verdict == "qualified":
        return StageResult(
            "sql", tr(f"Qualified by {name.en}: sales-qualified lead", f"Qualifiée par {name.fr} : SQL")
        )
    if verdict == "disqualified":
        return StageResult(
            "recycled",
            tr(
                f"Disqualified by {name.en}: recycle to marketing",
                f"Disqualifiée par {name.fr} : à rendre au marketing",
            ),
        )
    if state.answers or last == "sales":
        return StageResult(
            "sal",
            tr(
                "Accepted by sales, qualification under way",
                "Acceptée par les ventes, qualification en cours",
            ),
        )
    return StageResult(
        "mql", tr("Marketing lead, not yet worked by sales", "Piste marketing, pas encore travaillée")
    )
