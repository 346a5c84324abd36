"""The validated-bank cache: hits give the same bank, edits miss, damage is ignored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from question_banks.cache import cache_key, load_bank_cached
from question_banks.catalog import SHIPPED_DIR, discover
from question_banks.loader import load_bank
from question_banks.problems import ProblemsError

from .conftest import FIXTURES


def test_warm_load_equals_cold_load(tmp_path: Path) -> None:
    cold = discover(cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == len(cold.entries)
    warm = discover(cache_dir=tmp_path)
    assert warm.banks() == cold.banks() == discover().banks()


def test_an_edited_bank_misses_the_cache(tmp_path: Path) -> None:
    bank_file = tmp_path / "bant.yaml"
    shutil.copy(SHIPPED_DIR / "bant.yaml", bank_file)
    cache = tmp_path / "cache"
    assert load_bank_cached(bank_file, cache).name.en.startswith("BANT")
    bank_file.write_text(bank_file.read_text().replace("en: BANT (Budget", "en: Edited (Budget", 1))
    assert load_bank_cached(bank_file, cache).name.en.startswith("Edited")


def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path: Path) -> None:
    bank_file = SHIPPED_DIR / "meddic.yaml"
    entry = tmp_path / f"{cache_key(bank_file.read_bytes())}.json"
    entry.write_bytes(b"\x80\x04not json at all")
    assert load_bank_cached(bank_file, tmp_path) == load_bank(bank_file)
    assert entry.read_bytes().startswith(b"{")


def test_a_broken_bank_is_never_cached(tmp_path: Path) -> None:
    broken = FIXTURES / "banks" / "broken" / "unknown_key.yaml"
    with pytest.raises(ProblemsError):
        load_bank_cached(broken, tmp_path)
    assert not list(tmp_path.glob("*.json"))
