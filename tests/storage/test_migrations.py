"""Alembic creates and upgrades the schema; a newer schema is refused and left untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import StorageError, make_engine
from storage.migrate import head_revision, schema_state, upgrade
from storage.repository import Store


def test_upgrade_from_empty_then_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    assert schema_state(engine) == ("empty", None)
    upgrade(engine)
    assert schema_state(engine) == ("current", head_revision())
    upgrade(engine)  # nothing to do, nothing broken
    assert schema_state(engine) == ("current", head_revision())
    engine.dispose()


def test_newer_schema_is_refused(db_url: str) -> None:
    Store.open(db_url).close()
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(StorageError, match="newer version of qualify"):
        Store.open(db_url)


def test_newer_sqlite_file_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    url = f"sqlite:///{path}"
    Store.open(url).close()
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StorageError):
        Store.open(url)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/other.db"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER)"))
    engine.dispose()
    with pytest.raises(StorageError, match="not qualify's"):
        Store.open(url)


def test_head_constant_is_the_newest_migration() -> None:
    from storage.migrate import HEAD

    assert head_revision() == HEAD


def test_a_current_database_opens_without_alembic(tmp_path: Path) -> None:
    """Alembic is loaded only to change a schema: a normal start does not pay for it."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path}/q.db"
    Store.open(url).close()
    code = (
        "import sys; from storage.repository import Store; "
        f"Store.open({url!r}).close(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
