"""Storage tests run on SQLite and on a real PostgreSQL server (started by .ci/run)."""

from __future__ import annotations

import os
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

PG_URL = os.environ.get("QUALIFY_TEST_POSTGRES_URL", "")
REQUIRE_PG = os.environ.get("QUALIFY_REQUIRE_POSTGRES") == "1"


def _pg_admin():  # type: ignore[no-untyped-def]
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/qualify.db"
        return
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("QUALIFY_REQUIRE_POSTGRES=1 but QUALIFY_TEST_POSTGRES_URL is not set")
        pytest.skip("set QUALIFY_TEST_POSTGRES_URL (see .ci/postgres.sh) to run on PostgreSQL")
    name = f"qualify_t_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin, name: str) -> None:  # type: ignore[no-untyped-def]
    """Drop a test database. An autovacuum worker busy on it (after a test wrote many rows) cannot
    be terminated by a non-superuser: wait for it a little, and leave the database behind rather
    than fail a test that passed (the server is a throwaway one)."""
    for attempt in range(10):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            time.sleep(0.2 * (attempt + 1))
    warnings.warn(f"test database {name} left behind on the PostgreSQL server", stacklevel=1)
