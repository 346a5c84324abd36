from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """An environment with no QUALIFY_* settings and per-user dirs inside tmp_path."""
    for name in list(os.environ):
        if name.startswith("QUALIFY_") or name in ("LANG", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    yield dict(os.environ)


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `qualify` as a real process (python -m interview, the same entry point)."""
    return subprocess.run(
        [sys.executable, "-m", "interview", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=60,
    )


async def wait_until(app, pilot, predicate, rounds: int = 200) -> None:  # type: ignore[no-untyped-def]
    """Let workers and messages run until `predicate()` holds (bounded: fails instead of hanging).

    UI state here arrives through chains of workers (open the store, then list interviews), so
    waiting for "no worker running" once is not enough under load.
    """
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if predicate():
            return
    raise AssertionError("the screen never reached the expected state")
