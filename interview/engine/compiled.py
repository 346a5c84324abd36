"""Banks prepared once for judging many states: conditions as closures, per-answer results memoised.

`evaluate.evaluate` interprets a condition tree and is the reference; the closures here give the
same truth and the same evidence (tests hold them to it) without walking the tree, resolving
references or re-folding text on every judgement. The points and reason text of an answer depend
only on its question and value, so each is built once per bank and value, not once per judgement.

Memoisation only: no I/O, and a compiled bank never changes what a judgement says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from interview.engine.answers import AnswerValue, Money
from interview.engine.evaluate import off_target, same
from interview.engine.state import Answer, InterviewState
from interview.engine.wording import answer_reason, reason_strings, tr
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
from question_banks.model import MAX_POINTS, Bank, Criterion, Question, Signal, Text

if TYPE_CHECKING:
    from interview.engine.judge import BankJudgement, CriterionResult
    from interview.engine.next_questions import NextQuestion

    Candidate = tuple[tuple[int, ...], NextQuestion]  # (sort key, proposal)
    # A criterion's next-question candidates, with the result, skipped flag and signal asks behind them
    Fragment = tuple[CriterionResult, bool, tuple[str | None, ...], list[Candidate]]

# Memo sizes: beyond them a memo starts afresh (free text is unbounded over a long session).
_MAX_MEMO = 20_000
# Compiled banks kept; past this the oldest is dropped (and compiled again if it comes back).
_MAX_BANKS = 256


class Context:
    """What one bank's conditions see of one state (the compiled counterpart of BankView)."""

    __slots__ = ("answered", "answers", "first_seq", "reference_date")

    def __init__(
        self, answers: Mapping[str, Answer], first_seq: dict[str, int], answered: int, reference_date: dt.date
    ) -> None:
        self.answers = answers
        self.first_seq = first_seq  # criterion id -> seq of its first answer
        self.answered = answered  # answers recorded for this bank's questions
        self.reference_date = reference_date


Test = Callable[[Context], bool]
Evidence = Callable[[Context], list[str]]  # only called when the test holds


def value_key(value: Any) -> Any:
    """A dict key telling apart values that compare equal but read differently (True/1, 1/1.0, -0.0/0.0)."""
    cls = value.__class__
    if cls is str or cls is int or cls is bool or cls is dt.date:
        return (cls, value)
    if cls is tuple:
        return (tuple, tuple(value_key(v) for v in value))
    return (cls, repr(value))


def merge(lists: list[list[str]]) -> list[str]:
    """Evidence keys in order of first mention (as evaluate._merge)."""
    seen: list[str] = []
    for keys in lists:
        seen += [k for k in keys if k not in seen]
    return seen


def _none(ctx: Context) -> list[str]:
    return []


class _Compiler:
    def __init__(self, bank: Bank, by_ref: Mapping[str, Question]) -> None:
        self.bank = bank
        self.by_ref = by_ref

    def test(self, cond: Cond) -> Test:
        if isinstance(cond, All):
            items = tuple(self.test(c) for c in cond.items)

            def all_of(ctx: Context) -> bool:
                for item in items:  # noqa: SIM110 - a plain loop is faster than all() on a generator
                    if not item(ctx):
                        return False
                return True

            return all_of
        if isinstance(cond, AnyOf):
            options = tuple(self.test(c) for c in cond.items)

            def any_of(ctx: Context) -> bool:
                for item in options:  # noqa: SIM110 - a plain loop is faster than any() on a generator
                    if item(ctx):
                        return True
                return False

            return any_of
        if isinstance(cond, Not):
            assert cond.item is not None
            inner = self.test(cond.item)
            return lambda ctx: not inner(ctx)
        if isinstance(cond, AskedBefore):
            first, then = cond.first, cond.then

            def asked_before(ctx: Context) -> bool:
                a, b = ctx.first_seq.get(first), ctx.first_seq.get(then)
                return a is not None and (b is None or a < b)

            return asked_before
        if isinstance(cond, Opened):
            if cond.criterion is None:
                ids = tuple(c.id for c in self.bank.criteria)
                return lambda ctx: all(cid in ctx.first_seq for cid in ids)
            criterion = cond.criterion
            return lambda ctx: criterion in ctx.first_seq
        if isinstance(cond, AnswersAtLeast):
            count = cond.count
            return lambda ctx: ctx.answered >= count
        question = self.by_ref[cond.ref]  # type: ignore[attr-defined]
        key = question.key
        if isinstance(cond, Answered):
            if cond.negate:
                return lambda ctx: key not in ctx.answers
            return lambda ctx: key in ctx.answers
        check = self._value_test(cond, question)

        def on_answer(ctx: Context) -> bool:
            answer = ctx.answers.get(key)
            return answer is not None and check(answer.value, ctx.reference_date)

        return on_answer

    def _value_test(self, cond: Cond, question: Question) -> Callable[[AnswerValue, dt.date], bool]:
        if isinstance(cond, Compare) and cond.op in ("equals", "in"):
            values = cond.values

            def equals(value: AnswerValue, _: dt.date) -> bool:
                chosen = value if isinstance(value, tuple) else (value,)
                return any(same(c, v) for c in chosen for v in values)

            return equals
        if isinstance(cond, Compare):
            return _ordering(cond, question)
        if isinstance(cond, ContainsAny):
            # One pass with an alternation finds a word iff one search per word would.
            pattern = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in cond.words))
            memo: dict[str, bool] = {}

            def contains_any(value: AnswerValue, _: dt.date) -> bool:
                if not isinstance(value, str):
                    return False
                found = memo.get(value)
                if found is None:
                    if len(memo) > _MAX_MEMO:
                        memo.clear()
                    found = memo[value] = pattern.search(fold(value)) is not None
                return found

            return contains_any
        if isinstance(cond, OffTarget):
            return lambda value, _: off_target(question, value)
        raise TypeError(cond)  # pragma: no cover - the parser makes no other node

    def reads(self, cond: Cond) -> tuple[frozenset[str], bool]:
        """The answer keys a condition reads, and whether it reads the interview's progress."""
        keys: set[str] = set()
        process = False
        for node in cond.walk():
            if isinstance(node, (AskedBefore, Opened, AnswersAtLeast)):
                process = True
            elif isinstance(node, (Answered, Compare, ContainsAny, OffTarget)):
                keys.add(self.by_ref[node.ref].key)
        return frozenset(keys), process

    def evidence(self, cond: Cond) -> Evidence:
        """The answer keys that made a true condition true, as evaluate() reports them."""
        if isinstance(cond, All):
            parts = tuple(self.evidence(c) for c in cond.items)
            return lambda ctx: merge([part(ctx) for part in parts])
        if isinstance(cond, AnyOf):
            pairs = tuple((self.test(c), self.evidence(c)) for c in cond.items)
            return lambda ctx: merge([part(ctx) for test, part in pairs if test(ctx)])
        if isinstance(cond, (Not, AskedBefore, Opened, AnswersAtLeast)):
            return _none
        if isinstance(cond, Answered) and cond.negate:
            return _none
        evidence = [self.by_ref[cond.ref].key]  # type: ignore[attr-defined]
        return lambda ctx: list(evidence)


def _ordering(cond: Compare, question: Question) -> Callable[[AnswerValue, dt.date], bool]:
    """gt / lt, as evaluate._compare; a relative date target is resolved once per reference date."""
    (target,) = cond.values
    greater = cond.op == "gt"
    dates: dict[dt.date, dt.date] = {}

    def compare(value: AnswerValue, reference: dt.date) -> bool:
        left: Any
        right: Any
        if isinstance(value, Money):
            right = target
            if isinstance(right, dict):
                if "currency" in right and str(right["currency"]).upper() != value.currency:
                    return False  # no exchange rates offline: different currencies do not compare
                right = right["amount"]
            left, right = float(value.amount), float(right)
        elif question.kind == "date":
            right = dates.get(reference)
            if right is None:
                right = dates[reference] = resolve_relative(parse_date_value(target), reference)
            left = value
        else:
            left, right = value, target
        return bool(left > right) if greater else bool(left < right)

    return compare


def question_points(question: Question, value: AnswerValue) -> tuple[float, float] | None:
    """(points, best possible) for a scored answer; None when the kind does not score."""
    if question.kind == "scale" and isinstance(value, int):
        return (value - 1) / 4 * MAX_POINTS, float(MAX_POINTS)
    if not question.options:
        return None
    best = max(o.points for o in question.options)
    chosen = value if isinstance(value, tuple) else (value,)
    got = [
        o.points for o in question.options if any(type(o.value) is type(c) and o.value == c for c in chosen)
    ]
    # multi_choice: the strongest option chosen speaks for the answer
    return (float(max(got)) if got else 0.0), float(best)


@dataclass(frozen=True)
class CompiledQuestion:
    question: Question
    key: str
    shown: Test | None  # None: always shown; else a follow-up shown while this holds
    position: int  # in its criterion


@dataclass(frozen=True)
class CompiledCriterion:
    criterion: Criterion
    questions: tuple[CompiledQuestion, ...]
    base_total: int  # questions that are not follow-ups
    rank: int  # in the ask order
    reads: frozenset[str]  # answer keys its result depends on (its questions', its follow-ups' conditions)
    process: bool  # a follow-up's condition reads the interview's progress
    askable: tuple[str, ...]  # ids of its questions, not follow-ups, that some signal asks for


@dataclass(frozen=True)
class CompiledSignal:
    signal: Signal
    test: Test
    evidence: Evidence
    ask_reason: Text  # why a question this signal asks for is proposed
    reads: frozenset[str]  # answer keys its condition (so its evidence and reasons) depends on
    process: bool  # its condition reads the interview's progress


class CompiledBank:
    """One bank ready for judging; obtain it with `compiled(bank)`."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        by_ref: dict[str, Question] = {}
        for criterion in bank.criteria:
            for q in criterion.questions:
                by_ref[q.id] = q
                if q.fact:
                    by_ref.setdefault(q.fact, q)
        self.by_ref: Mapping[str, Question] = by_ref
        compiler = self._compiler = _Compiler(bank, by_ref)
        order = list(bank.ask_order.criteria) if bank.ask_order else []
        order += [c.id for c in bank.criteria if c.id not in order]
        self.order: tuple[str, ...] = tuple(order)
        rank = {cid: i for i, cid in enumerate(order)}
        self.rank: dict[str, int] = rank
        asked = {qid for s in bank.signals for qid in s.ask}
        criteria = []
        for c in bank.criteria:
            reads = {q.key for q in c.questions}
            process = False
            for q in c.questions:
                if q.when is not None:
                    when_reads, when_process = compiler.reads(q.when)
                    reads |= when_reads
                    process = process or when_process
            questions = tuple(
                CompiledQuestion(q, q.key, None if q.when is None else compiler.test(q.when), i)
                for i, q in enumerate(c.questions)
            )
            base_total = sum(1 for q in c.questions if q.when is None)
            criteria.append(
                CompiledCriterion(
                    c,
                    questions,
                    base_total,
                    rank[c.id],
                    frozenset(reads),
                    process,
                    tuple(q.id for q in c.questions if q.when is None and q.id in asked),
                )
            )
        self.criteria: tuple[CompiledCriterion, ...] = tuple(criteria)
        self.criterion_ids = tuple(c.id for c in bank.criteria)
        self.signals: tuple[CompiledSignal, ...] = tuple(
            CompiledSignal(
                s,
                compiler.test(s.when),
                compiler.evidence(s.when),
                tr(f"Signal: {s.message.en}", f"Signal : {s.message.fr}"),
                *compiler.reads(s.when),
            )
            for s in bank.signals
        )
        self.signal_by_id: dict[str, CompiledSignal] = {}
        for s in self.signals:
            self.signal_by_id.setdefault(s.signal.id, s)  # the first of a duplicated id, as before
        # A fired signal can be carried over from an earlier judgement only if its id names it alone.
        self.signal_ids_unique = len(self.signal_by_id) == len(self.signals)
        self.signal_keys = frozenset(k for s in self.signals for k in s.reads)  # keys any signal reads
        self.process_signals = any(s.process for s in self.signals)
        self.keys: tuple[str, ...] = tuple(dict.fromkeys(q.key for q in bank.questions()))
        self.key_set = frozenset(self.keys)
        self.keys_unique = len(self.keys) == bank.question_count()  # no fact asked twice in the bank
        self._criterion_keys = tuple((c.id, tuple(q.key for q in c.questions)) for c in bank.criteria)
        self._scored: dict[tuple[str, Any], tuple[tuple[float, float] | None, Text | None]] = {}
        self._reasons: dict[tuple[str, Any], Text] = {}
        # next_questions' coverage reasons by (criterion, answered, coverage, skipped)
        self.coverage_reasons: dict[tuple[str, int, float, bool], Text] = {}
        self.proposals: dict[str, NextQuestion] = {}  # the last NextQuestion made for each question
        self.fragments: list[Fragment | None] = [None] * len(self.criteria)  # the last, per criterion
        self.last_next: tuple[list[list[Candidate]], tuple[NextQuestion, ...]] | None = None
        # The last judgement made and the progress it saw: (judgement, first_seq, answered).
        self.progress: tuple[BankJudgement, dict[str, int], int] | None = None

    def test(self, cond: Cond) -> Test:
        """Compile a condition of this bank (the bank's own are compiled once, here in __init__)."""
        return self._compiler.test(cond)

    def evidence(self, cond: Cond) -> Evidence:
        return self._compiler.evidence(cond)

    def context(self, state: InterviewState) -> Context:
        answers = state.answers
        get = answers.get
        first_seq: dict[str, int] = {}
        for criterion_id, criterion_keys in self._criterion_keys:
            first = None
            for key in criterion_keys:
                answer = get(key)
                if answer is not None and (first is None or answer.seq < first):
                    first = answer.seq
            if first is not None:
                first_seq[criterion_id] = first
        answered = 0
        for key in self.keys:
            if key in answers:
                answered += 1
        return Context(answers, first_seq, answered, state.reference_date)

    def changes(
        self, before: InterviewState, after: InterviewState, touched: Collection[str] | None = None
    ) -> tuple[set[str], bool]:
        """This bank's keys whose answer is not the very same object in both states, and whether
        the progress (answers counted, order of first answers) may differ: it depends only on which
        keys are answered and their seq. `touched`: the only keys that can differ, when known."""
        old, new = before.answers, after.answers
        changed: set[str] = set()
        progress = False
        keys = self.keys if touched is None else [k for k in touched if k in self.key_set]
        for key in keys:
            a, b = old.get(key), new.get(key)
            if a is not b:
                changed.add(key)
                if a is None or b is None or a.seq != b.seq:
                    progress = True
        return changed, progress

    def scored(
        self, question: Question, value: AnswerValue
    ) -> tuple[tuple[float, float] | None, Text | None]:
        """(points, best) of an answer and the criterion's reason line for it; None when unscored."""
        memo_key = (question.id, value_key(value))
        found = self._scored.get(memo_key)
        if found is None:
            points = question_points(question, value)
            line = None
            if points is not None:
                en, fr = reason_strings(question, value)
                gained = f"({points[0]:g}/{points[1]:g})"
                line = tr(f"{en} {gained}", f"{fr} {gained}")
            if len(self._scored) > _MAX_MEMO:
                self._scored.clear()
            found = self._scored[memo_key] = (points, line)
        return found

    def reason(self, question: Question, value: AnswerValue) -> Text:
        """answer_reason(question, value), built once per value."""
        memo_key = (question.id, value_key(value))
        found = self._reasons.get(memo_key)
        if found is None:
            if len(self._reasons) > _MAX_MEMO:
                self._reasons.clear()
            found = self._reasons[memo_key] = answer_reason(question, value)
        return found


_COMPILED: dict[int, tuple[Bank, CompiledBank]] = {}


def compiled(bank: Bank) -> CompiledBank:
    """The compiled form of `bank`, built on first use (keyed by identity: banks are immutable)."""
    entry = _COMPILED.get(id(bank))
    if entry is not None and entry[0] is bank:
        return entry[1]
    while len(_COMPILED) >= _MAX_BANKS:
        del _COMPILED[next(iter(_COMPILED))]  # the oldest: dicts keep insertion order
    result = CompiledBank(bank)
    _COMPILED[id(bank)] = (bank, result)  # holding the bank keeps its id from being reused
    return result
