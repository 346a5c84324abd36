"""What can be told about a SQLite database file without SQLAlchemy, before the app starts.

`qualify new` paints its interview before the database layer is even imported (see
interview/tui/app.py); these checks cost a stat and a 100-byte read, so a damaged, read-only or
newer file is still refused at the prompt (exit 2) instead of after the rep has begun typing.
Only the standard library is imported here.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
# The newest schema revision (storage/migrations/versions; storage.migrate.HEAD is this, and a test
# keeps it equal to the newest migration).
SCHEMA_HEAD = "0005"


def damaged_message(where: str, why: str = "") -> str:
    because = f" ({why})" if why else ""
    return (
        f"{where} is damaged or is not a qualify database{because}; restore a backup "
        "(`qualify db backup` makes them). The file was left as it is."
    )


def read_only_message(where: str) -> str:
    return (
        f"{where} is read-only (the file or its folder cannot be written): interviews can be read "
        "but nothing new can be saved; check its permissions or copy it somewhere writable"
    )


def newer_message(where: str, revision: str) -> str:
    return (
        f"{where} was written by a newer version of qualify (schema {revision}); "
        "upgrade qualify to open it. The file was not touched."
    )


def sqlite_damage(path: Path) -> str | None:
    """Why `path` is plainly not a whole SQLite database, without opening it (nothing is written)."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except OSError as exc:
        return f"cannot read it ({exc.strerror})"
    if size == 0:
        return None  # a new, empty file
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "it is not a SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_ok = header[24:28] == header[92:96]  # the in-header size is valid only then
    if counter_ok and pages and size < pages * page_size:
        return f"it is cut short: {size:,} of {pages * page_size:,} bytes"
    return None


def sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL; None for anything else (checked later, fully)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    rest = url[len(prefix) :]
    return Path(rest).expanduser() if rest and rest != ":memory:" else None


def quick_problem(url: str) -> str | None:
    """A reason the database at `url` cannot record an interview, if the file alone tells it."""
    path = sqlite_file(url)
    if path is None or not path.exists():
        return None  # another database, or a new file: the app creates it
    where = str(path)
    why = sqlite_damage(path)
    if why is not None:
        return damaged_message(where, why)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return read_only_message(where)
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return None
            rows = db.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return None  # locked, or stranger: the app's own opening explains it
    if len(rows) == 1 and isinstance(rows[0][0], str) and rows[0][0] > SCHEMA_HEAD:
        return newer_message(where, rows[0][0])
    return None
