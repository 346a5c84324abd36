"""Read a file of answers (for `qualify score`): safe YAML, every problem located."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from interview.engine.answers import AnswerError, Money, coerce_answer, coerce_date, coerce_money
from interview.engine.engine import Engine
from interview.engine.state import AnswerGiven, DealPotentialSet, Event, VerdictOverridden
from question_banks.problems import Problem, ProblemsError
from question_banks.yaml_source import read_yaml_file

TOP_KEYS = ("answers", "deal_potential", "date", "overrides")
VERDICTS = ("qualified", "nurture", "disqualified", "insufficient")


@dataclass(frozen=True)
class AnswersFile:
    events: tuple[Event, ...]
    keys: tuple[str, ...]  # answer keys, in the file's order
    reference_date: dt.date


def read_answers(path: Path, engine: Engine, today: dt.date) -> AnswersFile:
    doc = read_yaml_file(path)
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise ProblemsError([doc.problem((), "expected a mapping with 'answers: {question_or_fact: value}'")])
    problems: list[Problem] = []
    for key in data:
        if key not in TOP_KEYS:
            problems.append(
                doc.problem((key,), f"unknown key '{key}'; expected {', '.join(TOP_KEYS)}", key=True)
            )
    reference = today
    if "date" in data:
        try:
            reference = coerce_date(data["date"], "date")
        except AnswerError as exc:
            problems.append(doc.problem(("date",), str(exc)))
    events: list[Event] = []
    keys: list[str] = []
    for i, (ref, raw) in enumerate(data["answers"].items()):
        question = engine.index.resolve(str(ref))
        if question is None:
            problems.append(doc.problem(("answers", ref), f"unknown question or fact '{ref}'", key=True))
            continue
        try:
            value = coerce_answer(question, raw)
        except AnswerError as exc:
            problems.append(doc.problem(("answers", ref), str(exc)))
            continue
        # one second apart, in the file's order: the order is what process signals judge
        events.append(AnswerGiven(question.id, value, at=float(i)))
        keys.append(question.key)
    if "deal_potential" in data:
        try:
            potential: Money = coerce_money(data["deal_potential"], "deal_potential")
            events.append(DealPotentialSet(potential, at=float(len(events))))
        except AnswerError as exc:
            problems.append(doc.problem(("deal_potential",), str(exc)))
    for bank_id, override in (data.get("overrides") or {}).items():
        ok = (
            isinstance(override, dict)
            and override.get("verdict") in VERDICTS
            and isinstance(override.get("reason"), str)
            and override["reason"].strip()
        )
        if bank_id not in engine.banks or not ok:
            problems.append(
                doc.problem(
                    ("overrides", bank_id),
                    "an override is {verdict: qualified|nurture|...,"
                    " reason: text} under a known framework id",
                )
            )
            continue
        events.append(
            VerdictOverridden(bank_id, override["verdict"], override["reason"].strip(), float(len(events)))
        )
    if problems:
        raise ProblemsError(problems)
    return AnswersFile(tuple(events), tuple(keys), reference)
