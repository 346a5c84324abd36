"""Practice scenarios load like banks: shipped ones are valid, broken ones say file, line and problem."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from interview import training
from question_banks.catalog import Catalog, discover
from question_banks.model import Bank
from question_banks.problems import Problem, ProblemsError
from question_banks.scenario_schema import scenario_json_schema
from question_banks.scenarios import SCENARIOS_DIR, load_scenario, resolve_truth, scenario_files

from .conftest import FIXTURES

SCENARIOS = FIXTURES / "scenarios"
SHIPPED = scenario_files(SCENARIOS_DIR)
# The articles' cases the issue asks for, one scenario each.
ARTICLE_CASES = {
    "fortune_1000_ceo",
    "friday_monday_saas",
    "agency_minimum_budget",
    "crm_mobile_app",
    "meddic_sound_deal",
    "soncase_security",
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    found = discover()
    assert found.problems == []
    return found


@pytest.fixture(scope="module")
def banks(catalog: Catalog) -> dict[str, Bank]:
    return {bank_id: entry.bank for bank_id, entry in catalog.entries.items()}


def problems_of(path: Path, banks: dict[str, Bank]) -> list[Problem]:
    with pytest.raises(ProblemsError) as caught:
        training.load(path, banks)
    return caught.value.problems


def test_at_least_six_scenarios_ship_covering_the_articles_cases(catalog: Catalog) -> None:
    found = training.discover(catalog=catalog)
    assert found.problems == []
    assert len(found.entries) >= 6
    assert set(found.ids()) >= ARTICLE_CASES
    assert all(entry.shipped and entry.replaces is None for entry in found.entries.values())


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_each_shipped_scenario_loads(path: Path, banks: dict[str, Bank]) -> None:
    scenario = training.load(path, banks)
    assert scenario.id == path.stem
    assert scenario.difficulty in ("easy", "medium", "hard")
    for text in (
        scenario.title,
        scenario.brief,
        scenario.truth,
        scenario.persona.role,
        scenario.default_reply,
    ):
        assert text.en.strip() and text.fr.strip() and text.en != text.fr
    for reply in scenario.replies:
        assert reply.say.en != reply.say.fr, reply.ref
    # every framework has an expected outcome; every must-ask has a reply with something to say
    assert set(scenario.frameworks) == set(scenario.expected.verdicts) | set(scenario.expected.motives)
    assert all(scenario.reply(ref) is not None for ref in scenario.expected.must_ask)
    assert scenario.expected.signals and scenario.traps


def test_the_valid_fixture_loads_with_the_engine_check_and_without(banks: dict[str, Bank]) -> None:
    path = SCENARIOS / "valid_mini.yaml"
    assert training.load(path, banks).id == "mini_call"
    assert load_scenario(path, banks).id == "mini_call"  # question_banks' own value check


# file -> (line, column, path, message fragment)
BROKEN: dict[str, tuple[int, int, str, str]] = {
    "unknown_question.yaml": (
        20,
        3,
        "replies.need.severty",
        "unknown fact or question 'need.severty' (did you mean 'need.severity'?)",
    ),
    "bad_truth.yaml": (
        22,
        12,
        "replies.need.severity.truth",
        "bant.need.severity: 'urgent' is not one of its options ('must_have', 'important', "
        "'nice_to_have', 'none')",
    ),
    "unknown_signal.yaml": (
        25,
        13,
        "expected.signals[0]",
        "unknown signal 'must_have_needs' in the bant bank (did you mean 'must_have_need'?)",
    ),
    "missing_french.yaml": (
        21,
        10,
        "replies.need.severity.say.fr",
        "missing French text: every text a person reads needs both 'en' and 'fr'",
    ),
    "syntax_error.yaml": (14, 6, "", "YAML syntax error: did not find expected ',' or '}'"),
    "unknown_framework.yaml": (6, 14, "frameworks[0]", "unknown framework 'bnat'"),
    "question_with_fact.yaml": (
        17,
        3,
        "replies.bant.need.pain",
        "bant.need.pain stores its answer under the shared fact 'need.pain': write 'need.pain'",
    ),
    "not_asked_by_frameworks.yaml": (
        20,
        3,
        "replies.metrics.target",
        "'metrics.target' is not asked by this scenario's frameworks (bant)",
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_scenario_names_file_line_and_problem(name: str, banks: dict[str, Bank]) -> None:
    line, column, path, message = BROKEN[name]
    problems = problems_of(SCENARIOS / name, banks)
    first = problems[0]
    assert first.source.endswith(f"scenarios/{name}")
    assert (first.line, first.column, first.path) == (line, column, path), str(first)
    assert message in first.message
    assert str(first).startswith(f"{first.source}:{line}:{column}:")


def test_an_unknown_framework_is_reported_once_not_for_every_reference(banks: dict[str, Bank]) -> None:
    assert len(problems_of(SCENARIOS / "unknown_framework.yaml", banks)) == 1


def test_every_problem_of_a_file_is_reported(banks: dict[str, Bank]) -> None:
    # the misspelt reply also leaves a must-ask without a reply: both are said, each at its line
    problems = problems_of(SCENARIOS / "unknown_question.yaml", banks)
    assert [(p.line, p.path) for p in problems] == [
        (20, "replies.need.severty"),
        (26, "expected.must_ask[1]"),
    ]
    assert "has no reply" in problems[1].message


def test_without_the_engine_question_banks_still_refuses_a_bad_truth(banks: dict[str, Bank]) -> None:
    with pytest.raises(ProblemsError) as caught:
        load_scenario(SCENARIOS / "bad_truth.yaml", banks)
    assert "'urgent' is not an option of bant.need.severity" in caught.value.problems[0].message


def test_scenarios_in_an_extra_bank_folder(tmp_path: Path, catalog: Catalog) -> None:
    folder = tmp_path / "team"
    (folder / "scenarios").mkdir(parents=True)
    own = (SCENARIOS / "valid_mini.yaml").read_text().replace("id: mini_call", "id: fortune_1000_ceo")
    (folder / "scenarios" / "ceo.yaml").write_text(own)
    shutil.copy(SCENARIOS / "bad_truth.yaml", folder / "scenarios" / "bad.yaml")
    (folder / "scenarios" / "notes.txt").write_text("not a scenario")
    found = training.discover([folder], catalog=catalog)
    entry = found.entries["fortune_1000_ceo"]
    assert entry.source == folder / "scenarios" / "ceo.yaml" and not entry.shipped
    assert entry.replaces == SCENARIOS_DIR / "fortune_1000_ceo.yaml"
    assert [p.source for p in found.problems] == [str(folder / "scenarios" / "bad.yaml")]
    # a bank folder without scenarios is fine
    assert training.discover([tmp_path], catalog=catalog).problems == []


def test_replies_default_and_once_asked(banks: dict[str, Bank], catalog: Catalog) -> None:
    scenario = training.discover(catalog=catalog).scenario("agency_minimum_budget")
    amount = next(q for q in banks["champ"].questions() if q.key == "budget.amount")
    cold = scenario.reply_to(amount)
    informed = scenario.reply_to(amount, asked={"priority.level", "need.pain"})
    assert "1,500" in cold.en and "1 500" in cold.fr
    assert "6,000" in informed.en and "6 000" in informed.fr
    unscripted = next(q for q in banks["champ"].questions() if q.id == "champ.money.holder")
    assert scenario.reply_to(unscripted) == scenario.default_reply


def test_relative_truth_dates_follow_the_call() -> None:
    day = dt.date(2026, 11, 23)
    assert resolve_truth("+8d", day) == dt.date(2026, 12, 1)
    assert resolve_truth("+2m", day) == dt.date(2027, 1, 23)
    assert resolve_truth("Not a date", day) == "Not a date"
    assert resolve_truth(dt.date(2027, 1, 1), day) == dt.date(2027, 1, 1)


def test_scenario_json_schema_for_editors() -> None:
    schema = scenario_json_schema()
    assert schema["title"] == "qualify practice scenario"
    assert {"replies", "expected", "persona", "truth"} <= set(schema["required"])


def test_layers_stay_apart() -> None:
    code = (
        "import sys, question_banks.scenarios, question_banks.scenario_schema; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'interview', 'storage', 'textual'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    code = (
        "import sys, interview.training, interview.training.grading, interview.training.scripted; "
        "print([m for m in sys.modules if m.split('.')[0] == 'textual'])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
