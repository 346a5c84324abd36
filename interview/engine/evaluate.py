"""Evaluate bank conditions against an interview state, remembering which answers decided.

The reference interpreter: judging runs the closures compiled from it (compiled.py), which tests
hold to the same truth and evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interview.engine.answers import Money
from interview.engine.state import Answer, InterviewState
from question_banks.conditions import (
    All,
    Answered,
    AnswersAtLeast,
    AnyOf,
    AskedBefore,
    Compare,
    Cond,
    ContainsAny,
    Not,
    OffTarget,
    Opened,
    fold,
    parse_date_value,
    resolve_relative,
)
from question_banks.model import Bank, Question


@dataclass
class BankView:
    """What conditions of one bank can see: its questions by reference, and answer order."""

    bank: Bank
    state: InterviewState
    by_ref: dict[str, Question] = field(default_factory=dict)
    first_seq: dict[str, int] = field(default_factory=dict)  # criterion id -> first answer's seq
    answered: int = 0  # answers recorded for this bank's questions

    @classmethod
    def of(cls, bank: Bank, state: InterviewState) -> BankView:
        view = cls(bank, state)
        keys: set[str] = set()
        for criterion in bank.criteria:
            for q in criterion.questions:
                view.by_ref[q.id] = q
                if q.fact:
                    view.by_ref.setdefault(q.fact, q)
                answer = state.answers.get(q.key)
                if answer is not None:
                    keys.add(q.key)
                    seq = view.first_seq.get(criterion.id)
                    view.first_seq[criterion.id] = answer.seq if seq is None else min(seq, answer.seq)
        view.answered = len(keys)
        return view

    def answer(self, ref: str) -> tuple[Question, Answer | None]:
        question = self.by_ref[ref]
        return question, self.state.answers.get(question.key)


@dataclass
class Outcome:
    value: bool
    evidence: list[str] = field(default_factory=list)  # answer keys that made it so


def evaluate(cond: Cond, view: BankView) -> Outcome:
    if isinstance(cond, All):
        outcomes = [evaluate(c, view) for c in cond.items]
        ok = all(o.value for o in outcomes)
        return Outcome(ok, _merge(outcomes) if ok else [])
    if isinstance(cond, AnyOf):
        outcomes = [o for o in (evaluate(c, view) for c in cond.items) if o.value]
        return Outcome(bool(outcomes), _merge(outcomes))
    if isinstance(cond, Not):
        assert cond.item is not None
        inner = evaluate(cond.item, view)
        return Outcome(not inner.value, [])
    if isinstance(cond, AskedBefore):
        first, then = view.first_seq.get(cond.first), view.first_seq.get(cond.then)
        return Outcome(first is not None and (then is None or first < then))
    if isinstance(cond, Opened):
        if cond.criterion is None:
            return Outcome(all(c.id in view.first_seq for c in view.bank.criteria))
        return Outcome(cond.criterion in view.first_seq)
    if isinstance(cond, Answered):
        _, answer = view.answer(cond.ref)
        ok = (answer is None) if cond.negate else (answer is not None)
        return Outcome(ok, [answer.key] if ok and answer else [])
    if isinstance(cond, AnswersAtLeast):
        return Outcome(view.answered >= cond.count)
    assert isinstance(cond, (Compare, ContainsAny, OffTarget))
    question, answer = view.answer(cond.ref)
    if answer is None:
        return Outcome(False)
    if isinstance(cond, Compare):
        ok = _compare(cond, question, answer.value, view.state)
    elif isinstance(cond, ContainsAny):
        ok = isinstance(answer.value, str) and _contains_any(answer.value, cond.words)
    elif isinstance(cond, OffTarget):
        ok = off_target(question, answer.value)
    else:  # pragma: no cover - the parser makes no other node
        raise TypeError(cond)
    return Outcome(ok, [answer.key] if ok else [])


def _merge(outcomes: list[Outcome]) -> list[str]:
    seen: list[str] = []
    for o in outcomes:
        seen += [k for k in o.evidence if k not in seen]
    return seen


def same(a: object, b: object) -> bool:
    """Equality where true is not 1: a yes/no answer never equals a number."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def _compare(cond: Compare, question: Question, value: object, state: InterviewState) -> bool:
    if cond.op in ("equals", "in"):
        chosen = value if isinstance(value, tuple) else (value,)
        return any(same(c, v) for c in chosen for v in cond.values)
    (target,) = cond.values
    if isinstance(value, Money):
        if isinstance(target, dict):
            if "currency" in target and str(target["currency"]).upper() != value.currency:
                return False  # no exchange rates offline: different currencies do not compare
            target = target["amount"]
        left, right = float(value.amount), float(target)  # type: ignore[arg-type]
    elif question.kind == "date":
        left, right = value, resolve_relative(parse_date_value(target), state.reference_date)  # type: ignore[assignment]
    else:
        left, right = value, target  # type: ignore[assignment]
    return left > right if cond.op == "gt" else left < right  # type: ignore[operator]


def _contains_any(text: str, words: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words)


def off_target(question: Question, value: object) -> bool:
    """Every chosen option scores 0 points."""
    chosen = value if isinstance(value, tuple) else (value,)
    points = {repr(o.value): o.points for o in question.options or ()}
    return all(points.get(repr(c), 0) == 0 for c in chosen)
