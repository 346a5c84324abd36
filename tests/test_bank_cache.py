"""The validated-bank cache: hits give the same bank, edits miss, damage is ignored."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel

from question_banks import cache, catalog
from question_banks.cache import cache_key, load_bank_cached
from question_banks.catalog import SHIPPED_DIR, Catalog, discover
from question_banks.loader import load_bank
from question_banks.problems import ProblemsError

from .conftest import FIXTURES

MINI = FIXTURES / "banks" / "valid" / "mini.yaml"
KINDS = FIXTURES / "banks" / "valid" / "kinds.yaml"


def assert_same(a: object, b: object, where: str = "bank") -> None:
    """Equal, and alike where == does not look: the fields a file set, each value's type, and the
    condition fields left out of comparisons (their paths, the words as written)."""
    assert type(a) is type(b), where
    if isinstance(a, BaseModel):
        assert isinstance(b, BaseModel)
        assert a.model_fields_set == b.model_fields_set, where
        for name in type(a).model_fields:
            assert_same(getattr(a, name), getattr(b, name), f"{where}.{name}")
    elif dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            assert_same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, (tuple, list)):
        assert isinstance(b, (tuple, list)) and len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same(x, y, f"{where}[{i}]")
    elif isinstance(a, dict):
        assert isinstance(b, dict) and list(a) == list(b), where
        for key in a:
            assert_same(a[key], b[key], f"{where}[{key!r}]")
    else:
        assert a == b, where


def assert_same_catalog(warm: Catalog, fresh: Catalog) -> None:
    assert list(warm.entries) == list(fresh.entries)
    for bank_id, entry in fresh.entries.items():
        assert_same(warm.entries[bank_id], entry, bank_id)
    assert warm.problems == fresh.problems


@pytest.fixture
def settled_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """Trust stat data of files written a moment ago (tests write them, then load at once)."""
    monkeypatch.setattr(cache, "SETTLED_NS", 0)


def _catalog_entries(cache_dir: Path) -> list[Path]:
    return list(cache_dir.glob("catalog-*.cache"))


def _team(tmp_path: Path, *sources: Path) -> Path:
    team = tmp_path / "team"
    team.mkdir(exist_ok=True)
    for source in sources:
        shutil.copy(source, team / source.name)
    return team


def test_warm_load_equals_cold_load(
    tmp_path: Path, settled_now: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = discover(cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == len(cold.entries)  # one entry per bank file
    assert len(_catalog_entries(tmp_path)) == 1  # and one for the whole catalog
    with monkeypatch.context() as m:
        m.setattr(catalog, "load_bank", None)  # the warm load reads the catalog entry alone
        m.setattr(catalog, "load_bank_data", None)
        warm = discover(cache_dir=tmp_path)
    assert warm.banks() == cold.banks() == discover().banks()


def test_cached_banks_are_the_banks_loaded_from_yaml(tmp_path: Path, settled_now: None) -> None:
    fresh = discover()
    discover(cache_dir=tmp_path)
    assert_same_catalog(discover(cache_dir=tmp_path), fresh)
    # Through the per-file entries too (the catalog entry gone, as after an edit elsewhere).
    for entry in _catalog_entries(tmp_path):
        entry.unlink()
    assert_same_catalog(discover(cache_dir=tmp_path), fresh)
    for path in sorted(SHIPPED_DIR.glob("*.yaml")):
        assert_same(load_bank_cached(path, tmp_path), load_bank(path), path.name)


def test_user_folders_warm_equal_cold(tmp_path: Path, settled_now: None) -> None:
    team = _team(tmp_path, MINI, KINDS)
    shutil.copy(SHIPPED_DIR / "bant.yaml", team / "bant.yaml")  # replaces the shipped bant
    fresh = discover([team, tmp_path / "nowhere"])
    cache_dir = tmp_path / "cache"
    assert_same_catalog(discover([team, tmp_path / "nowhere"], cache_dir=cache_dir), fresh)
    assert_same_catalog(discover([team, tmp_path / "nowhere"], cache_dir=cache_dir), fresh)
    assert fresh.entries["bant"].replaces == SHIPPED_DIR / "bant.yaml"
    assert [p.message for p in fresh.problems] == ["bank folder not found"]


def test_an_edited_bank_misses_the_cache(tmp_path: Path) -> None:
    bank_file = tmp_path / "bant.yaml"
    shutil.copy(SHIPPED_DIR / "bant.yaml", bank_file)
    cache_dir = tmp_path / "cache"
    assert load_bank_cached(bank_file, cache_dir).name.en.startswith("BANT")
    bank_file.write_text(bank_file.read_text().replace("en: BANT (Budget", "en: Edited (Budget", 1))
    assert load_bank_cached(bank_file, cache_dir).name.en.startswith("Edited")


def test_an_edited_bank_misses_the_catalog_entry(tmp_path: Path, settled_now: None) -> None:
    team = _team(tmp_path, MINI)
    bank_file = team / "mini.yaml"
    cache_dir = tmp_path / "cache"
    assert discover([team], cache_dir=cache_dir).bank("mini").name.en == "Mini"
    bank_file.write_text(bank_file.read_text().replace("{en: Mini,", "{en: Edited mini,", 1))
    assert discover([team], cache_dir=cache_dir).bank("mini").name.en == "Edited mini"


def test_an_edit_that_keeps_size_and_mtime_still_misses(tmp_path: Path, settled_now: None) -> None:
    # cp -p, tar and rsync restore an older mtime; the ctime they cannot restore tells the edit.
    team = _team(tmp_path, MINI)
    bank_file = team / "mini.yaml"
    cache_dir = tmp_path / "cache"
    before = bank_file.stat()
    assert discover([team], cache_dir=cache_dir).bank("mini").name.en == "Mini"
    bank_file.write_text(bank_file.read_text().replace("{en: Mini,", "{en: Maxi,", 1))
    os.utime(bank_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert bank_file.stat().st_size == before.st_size
    assert discover([team], cache_dir=cache_dir).bank("mini").name.en == "Maxi"


def test_a_file_changed_a_moment_ago_is_not_keyed_by_its_stat_data(tmp_path: Path) -> None:
    # Two writes within one timestamp tick can leave the same stat data: only the bytes tell.
    team = _team(tmp_path, MINI)
    cache_dir = tmp_path / "cache"
    assert discover([team], cache_dir=cache_dir).bank("mini").name.en == "Mini"
    assert not _catalog_entries(cache_dir)
    assert len(list(cache_dir.glob("*.json"))) == 9  # the per-file entries, keyed by the bytes, serve


def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path: Path) -> None:
    bank_file = SHIPPED_DIR / "meddic.yaml"
    entry = tmp_path / f"{cache_key(bank_file.read_bytes())}.json"
    entry.write_bytes(b"\x80\x04not json at all")
    assert load_bank_cached(bank_file, tmp_path) == load_bank(bank_file)
    assert entry.read_bytes().startswith(b"{")


def test_a_tampered_entry_cannot_smuggle_a_control_character(tmp_path: Path) -> None:
    bank_file = SHIPPED_DIR / "bant.yaml"
    entry = tmp_path / f"{cache_key(bank_file.read_bytes())}.json"
    load_bank_cached(bank_file, tmp_path)
    entry.write_bytes(entry.read_bytes().replace(b'"en":"BANT', b'"en":"\\u001b[2JBANT', 1))
    assert b"\\u001b" in entry.read_bytes()
    assert load_bank_cached(bank_file, tmp_path) == load_bank(bank_file)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data + b" ", id="trailing byte"),
        pytest.param(lambda data: b"\x80\x04\x95" + data, id="pickle header"),
        pytest.param(lambda data: data.replace(b'"size": ', b'"size": 1', 1), id="wrong size"),
        pytest.param(lambda data: data.replace(b'"key": "', b'"key": "0', 1), id="other key"),
        pytest.param(lambda data: data.replace(b'"source": "/', b'"source": "/x/', 1), id="other source"),
        pytest.param(lambda data: data.replace(b'"problems": []', b'"problems": 7', 1), id="not a list"),
        pytest.param(lambda data: data.replace(b"\n", b" ", 1), id="no header line"),
        pytest.param(lambda data: b"[" * 100_000 + b"\n" + data, id="deep nesting"),
        pytest.param(lambda data: data.replace(b'"shipped": true', b'"shipped": false', 1), id="not shipped"),
        pytest.param(lambda data: data.replace(b'"en":"BANT', b'"en":"\\u009bBANT', 1), id="control char"),
        pytest.param(lambda data: data.replace(b'"kind":"yes_no"', b'"kind":"maybe"', 1), id="bad kind"),
    ],
)
def test_a_damaged_catalog_entry_is_ignored_and_rewritten(
    tmp_path: Path, settled_now: None, damage: object
) -> None:
    fresh = discover()
    discover(cache_dir=tmp_path)
    (entry,) = _catalog_entries(tmp_path)
    good = entry.read_bytes()
    assert callable(damage)
    entry.write_bytes(damage(good))
    assert_same_catalog(discover(cache_dir=tmp_path), fresh)
    assert entry.read_bytes() == good


def test_a_broken_bank_is_never_cached(tmp_path: Path) -> None:
    broken = FIXTURES / "banks" / "broken" / "unknown_key.yaml"
    with pytest.raises(ProblemsError):
        load_bank_cached(broken, tmp_path)
    assert not list(tmp_path.glob("*.json"))


def _problem_folders(tmp_path: Path) -> list[Path]:
    team = _team(tmp_path, FIXTURES / "banks" / "broken" / "unknown_key.yaml")
    text = MINI.read_text().replace(
        "id: mini.need.exists", "id: mini.need.exists\n        fact: budget.allocated"
    )
    (team / "mini.yaml").write_text(text)  # a fact that takes other answers than in the shipped banks
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(MINI, other / "mini.yaml")  # the same id again
    return [team, other, tmp_path / "nowhere"]


def test_cross_bank_problems_are_reported_on_a_warm_load(
    tmp_path: Path, settled_now: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = _problem_folders(tmp_path)
    cache_dir = tmp_path / "cache"
    fresh = discover(folders)
    messages = [p.message for p in fresh.problems]
    assert any("unknown key" in m for m in messages)
    assert any("already defined" in m for m in messages)
    assert any("bank folder not found" in m for m in messages)
    assert any("must take the same answers" in m for m in messages)
    assert_same_catalog(discover(folders, cache_dir=cache_dir), fresh)
    assert len(_catalog_entries(cache_dir)) == 1
    with monkeypatch.context() as m:
        m.setattr(catalog, "load_bank", None)  # the warm load reads the catalog entry alone
        m.setattr(catalog, "load_bank_data", None)
        m.setattr(catalog, "check_facts", None)  # cross-bank checks included
        warm = discover(folders, cache_dir=cache_dir)
    assert_same_catalog(warm, fresh)


def test_a_bank_that_json_would_change_is_never_cached(tmp_path: Path, settled_now: None) -> None:
    # JSON has no dates: a date in a condition would come back as its ISO text. Not cached.
    signal = """signals:
  - id: late
    kind: warning
    message: {en: Late., fr: Tard.}
    explanation: {en: Decided late., fr: Décision tardive.}
    when: {gt: {question: kinds.second.date, value: 2026-03-31}}
"""
    team = _team(tmp_path)
    (team / "kinds.yaml").write_text(KINDS.read_text() + signal)
    cache_dir = tmp_path / "cache"
    fresh = discover([team])
    for _ in range(2):
        assert_same_catalog(discover([team], cache_dir=cache_dir), fresh)
    assert not _catalog_entries(cache_dir)
    assert len(list(cache_dir.glob("*.json"))) == 8  # the shipped banks only
