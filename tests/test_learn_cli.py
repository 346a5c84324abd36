"""`qualify learn` and `qualify quiz` from the command line, as real processes (output piped)."""

from __future__ import annotations

import json
import re

from .conftest import run_cli


def flat(text: str) -> str:
    return " ".join(text.split())


def test_learn_prints_a_card_as_text_when_piped(clean_env: dict[str, str]) -> None:
    done = run_cli("learn", "champ", "--lang", "en", env=clean_env)
    assert done.returncode == 0, done.stderr
    out = flat(done.stdout)
    assert out.startswith("CHAMP (Challenges, Authority, Money, Prioritization) [champ] CH·A·M·P")
    assert "Order of the call: CH → A → M → P" in out
    assert "money is BANT's budget moved after authority" in out
    assert "M Money ↔ B Budget (budget.allocated, budget.amount)" in out
    assert "What is the biggest challenge your team is wrestling with right now?" in out


def test_learn_json_one_card_or_all(clean_env: dict[str, str]) -> None:
    done = run_cli("learn", "meddic", "--json", "--lang", "fr", env=clean_env)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert (doc["id"], doc["lang"], doc["acronym"]) == ("meddic", "fr", "M·E·D·D·I·C")
    assert [x["criterion"] for x in doc["letters"]][-1] == "champion"
    assert "en distinguant le champion de la personne qui signe" in flat(doc["relations"])
    every = json.loads(run_cli("learn", "--json", env=clean_env).stdout)
    assert isinstance(every, list) and len(every) == 8 and every[0]["lang"] == "en"


def test_learn_text_of_every_framework(clean_env: dict[str, str]) -> None:
    done = run_cli("learn", "--text", env=clean_env)
    assert done.returncode == 0, done.stderr
    heads = re.findall(r"^\S.*  \[(\w+)\]  \S+$", done.stdout, flags=re.MULTILINE)  # "NAME  [id]  A·B"
    assert heads == ["anum", "bant", "champ", "faint", "gpctba_ci", "icp", "meddic", "soncase"]
    assert done.stdout.count("─" * 60) == 7


def test_unknown_framework_exit_2_with_a_close_match(clean_env: dict[str, str]) -> None:
    for command in ("learn", "quiz"):
        done = run_cli(command, "chmp", env=clean_env)
        assert done.returncode == 2
        assert "unknown bank 'chmp' (did you mean 'champ'?)" in done.stderr
        assert done.stdout == ""


def test_quiz_checks_its_options_before_opening(clean_env: dict[str, str]) -> None:
    done = run_cli("quiz", "--count", "0", env=clean_env)
    assert done.returncode == 2 and "--count wants a number from 1 to 200" in done.stderr
    done = run_cli("quiz", "bant", env=clean_env)  # piped: there is no terminal to ask in
    assert done.returncode == 2 and "in a terminal" in done.stderr
