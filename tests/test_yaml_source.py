from __future__ import annotations

import pytest

from question_banks.problems import ProblemsError, format_path
from question_banks.yaml_source import parse_yaml


def test_positions_are_recorded_for_values_and_keys() -> None:
    doc = parse_yaml("a: 1\nb:\n  - x\n  - {c: true}\n", "t.yaml")
    assert doc.data == {"a": 1, "b": ["x", {"c": True}]}
    assert doc.marks[("b", 1, "c")].line == 4
    assert doc.key_marks[("b",)].line == 2
    # a missing path is located at its nearest ancestor
    assert doc.locate(("b", 1, "missing")).line == 4


def test_duplicate_keys_are_refused_with_both_lines() -> None:
    with pytest.raises(ProblemsError) as err:
        parse_yaml("a: 1\nb: 2\na: 3\n", "t.yaml")
    (problem,) = err.value.problems
    assert (problem.line, problem.path) == (3, "a")
    assert "duplicate key 'a' (first at line 1)" in problem.message


def test_yaml_11_boolean_keys_stay_text() -> None:
    assert parse_yaml("no: 1\non: 2\n", "t.yaml").data == {"no": 1, "on": 2}


def test_python_tags_are_refused() -> None:
    # safe loading: no object construction from tags
    with pytest.raises(ProblemsError):
        parse_yaml("a: !!python/object/apply:os.system ['true']\n", "t.yaml")


def test_recursive_alias_is_bounded() -> None:
    with pytest.raises(ProblemsError) as err:
        parse_yaml("a: &x [*x]\n", "t.yaml")
    assert "an alias refers to itself" in err.value.problems[0].message


def test_alias_expansion_is_bounded_by_node_count() -> None:
    text = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
    text += "b: &b [" + ",".join(["*a"] * 10) + "]\n"
    text += "c: [" + ",".join(["*b"] * 10) + "]\n"
    assert len(parse_yaml(text, "t.yaml").data["c"]) == 10  # 1,000 values: fine
    with pytest.raises(ProblemsError) as err:
        parse_yaml(text, "t.yaml", max_nodes=500)
    assert "expands to more than 500 values" in err.value.problems[0].message


def test_merge_keys_are_refused_clearly() -> None:
    with pytest.raises(ProblemsError) as err:
        parse_yaml("base: &b {x: 1}\nother:\n  <<: *b\n", "t.yaml")
    assert "merge keys" in err.value.problems[0].message


def test_format_path() -> None:
    assert format_path(("criteria", 2, "questions", 0, "kind")) == "criteria[2].questions[0].kind"
    assert format_path(()) == ""


@pytest.mark.parametrize("raw", ["1_10", "51_200", "1:30"])
def test_yaml11_number_traps_are_refused(raw: str) -> None:
    with pytest.raises(ProblemsError) as err:
        parse_yaml(f"value: {raw}\n", "t.yaml")
    assert f"{raw} reads as a number in YAML 1.1; quote it" in err.value.problems[0].message
    assert parse_yaml(f'value: "{raw}"\n', "t.yaml").data == {"value": raw}
