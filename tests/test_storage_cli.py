"""Database commands as real processes, on the default per-user SQLite file or a given one."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from sqlalchemy import text

from interview.app_factory import build_context
from interview.recording import Recording
from interview.settings import load_settings
from storage.db import make_engine
from storage.repository import Store

from .conftest import run_cli


def _record(url: str, lead: str, company: str, rep: str, frameworks: list[str]) -> int:
    context = build_context(load_settings({"rep": rep, "database_url": url}, {}))
    store = Store.open(url)
    rec = Recording.start(
        store,
        context.engine(),
        context.catalog,
        lead_name=lead,
        company=company,
        rep=rep,
        frameworks=frameworks,
        lang="en",
    )
    rec.answer("bant.need.severity", "none")
    rec.end()
    store.close()
    return rec.record.id


def test_default_database_is_created_private_in_the_user_data_dir(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    done = run_cli("interviews", "list", env=clean_env)
    assert done.returncode == 0, done.stderr
    assert "no interview recorded yet" in done.stdout
    path = tmp_path / "home" / ".local" / "share" / "qualify" / "qualify.db"
    assert path.is_file() and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert run_cli("db", "path", env=clean_env).stdout.strip() == str(path)


def test_interviews_list_with_filters(clean_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/team.db"
    a = _record(url, "Ann Martin", "Acme", "camille", ["bant"])
    b = _record(url, "Bob Durand", "Globex", "yanis", ["meddic", "bant"])
    env = {**clean_env, "QUALIFY_DATABASE_URL": url}
    rows = json.loads(run_cli("interviews", "list", "--json", env=env).stdout)
    assert [r["id"] for r in rows] == [b, a]
    assert rows[1]["verdicts"] == {"bant": "disqualified"} and rows[1]["red_flags"] >= 1
    assert rows[1]["status"] == "ended" and rows[1]["duration"] is not None
    only = json.loads(run_cli("interviews", "list", "--json", "--rep", "yanis", env=env).stdout)
    assert [r["id"] for r in only] == [b]
    assert [
        r["id"]
        for r in json.loads(run_cli("interviews", "list", "--json", "--framework", "meddic", env=env).stdout)
    ] == [b]
    assert [
        r["id"] for r in json.loads(run_cli("interviews", "list", "--json", "--lead", "acme", env=env).stdout)
    ] == [a]
    text_out = run_cli("interviews", "list", env=env).stdout
    assert "Ann Martin  Acme" in text_out
    bad = run_cli("interviews", "list", "--since", "yesterday", env=env)
    assert bad.returncode == 2 and "--since wants a date" in bad.stderr


def test_forget_asks_then_erases(clean_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/team.db"
    _record(url, "Zoé Secret", "Hidden SA", "camille", ["bant"])
    env = {**clean_env, "QUALIFY_DATABASE_URL": url}
    refused = run_cli("forget", "--lead", "Zoé Secret", env=env)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = run_cli("forget", "--lead", "zoé secret", "--yes", env=env)
    assert done.returncode == 0, done.stderr
    assert "erased Zoé Secret: 1 lead, 1 interview(s)" in done.stdout
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM events")).scalar() == 0
    engine.dispose()


def test_newer_database_is_refused_without_traceback(clean_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/new.db"
    Store.open(url).close()
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    engine.dispose()
    done = run_cli("--db", url, "interviews", "list", env=clean_env)
    assert done.returncode == 2
    assert "newer version of qualify" in done.stderr and "Traceback" not in done.stderr


def test_db_upgrade(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli("--db", f"sqlite:///{tmp_path}/x.db", "db", "upgrade", env=clean_env)
    assert done.returncode == 0 and "(current)" in done.stdout


def test_demo_is_ready_to_explore_and_idempotent(clean_env: dict[str, str], tmp_path: Path) -> None:
    env = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{tmp_path}/demo.db"}
    for _ in range(2):
        done = run_cli("demo", env=env)
        assert done.returncode == 0, done.stderr
    rows = json.loads(run_cli("interviews", "list", "--json", env=env).stdout)
    assert len(rows) == 9
    assert sum(r["status"] == "open" for r in rows) == 1
    assert {lang for lang in (r["lang"] for r in rows)} == {"en", "fr"}


def test_export_import_export_through_the_cli(clean_env: dict[str, str], tmp_path: Path) -> None:
    source = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{tmp_path}/a.db"}
    target = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{tmp_path}/b.db"}
    run_cli("demo", env=source)
    first = tmp_path / "call.json"
    assert run_cli("export", "1", "--format", "json", "-o", str(first), env=source).returncode == 0
    imported = run_cli("import", str(first), env=target)
    assert imported.returncode == 0 and "imported as interview 1" in imported.stdout
    again = run_cli("export", "1", "--format", "json", env=target)
    assert json.loads(again.stdout) == json.loads(first.read_text())
    twice = run_cli("import", str(first), env=target)
    assert twice.returncode == 2 and "nothing was imported" in twice.stderr
    markdown = run_cli("export", "1", "--format", "md", "--lang", "fr", env=source).stdout
    assert markdown.startswith("#") and "MEDDIC" in markdown
    csv_text = run_cli("export", "1", "--format", "csv", env=source).stdout
    assert csv_text.splitlines()[0].startswith("interview_uid")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    refused = run_cli("import", str(broken), env=target)
    assert refused.returncode == 2 and "not a qualify JSON export" in refused.stderr
