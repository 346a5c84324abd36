"""Run qualify's benchmarks, print one table and write bench/results.json.

    python -m bench            # full run, a few minutes
    python -m bench --quick    # under a minute: fewer samples, a smaller team database
    python -m bench --only banks,engine

Every figure is taken over several runs (median and the 10th-90th percentile spread); where the
goal is a ratio, its baseline is measured in the same run, alternating with it. `--check` exits 1
when a goal is missed, for use as a gate.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.common import Row

HERE = Path(__file__).resolve().parent
# In the order of the issue that asked for them; each is bench/<name>.py with run(quick).
BENCHMARKS = (
    "coldstart",
    "answer_frame",
    "durable",
    "team_scale",
    "banks",
    "engine",
    "transcript",
    "analyze",
    "memory",
    "serve",
)


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    if unit == "ms" and value < 1:
        text = f"{value:.3f}"
    elif abs(value) >= 100:
        text = f"{value:.0f}"
    else:
        text = f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    return f"{text} {unit}".strip()


def _goal(row: Row) -> str:
    parts = []
    if row.goal_ratio is not None:
        parts.append(f"≤ {row.goal_ratio:g}×")
    if row.goal_abs is not None:
        parts.append(f"≤ {row.goal_abs:g} {row.figure.unit}")
    return (f"{row.statistic} " + " & ".join(parts)) if parts else "(reported)"


def table(rows: Sequence[Row]) -> str:
    header = ("benchmark", "median (p10–p90)", "p99", "baseline median", "ratio", "goal", "")
    lines = [header]
    for row in rows:
        unit = row.figure.unit
        low, high = row.figure.spread
        lines.append(
            (
                row.name,
                f"{_fmt(row.figure.median, unit)} ({_fmt(low)}–{_fmt(high)})",
                _fmt(row.figure.p99, unit),
                f"{_fmt(row.baseline.median, unit)} {row.baseline_name}" if row.baseline else "—",
                f"{row.ratio:.2f}×" if row.ratio is not None else "—",
                _goal(row),
                {True: "ok", False: "MISSED", None: ""}[row.passed],
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples and a smaller database (< 1 min)")
    parser.add_argument("--only", metavar="NAME[,NAME]", help=f"run some of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--output", type=Path, default=HERE / "results.json", help="where to write results")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    names = BENCHMARKS
    if args.only:
        names = tuple(n.strip() for n in args.only.split(",") if n.strip())
        unknown = [n for n in names if n not in BENCHMARKS]
        if unknown:
            parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    rows: list[Row] = []
    results: dict[str, Any] = {"machine": machine(), "quick": args.quick, "benchmarks": {}}
    failed = False
    for name in names:
        started = time.perf_counter()
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"bench.{name}")
            got: list[Row] = module.run(quick=args.quick)
        except Exception:  # one broken benchmark must not hide the others' figures
            failed = True
            results["benchmarks"][name] = {"error": traceback.format_exc()}
            print(f"{name} failed:\n{traceback.format_exc()}", file=sys.stderr)
            continue
        rows += got
        results["benchmarks"][name] = {
            "seconds": round(time.perf_counter() - started, 2),
            "rows": [r.as_json() for r in got],
        }
    print(table(rows))
    args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwritten to {args.output}", file=sys.stderr)
    missed = [r.name for r in rows if r.passed is False]
    if missed:
        print(f"goals missed: {', '.join(missed)}", file=sys.stderr)
    if failed:
        return 2
    return 1 if (args.check and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
