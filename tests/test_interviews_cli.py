"""`qualify interviews list` as a real process: columns, sorts, filters, pages, bad input."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any

import pytest

from storage.repository import Store

from .conftest import run_cli

START = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
# (lead, company, rep, frameworks, verdicts, stage, red flags, minutes or None for an open call)
BOTH = {"meddic": "nurture", "bant": "nurture"}
CALLS: list[tuple[Any, ...]] = [
    ("Ann Martin", "Acme", "camille", ["bant"], {"bant": "qualified"}, "sql", 0, 20),
    ("Bob Durand", "Globex", "yanis", ["meddic", "bant"], BOTH, "sal", 1, 35),
    ("王小明", None, "léa", ["bant"], {"bant": "disqualified"}, "recycled", 2, 12),
    ("Evil \x1b[31m[bold]x", "Initech", "camille", ["champ"], {"champ": "qualified"}, "opportunity", 0, 28),
    ("Chloé Petit", "Acme", "yanis", ["bant"], {}, None, None, None),
]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[int]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli')}/team.db"
    store = Store.open(url)
    ids = []
    for n, (name, company, rep, frameworks, verdicts, stage, flags, minutes) in enumerate(CALLS):
        lead = store.create_lead(name, company)
        started = START + dt.timedelta(days=n)
        iid = store.start_interview(lead.id, rep, frameworks, "en", started_at=started).id
        if minutes is not None:
            store.end_interview(
                iid, 60.0 * minutes, {"verdicts": verdicts, "stage": stage, "red_flags": flags}
            )
        ids.append(iid)
    store.close()
    return url, ids


def listed(url: str, env: dict[str, str], *args: str) -> list[int]:
    done = run_cli("--db", url, "interviews", "list", "--json", *args, env=env)
    assert done.returncode == 0, done.stderr
    return [row["id"] for row in json.loads(done.stdout)]


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_aligned_table_with_every_column(database: tuple[str, list[int]], clean_env: dict[str, str]) -> None:
    url, _ids = database
    done = run_cli("--db", url, "interviews", "list", env=clean_env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = lines[0]
    for title in ("LEAD", "COMPANY", "REP", "FRAMEWORKS", "DURATION", "VERDICTS", "STAGE", "RED FLAGS"):
        assert title in header
    assert len(lines) == 1 + len(CALLS)
    # Every row's company starts under COMPANY, counted in terminal columns (王小明 is 6 wide).
    column = header.index("COMPANY")
    starts = set()
    for line in lines[1:]:
        for company in ("Acme", "Globex", "Initech", "-  "):
            if company in line:
                starts.add(width(line[: line.index(company)]))
                break
    assert starts == {column}
    evil = next(line for line in lines if "Evil" in line)
    assert "\\x1b[31m[bold]x" in evil and "\x1b" not in done.stdout  # shown, never sent to the terminal
    ann = next(line for line in lines if "Ann Martin" in line)
    assert ann.split()[-6:] == ["20", "min", "bant", "qualified", "sql", "0"]
    open_call = next(line for line in lines if "Chloé Petit" in line)
    assert "open" in open_call and open_call.rstrip().endswith("-")


def test_json_has_every_column(database: tuple[str, list[int]], clean_env: dict[str, str]) -> None:
    url, ids = database
    done = run_cli("--db", url, "interviews", "list", "--json", "--name", "bob", env=clean_env)
    (row,) = json.loads(done.stdout)
    assert row["id"] == ids[1]
    assert (row["lead"], row["company"], row["rep"], row["frameworks"]) == (
        "Bob Durand",
        "Globex",
        "yanis",
        ["meddic", "bant"],
    )
    assert row["duration"] == pytest.approx(35 * 60)
    assert row["verdicts"] == {"meddic": "nurture", "bant": "nurture"}
    assert (row["stage"], row["red_flags"], row["status"]) == ("sal", 1, "ended")


def test_sorts(database: tuple[str, list[int]], clean_env: dict[str, str]) -> None:
    url, ids = database
    env = clean_env
    assert listed(url, env) == ids[::-1]  # newest first
    by_lead = [ids[0], ids[1], ids[4], ids[3], ids[2]]  # A to Z; "Evil..." then the CJK name
    assert listed(url, env, "--sort", "lead") == by_lead
    assert listed(url, env, "--sort", "LEAD", "--desc") == by_lead[::-1]
    assert listed(url, env, "--sort", "red_flags") == [ids[2], ids[1], ids[3], ids[0], ids[4]]  # most first
    # Shortest first; the open call (no duration) last in both directions.
    assert listed(url, env, "--sort", "duration", "--asc") == [ids[2], ids[0], ids[3], ids[1], ids[4]]
    assert listed(url, env, "--sort", "verdict:bant") == [ids[0], ids[1], ids[2], ids[4], ids[3]]


def test_filters(database: tuple[str, list[int]], clean_env: dict[str, str]) -> None:
    url, ids = database
    env = clean_env
    assert listed(url, env, "--company", "acm") == [ids[4], ids[0]]
    assert listed(url, env, "--lead", "glob") == [ids[1]]  # lead or company
    assert listed(url, env, "--rep", "yanis", "--status", "ended") == [ids[1]]
    assert listed(url, env, "--framework", "bant", "--verdict", "nurture", "--stage", "sal") == [ids[1]]
    assert listed(url, env, "--red-flags", "1") == [ids[2], ids[1]]
    assert listed(url, env, "--since", "2026-03-03", "--until", "2026-03-04") == [ids[2], ids[1]]


def test_pages(database: tuple[str, list[int]], clean_env: dict[str, str]) -> None:
    url, ids = database
    first = run_cli("--db", url, "interviews", "list", "--sort", "lead", "--limit", "2", env=clean_env)
    assert f"--after {ids[1]}" in first.stderr  # how to get the next page
    assert listed(url, clean_env, "--sort", "lead", "--limit", "2", "--after", str(ids[1])) == [
        ids[4],
        ids[3],
    ]
    assert listed(url, clean_env, "--sort", "lead", "--limit", "2", "--offset", "4") == [ids[2]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sort", "colour"], "unknown sort 'colour'"),
        (["--sort", "verdict"], "needs a framework"),
        (["--until", "2026-02-30"], "--until wants a date"),
        (["--since", "2026-03-05", "--until", "2026-03-01"], "is after --until"),
        (["--limit", "-1"], "--limit wants a number of 0 or more"),
        (["--after", "999"], "no interview 999"),
        (["--status", "closed"], "invalid choice"),
    ],
)
def test_bad_input_says_why(
    database: tuple[str, list[int]], clean_env: dict[str, str], args: list[str], message: str
) -> None:
    url, _ids = database
    done = run_cli("--db", url, "interviews", "list", *args, env=clean_env)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


def test_help_documents_sorts(clean_env: dict[str, str]) -> None:
    done = run_cli("interviews", "list", "--help", env=clean_env)
    assert "verdict:ID" in done.stdout and "--after" in done.stdout and "--desc" in done.stdout
