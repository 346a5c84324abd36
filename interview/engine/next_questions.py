"""The next best questions, in order, each with the reason to ask it now.

Order: follow-ups whose condition just became true; questions that a fired warning or red flag asks
for; then breadth first across criteria (the least covered first), in the bank's ask order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from interview.engine.evaluate import BankView, evaluate
from interview.engine.wording import pct, tr
from question_banks.schema import Bank, Text

if TYPE_CHECKING:
    from interview.engine.judge import CriterionResult, FiredSignal, NextQuestion

_KIND_RANK = {"red_flag": 0, "warning": 1, "positive": 2}


def next_questions(
    bank: Bank,
    view: BankView,
    results: tuple[CriterionResult, ...],
    signals: tuple[FiredSignal, ...],
) -> tuple[NextQuestion, ...]:
    from interview.engine.judge import NextQuestion

    answers = view.state.answers
    coverage = {r.id: r for r in results}
    order = list(bank.ask_order.criteria) if bank.ask_order else []
    order += [c.id for c in bank.criteria if c.id not in order]
    rank = {cid: i for i, cid in enumerate(order)}
    criterion_of = {q.id: c for c in bank.criteria for q in c.questions}
    opened_ranks = [rank[cid] for cid in order if coverage[cid].answered]
    latest_opened = max(opened_ranks, default=-1)
    first_skipped = next(
        (cid for cid in order if coverage[cid].answered == 0 and rank[cid] < latest_opened), None
    )
    queued: dict[str, int] = {}  # candidates already queued per criterion, for breadth-first order

    asked_by_signal: dict[str, FiredSignal] = {}
    for signal in sorted(signals, key=lambda s: _KIND_RANK.get(s.kind, 3)):
        for qid in next(s for s in bank.signals if s.id == signal.id).ask:
            asked_by_signal.setdefault(qid, signal)

    candidates: list[tuple[tuple[int, ...], NextQuestion]] = []
    seen_keys: set[str] = set()
    for criterion in bank.criteria:
        for position, question in enumerate(criterion.questions):
            if question.key in answers or question.key in seen_keys:
                continue
            if question.when is not None and not evaluate(question.when, view).value:
                continue
            seen_keys.add(question.key)
            result = coverage[criterion.id]
            if question.when is not None:
                reason = question.why or tr(
                    "Follow-up to the last answers", "Relance suite aux dernières réponses"
                )
                sort_key = (0, 0, rank[criterion.id], position)
                follow_up = True
            elif question.id in asked_by_signal:
                signal = asked_by_signal[question.id]
                reason = tr(f"Signal: {signal.message.en}", f"Signal : {signal.message.fr}")
                sort_key = (1, _KIND_RANK.get(signal.kind, 3), rank[criterion.id], position)
                follow_up = False
            else:
                # skipped ahead: a later criterion was opened before this one
                skipped = criterion.id == first_skipped
                reason = _coverage_reason(bank, result.name, result.answered, result.coverage, skipped)
                level = result.answered + queued.get(criterion.id, 0)
                queued[criterion.id] = queued.get(criterion.id, 0) + 1
                sort_key = (2, level, rank[criterion.id], position)
                follow_up = False
            candidates.append(
                (sort_key, NextQuestion(question.id, criterion_of[question.id].id, reason, follow_up))
            )
    candidates.sort(key=lambda item: item[0])
    return tuple(nq for _, nq in candidates)


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
