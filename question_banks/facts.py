"""Shared facts must mean the same thing in every bank that asks them.

An answer recorded for a fact is read by every bank that names it, so all those questions must
accept the same answers: same kind, same option values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from question_banks.model import Bank, Question
from question_banks.problems import Problem


@dataclass(frozen=True)
class FactShape:
    kind: str
    values: tuple[str, ...]  # option values, as repr so that true and "true" differ

    @classmethod
    def of(cls, question: Question) -> FactShape:
        values = tuple(sorted(repr(o.value) for o in question.options or ()))
        return cls(question.kind, values)

    def describe(self) -> str:
        return self.kind + (f" with options {', '.join(self.values)}" if self.values else "")


def check_facts(banks: Iterable[tuple[Bank, Path]]) -> list[Problem]:
    first: dict[str, tuple[FactShape, str, Path]] = {}
    problems: list[Problem] = []
    for bank, source in banks:
        for ci, criterion in enumerate(bank.criteria):
            for qi, question in enumerate(criterion.questions):
                if question.fact is None:
                    continue
                shape = FactShape.of(question)
                seen = first.setdefault(question.fact, (shape, question.id, source))
                if seen[0] != shape:
                    problems.append(
                        Problem(
                            str(source),
                            f"fact '{question.fact}' is {shape.describe()} here but "
                            f"{seen[0].describe()} in {seen[1]} ({seen[2]}); "
                            "questions sharing a fact must take the same answers",
                            f"criteria[{ci}].questions[{qi}].fact",
                        )
                    )
    return problems
