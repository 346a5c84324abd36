"""`qualify stats`: the dashboard's figures from the command line, checked against the listing."""

from __future__ import annotations

import itertools
import json
import statistics
from collections import Counter
from pathlib import Path

import pytest

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

    # Durations and reps, against the same records.
    durations = sorted(r.duration for r in rows if r.duration is not None)
    assert figures["durations"]["interviews"] == len(durations)
    assert figures["durations"]["median_s"] == pytest.approx(statistics.median(durations))
    edges = [0, 600, 1200, 1800, 2700, 3600, float("inf")]
    buckets = [sum(lo <= d < hi for d in durations) for lo, hi in itertools.pairwise(edges)]
    assert [b["interviews"] for b in figures["durations"]["buckets"]] == buckets
    assert [b["label"] for b in figures["durations"]["buckets"]] == [
        "<10", "10-20", "20-30", "30-45", "45-60", ">=60"
    ]  # fmt: skip
    per_rep = Counter(r.rep for r in rows)
    assert {r["rep"]: r["interviews"] for r in figures["reps"]} == dict(per_rep)
    for rep in figures["reps"]:
        mine = [r.duration for r in rows if r.rep == rep["rep"] and r.duration is not None]
        assert rep["average_duration_s"] == pytest.approx(sum(mine) / len(mine))
        for rate in rep["process"]:
            fired = [
                r
                for r in rows
                if r.rep == rep["rep"]
                and any(
                    s["bank_id"] == rate["bank_id"] and s["signal"] == rate["signal_id"]
                    for s in r.summary.get("signals") or []
                )
            ]
            ran = [
                r for r in rows if r.rep == rep["rep"] and rate["bank_id"] in r.summary.get("verdicts", {})
            ]
            assert rate["interviews"] == len(fired)
            assert rate["share"] == pytest.approx(rate["interviews"] / rate["of"])
            if rate["bank_id"] in ("bant", "meddic", "champ", "anum", "faint", "gpctba_ci", "icp"):
                assert rate["of"] == len(ran)  # the banks with a verdict
    assert any(rep["process"] for rep in figures["reps"])
    text = run_cli("stats", env=env)
    assert "durations: <10 min" in text.stdout and "; median " in text.stdout
    for rep in figures["reps"]:
        assert f"  {rep['rep']}: {rep['interviews']} interviews" in text.stdout


def test_stats_show_a_rep_name_as_data(clean_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/q.db"
    env = {**clean_env, "QUALIFY_DATABASE_URL": url}
    store = Store.open(url)
    try:
        lead = store.create_lead("Ann", "Acme")
        rep = "Evil\nrep\x1b[31m [bold]x"
        iid = store.start_interview(lead.id, rep, ["bant"], "en", {}).id
        store.end_interview(iid, 900, {"verdicts": {"bant": "nurture"}, "stage": "sal"})
    finally:
        store.close()
    done = run_cli("stats", env=env)
    assert done.returncode == 0, done.stderr
    assert "  Evil rep\\x1b[31m [bold]x: 1 interviews, 1 ended, average 15 min" in done.stdout
    assert "\x1b" not in done.stdout


def test_stats_refuse_a_bad_period(clean_env: dict[str, str], tmp_path: Path) -> None:
    env = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{tmp_path}/q.db"}
    done = run_cli("stats", "--since", "yesterday", env=env)
    assert done.returncode == 2 and "--since wants a date" in done.stderr
    backwards = run_cli("stats", "--since", "2026-05-01", "--until", "2026-04-01", env=env)
    assert backwards.returncode == 2 and "is after" in backwards.stderr
