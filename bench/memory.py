"""Memory: peak resident memory of a session, against the minimal Textual app, each in a new process.

The interview session records 60 answers over all eight banks in the real app (headless, on an
existing SQLite file). The interview browser over 100,000 interviews joins when the browser exists.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Figure, Row


def _peak(*args: str) -> float:
    out = subprocess.run(
        [sys.executable, "-m", "bench.memory_probe", *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return float(out.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[Row]:
    runs = 2 if quick else 5
    ours: list[float] = []
    base: list[float] = []
    with tempfile.TemporaryDirectory(prefix="qualify-bench-") as folder:
        database = Path(folder) / "memory.db"
        # Created beforehand, as on every day but the first: creating it is a one-off migration.
        subprocess.run(
            [sys.executable, "-m", "interview", "db", "upgrade", "--db", f"sqlite:///{database}"],
            check=True,
            capture_output=True,
        )
        for _ in range(runs):  # alternating, like every other baseline
            ours.append(_peak("interview", str(database)))
            base.append(_peak("minimal"))
    return [
        Row(
            "memory: 60-answer interview session (peak RSS)",
            Figure("MB", tuple(ours)),
            Figure("MB", tuple(base)),
            baseline_name="minimal Textual app",
            goal_ratio=2.0,
        )
    ]
