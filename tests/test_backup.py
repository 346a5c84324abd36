"""`qualify db backup FILE`: SQLite's online backup, consistent while another process writes."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, run_cli


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_backup_of_a_database_being_written_is_consistent(clean_env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    url = f"sqlite:///{db}"
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.writer", url, "w", "100000"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        for _ in range(50):  # let it commit some answers first
            assert writer.stdout.readline().startswith(("interview", "saved"))
        copy = tmp_path / "backups" / "copy.db"
        done = run_cli("db", "backup", str(copy), env={**clean_env, "QUALIFY_DATABASE_URL": url})
        assert done.returncode == 0, done.stderr
        assert str(copy) in done.stdout and "1 interviews" in done.stdout
    finally:
        writer.kill()
        writer.wait()
    with sqlite3.connect(copy) as backup:
        assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        seqs = [row[0] for row in backup.execute("SELECT seq FROM events ORDER BY seq")]
    assert len(seqs) >= 49 and seqs == list(range(1, len(seqs) + 1))  # a snapshot: no gap, no torn page
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600  # personal data: the owner only
    assert not [p for p in copy.parent.iterdir() if p.name.endswith(".tmp")]


def test_backup_never_overwrites_unless_forced(clean_env: dict[str, str], tmp_path: Path) -> None:
    env = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{tmp_path}/q.db"}
    assert run_cli("demo", env=env).returncode == 0
    target = tmp_path / "precious.db"
    target.write_text("not to be lost")
    refused = run_cli("db", "backup", str(target), env=env)
    assert refused.returncode == 2
    assert "already exists" in refused.stderr and "Traceback" not in refused.stderr
    assert target.read_text() == "not to be lost"
    forced = run_cli("db", "backup", str(target), "--force", env=env)
    assert forced.returncode == 0, forced.stderr
    assert _count(target, "interviews") == _count(tmp_path / "q.db", "interviews") > 0


def test_backup_explains_what_it_cannot_do(clean_env: dict[str, str], tmp_path: Path) -> None:
    missing = run_cli(
        "db",
        "backup",
        str(tmp_path / "x.db"),
        env={**clean_env, "QUALIFY_DATABASE_URL": "sqlite:///" + str(tmp_path / "absent" / "none.db")},
    )
    assert missing.returncode == 2 and "no database there" in missing.stderr
    postgres = run_cli(
        "db",
        "backup",
        str(tmp_path / "x.db"),
        env={**clean_env, "QUALIFY_DATABASE_URL": "postgresql+psycopg://u:p@127.0.0.1:1/none"},
    )
    assert postgres.returncode == 2 and "pg_dump" in postgres.stderr
