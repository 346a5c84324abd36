"""The `qualify` command, driven as a real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

from interview import __version__
from question_banks.catalog import SHIPPED_DIR

from .conftest import FIXTURES, run_cli


def test_version_and_help(clean_env: dict[str, str]) -> None:
    version = run_cli("--version", env=clean_env)
    assert version.returncode == 0 and version.stdout.strip() == f"qualify {__version__}"
    helped = run_cli("--help", env=clean_env)
    assert helped.returncode == 0
    for word in ("banks", "config", "--lang", "--db", "--banks"):
        assert word in helped.stdout


def test_installed_console_script() -> None:
    exe = shutil.which("qualify")
    assert exe, "pip install -e . must put a `qualify` command on PATH"
    done = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"qualify {__version__}"


def test_banks_list_json(clean_env: dict[str, str]) -> None:
    done = run_cli("banks", "list", "--json", env=clean_env)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) >= {"bant", "champ", "meddic", "gpctba_ci", "anum", "faint", "soncase", "icp"}
    bant = by_id["bant"]
    assert bant["source"] == str(SHIPPED_DIR / "bant.yaml")
    assert bant["questions"] >= 12 and bant["replaces"] is None
    assert bant["name"].startswith("BANT")


def test_banks_list_says_what_a_user_bank_replaces(clean_env: dict[str, str], tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    shutil.copy(SHIPPED_DIR / "champ.yaml", team / "champ.yaml")
    done = run_cli("banks", "list", "--json", "--banks", str(team), env=clean_env)
    champ = next(r for r in json.loads(done.stdout) if r["id"] == "champ")
    assert champ["source"] == str(team / "champ.yaml")
    assert champ["replaces"] == str(SHIPPED_DIR / "champ.yaml")
    text = run_cli("banks", "list", env={**clean_env, "QUALIFY_BANKS_PATH": str(team)})
    assert f"replaces the shipped bank {SHIPPED_DIR / 'champ.yaml'}" in text.stdout


def test_banks_list_with_a_broken_user_bank_exits_1(clean_env: dict[str, str], tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "banks" / "broken", tmp_path / "broken")
    done = run_cli("banks", "list", "--banks", str(tmp_path / "broken"), env=clean_env)
    assert done.returncode == 1
    assert "unknown key 'optoins' (did you mean 'options'?)" in done.stderr
    assert "bant" in done.stdout  # the good ones are still listed
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_banks_show_json(clean_env: dict[str, str], lang: str) -> None:
    done = run_cli("banks", "show", "meddic", "--json", "--lang", lang, env=clean_env)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["id"] == "meddic" and doc["lang"] == lang
    assert [c["id"] for c in doc["criteria"]][:2] == ["metrics", "economic_buyer"]
    question = doc["criteria"][0]["questions"][0]
    assert {"id", "kind", "text"} <= set(question) and isinstance(question["text"], str)
    assert all(isinstance(c["weight"], (int, float)) for c in doc["criteria"])
    with_options = [q for c in doc["criteria"] for q in c["questions"] if q.get("options")]
    assert with_options and all({"value", "points"} <= set(o) for q in with_options for o in q["options"])


def test_banks_show_text_in_french(clean_env: dict[str, str]) -> None:
    done = run_cli("banks", "show", "bant", env={**clean_env, "QUALIFY_LANG": "fr"})
    assert done.returncode == 0
    assert "Quand l'utiliser :" in done.stdout and "Une enveloppe est-elle déjà prévue" in done.stdout


def test_banks_show_unknown_id(clean_env: dict[str, str]) -> None:
    done = run_cli("banks", "show", "meddik", env=clean_env)
    assert done.returncode == 2
    assert "unknown bank 'meddik' (did you mean 'meddic'?)" in done.stderr


def test_banks_validate_exit_codes(clean_env: dict[str, str]) -> None:
    good = run_cli("banks", "validate", str(SHIPPED_DIR), str(FIXTURES / "banks" / "valid"), env=clean_env)
    assert good.returncode == 0, good.stderr
    assert "file(s) checked: valid" in good.stdout
    bad = run_cli("banks", "validate", str(FIXTURES / "banks" / "broken"), "nowhere.yaml", env=clean_env)
    assert bad.returncode == 1
    lines = bad.stderr.strip().splitlines()
    # every problem of every file, not just the first
    assert sum("broken/" in line for line in lines) >= len(
        list((FIXTURES / "banks" / "broken").glob("*.yaml"))
    )
    assert "nowhere.yaml: no such file or folder" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_banks_validate_json(clean_env: dict[str, str]) -> None:
    done = run_cli(
        "banks", "validate", "--json", str(FIXTURES / "banks" / "broken" / "bad_kind.yaml"), env=clean_env
    )
    assert done.returncode == 1
    (problem,) = json.loads(done.stdout)["problems"]
    assert problem["line"] == 22 and problem["path"] == "criteria[0].questions[1].kind"


def test_schema_is_json_schema_that_accepts_every_shipped_bank(clean_env: dict[str, str]) -> None:
    done = run_cli("banks", "schema", env=clean_env)
    schema = json.loads(done.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted(SHIPPED_DIR.glob("*.yaml")):
        errors = list(validator.iter_errors(yaml.safe_load(path.read_text())))
        assert not errors, f"{path.name}: {errors[0].message}"
    broken = yaml.safe_load((FIXTURES / "banks" / "broken" / "unknown_key.yaml").read_text())
    assert list(validator.iter_errors(broken)), "the schema must refuse unknown keys too"


def test_config_path_and_show(clean_env: dict[str, str], tmp_path: Path) -> None:
    path = run_cli("config", "path", env=clean_env).stdout.strip()
    assert path == str(tmp_path / "home" / ".config" / "qualify" / "config.toml")
    Path(path).parent.mkdir(parents=True)
    Path(path).write_text('rep = "Camille"\nlang = "fr"\n')
    env = {**clean_env, "QUALIFY_LANG": "en"}
    shown = json.loads(run_cli("config", "show", "--json", "--db", "sqlite:///x.db", env=env).stdout)
    settings = shown["settings"]
    assert settings["rep"] == {"value": "Camille", "source": f"config file {path}"}
    assert settings["lang"] == {"value": "en", "source": "environment QUALIFY_LANG"}
    assert settings["database_url"] == {"value": "sqlite:///x.db", "source": "flag --db"}
    text = run_cli("config", "show", env=env).stdout
    assert "Camille" in text and "from config file" in text


def test_bad_config_is_reported_without_traceback(clean_env: dict[str, str], tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("lnag = 'fr'\n")
    done = run_cli("--config", str(cfg), "config", "show", env=clean_env)
    assert done.returncode == 2
    assert done.stderr.startswith("qualify: error: ") and "did you mean 'lang'" in done.stderr


def test_app_refuses_to_start_with_a_broken_bank(clean_env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "team").mkdir()
    shutil.copy(FIXTURES / "banks" / "broken" / "missing_french.yaml", tmp_path / "team")
    done = run_cli("--banks", str(tmp_path / "team"), env=clean_env)
    assert done.returncode == 2
    assert "missing French text" in done.stderr and "fix the problems above" in done.stderr


def test_control_characters_in_output_are_neutralised(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli("--rep", "Eve\x1b[2J", "config", "show", env=clean_env)
    assert "\x1b" not in done.stdout and "Eve\\x1b[2J" in done.stdout
