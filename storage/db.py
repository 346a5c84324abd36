"""Database engines: SQLite with durable pragmas, or PostgreSQL; sessions; clear errors.

SQLite runs in WAL mode with synchronous=FULL (a committed answer survives a crash of the app or
of the machine), a busy timeout and foreign keys on, and every write transaction starts with
BEGIN IMMEDIATE so that two processes never dead-lock upgrading a read lock.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from storage.errors import StorageError

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "qualify_write"
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",  # erased personal data is overwritten, not left in free pages
)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError(f"'{url}' is not a database URL: {exc}") from None
    if not parsed.drivername.startswith("sqlite"):
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser()


def prepare_sqlite_file(path: Path) -> None:
    """Create the folder and an empty file readable by the owner only (the data is personal)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            os.close(fd)
    except FileExistsError:
        pass
    except OSError as exc:
        raise StorageError(f"cannot create the database file {path}: {exc.strerror}") from None


def make_engine(url: str, **kwargs: Any) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        prepare_sqlite_file(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _sqlite_durability(engine)
        return engine
    if make_url(url).drivername.startswith("sqlite"):  # in-memory
        engine = create_engine(url, **kwargs)
        _sqlite_durability(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_durability(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in SQLITE_PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front; readers (replay, listings) never do, so a
        # read-only file still opens and readers never block the rep's answers.
        writing = connection.get_execution_options().get(WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def make_sessions(engine: Engine, *, write: bool = False) -> sessionmaker[Session]:
    bind = engine.execution_options(**{WRITE_OPTION: True}) if write else engine
    return sessionmaker(bind, expire_on_commit=False)
