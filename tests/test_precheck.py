"""`qualify new` refuses a database the file alone shows it cannot use, without SQLAlchemy."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from storage.precheck import SCHEMA_HEAD, quick_problem
from storage.repository import Store
from tests.conftest import ROOT, run_cli


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "q.db"
    Store.open(f"sqlite:///{path}").close()
    return path


def test_a_sound_or_missing_database_passes(tmp_path: Path) -> None:
    assert quick_problem(f"sqlite:///{_database(tmp_path)}") is None
    assert quick_problem(f"sqlite:///{tmp_path / 'new.db'}") is None
    assert quick_problem("postgresql+psycopg://u:p@127.0.0.1/x") is None  # checked when opened


def test_damaged_cut_short_and_newer_files_are_named(tmp_path: Path) -> None:
    path = _database(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "cut short" in (quick_problem(f"sqlite:///{path}") or "")
    path.write_bytes(b"not a database" * 100)
    assert "not a SQLite database" in (quick_problem(f"sqlite:///{path}") or "")
    newer = _database(tmp_path / "n")
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    problem = quick_problem(f"sqlite:///{newer}") or ""
    assert str(newer) in problem and "newer version" in problem and "9999" in problem


def test_qualify_new_refuses_a_newer_database_at_once(clean_env: dict[str, str], tmp_path: Path) -> None:
    path = _database(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    env = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{path}"}
    done = run_cli("new", "--lead", "X", "--framework", "bant", env=env)
    assert done.returncode == 2 and "newer version" in done.stderr and "Traceback" not in done.stderr
    assert path.read_bytes() == before


def test_the_precheck_stays_off_sqlalchemy() -> None:
    code = "import sys, storage.precheck; print('sqlalchemy' in sys.modules, storage.precheck.SCHEMA_HEAD)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", SCHEMA_HEAD]
