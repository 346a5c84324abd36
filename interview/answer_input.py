"""What a rep types in the answer field, turned into a value for the question's kind.

Option questions take the option's number (1-9, "1,3" for several) or its value or label;
money takes "50k€", "$120,000", "1.2M EUR"; the other kinds go through coerce_answer.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from interview.engine.answers import AnswerError, Money, coerce_answer
from question_banks.schema import Question

_CURRENCIES = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "usd": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "chf": "CHF",
}
_MONEY = re.compile(
    r"^\s*(?P<pre>[€$£])?\s*(?P<num>\d[\d\s.,\u202f]*)\s*(?P<mult>k|m|md|mds|bn)?\s*(?P<post>€|\$|£|eur|euros?|usd|gbp|chf)?\s*$",
    re.IGNORECASE,
)
_MULT = {"k": 1_000, "m": 1_000_000, "md": 1_000_000_000, "mds": 1_000_000_000, "bn": 1_000_000_000}


def parse_money(text: str) -> Money | None:
    m = _MONEY.match(text)
    if not m:
        return None
    raw = re.sub(r"[\s\u202f]", "", m["num"])
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", raw):  # 120,000 or 120.000: thousands separators
        raw = re.sub(r"[.,]", "", raw)
    raw = raw.replace(",", ".")
    try:
        amount = Decimal(raw)
    except ArithmeticError:
        return None
    amount *= _MULT.get((m["mult"] or "").lower(), 1)
    symbol = (m["pre"] or m["post"] or "").lower()
    return Money(amount, _CURRENCIES.get(symbol, "EUR"))


def parse_answer(question: Question, text: str) -> Any:
    """The value to record for `text`; raises AnswerError with a message for the rep."""
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
