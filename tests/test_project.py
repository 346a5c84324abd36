"""The project's own promises: lint clean, and the README's commands are the ones CI runs."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from .conftest import ROOT


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", quick_start)


def test_readme_quick_start_has_two_one_line_commands() -> None:
    run_app, run_tests = _readme_commands()
    assert run_app.endswith("&& qualify") and "pip install -e ." in run_app
    assert 'pip install -e ".[test]"' in run_tests and "pytest" in run_tests


def test_ci_runs_the_readme_test_command_exactly() -> None:
    _, run_tests = _readme_commands()
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert run_tests in ci


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff comes with the test extra")
def test_ruff_is_clean() -> None:
    done = subprocess.run(
        ["ruff", "check", "--quiet", str(ROOT)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
