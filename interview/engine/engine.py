"""One entry point over all banks: fold events, judge every framework, derive the stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from interview.engine.index import QuestionIndex
from interview.engine.judge import BankJudgement, judge
from interview.engine.stage import StageResult, lead_stage
from interview.engine.state import Event, InterviewState, fold
from question_banks.schema import Bank, Thresholds


@dataclass
class Engine:
    banks: Mapping[str, Bank]
    thresholds: Mapping[str, Thresholds] = field(default_factory=dict)  # team overrides by bank id

    def __post_init__(self) -> None:
        self.index = QuestionIndex.build(self.banks.values())

    def state(
        self, events: Iterable[Event], reference_date: dt.date, until: float | None = None
    ) -> InterviewState:
        return fold(events, self.index.key_of, reference_date, until)

    def judge(self, bank_id: str, state: InterviewState) -> BankJudgement:
        return judge(self.banks[bank_id], state, self.thresholds.get(bank_id))

    def judge_all(self, bank_ids: Sequence[str], state: InterviewState) -> list[BankJudgement]:
        return [self.judge(bank_id, state) for bank_id in bank_ids]

    def stage(self, judgements: Sequence[BankJudgement], state: InterviewState) -> StageResult:
        """The stage follows the first framework that gives a verdict (profiles give none)."""
        primary = next((j for j in judgements if j.output == "verdict"), None)
        return lead_stage(primary, state)

    def banks_touched(self, keys: Iterable[str]) -> list[str]:
        """Banks that ask any of these answer keys, in catalog order."""
        touched: set[str] = set()
        for key in keys:
            touched |= self.index.banks_asking(key)
        return [bank_id for bank_id in self.banks if bank_id in touched]
