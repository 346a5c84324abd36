"""What a rep types in the answer field, turned into a value for the question's kind.

Option questions take the option's number (1-9, "1,3" for several) or its value or label;
money takes "50k€", "$120,000", "1.2M EUR" (interview.analysis.recognisers.parse_money); the other
kinds go through coerce_answer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from interview.engine.answers import AnswerError, coerce_answer
from question_banks.model import Question

__all__ = ["parse_answer", "parse_money"]


def parse_money(text: str) -> Any:
    # The recognisers compile hundreds of patterns: imported on first use, not at start-up.
    from interview.analysis.recognisers import parse_money as recognise_money

    return recognise_money(text)


def parse_answer(question: Question, text: str, today: dt.date | None = None) -> Any:
    """The value to record for `text`; raises AnswerError with a message for the rep.

    Dates may be natural ("end of March", "fin mars", "Q3", "dans 3 semaines"), read from `today`.
    """
    text = text.strip()
    if not text:
        raise AnswerError(f"{question.id}: type an answer first")
    options = question.options or ()
    if options:
        parts = [p.strip() for p in text.split(",")] if question.kind == "multi_choice" else [text]
        chosen = [_option_value(question, p) for p in parts if p]
        return chosen if question.kind == "multi_choice" else chosen[0]
    if question.kind == "money":
        money = parse_money(text)
        if money is None:
            raise AnswerError(f"{question.id}: '{text}' is not an amount (e.g. 50k€, $120,000)")
        return money
    if question.kind == "date":
        from interview.analysis.recognisers import parse_date

        when = parse_date(text, today or dt.date.today())
        if when is None:
            raise AnswerError(
                f"{question.id}: '{text}' is not a date (e.g. 2026-03-31, end of March, fin mars)"
            )
        return when
    return coerce_answer(question, text)


def _option_value(question: Question, text: str) -> Any:
    options = question.options or ()
    if text.isdigit() and 1 <= int(text) <= len(options):
        return options[int(text) - 1].value
    lowered = text.lower()
    for option in options:
        if lowered in (str(option.value).lower(), option.label.en.lower(), option.label.fr.lower()):
            return option.value
    return coerce_answer(question, text)  # raises with the list of options
