"""Find every bank: the shipped ones, then the user's folders, where a same id replaces."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from question_banks.cache import load_bank_cached
from question_banks.facts import check_facts
from question_banks.loader import bank_files
from question_banks.problems import Problem, ProblemsError
from question_banks.schema import Bank

SHIPPED_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class BankEntry:
    bank: Bank
    source: Path
    shipped: bool
    replaces: Path | None = None  # the file of the bank this one replaces


@dataclass
class Catalog:
    entries: dict[str, BankEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __contains__(self, bank_id: str) -> bool:
        return bank_id in self.entries

    def bank(self, bank_id: str) -> Bank:
        return self.entries[bank_id].bank

    def ids(self) -> list[str]:
        return list(self.entries)

    def banks(self) -> list[Bank]:
        return [e.bank for e in self.entries.values()]


def discover(
    extra_dirs: Sequence[Path] = (), *, shipped_dir: Path = SHIPPED_DIR, cache_dir: Path | None = None
) -> Catalog:
    """Load shipped banks, then each extra folder in order; problems are collected, not raised.

    With `cache_dir`, validated banks are cached there (see cache.py).
    """
    catalog = Catalog()
    _load_folder(catalog, shipped_dir, shipped=True, cache_dir=cache_dir)
    for folder in extra_dirs:
        if not folder.is_dir():
            catalog.problems.append(Problem(str(folder), "bank folder not found"))
            continue
        _load_folder(catalog, folder, shipped=False, cache_dir=cache_dir)
    catalog.problems.extend(check_facts((e.bank, e.source) for e in catalog.entries.values()))
    return catalog


def _load_folder(catalog: Catalog, folder: Path, *, shipped: bool, cache_dir: Path | None) -> None:
    try:
        files = bank_files(folder)
    except OSError as exc:
        catalog.problems.append(Problem(str(folder), f"cannot read the folder: {exc.strerror}"))
        return
    for path in files:
        try:
            bank = load_bank_cached(path, cache_dir)
        except ProblemsError as exc:
            catalog.problems.extend(exc.problems)
            continue
        previous = catalog.entries.get(bank.id)
        if previous is not None and (shipped or not previous.shipped):
            catalog.problems.append(
                Problem(
                    str(path),
                    f"bank id '{bank.id}' is already defined in {previous.source}; this file is ignored",
                )
            )
            continue
        catalog.entries[bank.id] = BankEntry(
            bank=bank,
            source=path,
            shipped=shipped,
            replaces=previous.source if previous is not None else None,
        )
