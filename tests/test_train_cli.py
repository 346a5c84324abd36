"""`qualify train` as a real process: the scenario list, trainees' progress, clear refusals."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from interview import training
from question_banks.scenarios import SCENARIOS_DIR
from storage.repository import Store
from tests.conftest import ROOT, run_cli

SHIPPED = sorted(training.discover().ids())
HOSTILE = "[bold]Zoé[/]\u202e"


def test_list_shows_every_scenario_shipped_and_in_bank_folders(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "team" / "scenarios"
    folder.mkdir(parents=True)
    ours = (SCENARIOS_DIR / "meddic_sound_deal.yaml").read_text(encoding="utf-8")
    (folder / "ours.yaml").write_text(ours.replace("id: meddic_sound_deal", "id: our_deal"), encoding="utf-8")
    shutil.copy(SCENARIOS_DIR / "crm_mobile_app.yaml", folder / "crm.yaml")  # replaces the shipped one

    done = run_cli("train", "--list", env=clean_env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == SHIPPED
    assert any(line.split()[:3] == ["meddic_sound_deal", "easy", "meddic"] for line in lines)

    done = run_cli(
        "train", "--list", "--json", "--lang", "fr", "--banks", str(tmp_path / "team"), env=clean_env
    )
    assert done.returncode == 0, done.stderr
    rows = {row["id"]: row for row in json.loads(done.stdout)}
    assert sorted(rows) == sorted([*SHIPPED, "our_deal"])
    deal = rows["meddic_sound_deal"]
    assert deal["title"].startswith("Une affaire MEDDIC solide")
    assert (deal["frameworks"], deal["difficulty"], deal["shipped"]) == (["meddic"], "easy", True)
    assert rows["our_deal"]["shipped"] is False and rows["our_deal"]["source"] == str(folder / "ours.yaml")
    assert rows["crm_mobile_app"]["replaces"] == str(SCENARIOS_DIR / "crm_mobile_app.yaml")

    (folder / "broken.yaml").write_text("format: 1\nid: broken\n", encoding="utf-8")
    done = run_cli("train", "--list", "--banks", str(tmp_path / "team"), env=clean_env)
    assert done.returncode == 1 and "broken.yaml" in done.stderr and "Traceback" not in done.stderr
    assert "our_deal" in done.stdout


def _record(url: str) -> None:
    """Attempts as the app stores them: practice interviews, then their grades."""
    store = Store.open(url)
    try:
        lead = store.create_lead("Julien Moreau", "Transports Berthier")
        for trainee, scenario_id, exam, score, day in [
            (HOSTILE, "meddic_sound_deal", False, 40, 1),
            ("Camille", "crm_mobile_app", True, 55, 2),
            (HOSTILE, "meddic_sound_deal", False, 90, 3),
            (HOSTILE, "meddic_sound_deal", True, 72.5, 4),
        ]:
            interview = store.start_interview(lead.id, trainee, ["meddic"], "en", practice=True)
            at = dt.datetime(2026, 11, day, 9, tzinfo=dt.UTC)
            store.record_attempt(interview.id, trainee, scenario_id, exam=exam, score=score, report={}, at=at)
    finally:
        store.close()


def test_progress_over_attempts_as_text_and_json(clean_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/q.db"
    done = run_cli("train", "--progress", "--db", url, env=clean_env)
    assert done.returncode == 0 and "no graded practice attempt yet" in done.stdout
    _record(url)

    done = run_cli("train", "--progress", "--db", url, env=clean_env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "[bold]Zoé[/]\\u202e" in out and "\u202e" not in out  # a name as typed, never a control
    assert out.index("Zoé") < out.index("Camille")  # by name: "[" sorts before letters
    assert "3 attempts: first 40 → best 90 → last 72.5 (+32.5)" in out
    assert "1 attempt: first 55 → best 55 → last 55" in out
    assert "A sound MEDDIC deal" in out  # the scenario's title
    assert out.count("practice") == 2 and out.count("exam ") == 2

    done = run_cli("train", "--progress", "--trainee", HOSTILE, "--json", "--db", url, env=clean_env)
    assert done.returncode == 0, done.stderr
    assert "\u202e" not in done.stdout
    [group] = json.loads(done.stdout)
    assert group["trainee"] == HOSTILE and group["scenario_id"] == "meddic_sound_deal"
    assert [(a["score"], a["exam"]) for a in group["attempts"]] == [(40, False), (90, False), (72.5, True)]
    assert group["attempts"][0]["graded_at"].startswith("2026-11-01T09:00")
    assert (group["first"], group["best"], group["last"], group["change"]) == (40, 90, 72.5, 32.5)

    done = run_cli("train", "--progress", "crm_mobile_app", "--json", "--db", url, env=clean_env)
    assert [g["trainee"] for g in json.loads(done.stdout)] == ["Camille"]


def test_refusals_are_clear_and_exit_2(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli("train", "meddic_sound_dea", "--db", f"sqlite:///{tmp_path}/q.db", env=clean_env)
    assert done.returncode == 2
    assert "unknown scenario 'meddic_sound_dea' (did you mean 'meddic_sound_deal'?)" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not (tmp_path / "q.db").exists()  # nothing recorded

    for args, message in [
        ((), "name a scenario to practise"),
        (("--json",), "--json goes with --list or --progress"),
        (("--list", "--exam"), "--exam goes with a practice run"),
        (("meddic_sound_deal",), "practice runs in the app"),  # no terminal here
    ]:
        done = run_cli("train", *args, env=clean_env)
        assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr, args


def test_banks_validate_checks_scenario_files_as_scenarios(clean_env: dict[str, str]) -> None:
    shipped = ROOT / "question_banks"
    ok = run_cli(
        "banks", "validate", str(shipped), str(shipped / "scenarios" / "crm_mobile_app.yaml"), env=clean_env
    )
    assert ok.returncode == 0, ok.stderr
    assert "scenario" not in ok.stderr  # no bank errors about a scenario's keys
    broken = ROOT / "tests" / "fixtures" / "scenarios" / "unknown_signal.yaml"
    bad = run_cli("banks", "validate", str(broken), env=clean_env)
    assert bad.returncode == 1
    assert "unknown_signal.yaml:25:13" in bad.stderr and "must_have_need" in bad.stderr
    assert "Traceback" not in bad.stderr
