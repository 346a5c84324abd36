"""The condition language of banks: YAML data, never code.

A condition is a mapping with exactly one operator:

    {all: [C, ...]}  {any: [C, ...]}  {not: C}
    {answered: REF}  {unanswered: REF}
    {equals: {question: REF, value: V}}        yes_no, choice, multi_choice (contains), scale, number
    {in: {question: REF, values: [V, ...]}}
    {gt: {question: REF, value: V}}  {lt: ...}  number, scale, money (amount or {amount, currency}),
                                                date (ISO date, or today / +30d / -2w / +3m / +1y)
    {contains_any: {question: REF, words: [...]}}   text; case- and accent-insensitive
    {off_target: REF}                           the chosen option scores 0 points (with a team
                                                profile: outside the team's targets)
    process predicates, judging the interview rather than the lead:
    {asked_before: {first: CRITERION, then: CRITERION}}   first got an answer before then did
    {answers_at_least: N}                                 answers recorded in this bank
    {opened: CRITERION}  {all_opened: true}                criteria with at least one answer

REF is a question id of the bank or a fact it asks. Parsing checks the shape; `checks.py` checks
the references and types against the bank. Each node keeps its path for error messages.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Path_ = tuple[str | int, ...]

COMBINATORS = ("all", "any", "not")
ANSWER_OPS = ("answered", "unanswered", "equals", "in", "gt", "lt", "contains_any", "off_target")
PROCESS_OPS = ("asked_before", "answers_at_least", "opened", "all_opened")
OPERATORS = COMBINATORS + ANSWER_OPS + PROCESS_OPS


@dataclass(frozen=True)
class Cond:
    path: Path_ = field(compare=False, repr=False)

    def children(self) -> tuple[Cond, ...]:
        return ()

    def walk(self) -> Iterator[Cond]:
        yield self
        for child in self.children():
            yield from child.walk()

    def to_raw(self) -> dict[str, Any]:
        """The condition as it is written in YAML (for JSON output and the bank cache)."""
        raise NotImplementedError


@dataclass(frozen=True)
class All(Cond):
    items: tuple[Cond, ...] = ()

    def children(self) -> tuple[Cond, ...]:
        return self.items

    def to_raw(self) -> dict[str, Any]:
        return {"all": [c.to_raw() for c in self.items]}


@dataclass(frozen=True)
class AnyOf(Cond):
    items: tuple[Cond, ...] = ()

    def children(self) -> tuple[Cond, ...]:
        return self.items

    def to_raw(self) -> dict[str, Any]:
        return {"any": [c.to_raw() for c in self.items]}


@dataclass(frozen=True)
class Not(Cond):
    item: Cond | None = None

    def children(self) -> tuple[Cond, ...]:
        return (self.item,) if self.item else ()

    def to_raw(self) -> dict[str, Any]:
        assert self.item is not None
        return {"not": self.item.to_raw()}


@dataclass(frozen=True)
class Answered(Cond):
    ref: str = ""
    negate: bool = False  # unanswered

    def to_raw(self) -> dict[str, Any]:
        return {"unanswered" if self.negate else "answered": self.ref}


@dataclass(frozen=True)
class OffTarget(Cond):
    ref: str = ""

    def to_raw(self) -> dict[str, Any]:
        return {"off_target": self.ref}


@dataclass(frozen=True)
class Compare(Cond):
    op: str = "equals"  # equals, in, gt, lt
    ref: str = ""
    values: tuple[Any, ...] = ()

    def to_raw(self) -> dict[str, Any]:
        values = [v.isoformat() if isinstance(v, dt.date) else v for v in self.values]
        if self.op == "in":
            return {"in": {"question": self.ref, "values": values}}
        return {self.op: {"question": self.ref, "value": values[0]}}


@dataclass(frozen=True)
class ContainsAny(Cond):
    ref: str = ""
    words: tuple[str, ...] = ()  # folded (lower case, no accents)
    written: tuple[str, ...] = field(default=(), compare=False)  # as the bank wrote them

    def to_raw(self) -> dict[str, Any]:
        return {"contains_any": {"question": self.ref, "words": list(self.written or self.words)}}


@dataclass(frozen=True)
class AskedBefore(Cond):
    first: str = ""
    then: str = ""

    def to_raw(self) -> dict[str, Any]:
        return {"asked_before": {"first": self.first, "then": self.then}}


@dataclass(frozen=True)
class AnswersAtLeast(Cond):
    count: int = 0

    def to_raw(self) -> dict[str, Any]:
        return {"answers_at_least": self.count}


@dataclass(frozen=True)
class Opened(Cond):
    criterion: str | None = None  # None: every criterion

    def to_raw(self) -> dict[str, Any]:
        return {"all_opened": True} if self.criterion is None else {"opened": self.criterion}


class ConditionError(Exception):
    def __init__(self, path: Path_, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def fold(text: str) -> str:
    """Lower case without accents, so 'Dès que possible' matches 'des que possible'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_RELATIVE = re.compile(r"^(today|[+-]\d{1,4}[dwmy])$")


def parse_date_value(value: Any) -> dt.date | str:
    """An ISO date, or a date relative to the interview: today, +30d, -2w, +3m, +1y."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if _RELATIVE.match(value.strip()):
            return value.strip()
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError("expected an ISO date (2026-03-31) or a relative date (today, +30d, -2w, +3m, +1y)")


def resolve_relative(value: dt.date | str, reference: dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if value == "today":
        return reference
    amount, unit = int(value[:-1]), value[-1]
    if unit == "d":
        return reference + dt.timedelta(days=amount)
    if unit == "w":
        return reference + dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "y" else 1)
    year, month = divmod(reference.month - 1 + months, 12)
    year += reference.year
    month += 1
    for day in (reference.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def _ref(raw: Any, path: Path_) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ConditionError(path, "expected a question id or fact id")
    return raw.strip()


def _criterion(raw: Any, path: Path_) -> str:
    if not isinstance(raw, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", raw):
        raise ConditionError(path, "expected a criterion id of this bank")
    return raw


def _args(raw: Any, path: Path_, required: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ConditionError(path, f"expected a mapping with {', '.join(required)}")
    for key in raw:
        if key not in required:
            raise ConditionError((*path, key), f"unknown key '{key}'; expected {', '.join(required)}")
    for key in required:
        if key not in raw:
            raise ConditionError((*path, key), f"missing '{key}'")
    return raw


def parse_condition(raw: Any, path: Path_ = ()) -> Cond:
    """Parse one condition; raise ConditionError at the exact path of what is wrong."""
    import difflib

    if not isinstance(raw, dict) or len(raw) != 1:
        raise ConditionError(
            path, "a condition is a mapping with exactly one operator, e.g. {answered: bant.need.pain}"
        )
    ((op, arg),) = raw.items()
    here = (*path, op)
    if op in ("all", "any"):
        if not isinstance(arg, list) or not arg:
            raise ConditionError(here, f"'{op}' takes a non-empty list of conditions")
        items = tuple(parse_condition(item, (*here, i)) for i, item in enumerate(arg))
        return All(path, items) if op == "all" else AnyOf(path, items)
    if op == "not":
        return Not(path, parse_condition(arg, here))
    if op in ("answered", "unanswered"):
        return Answered(path, _ref(arg, here), negate=op == "unanswered")
    if op == "off_target":
        return OffTarget(path, _ref(arg, here))
    if op in ("equals", "gt", "lt"):
        args = _args(arg, here, ("question", "value"))
        return Compare(path, op, _ref(args["question"], (*here, "question")), (args["value"],))
    if op == "in":
        args = _args(arg, here, ("question", "values"))
        values = args["values"]
        if not isinstance(values, list) or not values:
            raise ConditionError((*here, "values"), "expected a non-empty list of values")
        return Compare(path, op, _ref(args["question"], (*here, "question")), tuple(values))
    if op == "contains_any":
        args = _args(arg, here, ("question", "words"))
        words = args["words"]
        if (
            not isinstance(words, list)
            or not words
            or not all(isinstance(w, str) and w.strip() for w in words)
        ):
            raise ConditionError((*here, "words"), "expected a non-empty list of words or phrases")
        ref = _ref(args["question"], (*here, "question"))
        return ContainsAny(path, ref, tuple(fold(w) for w in words), tuple(words))
    if op == "asked_before":
        args = _args(arg, here, ("first", "then"))
        return AskedBefore(
            path, _criterion(args["first"], (*here, "first")), _criterion(args["then"], (*here, "then"))
        )
    if op == "answers_at_least":
        if not isinstance(arg, int) or isinstance(arg, bool) or arg < 1:
            raise ConditionError(here, "expected a whole number of answers, 1 or more")
        return AnswersAtLeast(path, arg)
    if op == "opened":
        return Opened(path, _criterion(arg, here))
    if op == "all_opened":
        if arg is not True:
            raise ConditionError(here, "write 'all_opened: true'")
        return Opened(path, None)
    close = difflib.get_close_matches(str(op), OPERATORS, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else f"; operators: {', '.join(OPERATORS)}"
    raise ConditionError(here, f"unknown operator '{op}'{hint}")


def validate_condition(raw: Any) -> Cond:
    """pydantic hook: parse, or raise an error that carries the inner path."""
    from pydantic_core import PydanticCustomError  # validation only: not on the start-up path

    if isinstance(raw, Cond):
        return raw
    try:
        return parse_condition(raw)
    except ConditionError as exc:
        raise PydanticCustomError(
            "condition", "{message}", {"message": exc.message, "inner": exc.path}
        ) from None


def _schema_for(op_schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "minProperties": 1, "maxProperties": 1, **op_schema}


def condition_json_schema() -> dict[str, Any]:
    ref = {"$ref": "#/$defs/Condition"}
    q = {"type": "string", "description": "question id or fact id"}
    one = {"question": q, "value": {}}
    return _schema_for(
        {
            "description": "Exactly one operator. See question_banks/conditions.py.",
            "properties": {
                "all": {"type": "array", "items": ref, "minItems": 1},
                "any": {"type": "array", "items": ref, "minItems": 1},
                "not": ref,
                "answered": q,
                "unanswered": q,
                "equals": {"type": "object", "properties": one, "required": ["question", "value"]},
                "gt": {"type": "object", "properties": one, "required": ["question", "value"]},
                "lt": {"type": "object", "properties": one, "required": ["question", "value"]},
                "in": {
                    "type": "object",
                    "properties": {"question": q, "values": {"type": "array", "minItems": 1}},
                    "required": ["question", "values"],
                },
                "off_target": q,
                "contains_any": {
                    "type": "object",
                    "properties": {"question": q, "words": {"type": "array", "items": {"type": "string"}}},
                    "required": ["question", "words"],
                },
                "asked_before": {
                    "type": "object",
                    "properties": {"first": {"type": "string"}, "then": {"type": "string"}},
                    "required": ["first", "then"],
                },
                "answers_at_least": {"type": "integer", "minimum": 1},
                "opened": {"type": "string"},
                "all_opened": {"const": True},
            },
            "additionalProperties": False,
        }
    )
