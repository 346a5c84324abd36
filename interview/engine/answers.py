"""Answer values, one type per answer kind, and the coercion of natural input into them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from question_banks.model import Question

DEFAULT_CURRENCY = "EUR"


@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    currency: str = DEFAULT_CURRENCY

    def __str__(self) -> str:
        amount = f"{self.amount:,.2f}".rstrip("0").rstrip(".")
        return f"{amount} {self.currency}"

    def as_json(self) -> dict[str, Any]:
        number = float(self.amount)
        return {"amount": int(number) if number.is_integer() else number, "currency": self.currency}


AnswerValue = bool | str | int | float | Money | dt.date | tuple[Any, ...]


class AnswerError(ValueError):
    """An answer that does not fit its question; the message names the question."""


_YES = {"yes", "y", "true", "oui", "o", "vrai"}
_NO = {"no", "n", "false", "non", "faux"}


def _number(raw: Any) -> int | float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        return raw
    if isinstance(raw, str):
        text = raw.strip().replace(" ", "").replace("\u202f", "").replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            return None
        return int(value) if value.is_integer() else value
    return None


def _option(question: Question, raw: Any) -> Any:
    for option in question.options or ():
        if type(option.value) is type(raw) and option.value == raw:
            return option.value
    for option in question.options or ():  # "true" typed for true, "3" for 3
        if isinstance(raw, str) and str(option.value).lower() == raw.strip().lower():
            return option.value
    values = ", ".join(repr(o.value) for o in question.options or ())
    raise AnswerError(f"{question.id}: {raw!r} is not one of its options ({values})")


def coerce_money(raw: Any, where: str) -> Money:
    amount: Any = raw
    currency = DEFAULT_CURRENCY
    if isinstance(raw, Money):
        return raw
    if isinstance(raw, dict):
        unknown = set(raw) - {"amount", "currency"}
        if unknown or "amount" not in raw:
            raise AnswerError(f"{where}: a money answer is a number or {{amount: 50000, currency: EUR}}")
        amount, currency = raw["amount"], raw.get("currency", DEFAULT_CURRENCY)
    number = _number(amount)
    if number is None or number < 0:
        raise AnswerError(f"{where}: {amount!r} is not an amount of money")
    if not isinstance(currency, str) or not re.fullmatch(r"[A-Za-z]{3}", currency):
        raise AnswerError(f"{where}: currency must be a 3-letter code such as EUR or USD, not {currency!r}")
    try:
        return Money(Decimal(str(number)), currency.upper())
    except InvalidOperation:  # pragma: no cover - _number already checked it
        raise AnswerError(f"{where}: {amount!r} is not an amount of money") from None


def coerce_date(raw: Any, where: str) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise AnswerError(f"{where}: {raw!r} is not a date (write it as 2026-03-31)")


def coerce_answer(question: Question, raw: Any) -> AnswerValue:
    """Turn a natural value (from YAML, JSON or a widget) into the answer type of `question`."""
    kind, where = question.kind, question.id
    if raw is None:
        raise AnswerError(f"{where}: an answer cannot be empty (clear it instead)")
    if kind == "yes_no":
        if isinstance(raw, str) and raw.strip().lower() in _YES | _NO:
            raw = raw.strip().lower() in _YES
        if not isinstance(raw, bool):
            raise AnswerError(f"{where}: a yes/no answer is true or false, not {raw!r}")
        return _option(question, raw)
    if kind == "choice":
        return _option(question, raw)
    if kind == "multi_choice":
        items = raw if isinstance(raw, (list, tuple)) else [raw]
        values = []
        for item in items:
            value = _option(question, item)
            if value not in values:
                values.append(value)
        if not values:
            raise AnswerError(f"{where}: choose at least one option")
        return tuple(values)
    if kind == "scale":
        number = _number(raw)
        if not isinstance(number, int) or not 1 <= number <= 5:
            raise AnswerError(f"{where}: a scale answer is a whole number from 1 to 5, not {raw!r}")
        return number
    if kind == "number":
        number = _number(raw)
        if number is None:
            raise AnswerError(f"{where}: {raw!r} is not a number")
        return number
    if kind == "money":
        return coerce_money(raw, where)
    if kind == "date":
        return coerce_date(raw, where)
    if not isinstance(raw, str) or not raw.strip():
        raise AnswerError(f"{where}: a text answer must be a non-empty text")
    return raw.strip()


def answer_json(value: AnswerValue) -> Any:
    if isinstance(value, Money):
        return value.as_json()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
