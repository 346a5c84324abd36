"""`qualify compare A B --json`: the comparison as JSON, from a real process; unknown ids refused."""

from __future__ import annotations

import json
from pathlib import Path

from storage.repository import Store
from tests.conftest import run_cli


def test_compare_json_of_the_demo_follow_up(clean_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/q.db"
    env = {**clean_env, "QUALIFY_DATABASE_URL": url}
    assert run_cli("demo", env=env).returncode == 0
    store = Store.open(url)
    try:
        margaret = [r.id for r in store.list_interviews(lead="Margaret Hale", limit=None)]
        store.add_comment(min(margaret), 10.0, "Reviewer", "ok")
        # A name that would drive the terminal: the JSON keeps it as an escape.
        other = store.create_lead("Eve \u202etxt.exe\x9b31m", "Acme")
        hostile_id = store.start_interview(other.id, "Camille", ["bant"], "en").id
    finally:
        store.close()
    assert len(margaret) == 2
    first, second = sorted(margaret)

    done = run_cli("compare", str(first), str(second), "--json", "--lang", "fr", env=env)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["same_lead"] is True and doc["lang"] == "fr"
    assert (doc["a"]["id"], doc["b"]["id"]) == (first, second)
    assert doc["a"]["comments"] == 1
    meddic = next(f for f in doc["frameworks"] if f["id"] == "meddic")
    assert (meddic["a"]["verdict"], meddic["b"]["verdict"]) == ("disqualified", "qualified")
    assert meddic["verdict_differs"] is True
    amount = next(
        a for cr in doc["frameworks"][0]["criteria"] for a in cr["answers"] if a["key"] == "budget.amount"
    )
    assert amount["status"] == "different"
    assert (amount["a"]["value"], amount["b"]["value"]) == (
        {"amount": 25000, "currency": "USD"},
        {"amount": 60000, "currency": "USD"},
    )
    assert any(s["presence"] == "only_a" and s["kind"] == "red_flag" for s in meddic["signals"])
    assert meddic["name"].startswith("MEDDIC (Métriques")

    hostile = run_cli("compare", str(first), str(hostile_id), "--json", env=env)
    assert hostile.returncode == 0, hostile.stderr
    assert "\u202e" not in hostile.stdout and "\x9b" not in hostile.stdout
    doc = json.loads(hostile.stdout)
    assert doc["same_lead"] is False and doc["b"]["lead"] == "Eve \u202etxt.exe\x9b31m"
    assert doc["frameworks"][1]["presence"] == "only_a"


def test_compare_refuses_an_unknown_interview(clean_env: dict[str, str], tmp_path: Path) -> None:
    env = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{tmp_path}/q.db"}
    assert run_cli("db", "upgrade", env=env).returncode == 0
    for args in (("compare", "1", "2", "--json"), ("compare", "1", "2")):
        done = run_cli(*args, env=env)
        assert done.returncode == 2
        assert done.stderr.startswith("qualify: error: no interview 1 in ")
        assert "Traceback" not in done.stderr and done.stdout == ""
