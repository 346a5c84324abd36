"""Issue 7, "Hostile banks": a bank file is user input; each attack is refused fast with a message."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from question_banks.loader import load_bank
from question_banks.problems import ProblemsError
from question_banks.yaml_source import MAX_FILE_BYTES, parse_yaml

from .conftest import FIXTURES

BROKEN = FIXTURES / "banks" / "broken"
VALID = FIXTURES / "banks" / "valid" / "mini.yaml"


def refused(path: Path) -> ProblemsError:
    with pytest.raises(ProblemsError) as err:
        load_bank(path)
    return err.value


def test_alias_bomb_is_refused_fast_with_bounded_memory() -> None:
    bomb = BROKEN / "billion_laughs.yaml"
    assert bomb.stat().st_size < 500
    started = time.perf_counter()
    refused(bomb)
    assert time.perf_counter() - started < 10  # a hang guard (an expanded bomb takes minutes), not a timing
    tracemalloc.start()
    try:
        error = refused(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024, f"peak {peak} bytes"
    assert "expands to more than" in error.problems[0].message


def test_python_tags_are_refused(tmp_path: Path) -> None:
    for tag in ("!!python/object:os.system", "!!python/object/apply:os.system", "!!python/name:os.system"):
        bank = tmp_path / "tag.yaml"
        bank.write_text(VALID.read_text().replace("weight: 1", f"weight: {tag} [x]"))
        (problem,) = refused(bank).problems
        assert "is not allowed" in problem.message and problem.line == 12


def test_duplicate_keys_name_both_lines() -> None:
    (problem,) = refused(BROKEN / "duplicate_key.yaml").problems
    assert problem.line == 13 and "first at line 12" in problem.message


@pytest.mark.parametrize(
    ("raw", "meaning"),
    [("no", "false"), ("on", "true"), ("Off", "false"), ("yes", "true"), ("0123", "83"), ("0x1F", "31")],
)
def test_yaml11_surprises_are_refused_unquoted_and_kept_quoted(raw: str, meaning: str) -> None:
    with pytest.raises(ProblemsError) as err:
        parse_yaml(f"label: {raw}\n", "t.yaml")
    (problem,) = err.value.problems
    assert problem.message.startswith(f"{raw} reads as") and meaning in problem.message
    assert (problem.line, problem.column, problem.path) == (1, 8, "label")
    assert parse_yaml(f'label: "{raw}"\n', "t.yaml").data == {"label": raw}


def test_yaml11_words_that_stay_text_or_are_plain_numbers() -> None:
    # 1e3 has no dot: PyYAML keeps it a text; 1.10 is a number, refused where a text is expected.
    assert parse_yaml("a: 1e3\nb: true\nc: 12\n", "t.yaml").data == {"a": "1e3", "b": True, "c": 12}


def test_a_number_where_a_label_is_expected_is_refused(tmp_path: Path) -> None:
    bank = tmp_path / "float.yaml"
    bank.write_text(VALID.read_text().replace('label: {en: "Yes", fr: "Oui"}', "label: {en: 1.10, fr: Oui}"))
    (problem,) = refused(bank).problems
    assert problem.path == "criteria[0].questions[0].options[0].label.en"
    assert "expected a text; got a number (1.1)" in problem.message


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    bank = tmp_path / "big.yaml"
    bank.write_bytes(b"# " + b"x" * MAX_FILE_BYTES)
    (problem,) = refused(bank).problems
    assert problem.source == str(bank) and f"the limit is {MAX_FILE_BYTES}" in problem.message


@pytest.mark.parametrize("text", ["[" * 10_000 + "]" * 10_000, "a: " + "{b: " * 5_000 + "1" + "}" * 5_000])
def test_deep_nesting_gives_a_message_not_a_recursion_error(tmp_path: Path, text: str) -> None:
    bank = tmp_path / "deep.yaml"
    bank.write_text(text)
    (problem,) = refused(bank).problems
    assert "nested deeper than 64 levels" in problem.message and problem.line == 1


def test_branch_cycles_and_missing_questions_are_refused_with_the_path() -> None:
    for name, path in (
        ("self_reference.yaml", "criteria[0].questions[1].when"),
        ("mutual_follow_ups.yaml", "criteria[0].questions[0].when"),
        ("condition_unknown_question.yaml", "signals[0].when.all[1].equals.question"),
    ):
        (problem,) = refused(BROKEN / name).problems
        assert problem.path == path and problem.line is not None
