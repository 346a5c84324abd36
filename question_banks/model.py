"""Banks as the engine and the UI use them: plain frozen dataclasses, light to import and to build.

`schema.py` (pydantic) says what a bank *file* may contain and validates it; a validated bank is
turned into these objects (`from_validated`), which is what every other layer sees. Keeping
pydantic out of this module keeps it off the start-up path: a warm start reads banks from the
cache (`to_jsonable` / `from_jsonable`) without importing pydantic at all.

Field names and helpers (`Text.get`, `Question.key`, `Bank.questions()`) match the schema's, so the
two stay in step; tests/test_bank_model.py checks that they do.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from typing import Any

from question_banks.conditions import Cond, parse_condition

FORMAT_VERSION = 1
LANGUAGES: tuple[str, ...] = ("en", "fr")
ANSWER_KINDS: tuple[str, ...] = (
    "yes_no",
    "choice",
    "multi_choice",
    "scale",
    "number",
    "money",
    "date",
    "text",
)
OPTION_KINDS: frozenset[str] = frozenset({"yes_no", "choice", "multi_choice"})
SIGNAL_KINDS: tuple[str, ...] = ("positive", "warning", "red_flag")
MAX_POINTS = 10

OptionValue = str | bool | int


@dataclass(frozen=True, slots=True)
class Text:
    """A text a person reads, in every language the UI offers."""

    en: str
    fr: str

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True, slots=True)
class Option:
    value: OptionValue
    label: Text
    points: int


@dataclass(frozen=True, slots=True)
class ScaleLabels:
    low: Text
    high: Text


@dataclass(frozen=True, slots=True, kw_only=True)  # keywords only: fields in the file's order
class Question:
    id: str
    fact: str | None = None
    text: Text
    tip: Text
    kind: str
    options: tuple[Option, ...] | None = None
    scale: ScaleLabels | None = None
    profile_target: str | None = None
    when: Cond | None = None
    why: Text | None = None

    def __post_init__(self) -> None:
        if self.kind not in ANSWER_KINDS:
            raise ValueError(f"{self.id}: unknown answer kind {self.kind!r}")

    @property
    def key(self) -> str:
        """Where the answer is stored: the shared fact, else the question itself."""
        return self.fact or self.id


@dataclass(frozen=True, slots=True, kw_only=True)
class Criterion:
    id: str
    letter: str | None = None
    name: Text
    description: Text
    weight: float
    questions: tuple[Question, ...]
    lead_with: Text | None = None


@dataclass(frozen=True, slots=True)
class About:
    summary: Text
    when_it_fits: Text
    limits: Text
    origin: Text | None = None
    relations: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Signal:
    id: str
    kind: str
    scope: str = "lead"
    criterion: str | None = None
    message: Text
    explanation: Text
    when: Cond
    ask: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in SIGNAL_KINDS or self.scope not in ("lead", "process"):
            raise ValueError(f"{self.id}: unknown signal kind or scope")


@dataclass(frozen=True, slots=True)
class Thresholds:
    qualified: float = 70.0
    nurture: float = 40.0
    min_coverage: float = 0.5

    def __post_init__(self) -> None:
        # pydantic leaves its defaults unconverted (70, an int): one type whatever the source.
        for name in ("qualified", "nurture", "min_coverage"):
            object.__setattr__(self, name, float(getattr(self, name)))


@dataclass(frozen=True, slots=True)
class AskOrder:
    criteria: tuple[str, ...]
    reason: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Bank:
    format: int = FORMAT_VERSION
    id: str
    name: Text
    about: About
    output: str = "verdict"
    thresholds: Thresholds = Thresholds()
    ask_order: AskOrder | None = None
    criteria: tuple[Criterion, ...]
    signals: tuple[Signal, ...] = ()

    def __post_init__(self) -> None:
        if self.output not in ("verdict", "profile"):
            raise ValueError(f"{self.id}: unknown output {self.output!r}")

    def questions(self) -> tuple[Question, ...]:
        return tuple(q for c in self.criteria for q in c.questions)

    def question_count(self) -> int:
        return sum(len(c.questions) for c in self.criteria)


CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (Text, Option, ScaleLabels, Question, Criterion, About, Signal, Thresholds, AskOrder, Bank)
}


def from_validated(obj: Any) -> Any:
    """The runtime twin of a validated schema object (matched by class name), recursively."""
    cls = CLASSES.get(type(obj).__name__)
    if cls is not None and not dataclasses.is_dataclass(obj):
        return cls(**{f.name: from_validated(getattr(obj, f.name)) for f in dataclasses.fields(cls)})
    if isinstance(obj, tuple):
        return tuple(from_validated(item) for item in obj)
    return obj


def as_document(obj: Any) -> Any:
    """Plain JSON data with every field, in the file's order (`qualify banks show --json`)."""
    if isinstance(obj, Cond):
        return as_document(obj.to_raw())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: as_document(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, list)):
        return [as_document(item) for item in obj]
    if isinstance(obj, dict):
        return {str(k): as_document(v) for k, v in obj.items()}
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    return obj


# --- JSON for the bank cache -------------------------------------------------------------------
# Objects are tagged with their class ("$"), conditions kept in their YAML form ("$when"). Reading
# back checks the structure (unknown class, missing or extra field: ValueError/TypeError); the
# cache that stores these entries guards their integrity with a digest.


def to_jsonable(obj: Any) -> Any:
    if isinstance(obj, Cond):
        return {"$when": obj.to_raw()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out: dict[str, Any] = {"$": type(obj).__name__}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if value != f.default or type(value) is not type(f.default):  # defaults stay implicit
                out[f.name] = to_jsonable(value)
        return out
    if isinstance(obj, tuple):
        return [to_jsonable(item) for item in obj]
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    raise TypeError(f"cannot store {type(obj).__name__} in the bank cache")


def revive_json(data: dict[str, Any]) -> Any:
    # json.loads calls this for every object, innermost first: each arrives with its fields built.
    kind = data.pop("$", None)
    if kind is None:
        return parse_condition(data["$when"]) if "$when" in data else data
    for name, value in data.items():
        if type(value) is list:
            data[name] = tuple(value)
    return CLASSES[kind](**data)


def from_jsonable(data: Any) -> Any:
    """The inverse of to_jsonable, for data already parsed (json.loads with revive_json is faster)."""
    return json.loads(json.dumps(data), object_hook=revive_json)


# Control characters as json.dumps (ensure_ascii) writes them: C0 but tab and newline, DEL, C1. A
# cache entry holding one was not written by us: bank text never has them (schema.py refuses them).
_ESCAPED_CONTROL = re.compile(rb"\\u00[01][0-9a-fA-F]|\\u007[fF]|\\u00[89][0-9a-fA-F]|\\[bfr]")
_ALLOWED = (b"\\u0009", b"\\u000a", b"\\u000A")


def encode_bank(bank: Bank) -> bytes:
    return json.dumps(to_jsonable(bank), ensure_ascii=True, separators=(",", ":")).encode()


def decode_bank(payload: bytes) -> Bank:
    """A bank from `encode_bank`'s bytes; ValueError for anything else, never a half-built bank."""
    found = _ESCAPED_CONTROL.search(payload)
    if found is not None and found.group() not in _ALLOWED:
        raise ValueError("a control character in a cached bank")
    try:
        bank = json.loads(payload, object_hook=revive_json)
    except (KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ValueError(f"not a cached bank: {exc}") from None
    if not isinstance(bank, Bank):
        raise ValueError("not a cached bank")
    return bank
