"""`qualify stats`: the dashboard's figures from the command line, checked against the listing."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from storage.repository import Store
from tests.conftest import run_cli


def test_stats_agree_with_the_recorded_interviews(clean_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/q.db"
    env = {**clean_env, "QUALIFY_DATABASE_URL": url}
    assert run_cli("demo", env=env).returncode == 0
    done = run_cli("stats", "--json", env=env)
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    store = Store.open(url)
    try:
        rows = store.list_interviews(limit=None)
    finally:
        store.close()
    assert figures["totals"]["interviews"] == len(rows)
    assert figures["totals"]["ended"] == sum(r.status == "ended" for r in rows)
    expected: dict[str, Counter[str]] = {}
    for row in rows:
        for bank_id, verdict in (row.summary.get("verdicts") or {}).items():
            expected.setdefault(bank_id, Counter())[verdict] += 1
    assert {b: dict(c) for b, c in expected.items()} == figures["verdicts"]
    stages = Counter(r.summary["stage"] for r in rows if r.summary.get("stage"))
    assert figures["stages"] == dict(stages)
    text = run_cli("stats", "--framework", "meddic", env=env)
    assert text.returncode == 0 and "meddic:" in text.stdout and "bant:" not in text.stdout


def test_stats_refuse_a_bad_period(clean_env: dict[str, str], tmp_path: Path) -> None:
    env = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{tmp_path}/q.db"}
    done = run_cli("stats", "--since", "yesterday", env=env)
    assert done.returncode == 2 and "--since wants a date" in done.stderr
    backwards = run_cli("stats", "--since", "2026-05-01", "--until", "2026-04-01", env=env)
    assert backwards.returncode == 2 and "is after" in backwards.stderr
