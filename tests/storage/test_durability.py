"""kill -9 at random moments loses no answer that was reported saved; two writers lose nothing."""

from __future__ import annotations

import random
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from storage.repository import Store

from ..conftest import ROOT

KILLS = {"sqlite": 12, "postgresql": 4}


def _writer(url: str, label: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.writer", url, label, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _saved_after(process: subprocess.Popen[str], wanted: int) -> tuple[int | None, set[int]]:
    """Read lines until `wanted` answers are reported saved, then return what was reported."""
    interview = None
    saved: set[int] = set()
    assert process.stdout is not None
    for line in process.stdout:
        parts = line.split()
        if parts[0] == "interview":
            interview = int(parts[2])
        elif parts[0] == "saved":
            saved.add(int(parts[2]))
            if len(saved) >= wanted:
                break
    return interview, saved


def test_kill_9_loses_no_saved_answer(db_url: str, request: pytest.FixtureRequest) -> None:
    kind = "sqlite" if db_url.startswith("sqlite") else "postgresql"
    rng = random.Random(1234)
    Store.open(db_url).close()  # schema first, so kills land mid-answer rather than mid-migration
    for round_ in range(KILLS[kind]):
        process = _writer(db_url, f"r{round_}", 10_000)
        interview, saved = _saved_after(process, rng.randint(1, 40))
        time.sleep(rng.random() * 0.02)  # land anywhere, including inside the next commit
        process.kill()
        process.wait()
        for line in process.stdout or ():  # answers reported between our read and the kill
            if line.startswith("saved"):
                saved.add(int(line.split()[2]))
        assert interview is not None
        store = Store.open(db_url)
        stored = {e.seq for e in store.events(interview)}
        assert saved <= stored, f"round {round_}: lost {sorted(saved - stored)}"
        if kind == "sqlite":
            with store.engine.connect() as connection:
                assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        store.close()


def test_two_processes_writing_at_once_lose_nothing(db_url: str) -> None:
    Store.open(db_url).close()
    count = 150
    writers = [_writer(db_url, label, count) for label in ("alpha", "beta")]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert out.strip().endswith("done " + out.split()[1])
    store = Store.open(db_url)
    interviews = store.list_interviews()
    assert sorted(r.rep for r in interviews) == ["alpha", "beta"]
    for record in interviews:
        assert [e.seq for e in store.events(record.id)] == list(range(1, count + 1))
    store.close()
