"""What a rep types in the answer field becomes the right value, or a clear refusal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from interview.answer_input import parse_answer, parse_money
from interview.engine.answers import AnswerError, Money

from .engine.helpers import kinds_engine

Q = kinds_engine().index.questions


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("50k€", 50_000, "EUR"),
        ("50 k€", 50_000, "EUR"),
        ("$120,000", 120_000, "USD"),
        ("120.000 €", 120_000, "EUR"),
        ("1.5M EUR", 1_500_000, "EUR"),
        ("1,5 M€", 1_500_000, "EUR"),
        ("£900", 900, "GBP"),
        ("2500", 2500, "EUR"),
        ("3 Md€", 3_000_000_000, "EUR"),
    ],
)
def test_money(text: str, amount: int, currency: str) -> None:
    assert parse_money(text) == Money(Decimal(amount), currency)


@pytest.mark.parametrize("text", ["lots", "k€", "12 apples", ""])
def test_not_money(text: str) -> None:
    assert parse_money(text) is None


def test_options_by_number_value_or_label() -> None:
    assert parse_answer(Q["kinds.first.choice"], "2") == "b"
    assert parse_answer(Q["kinds.first.choice"], "C") == "c"
    assert parse_answer(Q["kinds.first.yes"], "1") is True
    assert parse_answer(Q["kinds.first.yes"], "non") is False
    assert parse_answer(Q["kinds.first.multi"], "1, 3") == ["x", "z"]


@pytest.mark.parametrize(
    ("question", "text", "fragment"),
    [
        ("kinds.first.choice", "7", "not one of its options"),
        ("kinds.second.money", "a lot", "is not an amount"),
        ("kinds.first.scale", "9", "from 1 to 5"),
        ("kinds.second.text", "   ", "type an answer first"),
    ],
)
def test_refusals_say_why(question: str, text: str, fragment: str) -> None:
    with pytest.raises(AnswerError, match=fragment):
        parse_answer(Q[question], text)


def test_natural_dates() -> None:
    import datetime as dt

    today = dt.date(2026, 11, 23)
    assert parse_answer(Q["kinds.second.date"], "fin mars", today) == dt.date(2027, 3, 31)
    assert parse_answer(Q["kinds.second.date"], "end of March", today) == dt.date(2027, 3, 31)
    assert parse_answer(Q["kinds.second.date"], "2026-12-31", today) == dt.date(2026, 12, 31)
    with pytest.raises(AnswerError, match="is not a date"):
        parse_answer(Q["kinds.second.date"], "someday", today)
