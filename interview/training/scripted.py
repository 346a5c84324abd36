"""Attempts at a scenario written as event lists: the perfect one, a poor one, any in between.

Used by tests (a perfect run must grade 100) and as examples for trainers. A scripted rep records
an answer every `STEP` seconds; what they record comes from the scenario's truth unless told
otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from interview.engine.answers import AnswerValue, coerce_answer
from interview.engine.engine import Engine
from interview.engine.state import AnswerGiven, Event
from question_banks.model import Question
from question_banks.scenarios import Scenario, resolve_truth

STEP = 30.0  # seconds between two answers of a scripted run
MONEY_CRITERIA = frozenset({"budget", "money", "funds"})  # where banks ask about money


def question_for(scenario: Scenario, engine: Engine, ref: str) -> Question:
    """The question a rep of this scenario answers `ref` through: its first framework asking it."""
    for bank_id in scenario.frameworks:
        for question in engine.banks[bank_id].questions():
            if question.key == ref:
                return question
    found = engine.index.resolve(ref)
    if found is None:
        raise KeyError(f"no loaded bank asks '{ref}'")
    return found


def answer_value(question: Question, raw: Any, date: dt.date) -> AnswerValue:
    """A value as written in a scenario (relative dates allowed) as the engine records it."""
    value = resolve_truth(raw, date)
    return coerce_answer(question, list(value) if isinstance(value, tuple) else value)


def truth_value(scenario: Scenario, engine: Engine, ref: str, date: dt.date) -> AnswerValue | None:
    reply = scenario.reply(ref)
    if reply is None or not reply.has_truth:
        return None
    return answer_value(question_for(scenario, engine, ref), reply.truth, date)


def scripted_run(
    scenario: Scenario,
    engine: Engine,
    date: dt.date,
    *,
    order: Iterable[str] | None = None,
    skip: Collection[str] = (),
    values: Mapping[str, Any] | None = None,
    step: float = STEP,
) -> list[Event]:
    """A rep who records `order` (default: every reply with a truth, in the scenario's order),
    leaves out `skip`, and records `values` (as written in a scenario) instead of the truth."""
    values = values or {}
    refs = list(order) if order is not None else [r.ref for r in scenario.replies if r.has_truth]
    events: list[Event] = []
    for ref in refs:
        if ref in skip:
            continue
        question = question_for(scenario, engine, ref)
        if ref in values:
            value = answer_value(question, values[ref], date)
        else:
            truth = truth_value(scenario, engine, ref, date)
            if truth is None:
                continue  # a vague reply: nothing firm to record
            value = truth
        events.append(AnswerGiven(question.id, value, at=step * (len(events) + 1)))
    return events


def perfect_run(scenario: Scenario, engine: Engine, date: dt.date) -> list[Event]:
    """Every reply with a truth, recorded as true, in the order a good rep asks them."""
    return scripted_run(scenario, engine, date)


def money_refs(scenario: Scenario, engine: Engine) -> list[str]:
    """The scenario's replies that its frameworks ask under a money criterion, in reply order."""
    money = {
        q.key
        for bank_id in scenario.frameworks
        for c in engine.banks[bank_id].criteria
        if c.id in MONEY_CRITERIA
        for q in c.questions
    }
    return [r.ref for r in scenario.replies if r.ref in money]


def poor_run(scenario: Scenario, engine: Engine, date: dt.date) -> list[Event]:
    """A hurried rep: money first, every trap's bait taken, the other must-ask questions skipped.

    Order: the money replies (truth, or the bait when a trap offers one), then the replies that
    are neither must-ask nor money, in the scenario's order.
    """
    bait: dict[str, Any] = {}
    for trap in scenario.traps:
        for ref, value in trap.bait.items():
            bait.setdefault(ref, value)
    money = money_refs(scenario, engine)
    must = set(scenario.expected.must_ask)
    rest = [r.ref for r in scenario.replies if r.ref not in money and r.ref not in must]
    baited = [ref for ref in bait if ref not in money and ref not in rest]
    return scripted_run(scenario, engine, date, order=[*money, *baited, *rest], values=bait)
