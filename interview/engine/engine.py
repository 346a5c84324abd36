"""One entry point over all banks: fold events, judge every framework, derive the stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from interview.engine.index import QuestionIndex
from interview.engine.judge import BankJudgement, judge
from interview.engine.stage import StageResult, lead_stage
from interview.engine.state import (
    AnswerCleared,
    AnswerGiven,
    DealPotentialSet,
    Event,
    InterviewState,
    VerdictOverridden,
    fold,
)
from question_banks.model import Bank, Thresholds


@dataclass(frozen=True)
class Evaluation:
    """An interview's state and everything the engine concludes from it, for some banks.

    Immutable: keep the latest and pass it back to `Engine.evaluate` with the grown log.
    """

    bank_ids: tuple[str, ...]
    state: InterviewState
    judgements: tuple[BankJudgement, ...]  # in bank_ids order
    stage: StageResult
    # The log it was folded from is recognised by its length (state.events) and last event.
    last_event: Event | None = field(default=None, repr=False, compare=False)
    engine: Engine | None = field(default=None, repr=False, compare=False)


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

    def evaluate(
        self,
        bank_ids: Sequence[str],
        events: Sequence[Event],
        reference_date: dt.date,
        previous: Evaluation | None = None,
    ) -> Evaluation:
        """State, judgements of `bank_ids` and stage after `events` (the whole log so far).

        With `previous` (an evaluation of an earlier, shorter version of the same append-only log,
        by this engine, for the same banks and date), only the new events are folded and only the
        banks they can change are judged again; the result equals a full evaluation. A `previous`
        that does not fit is ignored.
        """
        ids = tuple(bank_ids)
        total = len(events)  # the log may grow while we read it: stop at this length
        if previous is not None and self._continues(previous, ids, events, total, reference_date):
            done = previous.state.events
            if done == total:
                return previous
            new = list(events[done:total])
            state = fold(new, self.index.key_of, reference_date, start=previous.state)
            touched = self._touched(new)
            stale = self._stale(ids, new, touched)
            judgements = tuple(
                judge(
                    self.banks[bank_id],
                    state,
                    self.thresholds.get(bank_id),
                    (previous.state, before),
                    touched,
                )
                if bank_id in stale
                else before
                for bank_id, before in zip(ids, previous.judgements, strict=True)
            )
        else:
            state = fold(events[:total], self.index.key_of, reference_date)
            judgements = tuple(self.judge(bank_id, state) for bank_id in ids)
        last = events[total - 1] if total else None
        return Evaluation(ids, state, judgements, self.stage(judgements, state), last, self)

    def _continues(
        self,
        previous: Evaluation,
        ids: tuple[str, ...],
        events: Sequence[Event],
        total: int,
        reference_date: dt.date,
    ) -> bool:
        done = previous.state.events
        return (
            previous.engine is self
            and previous.bank_ids == ids
            and previous.state.reference_date == reference_date
            and done <= total
            and (events[done - 1] is previous.last_event if done else previous.last_event is None)
        )

    def _touched(self, new: Sequence[Event]) -> set[str]:
        """The answer keys the new events answer or clear: the only answers that can differ."""
        return {self.index.key_of(e.question_id) for e in new if isinstance(e, (AnswerGiven, AnswerCleared))}

    def _stale(self, bank_ids: tuple[str, ...], new: Sequence[Event], touched: set[str]) -> set[str]:
        """Banks whose judgement the new events can change.

        A bank's judgement reads only the answers under its own questions' keys, its override and
        the deal potential; hand-offs change only the stage.
        """
        stale: set[str] = set()
        for key in touched:
            stale |= self.index.banks_by_key.get(key, set())
        for event in new:
            if isinstance(event, VerdictOverridden):
                stale.add(event.bank_id)
            elif isinstance(event, DealPotentialSet):
                return set(bank_ids)  # every expected value moves
        return stale
