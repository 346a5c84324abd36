"""The engine's own sentences, in both languages (banks carry theirs)."""

from __future__ import annotations

from interview.engine.answers import AnswerValue, Money
from question_banks.schema import Question, Text


def tr(en: str, fr: str) -> Text:
    # model_construct: engine text may quote what people typed; validation is for bank files.
    return Text.model_construct(en=en, fr=fr)


def pct(value: float) -> str:
    return f"{round(value * 100)} %"


def answer_label(question: Question, value: AnswerValue) -> Text:
    """How an answer reads to a person: the option label, or the value itself."""
    if question.options:
        chosen = value if isinstance(value, tuple) else (value,)
        labels = [
            o.label
            for o in question.options
            if any(type(o.value) is type(c) and o.value == c for c in chosen)
        ]
        if labels:
            return tr(", ".join(x.en for x in labels), ", ".join(x.fr for x in labels))
    if isinstance(value, Money):
        return tr(str(value), str(value))
    return tr(str(value), str(value))


def answer_reason(question: Question, value: AnswerValue) -> Text:
    label = answer_label(question, value)
    return tr(f"{question.text.en} → {label.en}", f"{question.text.fr} → {label.fr}")
