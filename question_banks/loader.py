"""Load one bank file: safe YAML, schema validation, whole-bank checks, every problem reported."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from question_banks.model import Bank, from_validated
from question_banks.problems import Problem, ProblemsError

BANK_SUFFIXES = (".yaml", ".yml")


def load_bank(path: Path) -> Bank:
    """Return the validated bank in `path`, or raise ProblemsError listing everything wrong.

    YAML, pydantic and the checks are imported here, not at start-up: a warm start reads banks
    from the cache and never needs them.
    """
    from question_banks import schema
    from question_banks.checks import check_bank
    from question_banks.validation import validate_document
    from question_banks.yaml_source import read_yaml_file

    doc = read_yaml_file(path)
    validated, problems = validate_document(doc, schema.Bank)
    if validated is not None:
        problems = [doc.problem(where, message) for where, message in check_bank(validated)]
    if problems or validated is None:
        raise ProblemsError(problems)
    bank: Bank = from_validated(validated)
    return bank


def bank_files(folder: Path) -> list[Path]:
    """The bank files directly inside `folder` (sub-folders hold profiles and scenarios)."""
    return sorted(p for p in folder.iterdir() if p.suffix in BANK_SUFFIXES and p.is_file())


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        yield from bank_files(path) if path.is_dir() else [path]


def validate_paths(paths: Iterable[Path]) -> tuple[int, list[Problem]]:
    """Check every bank file in `paths`; return how many files were checked and all problems."""
    problems: list[Problem] = []
    count = 0
    for path in paths:
        if not path.exists():
            problems.append(Problem(str(path), "no such file or folder"))
            continue
        files = list(expand_paths([path]))
        if path.is_dir() and not files:
            problems.append(Problem(str(path), "no .yaml bank file in this folder"))
        for file in files:
            count += 1
            try:
                load_bank(file)
            except ProblemsError as exc:
                problems.extend(exc.problems)
    return count, problems
