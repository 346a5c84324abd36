"""User bank folders: a same id replaces a shipped bank; conflicts are reported, not guessed."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from question_banks import cache
from question_banks.catalog import SHIPPED_DIR, Catalog, discover
from question_banks.profile import TeamProfile, check_profile
from question_banks.schema import Text

from .conftest import FIXTURES

MINI = FIXTURES / "banks" / "valid" / "mini.yaml"
Discover = Callable[[Sequence[Path]], Catalog]


@pytest.fixture(params=["no cache", "warm cache"])
def load(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Discover:
    """discover() itself, or its second call with a cache folder: both must find the same."""
    if request.param == "no cache":
        return discover
    monkeypatch.setattr(cache, "SETTLED_NS", 0)  # the test's files were written a moment ago

    def warm(extra_dirs: Sequence[Path]) -> Catalog:
        discover(extra_dirs, cache_dir=tmp_path / "cache")
        return discover(extra_dirs, cache_dir=tmp_path / "cache")

    return warm


def _user_bant(folder: Path, name: str = "Our BANT") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = (
        (SHIPPED_DIR / "bant.yaml")
        .read_text()
        .replace("en: BANT (Budget, Authority, Need, Timeline)", f"en: {name}", 1)
    )
    path = folder / "bant.yaml"
    path.write_text(text)
    return path


def test_user_bank_replaces_shipped_one(tmp_path: Path, load: Discover) -> None:
    user = _user_bant(tmp_path / "team")
    catalog = load([tmp_path / "team"])
    entry = catalog.entries["bant"]
    assert entry.bank.name.en == "Our BANT"
    assert entry.source == user and not entry.shipped
    assert entry.replaces == SHIPPED_DIR / "bant.yaml"
    assert catalog.problems == []


def test_new_user_bank_is_added(tmp_path: Path, load: Discover) -> None:
    (tmp_path / "team").mkdir()
    shutil.copy(MINI, tmp_path / "team" / "mini.yaml")
    catalog = load([tmp_path / "team"])
    assert "mini" in catalog and catalog.entries["mini"].replaces is None


def test_same_id_in_two_user_folders_is_a_problem(tmp_path: Path, load: Discover) -> None:
    _user_bant(tmp_path / "a", "A")
    second = _user_bant(tmp_path / "b", "B")
    catalog = load([tmp_path / "a", tmp_path / "b"])
    assert catalog.entries["bant"].bank.name.en == "A"
    (problem,) = catalog.problems
    assert problem.source == str(second) and "already defined" in problem.message


def test_missing_folder_and_broken_bank_are_reported(tmp_path: Path, load: Discover) -> None:
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "bad.yaml").write_text("id: [\n")
    catalog = load([tmp_path / "nowhere", tmp_path / "team"])
    messages = [p.message for p in catalog.problems]
    assert "bank folder not found" in messages[0]
    assert "YAML syntax error" in messages[1]
    assert "bant" in catalog  # the shipped banks still load


def test_a_fact_must_take_the_same_answers_everywhere(tmp_path: Path, load: Discover) -> None:
    (tmp_path / "team").mkdir()
    text = MINI.read_text().replace(
        "id: mini.need.exists", "id: mini.need.exists\n        fact: budget.allocated"
    )
    (tmp_path / "team" / "mini.yaml").write_text(text)
    catalog = load([tmp_path / "team"])
    (problem,) = catalog.problems
    assert problem.path == "criteria[0].questions[0].fact"
    assert "fact 'budget.allocated' is yes_no" in problem.message
    assert "must take the same answers" in problem.message


def test_profile_targets_are_checked_against_the_bank() -> None:
    catalog = discover()
    profile = TeamProfile(
        id="t",
        name=Text(en="T", fr="T"),
        targets={"company_size": ("huge",), "colour": ("red",)},
    )
    problems = check_profile(profile, catalog.bank("icp"), "team.yaml")
    assert [p.path for p in problems] == ["targets.company_size", "targets.colour"]
    assert "'huge' is not an option of icp." in problems[0].message
    assert "unknown target 'colour'" in problems[1].message
