"""Where every question and fact lives across the loaded banks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from question_banks.model import Bank, Question


@dataclass
class QuestionIndex:
    questions: dict[str, Question] = field(default_factory=dict)  # by question id
    bank_of: dict[str, str] = field(default_factory=dict)  # question id -> bank id
    by_fact: dict[str, list[Question]] = field(default_factory=dict)
    banks_by_key: dict[str, set[str]] = field(default_factory=dict)  # answer key -> banks storing it

    @classmethod
    def build(cls, banks: Iterable[Bank]) -> QuestionIndex:
        index = cls()
        for bank in banks:
            for question in bank.questions():
                index.questions[question.id] = question
                index.bank_of[question.id] = bank.id
                if question.fact:
                    index.by_fact.setdefault(question.fact, []).append(question)
                index.banks_by_key.setdefault(question.key, set()).add(bank.id)
        return index

    def key_of(self, question_id: str) -> str:
        return self.questions[question_id].key

    def resolve(self, ref: str) -> Question | None:
        """A question id or a fact id -> a question that asks it (the first bank's, for a fact)."""
        if ref in self.questions:
            return self.questions[ref]
        asked = self.by_fact.get(ref)
        return asked[0] if asked else None

    def banks_asking(self, key: str) -> set[str]:
        if key in self.questions:
            return {self.bank_of[key]}
        return {self.bank_of[q.id] for q in self.by_fact.get(key, [])}
