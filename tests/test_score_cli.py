"""`qualify score ANSWERS.yaml`, as a real process."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import run_cli

CEO = """\
date: 2026-11-23
answers:
  need.pain: "E-mail templates, as soon as possible"
  need.severity: must_have
  authority.role: final_decider
  budget.allocated: allocated
  bant.budget.cycle: available_now
  authority.decision_makers: 1
  timeline.decision_date: 2026-12-01
  timeline.compelling_event: true
  need.impact_quantified: false
  decision.process_known: false
  champion.named: false
deal_potential: {amount: 20000, currency: EUR}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(text)
    return path


def test_score_json_shape(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli("score", str(_write(tmp_path, CEO)), "--framework", "bant,meddic", "--json", env=clean_env)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    bant, meddic = doc["results"]
    assert (bant["framework"], bant["verdict"]) == ("bant", "qualified")
    assert (meddic["framework"], meddic["verdict"]) == ("meddic", "disqualified")
    assert set(bant["criteria"]) == {"budget", "authority", "need", "timeline"}
    assert {"score", "coverage"} <= set(bant["criteria"]["need"])
    assert "(10/10)" in " ".join(bant["criteria"]["need"]["reasons"])
    assert 0 <= bant["score"] <= 100
    signal = meddic["signals"][0]
    assert {"id", "kind", "message", "reasons"} <= set(signal)
    assert all(isinstance(q, str) for q in bant["next_questions"]) and bant["next_questions"]
    assert bant["expected_value"]["potential"] == {"amount": 20000, "currency": "EUR"}
    assert doc["stage"]["stage"] == "sql"


def test_score_without_framework_judges_every_framework_touched(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    done = run_cli("score", str(_write(tmp_path, CEO)), "--json", env=clean_env)
    frameworks = [r["framework"] for r in json.loads(done.stdout)["results"]]
    assert {"bant", "meddic", "champ", "anum", "faint", "gpctba_ci", "icp"} <= set(frameworks)


def test_score_soncase_gives_a_profile(clean_env: dict[str, str], tmp_path: Path) -> None:
    text = "answers:\n  soncase.security.risk_weight: 5\n  soncase.money.roi_weight: 2\n"
    done = run_cli("score", str(_write(tmp_path, text)), "--json", "--framework", "soncase", env=clean_env)
    (result,) = json.loads(done.stdout)["results"]
    assert result["verdict"] is None and result["profile"][0]["motive"] == "security"
    assert result["profile"][0]["lead_with"]


def test_score_text_in_french(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli(
        "score", str(_write(tmp_path, CEO)), "--framework", "meddic", "--lang", "fr", env=clean_env
    )
    assert done.returncode == 0
    assert "Verdict : disqualified" in done.stdout and "Signaux :" in done.stdout


def test_wrong_value_and_unknown_question_are_named(clean_env: dict[str, str], tmp_path: Path) -> None:
    text = "answers:\n  budget.allocated: plenty\n  bant.need.pian: slow\n  authority.decision_makers: lots\n"
    done = run_cli("score", str(_write(tmp_path, text)), env=clean_env)
    assert done.returncode == 2
    err = done.stderr
    assert "answers.yaml:2:" in err and "'plenty' is not one of its options" in err
    assert "answers.yaml:3:" in err and "unknown question or fact 'bant.need.pian'" in err
    assert "'lots' is not a number" in err
    assert "Traceback" not in err


def test_unknown_framework(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli("score", str(_write(tmp_path, CEO)), "--framework", "medic", env=clean_env)
    assert done.returncode == 2 and "did you mean 'meddic'" in done.stderr
