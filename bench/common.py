"""What every benchmark returns, and the statistics they share.

A benchmark module exposes `run(quick: bool) -> list[Row]`. Each Row is one line of the table:
a figure (median and spread over several runs), optionally against a baseline measured in the
same run, and the goal it is held to.
"""

from __future__ import annotations

import contextlib
import gc
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Figure:
    """Several samples of one measurement, in the unit given (ms, MB, s...)."""

    unit: str
    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p99(self) -> float:
        return percentile(self.samples, 99)

    @property
    def spread(self) -> tuple[float, float]:
        """The 10th and 90th percentiles: robust to the odd scheduler hiccup, unlike min/max."""
        return percentile(self.samples, 10), percentile(self.samples, 90)

    def as_json(self) -> dict[str, Any]:
        low, high = self.spread
        return {
            "unit": self.unit,
            "runs": len(self.samples),
            "median": self.median,
            "p10": low,
            "p90": high,
            "p99": self.p99,
        }


@dataclass(frozen=True)
class Row:
    """One benchmark line. `statistic` names what the goal is held to: "median" or "p99"."""

    name: str
    figure: Figure
    baseline: Figure | None = None
    baseline_name: str = ""
    statistic: str = "median"
    goal_ratio: float | None = None  # figure / baseline at most this
    goal_abs: float | None = None  # figure at most this, in figure.unit
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def value(self, figure: Figure) -> float:
        return figure.p99 if self.statistic == "p99" else figure.median

    @property
    def ratio(self) -> float | None:
        if self.baseline is None:
            return None
        base = self.value(self.baseline)
        return self.value(self.figure) / base if base else None

    @property
    def passed(self) -> bool | None:
        """None when the row has no goal (reported only)."""
        checks: list[bool] = []
        if self.goal_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.goal_ratio)
        if self.goal_abs is not None:
            checks.append(self.value(self.figure) <= self.goal_abs)
        return all(checks) if checks else None

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "statistic": self.statistic,
            "figure": self.figure.as_json(),
            "baseline_name": self.baseline_name or None,
            "baseline": self.baseline.as_json() if self.baseline else None,
            "ratio": self.ratio,
            "goal_ratio": self.goal_ratio,
            "goal_abs": self.goal_abs,
            "passed": self.passed,
            "note": self.note,
            **({"extra": self.extra} if self.extra else {}),
        }


def percentile(samples: Sequence[float], pct: float) -> float:
    """Linear-interpolated percentile (numpy's default), without numpy."""
    ordered = sorted(samples)
    if not ordered:
        raise ValueError("no samples")
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def time_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def alternate(
    runs: int, measured: Callable[[], float], baseline: Callable[[], float], *, warmup: int = 1
) -> tuple[Figure, Figure]:
    """Run the measurement and its baseline in turns, so drift on the machine hits both alike.

    Each callable returns one sample in ms. The garbage collector runs between samples, not during.
    """
    for _ in range(warmup):
        measured()
        baseline()
    ours: list[float] = []
    theirs: list[float] = []
    with _quiet_heap():
        for i in range(runs):
            pair = (measured, baseline) if i % 2 == 0 else (baseline, measured)
            for fn in pair:
                gc.collect()
                sample = fn()
                (ours if fn is measured else theirs).append(sample)
    return Figure("ms", tuple(ours)), Figure("ms", tuple(theirs))


@contextlib.contextmanager
def _quiet_heap() -> Iterator[None]:
    """Collect garbage between samples at the cost of the garbage of one sample, not of the heap.

    What earlier benchmarks left in this process is frozen out of the collector's sight, so a
    collection between two samples stays cheap however much the process holds.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def repeat(runs: int, measured: Callable[[], float], *, warmup: int = 1, unit: str = "ms") -> Figure:
    for _ in range(warmup):
        measured()
    samples = []
    with _quiet_heap():
        for _ in range(runs):
            gc.collect()
            samples.append(measured())
    return Figure(unit, tuple(samples))


def row_dict(row: Row) -> dict[str, Any]:
    return asdict(row)
