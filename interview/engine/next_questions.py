"""The next best questions, in order, each with the reason to ask it now.

Order: follow-ups whose condition just became true; questions that a fired warning or red flag asks
for; then breadth first across criteria (the least covered first), in the bank's ask order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from interview.engine.compiled import CompiledBank, CompiledCriterion, Context
from interview.engine.wording import pct, tr
from question_banks.model import Bank, Text

if TYPE_CHECKING:
    from interview.engine.compiled import Candidate
    from interview.engine.judge import CriterionResult, FiredSignal

_KIND_RANK = {"red_flag": 0, "warning": 1, "positive": 2}


@dataclass(frozen=True)
class NextQuestion:
    question_id: str
    criterion: str
    reason: Text
    follow_up: bool = False


def next_questions(
    bank: CompiledBank,
    ctx: Context,
    results: tuple[CriterionResult, ...],
    signals: tuple[FiredSignal, ...],
    shown: dict[str, bool],
) -> tuple[NextQuestion, ...]:
    """`shown`: follow-up visibility already evaluated for this state (by question id); completed here."""
    coverage = {r.id: r for r in results}
    rank = bank.rank
    latest_opened = max((rank[cid] for cid in bank.order if coverage[cid].answered), default=-1)
    first_skipped = next(
        (cid for cid in bank.order if coverage[cid].answered == 0 and rank[cid] < latest_opened), None
    )

    asked_by_signal: dict[str, FiredSignal] = {}
    for signal in sorted(signals, key=lambda s: _KIND_RANK.get(s.kind, 3)):
        for qid in bank.signal_by_id[signal.id].signal.ask:
            asked_by_signal.setdefault(qid, signal)

    parts: list[list[Candidate]] = []  # each criterion's candidates
    seen_keys: set[str] = set()
    fragments = bank.fragments if bank.keys_unique else None
    for i, compiled_criterion in enumerate(bank.criteria):
        result = results[i]
        skipped = compiled_criterion.criterion.id == first_skipped
        asked = tuple(
            asked_by_signal[qid].id if qid in asked_by_signal else None for qid in compiled_criterion.askable
        )
        if fragments is not None:
            # The same result object means its answers and follow-ups' conditions are unchanged since
            # it was made (judge carries results over only then), so its candidates are too.
            memo = fragments[i]
            if memo is not None and memo[0] is result and memo[1] is skipped and memo[2] == asked:
                parts.append(memo[3])
                continue
        fragment = _criterion_candidates(
            bank, compiled_criterion, ctx, result, skipped, asked_by_signal, shown, seen_keys
        )
        if fragments is not None:
            fragments[i] = (result, skipped, asked, fragment)
        parts.append(fragment)
    last = bank.last_next
    if last is not None and all(a is b for a, b in zip(last[0], parts, strict=True)):
        return last[1]  # every criterion's candidates are the very same: so is their order
    candidates = [candidate for part in parts for candidate in part]
    candidates.sort(key=lambda item: item[0])
    proposed = tuple(nq for _, nq in candidates)
    bank.last_next = (parts, proposed)
    return proposed


def _criterion_candidates(
    bank: CompiledBank,
    compiled_criterion: CompiledCriterion,
    ctx: Context,
    result: CriterionResult,
    skipped: bool,
    asked_by_signal: dict[str, FiredSignal],
    shown: dict[str, bool],
    seen_keys: set[str],
) -> list[Candidate]:
    answers = ctx.answers
    proposals = bank.proposals
    criterion = compiled_criterion.criterion
    criterion_rank = compiled_criterion.rank
    queued = 0  # candidates already queued in this criterion, for breadth-first order
    coverage_reason: Text | None = None
    candidates: list[Candidate] = []
    for cq in compiled_criterion.questions:
        key = cq.key
        if key in answers or key in seen_keys:
            continue
        question = cq.question
        if cq.shown is not None:
            visible = shown.get(question.id)
            if visible is None:
                visible = shown[question.id] = cq.shown(ctx)
            if not visible:
                continue
        seen_keys.add(key)
        if cq.shown is not None:
            reason = question.why or _FOLLOW_UP
            sort_key = (0, 0, criterion_rank, cq.position)
            follow_up = True
        elif question.id in asked_by_signal:
            signal = asked_by_signal[question.id]
            reason = bank.signal_by_id[signal.id].ask_reason
            sort_key = (1, _KIND_RANK.get(signal.kind, 3), criterion_rank, cq.position)
            follow_up = False
        else:
            if coverage_reason is None:
                memo_key = (criterion.id, result.answered, result.coverage, skipped)
                coverage_reason = bank.coverage_reasons.get(memo_key)
                if coverage_reason is None:
                    coverage_reason = bank.coverage_reasons[memo_key] = _coverage_reason(
                        bank.bank, result.name, result.answered, result.coverage, skipped
                    )
            reason = coverage_reason
            sort_key = (2, result.answered + queued, criterion_rank, cq.position)
            queued += 1
            follow_up = False
        # Reasons are shared objects, so the proposal made last time is usually still right.
        proposal = proposals.get(question.id)
        if proposal is None or proposal.reason is not reason or proposal.follow_up is not follow_up:
            proposal = proposals[question.id] = NextQuestion(question.id, criterion.id, reason, follow_up)
        candidates.append((sort_key, proposal))
    return candidates


_FOLLOW_UP = tr("Follow-up to the last answers", "Relance suite aux dernières réponses")


def _coverage_reason(bank: Bank, name: Text, answered: int, coverage: float, skipped: bool) -> Text:
    if answered == 0:
        reason = tr(f"{name.en} is not established yet", f"{name.fr} : pas encore établi")
        if skipped and bank.ask_order is not None:
            order = bank.ask_order.reason
            reason = tr(f"{reason.en}. {order.en}", f"{reason.fr}. {order.fr}")
        return reason
    return tr(
        f"{name.en} is only {pct(coverage)} covered", f"{name.fr} : couvert à {pct(coverage)} seulement"
    )
