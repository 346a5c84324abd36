"""The engine's own sentences, in both languages (banks carry theirs)."""

from __future__ import annotations

from interview.engine.answers import AnswerValue
from question_banks.model import Question, Text


def tr(en: str, fr: str) -> Text:
    # Plain dataclasses, never validated: engine text may quote what people typed.
    return Text(en, fr)


def pct(value: float) -> str:
    return f"{round(value * 100)} %"


def label_strings(question: Question, value: AnswerValue) -> tuple[str, str]:
    """How an answer reads to a person, in English and French: the option labels, or the value."""
    if question.options:
        chosen = value if isinstance(value, tuple) else (value,)
        labels = [
            o.label
            for o in question.options
            if any(type(o.value) is type(c) and o.value == c for c in chosen)
        ]
        if labels:
            return ", ".join(x.en for x in labels), ", ".join(x.fr for x in labels)
    shown = str(value)
    return shown, shown


def answer_label(question: Question, value: AnswerValue) -> Text:
    """How an answer reads to a person: the option label, or the value itself."""
    return tr(*label_strings(question, value))


def reason_strings(question: Question, value: AnswerValue) -> tuple[str, str]:
    en, fr = label_strings(question, value)
    return f"{question.text.en} → {en}", f"{question.text.fr} → {fr}"


def answer_reason(question: Question, value: AnswerValue) -> Text:
    return tr(*reason_strings(question, value))
