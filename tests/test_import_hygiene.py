"""The data layers run without the UI: they must never import textual."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "question_banks.catalog",
        "question_banks.profile",
        "question_banks.schema",
        "storage",
        "interview.settings",
        "interview.engine.engine",
        "interview.engine.report",
        "interview.answers_file",
        "interview.app_factory",
        "interview.cli",
    ],
)
def test_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; print([m for m in sys.modules if m.split('.')[0] == 'textual'])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_question_banks_imports_nothing_else_of_the_project() -> None:
    code = (
        "import sys, question_banks.catalog, question_banks.profile; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'interview', 'storage'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]"
