"""Rules that need the whole bank: duplicate ids and options that fit the answer kind.

Each rule yields the document path of the offending value, so the loader can report the line.
"""

from __future__ import annotations

from collections.abc import Iterator

from question_banks.conditions import (
    Answered,
    AskedBefore,
    Compare,
    Cond,
    ContainsAny,
    OffTarget,
    Opened,
    parse_date_value,
)
from question_banks.problems import DocPath
from question_banks.schema import OPTION_KINDS, Bank, Question

Finding = tuple[DocPath, str]


def check_bank(bank: Bank) -> Iterator[Finding]:
    seen_criteria: dict[str, int] = {}
    seen_questions: dict[str, DocPath] = {}
    for ci, criterion in enumerate(bank.criteria):
        cpath: DocPath = ("criteria", ci)
        if criterion.id in seen_criteria:
            yield (
                (*cpath, "id"),
                f"duplicate criterion id '{criterion.id}' (also criteria[{seen_criteria[criterion.id]}])",
            )
        seen_criteria.setdefault(criterion.id, ci)
        for qi, question in enumerate(criterion.questions):
            qpath: DocPath = (*cpath, "questions", qi)
            if question.id in seen_questions:
                first = seen_questions[question.id]
                yield (
                    (*qpath, "id"),
                    f"duplicate question id '{question.id}' "
                    f"(also criteria[{first[1]}].questions[{first[3]}])",
                )
            seen_questions.setdefault(question.id, qpath)
            if not question.id.startswith(f"{bank.id}."):
                yield (
                    (*qpath, "id"),
                    f"question id '{question.id}' must start with the bank id '{bank.id}.' "
                    "so that it is unique across banks",
                )
            yield from _check_question(question, qpath)
            if question.when is not None:
                yield from check_condition(bank, question.when, (*qpath, "when"))
    yield from _check_signals(bank)
    yield from _check_order(bank)
    yield from _check_branch_cycles(bank)


def _check_branch_cycles(bank: Bank) -> Iterator[Finding]:
    """A follow-up shown only once it is answered (itself, or via others) could never be asked."""
    by_ref: dict[str, Question] = {}
    paths: dict[str, DocPath] = {}
    for ci, criterion in enumerate(bank.criteria):
        for qi, q in enumerate(criterion.questions):
            by_ref[q.id] = q
            if q.fact:
                by_ref.setdefault(q.fact, q)
            paths.setdefault(q.id, ("criteria", ci, "questions", qi, "when"))
    waits: dict[str, list[str]] = {}
    for q in bank.questions():
        if q.when is not None:
            refs = (getattr(node, "ref", None) for node in q.when.walk())
            waits[q.id] = [by_ref[r].id for r in refs if isinstance(r, str) and r in by_ref]
    reported: set[frozenset[str]] = set()
    for start in waits:
        # Depth-first from each follow-up, iteratively: banks are user files of any shape.
        stack: list[tuple[str, tuple[str, ...]]] = [(start, (start,))]
        seen: set[str] = set()
        while stack:
            qid, trail = stack.pop()
            for ref in waits.get(qid, ()):
                if ref == start:
                    cycle = frozenset(trail)
                    if cycle not in reported:
                        reported.add(cycle)
                        shown = " → ".join((*trail, start))
                        yield (paths[start], f"follow-up cycle {shown}: these questions would never be asked")
                elif ref not in seen:
                    seen.add(ref)
                    stack.append((ref, (*trail, ref)))


def _check_order(bank: Bank) -> Iterator[Finding]:
    t = bank.thresholds
    if t.nurture > t.qualified:
        yield (("thresholds", "nurture"), "the nurture threshold cannot be above the qualified one")
    if bank.ask_order is None:
        return
    known = {c.id for c in bank.criteria}
    seen: set[str] = set()
    for i, cid in enumerate(bank.ask_order.criteria):
        if cid not in known:
            yield (("ask_order", "criteria", i), f"unknown criterion '{cid}'; criteria: {', '.join(known)}")
        elif cid in seen:
            yield (("ask_order", "criteria", i), f"criterion '{cid}' is listed twice")
        seen.add(cid)


def _check_signals(bank: Bank) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    criteria = {c.id for c in bank.criteria}
    questions = {q.id for q in bank.questions()}
    for si, signal in enumerate(bank.signals):
        spath: DocPath = ("signals", si)
        if signal.id in seen:
            yield ((*spath, "id"), f"duplicate signal id '{signal.id}' (also signals[{seen[signal.id]}])")
        seen.setdefault(signal.id, si)
        if signal.criterion is not None and signal.criterion not in criteria:
            yield ((*spath, "criterion"), f"unknown criterion '{signal.criterion}'")
        for ai, qid in enumerate(signal.ask):
            if qid not in questions:
                yield ((*spath, "ask", ai), f"unknown question '{qid}' in this bank")
        yield from check_condition(bank, signal.when, (*spath, "when"))


_ORDERED_KINDS = ("number", "scale", "money", "date")
_EQUATABLE_KINDS = ("yes_no", "choice", "multi_choice", "scale", "number")


def check_condition(bank: Bank, cond: Cond, base: DocPath) -> Iterator[Finding]:
    """References exist in the bank and comparisons fit the kind of answer they compare."""
    by_ref: dict[str, Question] = {}
    for q in bank.questions():
        by_ref[q.id] = q
        if q.fact:
            by_ref.setdefault(q.fact, q)
    criteria = {c.id for c in bank.criteria}
    for node in cond.walk():
        at = (*base, *node.path)
        if isinstance(node, AskedBefore):
            for key, cid in (("first", node.first), ("then", node.then)):
                if cid not in criteria:
                    yield ((*at, "asked_before", key), f"unknown criterion '{cid}' in this bank")
            continue
        if isinstance(node, Opened):
            if node.criterion is not None and node.criterion not in criteria:
                yield ((*at, "opened"), f"unknown criterion '{node.criterion}' in this bank")
            continue
        if not isinstance(node, (Answered, Compare, ContainsAny, OffTarget)):
            continue
        if isinstance(node, Answered):
            op = "unanswered" if node.negate else "answered"
        elif isinstance(node, OffTarget):
            op = "off_target"
        else:
            op = node.op if isinstance(node, Compare) else "contains_any"
        ref_path = (*at, op) if isinstance(node, (Answered, OffTarget)) else (*at, op, "question")
        question = by_ref.get(node.ref)
        if question is None:
            yield (ref_path, f"unknown question or fact '{node.ref}' (not asked by the {bank.id} bank)")
            continue
        if isinstance(node, OffTarget):
            if question.kind not in OPTION_KINDS:
                yield (ref_path, f"off_target needs a question with options; {node.ref} is {question.kind}")
        elif isinstance(node, ContainsAny):
            if question.kind != "text":
                yield (ref_path, f"contains_any needs a text question; {node.ref} is {question.kind}")
        elif isinstance(node, Compare):
            yield from _check_compare(node, question, (*at, node.op))


def _check_compare(node: Compare, question: Question, at: DocPath) -> Iterator[Finding]:
    kind = question.kind
    allowed = _EQUATABLE_KINDS if node.op in ("equals", "in") else _ORDERED_KINDS
    if kind not in allowed:
        yield ((*at, "question"), f"'{node.op}' cannot compare a {kind} answer ({question.id})")
        return
    value_key = "values" if node.op == "in" else "value"
    for i, value in enumerate(node.values):
        where = (*at, value_key, i) if node.op == "in" else (*at, value_key)
        problem = _value_problem(question, value)
        if problem:
            yield (where, problem)


def _value_problem(question: Question, value: object) -> str | None:
    kind = question.kind
    if kind in OPTION_KINDS:
        options = [o.value for o in question.options or ()]
        if not any(type(o) is type(value) and o == value for o in options):
            shown = ", ".join(repr(o) for o in options)
            return f"{value!r} is not an option of {question.id} (options: {shown})"
        return None
    if kind == "scale":
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5
        return None if ok else f"a scale answer is a whole number from 1 to 5, not {value!r}"
    if kind == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else f"{question.id} takes a number, not {value!r}"
    if kind == "money":
        if isinstance(value, dict):
            ok = set(value) <= {"amount", "currency"} and isinstance(value.get("amount"), (int, float))
        else:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else "a money value is a number or {amount: 50000, currency: EUR}"
    if kind == "date":
        try:
            parse_date_value(value)
        except ValueError as exc:
            return str(exc)
    return None


def _check_question(question: Question, path: DocPath) -> Iterator[Finding]:
    kind = question.kind
    options = question.options
    if kind in OPTION_KINDS:
        if not options:
            yield (path, f"a {kind} question needs 'options'")
            return
        seen: dict[object, int] = {}
        for oi, option in enumerate(options):
            # True == 1 in Python: key on the type too so `1` and `true` stay distinct values.
            key = (type(option.value), option.value)
            if key in seen:
                yield (
                    (*path, "options", oi, "value"),
                    f"duplicate option value {option.value!r} (also options[{seen[key]}])",
                )
            seen.setdefault(key, oi)
        if kind == "yes_no":
            values = sorted(repr(o.value) for o in options)
            if values != ["False", "True"]:
                yield (
                    (*path, "options"),
                    "a yes_no question lists exactly two options, with values true and false",
                )
        elif len(options) < 2:
            yield ((*path, "options"), f"a {kind} question needs at least two options")
        elif kind == "choice" and all(o.points == 0 for o in options):
            yield ((*path, "options"), "at least one option should give points")
    elif options is not None:
        yield ((*path, "options"), f"a {kind} question takes no options")
    if question.scale is not None and kind != "scale":
        yield ((*path, "scale"), f"'scale' labels only go with kind scale, not {kind}")
    if question.profile_target is not None and kind not in ("choice", "multi_choice"):
        yield (
            (*path, "profile_target"),
            "profile_target only goes with choice or multi_choice questions",
        )
