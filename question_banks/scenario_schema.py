"""The scenario format, defined once: what a practice scenario *file* may hold.

A scenario is a simulated prospect for trainees: who they are, the truth behind the call, what
they reply to each question (keyed by shared fact or question id), and what a good rep should end
up with. These pydantic models validate files only; `scenarios.py` turns a validated file into
plain frozen dataclasses and checks it against the banks (references, truth values), so that
each problem is reported at its own line.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Field, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from question_banks.schema import Identifier, Model, NonEmptyStr, Text, control_character_message

SCENARIO_FORMAT = 1
Difficulty = Literal["easy", "medium", "hard"]
DIFFICULTIES: tuple[str, ...] = Difficulty.__args__  # type: ignore[attr-defined]
ExpectedVerdict = Literal["qualified", "nurture", "disqualified", "insufficient"]

# "option_value" is the error type whose message validation.py passes through as written.
_OWN = "option_value"


def _plain_text(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError(_OWN, "a text value cannot be empty")
    problem = control_character_message(value)
    if problem:
        raise PydanticCustomError(_OWN, problem)
    return value


def _truth_value(value: Any) -> Any:
    """A value as an answer would be written in an answers file; its kind is checked against the
    question later (scenarios.py), where the question is known. None: no value (a vague reply)."""
    if value is None:
        return None
    if isinstance(value, (bool, int, float, dt.date)):
        return value
    if isinstance(value, str):
        return _plain_text(value)
    if isinstance(value, list):
        if not value:
            raise PydanticCustomError(_OWN, "a list of options cannot be empty")
        for item in value:
            if not isinstance(item, (str, bool, int)) or (isinstance(item, str) and not item.strip()):
                raise PydanticCustomError(
                    _OWN, "a list answer holds option values (texts, whole numbers, true/false)"
                )
        return tuple(value)
    if isinstance(value, dict):
        if set(value) <= {"amount", "currency"} and "amount" in value:
            return dict(value)
        raise PydanticCustomError(
            _OWN, "a mapping answer is an amount of money: {amount: 50000, currency: EUR}"
        )
    raise PydanticCustomError(
        _OWN,
        "expected an answer: an option value, true/false, a number, a date, a text, a list of "
        "options or {amount: ..., currency: ...}",
    )


TruthValue = Annotated[
    Any,
    PlainValidator(_truth_value),
    WithJsonSchema(
        {"type": ["string", "boolean", "integer", "number", "array", "object"]},
    ),
]
Ref = Annotated[
    str,
    Field(
        description="A shared fact (need.pain) or, for a question without a fact, its id "
        "(bant.budget.cycle): the key its answer is stored under."
    ),
]


class Persona(Model):
    """Who picks up the phone."""

    name: NonEmptyStr
    role: Text
    company: NonEmptyStr
    industry: Text
    size: Text = Field(description="The company's size as the trainee would hear it.")
    opening: Text = Field(description="The prospect's first words when the call starts.")


class OnceAsked(Model):
    """What the prospect says instead once the rep has asked about these first."""

    refs: tuple[NonEmptyStr, ...] = Field(min_length=1)
    say: Text


class Reply(Model):
    say: Text = Field(description="What the prospect says when asked.")
    truth: TruthValue = Field(
        default=None,
        description="The value a good rep records; leave it out when the reply is deliberately vague.",
    )
    accept: tuple[NonEmptyStr, ...] = Field(
        default=(),
        description="Text questions only: a recorded answer is right when it contains one of these "
        "words (case and accents ignored); without them any non-empty answer is right.",
    )
    once_asked: OnceAsked | None = Field(
        default=None, description="Another reply, given once the rep has asked other things first."
    )
    why: Text | None = Field(default=None, description="Why this answer matters, for the debrief.")


class Trap(Model):
    """Something in the call that misleads a hurried rep."""

    id: Identifier
    refs: tuple[NonEmptyStr, ...] = Field(min_length=1, description="The facts or questions involved.")
    bait: dict[NonEmptyStr, TruthValue] = Field(
        default_factory=dict, description="What a misled rep would record, by ref."
    )
    text: Text = Field(description="The trap explained: what the prospect says, and what hides behind.")


class OrderRule(Model):
    first: NonEmptyStr
    then: NonEmptyStr
    why: Text


class Expected(Model):
    verdicts: dict[Identifier, ExpectedVerdict] = Field(
        default_factory=dict, description="The verdict each framework should reach, by bank id."
    )
    motives: dict[Identifier, Identifier] = Field(
        default_factory=dict,
        description="Profile frameworks (SONCASE): the motive that should lead, by bank id.",
    )
    signals: tuple[NonEmptyStr, ...] = Field(
        default=(), description="Signals a good rep makes fire, as bank.signal (meddic.no_champion)."
    )
    must_ask: tuple[NonEmptyStr, ...] = Field(min_length=1, description="Facts or questions to ask.")
    order: tuple[OrderRule, ...] = Field(default=(), description="Ask `first` before `then`.")


class Scenario(Model):
    format: Literal[1] = Field(default=SCENARIO_FORMAT, description="Version of the scenario format.")
    id: Identifier
    title: Text
    brief: Text = Field(description="What the trainee knows before the call.")
    difficulty: Difficulty
    frameworks: tuple[Identifier, ...] = Field(min_length=1, description="Bank ids, first is the lead.")
    persona: Persona
    truth: Text = Field(description="The truth behind the call, told at the debrief.")
    default_reply: Text = Field(description="What the prospect says to anything not scripted.")
    replies: dict[NonEmptyStr, Reply] = Field(
        min_length=1,
        description="By fact or question id, in the order a good rep would ask them.",
    )
    traps: tuple[Trap, ...] = ()
    expected: Expected


def scenario_json_schema() -> dict[str, Any]:
    return {
        **Scenario.model_json_schema(),
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://qualify.invalid/schema/scenario.json",
        "title": "qualify practice scenario",
    }
