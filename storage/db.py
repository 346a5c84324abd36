"""Database engines: SQLite with durable pragmas, or PostgreSQL; sessions; clear errors.

SQLite runs in WAL mode with synchronous=FULL (a committed answer survives a crash of the app or
of the machine), a busy timeout and foreign keys on, and every write transaction starts with
BEGIN IMMEDIATE so that two processes never dead-lock upgrading a read lock.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from storage.errors import StorageError

BUSY_TIMEOUT_MS = 10_000
BUSY_TIMEOUT_ENV = "QUALIFY_BUSY_TIMEOUT_MS"  # tests shorten the wait for a locked database
WRITE_OPTION = "qualify_write"
SQLITE_PRAGMAS = (
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",  # erased personal data is overwritten, not left in free pages
)


def busy_timeout_ms() -> int:
    """How long a write waits for another program's lock before giving up."""
    try:
        return max(0, int(os.environ.get(BUSY_TIMEOUT_ENV, "")))
    except ValueError:
        return BUSY_TIMEOUT_MS


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
    if parsed.query.get("uri") == "true" and parsed.database.startswith("file:"):
        return Path(parsed.database[len("file:") :]).expanduser()  # make_url has unquoted it
    return Path(parsed.database).expanduser()


def _readonly_connect(path: Path, timeout_ms: int, immutable: bool) -> Any:
    # A file: URI, percent-quoted so that any name works; mode=ro never writes the file.
    # immutable=1 is for a WAL file whose folder is read-only too (no -shm can be made).
    uri = f"file:{quote(str(path.resolve()))}?mode=ro{'&immutable=1' if immutable else ''}"
    return sqlite3.connect(uri, uri=True, timeout=timeout_ms / 1000, check_same_thread=False)


def prepare_sqlite_file(path: Path) -> None:
    """Create the folder and an empty file readable by the owner only (the data is personal)."""
    try:
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(path.parent, 0o700)  # mkdir's mode is cut by the umask; only we enter
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            os.close(fd)
    except FileExistsError:
        pass
    except OSError as exc:
        message = f"cannot create the database file {path}: {exc.strerror}; check the folder"
        raise StorageError(message) from None


def writable(path: Path) -> bool:
    """Whether a write to `path` could work: the file and its folder (WAL adds files beside it).

    access() also answers False on a read-only mount, even for root.
    """
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def make_engine(
    url: str,
    *,
    read_only: bool = False,
    immutable: bool = False,
    busy_timeout: int | None = None,
    **kwargs: Any,
) -> Engine:
    timeout_ms = busy_timeout_ms() if busy_timeout is None else busy_timeout
    path = sqlite_path(url)
    if path is not None and read_only:
        engine = create_engine(
            "sqlite://",
            creator=lambda: _readonly_connect(path, timeout_ms, immutable),
            poolclass=QueuePool,
            **kwargs,
        )
        _sqlite_durability(engine, timeout_ms, wal=False)
        return engine
    if path is not None:
        prepare_sqlite_file(path)
        engine = create_engine(url, connect_args={"timeout": timeout_ms / 1000}, **kwargs)
        _sqlite_durability(engine, timeout_ms, wal=True)
        return engine
    if make_url(url).drivername.startswith("sqlite"):  # in-memory
        engine = create_engine(url, **kwargs)
        _sqlite_durability(engine, timeout_ms, wal=True)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _sqlite_durability(engine: Engine, timeout_ms: int, *, wal: bool) -> None:
    # A read-only connection never asks for WAL: switching would write the file's header.
    pragmas = (*(("PRAGMA journal_mode=WAL",) if wal else ()), f"PRAGMA busy_timeout={timeout_ms}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
        dbapi_connection.isolation_level = None
        # SQLite's lower() folds ASCII only: "ÉLODIE" would not find "élodie" (PostgreSQL's does).
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        try:
            for pragma in (*pragmas, *SQLITE_PRAGMAS):
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
