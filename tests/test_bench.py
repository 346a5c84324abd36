"""The benchmark runner works end to end (figures are not judged here: benchmarks are, in bench/)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.common import Figure, Row, alternate, percentile
from bench.run import BENCHMARKS, table
from tests.conftest import ROOT


def test_percentile_interpolates_like_numpy() -> None:
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([10.0], 99) == 10.0
    assert percentile(range(101), 99) == 99
    with pytest.raises(ValueError):
        percentile([], 50)


def test_alternate_interleaves_measure_and_baseline() -> None:
    calls: list[str] = []
    ours, theirs = alternate(4, lambda: calls.append("m") or 2.0, lambda: calls.append("b") or 1.0, warmup=1)
    assert calls == ["m", "b", "m", "b", "b", "m", "m", "b", "b", "m"]
    assert ours.samples == (2.0,) * 4 and theirs.samples == (1.0,) * 4


def test_row_goals() -> None:
    fast = Figure("ms", (1.0, 1.0, 1.0))
    slow = Figure("ms", (3.0, 3.0, 30.0))
    assert Row("r", slow, fast, goal_ratio=3.0).passed is True  # medians: 3 / 1
    assert Row("r", slow, fast, statistic="p99", goal_ratio=3.0).passed is False
    assert Row("r", slow, goal_abs=2.0).passed is False
    assert Row("r", slow).passed is None
    assert "MISSED" in table([Row("r", slow, goal_abs=2.0)])


def test_quick_run_writes_every_benchmark(tmp_path: Path) -> None:
    """`python -m bench --quick` as a user runs it: one table, results.json with every figure."""
    output = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(output.read_text())
    assert results["quick"] is True
    assert set(results["benchmarks"]) == set(BENCHMARKS)
    for name, result in results["benchmarks"].items():
        assert "error" not in result, f"{name}: {result.get('error')}"
        assert result["rows"], name
        for row in result["rows"]:
            assert row["figure"]["runs"] >= 1 and row["figure"]["median"] > 0, row
    assert "cold start" in done.stdout and "ratio" in done.stdout
