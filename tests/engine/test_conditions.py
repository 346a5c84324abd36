"""Every operator and combinator, as a table: (condition, answers) -> expected truth."""

from __future__ import annotations

from typing import Any

import pytest

from interview.engine.evaluate import BankView, evaluate
from question_banks.conditions import ConditionError, fold, parse_condition, resolve_relative

from .helpers import TODAY, kinds_engine, state_of

ENGINE = kinds_engine()
BANK = ENGINE.banks["kinds"]

CASES: list[tuple[str, dict[str, Any], dict[str, Any], bool]] = [
    # answered / unanswered, by question id and by fact
    ("answered", {"answered": "kinds.first.yes"}, {"test.yes": True}, True),
    ("answered by fact", {"answered": "test.yes"}, {"kinds.first.yes": False}, True),
    ("answered, none", {"answered": "kinds.first.yes"}, {}, False),
    ("unanswered", {"unanswered": "kinds.second.text"}, {}, True),
    ("unanswered, given", {"unanswered": "kinds.second.text"}, {"kinds.second.text": "hi"}, False),
    # equals
    ("equals yes_no", {"equals": {"question": "test.yes", "value": True}}, {"test.yes": True}, True),
    ("equals yes_no false", {"equals": {"question": "test.yes", "value": True}}, {"test.yes": False}, False),
    (
        "equals choice",
        {"equals": {"question": "kinds.first.choice", "value": "b"}},
        {"kinds.first.choice": "b"},
        True,
    ),
    ("equals unanswered", {"equals": {"question": "kinds.first.choice", "value": "b"}}, {}, False),
    (
        "equals multi contains",
        {"equals": {"question": "kinds.first.multi", "value": "y"}},
        {"kinds.first.multi": ["x", "y"]},
        True,
    ),
    (
        "equals multi missing",
        {"equals": {"question": "kinds.first.multi", "value": "z"}},
        {"kinds.first.multi": ["x", "y"]},
        False,
    ),
    (
        "equals scale",
        {"equals": {"question": "kinds.first.scale", "value": 4}},
        {"kinds.first.scale": 4},
        True,
    ),
    (
        "equals number",
        {"equals": {"question": "kinds.second.number", "value": 1}},
        {"kinds.second.number": 1},
        True,
    ),
    # in
    (
        "in choice",
        {"in": {"question": "kinds.first.choice", "values": ["a", "c"]}},
        {"kinds.first.choice": "c"},
        True,
    ),
    (
        "in choice no",
        {"in": {"question": "kinds.first.choice", "values": ["a", "c"]}},
        {"kinds.first.choice": "b"},
        False,
    ),
    (
        "in multi overlap",
        {"in": {"question": "kinds.first.multi", "values": ["z", "y"]}},
        {"kinds.first.multi": ["y"]},
        True,
    ),
    # gt / lt
    ("gt number", {"gt": {"question": "kinds.second.number", "value": 5}}, {"kinds.second.number": 6}, True),
    (
        "gt number equal",
        {"gt": {"question": "kinds.second.number", "value": 5}},
        {"kinds.second.number": 5},
        False,
    ),
    ("lt scale", {"lt": {"question": "kinds.first.scale", "value": 3}}, {"kinds.first.scale": 2}, True),
    (
        "gt money",
        {"gt": {"question": "kinds.second.money", "value": 10000}},
        {"kinds.second.money": 50000},
        True,
    ),
    (
        "lt money",
        {"lt": {"question": "kinds.second.money", "value": 10000}},
        {"kinds.second.money": 50000},
        False,
    ),
    (
        "gt money same currency",
        {"gt": {"question": "kinds.second.money", "value": {"amount": 1, "currency": "USD"}}},
        {"kinds.second.money": {"amount": 5, "currency": "USD"}},
        True,
    ),
    (
        "gt money other currency",
        {"gt": {"question": "kinds.second.money", "value": {"amount": 1, "currency": "USD"}}},
        {"kinds.second.money": {"amount": 5, "currency": "EUR"}},
        False,
    ),
    (
        "lt date absolute",
        {"lt": {"question": "kinds.second.date", "value": "2027-01-01"}},
        {"kinds.second.date": "2026-12-01"},
        True,
    ),
    (
        "lt date relative",
        {"lt": {"question": "kinds.second.date", "value": "+30d"}},
        {"kinds.second.date": "2026-12-01"},
        True,
    ),
    (
        "gt date relative",
        {"gt": {"question": "kinds.second.date", "value": "+3m"}},
        {"kinds.second.date": "2026-12-01"},
        False,
    ),
    (
        "lt date today",
        {"lt": {"question": "kinds.second.date", "value": "today"}},
        {"kinds.second.date": "2026-11-01"},
        True,
    ),
    # contains_any: case and accent insensitive, both languages, whole words
    (
        "contains en",
        {"contains_any": {"question": "kinds.second.text", "words": ["asap"]}},
        {"kinds.second.text": "We need it ASAP!"},
        True,
    ),
    (
        "contains fr accents",
        {"contains_any": {"question": "kinds.second.text", "words": ["dès que possible"]}},
        {"kinds.second.text": "Il nous le faut DES QUE POSSIBLE"},
        True,
    ),
    (
        "contains accent in text",
        {"contains_any": {"question": "kinds.second.text", "words": ["urgence"]}},
        {"kinds.second.text": "C'est une Urgence."},
        True,
    ),
    (
        "contains whole word",
        {"contains_any": {"question": "kinds.second.text", "words": ["app"]}},
        {"kinds.second.text": "an approach"},
        False,
    ),
    (
        "contains none",
        {"contains_any": {"question": "kinds.second.text", "words": ["budget"]}},
        {"kinds.second.text": "hello"},
        False,
    ),
    # off_target: the chosen option scores nothing
    ("off target", {"off_target": "kinds.first.choice"}, {"kinds.first.choice": "c"}, True),
    ("on target", {"off_target": "kinds.first.choice"}, {"kinds.first.choice": "a"}, False),
    ("off target multi", {"off_target": "kinds.first.multi"}, {"kinds.first.multi": ["z"]}, True),
    ("off target unanswered", {"off_target": "kinds.first.multi"}, {}, False),
    # combinators
    (
        "all true",
        {"all": [{"answered": "test.yes"}, {"unanswered": "kinds.second.text"}]},
        {"test.yes": True},
        True,
    ),
    (
        "all false",
        {"all": [{"answered": "test.yes"}, {"answered": "kinds.second.text"}]},
        {"test.yes": True},
        False,
    ),
    (
        "any true",
        {"any": [{"answered": "kinds.second.text"}, {"answered": "test.yes"}]},
        {"test.yes": True},
        True,
    ),
    ("any false", {"any": [{"answered": "kinds.second.text"}]}, {}, False),
    ("not", {"not": {"answered": "test.yes"}}, {}, True),
    (
        "not of unanswered comparison",
        {"not": {"equals": {"question": "kinds.first.choice", "value": "a"}}},
        {},
        True,
    ),
    (
        "nested",
        {"any": [{"all": [{"answered": "test.yes"}, {"not": {"answered": "kinds.first.choice"}}]}]},
        {"test.yes": True},
        True,
    ),
    # process predicates
    (
        "asked before",
        {"asked_before": {"first": "second", "then": "first"}},
        {"kinds.second.number": 1, "test.yes": True},
        True,
    ),
    (
        "asked after",
        {"asked_before": {"first": "second", "then": "first"}},
        {"test.yes": True, "kinds.second.number": 1},
        False,
    ),
    (
        "asked before, then never",
        {"asked_before": {"first": "second", "then": "first"}},
        {"kinds.second.number": 1},
        True,
    ),
    (
        "asked before, first never",
        {"asked_before": {"first": "second", "then": "first"}},
        {"test.yes": True},
        False,
    ),
    ("answers at least", {"answers_at_least": 2}, {"test.yes": True, "kinds.second.number": 1}, True),
    ("answers at least, short", {"answers_at_least": 3}, {"test.yes": True, "kinds.second.number": 1}, False),
    ("opened", {"opened": "second"}, {"kinds.second.text": "x"}, True),
    ("not opened", {"opened": "second"}, {"test.yes": True}, False),
    ("all opened", {"all_opened": True}, {"test.yes": True, "kinds.second.text": "x"}, True),
    ("all opened, one missing", {"all_opened": True}, {"test.yes": True}, False),
]


@pytest.mark.parametrize(("name", "raw", "answers", "expected"), CASES, ids=[c[0] for c in CASES])
def test_condition(name: str, raw: dict[str, Any], answers: dict[str, Any], expected: bool) -> None:
    view = BankView.of(BANK, state_of(ENGINE, answers))
    assert evaluate(parse_condition(raw), view).value is expected


def test_evidence_names_the_answers_that_decided() -> None:
    cond = parse_condition(
        {"all": [{"answered": "test.yes"}, {"equals": {"question": "kinds.first.choice", "value": "a"}}]}
    )
    outcome = evaluate(
        cond, BankView.of(BANK, state_of(ENGINE, {"test.yes": True, "kinds.first.choice": "a"}))
    )
    assert outcome.evidence == ["test.yes", "kinds.first.choice"]


@pytest.mark.parametrize(
    ("raw", "path", "fragment"),
    [
        (
            {"equls": {"question": "a", "value": 1}},
            ("equls",),
            "unknown operator 'equls' (did you mean 'equals'?)",
        ),
        ({"all": []}, ("all",), "non-empty list"),
        ({"all": [{"answered": "a"}, {"nope": 1}]}, ("all", 1, "nope"), "unknown operator"),
        ({"equals": {"question": "a"}}, ("equals", "value"), "missing 'value'"),
        ({"answered": "a", "unanswered": "b"}, (), "exactly one operator"),
        ({"asked_before": {"first": "A B", "then": "x"}}, ("asked_before", "first"), "criterion id"),
        ({"all_opened": "yes"}, ("all_opened",), "all_opened: true"),
        ({"answers_at_least": 0}, ("answers_at_least",), "1 or more"),
    ],
)
def test_condition_shape_errors_carry_their_path(
    raw: dict[str, Any], path: tuple[Any, ...], fragment: str
) -> None:
    with pytest.raises(ConditionError) as err:
        parse_condition(raw)
    assert err.value.path == path
    assert fragment in err.value.message


def test_fold_removes_case_and_accents() -> None:
    assert fold("Dès Que POSSIBLE, Équipe") == "des que possible, equipe"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("today", TODAY),
        ("+30d", TODAY.replace(month=12, day=23)),
        ("-1w", TODAY.replace(day=16)),
        ("+3m", TODAY.replace(year=2027, month=2)),
        ("+1y", TODAY.replace(year=2027)),
    ],
)
def test_relative_dates(value: str, expected: object) -> None:
    assert resolve_relative(value, TODAY) == expected


def test_month_end_is_clamped() -> None:
    import datetime as dt

    assert resolve_relative("+1m", dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)
