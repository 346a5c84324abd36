"""Loading and validating every shipped bank, as the app does at start-up: discover() with a cache.

Warm: the cache is filled; each sample is a new Python process that imports question_banks and
then times one discover() call, so it pays what a rep's start pays (first calls, empty memos,
cold CPU caches), not what a loop in a long-lived process would. The import is not in the figure
(pydantic's import and model building are paid with or without a cache); it is in `extra`.

Cold: an empty cache folder each sample (YAML parsing, validation, checks, writing the entries),
in this process with the code fingerprint memo cleared; against yaml.load with the C safe loader
alone on the same files, which is a floor for any YAML-based loader, not a goal.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Figure, Row, alternate

ROOT = Path(__file__).resolve().parent.parent

_WARM_SAMPLE = """
import sys, time
start = time.perf_counter()
from question_banks.catalog import discover
imported = time.perf_counter()
catalog = discover(cache_dir=__import__("pathlib").Path(sys.argv[1]))
# discover() pauses the garbage collector while it validates; the collection that pause put off
# runs at the caller's next allocations: counted here, as the app pays it.
after = [[] for _ in range(50)]
done = time.perf_counter()
print((done - imported) * 1000, (imported - start) * 1000, len(catalog.entries), len(catalog.problems))
"""


def _warm_sample(cache_dir: Path) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", _WARM_SAMPLE, str(cache_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    if int(out[3]):
        raise RuntimeError("the shipped banks have problems; fix them before measuring")
    return float(out[0]), float(out[1])


def _cold_load(cache_root: Path) -> float:
    from question_banks import cache
    from question_banks.catalog import discover

    cache.code_fingerprint.cache_clear()
    empty = Path(tempfile.mkdtemp(dir=cache_root))
    start = time.perf_counter()
    discover(cache_dir=empty)
    return (time.perf_counter() - start) * 1000


def _yaml_only(files: list[Path]) -> float:
    import yaml

    start = time.perf_counter()
    for path in files:
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    return (time.perf_counter() - start) * 1000


def run(quick: bool) -> list[Row]:
    from question_banks.catalog import SHIPPED_DIR, discover
    from question_banks.loader import bank_files

    catalog = discover()
    sizes = {
        "banks": len(catalog.entries),
        "questions": sum(bank.question_count() for bank in catalog.banks()),
    }
    files = bank_files(SHIPPED_DIR)
    with tempfile.TemporaryDirectory(prefix="qualify-bench-banks-") as tmp:
        root = Path(tmp)
        warm_dir = root / "warm"
        _warm_sample(warm_dir)  # fills the cache
        samples = [_warm_sample(warm_dir) for _ in range(15 if quick else 50)]
        # A bank file or module changed in the last 2 s is not keyed by stat data: no catalog entry.
        catalog_entry = any(p.name.startswith("catalog-") for p in warm_dir.iterdir())
        cold, base = alternate(7 if quick else 20, lambda: _cold_load(root), lambda: _yaml_only(files))
    imports = Figure("ms", tuple(s[1] for s in samples))
    return [
        Row(
            "banks: warm load",
            Figure("ms", tuple(s[0] for s in samples)),
            statistic="median",
            goal_abs=10.0,
            note="discover() in a new process, cache filled; import not included",
            extra={
                **sizes,
                "import_question_banks_ms": imports.as_json(),
                "catalog_entry": catalog_entry,
            },
        ),
        Row(
            "banks: cold load",
            cold,
            base,
            baseline_name="CSafeLoader only",
            note="discover() with an empty cache (writes it); baseline parses the same files",
            extra=sizes,
        ),
    ]
