"""The bank format, defined once.

These pydantic models are the single source of truth for what a bank file may contain: the loader
validates against them and `qualify banks schema` prints them as JSON Schema for YAML editors.
Rules that need the whole document (duplicate ids, options that fit the answer kind) live in
`checks.py`, so that each problem can be reported at its own path.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StrictInt,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from question_banks.conditions import Cond, condition_json_schema, validate_condition

FORMAT_VERSION = 1
LANGUAGES: tuple[str, ...] = ("en", "fr")

AnswerKind = Literal["yes_no", "choice", "multi_choice", "scale", "number", "money", "date", "text"]
ANSWER_KINDS: tuple[str, ...] = AnswerKind.__args__  # type: ignore[attr-defined]
OPTION_KINDS: frozenset[str] = frozenset({"yes_no", "choice", "multi_choice"})
MAX_POINTS = 10

# C0 controls but tab and newline, DEL and C1. Bank text reaches terminals: an escape sequence in
# it could rewrite the rep's screen. The check is a pattern run by pydantic-core in Rust, because a
# Python validator on each of the thousands of texts cost a tenth of a warm start;
# validation.py turns its mismatch back into the message below.
NO_CONTROL_PATTERN = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What pydantic-core's strip_whitespace removes (Rust's char::is_whitespace) before the pattern runs.
_RUST_WHITESPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


def control_character_message(value: str) -> str | None:
    """The message for the first control character that NO_CONTROL_PATTERN refused in `value`."""
    found = _CONTROL.search(value.strip(_RUST_WHITESPACE))
    return None if found is None else f"contains the control character U+{ord(found.group()):04X}; remove it"


NonEmptyStr = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, pattern=NO_CONTROL_PATTERN),
    WithJsonSchema({"type": "string", "minLength": 1}),  # editors' schema as before, without the pattern
]
Identifier = Annotated[
    str,
    StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]*$", max_length=64),
    Field(description="Lower-case letters, digits and underscores, starting with a letter."),
]
DottedId = Annotated[
    str,
    StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$", max_length=128),
    Field(description="Dotted lower-case identifier, e.g. bant.budget.allocated."),
]


def _option_value(value: Any) -> str | bool | int:
    # One clear error instead of pydantic's three (one per union member).
    if isinstance(value, (str, bool, int)) and not isinstance(value, float):
        if isinstance(value, str) and not value.strip():
            raise PydanticCustomError("option_value", "an option value cannot be empty")
        return value
    raise PydanticCustomError("option_value", "expected a text, a whole number or true/false as option value")


OptionValue = Annotated[
    str | bool | int,
    PlainValidator(_option_value),
    WithJsonSchema({"type": ["string", "boolean", "integer"]}),
]


Condition = Annotated[
    Cond,
    PlainValidator(validate_condition),
    PlainSerializer(lambda cond: cond.to_raw(), return_type=dict),
    WithJsonSchema({"x-qualify": "condition"}),  # replaced by a $ref in bank_json_schema()
]
SignalKind = Literal["positive", "warning", "red_flag"]
SIGNAL_KINDS: tuple[str, ...] = SignalKind.__args__  # type: ignore[attr-defined]


class Model(BaseModel):
    """Base of every bank model: immutable, and unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Model):
    """A text a person reads, in every language the UI offers."""

    en: NonEmptyStr
    fr: NonEmptyStr

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Option(Model):
    value: OptionValue = Field(description="What is stored when this option is chosen.")
    label: Text
    points: StrictInt = Field(ge=0, le=MAX_POINTS, description=f"0 (bad news) to {MAX_POINTS} (good news).")


class ScaleLabels(Model):
    """What 1 and 5 mean on a scale question."""

    low: Text
    high: Text


class Question(Model):
    id: DottedId = Field(description="Globally unique; starts with the bank id.")
    fact: DottedId | None = Field(
        default=None,
        description="A shared fact (e.g. budget.allocated): one answer serves every bank asking it.",
    )
    text: Text = Field(description="The question as the rep asks it.")
    tip: Text = Field(description="Coaching for the rep: a good answer, what next, the traps.")
    kind: AnswerKind
    options: tuple[Option, ...] | None = Field(
        default=None, description="Required for yes_no (values true and false), choice, multi_choice."
    )
    scale: ScaleLabels | None = Field(default=None, description="Only for scale questions.")
    profile_target: Identifier | None = Field(
        default=None,
        description="Key of the team profile's targets that decides which options fit (ICP).",
    )
    when: Condition | None = Field(
        default=None, description="Makes this a follow-up: it appears only while the condition holds."
    )
    why: Text | None = Field(default=None, description="Why a follow-up appears, shown to the rep.")

    @property
    def key(self) -> str:
        """Where the answer is stored: the shared fact, else the question itself."""
        return self.fact or self.id


class Criterion(Model):
    id: Identifier
    letter: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=3)] | None = None
    name: Text
    description: Text = Field(description="What this letter stands for and what to establish.")
    weight: float = Field(
        gt=0, le=100, strict=True, description="Relative weight of the criterion in the bank's score."
    )
    questions: tuple[Question, ...] = Field(min_length=1)
    lead_with: Text | None = Field(
        default=None, description="Profile banks: the arguments to lead with when this motive dominates."
    )


class About(Model):
    """The framework explained to trainers."""

    summary: Text = Field(description="What the framework is and what each letter stands for.")
    when_it_fits: Text
    limits: Text
    origin: Text | None = None
    relations: Text | None = Field(default=None, description="How it relates to other frameworks.")


class Signal(Model):
    """Good news, a warning or a disqualifier, raised the moment its condition holds."""

    id: Identifier
    kind: SignalKind
    scope: Literal["lead", "process"] = Field(
        default="lead", description="lead: about the prospect; process: about how the interview is run."
    )
    criterion: Identifier | None = Field(default=None, description="The criterion it speaks about.")
    message: Text = Field(description="One line shown in the signals panel.")
    explanation: Text = Field(description="Why it matters and what to do now.")
    when: Condition
    ask: tuple[DottedId, ...] = Field(default=(), description="Questions to ask next when it fires.")


class Thresholds(Model):
    qualified: float = Field(default=70, ge=0, le=100, description="Score from which a lead is qualified.")
    nurture: float = Field(default=40, ge=0, le=100, description="Score from which it is nurtured.")
    min_coverage: float = Field(
        default=0.5, ge=0, le=1, description="Below this share of questions answered: insufficient."
    )


class AskOrder(Model):
    criteria: tuple[Identifier, ...] = Field(min_length=1, description="Criteria, first to ask first.")
    reason: Text = Field(description="Why this order, shown with the next question.")


class Bank(Model):
    format: Literal[1] = Field(default=FORMAT_VERSION, description="Version of the bank format.")
    id: Identifier
    name: Text
    about: About
    output: Literal["verdict", "profile"] = Field(
        default="verdict",
        description="verdict: qualified/nurture/disqualified; profile: dominant motives (SONCASE).",
    )
    thresholds: Thresholds = Thresholds()
    ask_order: AskOrder | None = None
    criteria: tuple[Criterion, ...] = Field(min_length=1)
    signals: tuple[Signal, ...] = ()

    def questions(self) -> tuple[Question, ...]:
        return tuple(q for c in self.criteria for q in c.questions)

    def question_count(self) -> int:
        return sum(len(c.questions) for c in self.criteria)


def bank_json_schema() -> dict[str, Any]:
    schema = _link_conditions(Bank.model_json_schema())
    schema.setdefault("$defs", {})["Condition"] = condition_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://qualify.invalid/schema/bank.json",
        "title": "qualify question bank",
        **schema,
    }


def _link_conditions(node: Any) -> Any:
    if isinstance(node, dict):
        if node.get("x-qualify") == "condition":
            return {"$ref": "#/$defs/Condition"}
        return {k: _link_conditions(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_link_conditions(v) for v in node]
    return node
