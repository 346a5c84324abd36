"""One fixture per failure mode; each asserts the file, line, path and message a trainer reads."""

from __future__ import annotations

import resource
import threading
import time
from pathlib import Path

import pytest

from question_banks.loader import load_bank, validate_paths
from question_banks.problems import ProblemsError

from .conftest import FIXTURES

BROKEN = FIXTURES / "banks" / "broken"

# file -> (line, column or None, path (None: any), message fragment)
CASES: dict[str, tuple[int | None, int | None, str | None, str]] = {
    "syntax_error.yaml": (4, 6, "", "YAML syntax error: did not find expected ',' or '}'"),
    "wrong_type.yaml": (12, 13, "criteria[0].weight", "expected a number; got 'heavy'"),
    "unknown_key.yaml": (
        23,
        9,
        "criteria[0].questions[1].optoins",
        "unknown key 'optoins' (did you mean 'options'?)",
    ),
    "duplicate_id.yaml": (
        21,
        13,
        "criteria[0].questions[1].id",
        "duplicate question id 'mini.need.exists' (also criteria[0].questions[0])",
    ),
    "duplicate_option.yaml": (
        21,
        21,
        "criteria[0].questions[0].options[2].value",
        "duplicate option value 'urgent' (also options[0])",
    ),
    "missing_french.yaml": (
        24,
        14,
        "criteria[0].questions[1].tip.fr",
        "missing French text: every text a person reads needs both 'en' and 'fr'",
    ),
    "bad_kind.yaml": (
        22,
        15,
        "criteria[0].questions[1].kind",
        "expected one of yes_no, choice, multi_choice, scale, number, money, date, text; "
        "got 'scales' (did you mean 'scale'?)",
    ),
    "duplicate_key.yaml": (13, 5, "criteria[0].weight", "duplicate key 'weight' (first at line 12)"),
    "plain_text.yaml": (
        23,
        15,
        "criteria[0].questions[1].text",
        "expected a text in both languages, {en: ..., fr: ...}; got 'How big?'",
    ),
    "yes_no_without_options.yaml": (14, 9, "criteria[0].questions[0]", "a yes_no question needs 'options'"),
    "wrong_prefix.yaml": (
        21,
        13,
        "criteria[0].questions[1].id",
        "must start with the bank id 'mini.'",
    ),
    "control_character.yaml": (
        17,
        19,
        "criteria[0].questions[0].tip.en",
        "contains the control character U+001B",
    ),
    "not_a_mapping.yaml": (1, 1, "", "expected a mapping of keys (id, name, ...), got a list"),
    "empty.yaml": (None, None, "", "got an empty file"),
    "not_utf8.yaml": (17, None, "", "the file is not UTF-8 text"),
    "billion_laughs.yaml": (6, None, None, "expands to more than 200000 values"),
    "deep_nesting.yaml": (1, 66, None, "nested deeper than 64 levels; refused"),
    "yaml11_boolean_value.yaml": (
        26,
        21,
        "criteria[0].questions[1].options[0].value",
        'no reads as false in YAML 1.1; quote it ("no") if it is a text, or write false',
    ),
    "yaml11_octal_label.yaml": (
        26,
        47,
        "criteria[0].questions[1].options[0].label.en",
        '0123 reads as the number 83 in YAML 1.1; quote it ("0123")',
    ),
    "self_reference.yaml": (
        23,
        15,
        "criteria[0].questions[1].when",
        "follow-up cycle mini.need.size → mini.need.size: these questions would never be asked",
    ),
    "mutual_follow_ups.yaml": (
        16,
        15,
        "criteria[0].questions[0].when",
        "follow-up cycle mini.need.exists → mini.need.size → mini.need.exists",
    ),
    "condition_unknown_question.yaml": (
        34,
        31,
        "signals[0].when.all[1].equals.question",
        "unknown question or fact 'mini.need.exist' (not asked by the mini bank)",
    ),
    "condition_wrong_type.yaml": (
        31,
        50,
        "signals[0].when.gt.value",
        "a scale answer is a whole number from 1 to 5, not 'huge'",
    ),
    "condition_bad_operator.yaml": (
        31,
        54,
        "signals[0].when.any[1].equls",
        "unknown operator 'equls' (did you mean 'equals'?)",
    ),
    "python_tag.yaml": (
        12,
        13,
        "criteria[0].weight",
        "the tag !!python/object/apply:os.system is not allowed",
    ),
}


def test_every_broken_fixture_has_a_case() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.yaml")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_bank_is_refused_with_a_precise_message(name: str) -> None:
    line, column, path, fragment = CASES[name]
    with pytest.raises(ProblemsError) as err:
        load_bank(BROKEN / name)
    problems = err.value.problems
    assert len(problems) == 1, [str(p) for p in problems]
    (problem,) = problems
    assert problem.source == str(BROKEN / name)
    assert fragment in problem.message
    if path is not None:
        assert problem.path == path
    assert problem.line == line
    if column is not None:
        assert problem.column == column
    # the one-line form a trainer reads: file:line:col: path: message
    assert str(problem).startswith(str(BROKEN / name))


def test_several_problems_in_one_file_are_all_reported(tmp_path: Path) -> None:
    text = (FIXTURES / "banks" / "valid" / "mini.yaml").read_text()
    text = text.replace("weight: 1", "weight: heavy").replace("kind: scale", "kind: scales")
    text = text.replace("tip: {en: Ask., fr: Demandez.}", "tip: {en: Ask.}")
    bank = tmp_path / "multi.yaml"
    bank.write_text(text)
    count, problems = validate_paths([bank])
    assert count == 1
    assert sorted(p.path for p in problems) == [
        "criteria[0].questions[1].kind",
        "criteria[0].questions[1].tip.fr",
        "criteria[0].weight",
    ]


def test_validate_reports_every_file_in_a_folder() -> None:
    count, problems = validate_paths([BROKEN])
    assert count == len(CASES)
    assert {Path(p.source).name for p in problems} == set(CASES)


def test_billion_laughs_neither_hangs_nor_eats_memory() -> None:
    """9**9 strings once expanded: refused quickly and with little memory."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcome: list[BaseException] = []

    def load() -> None:
        try:
            load_bank(BROKEN / "billion_laughs.yaml")
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=load, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "loading an alias bomb must not hang"
    assert isinstance(outcome[0], ProblemsError)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 200 * 1024, f"peak memory grew by {grown_kib} KiB"
    assert time.monotonic() - started < 30
