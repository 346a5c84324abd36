"""`qualify db backup`: a consistent copy of a live SQLite database, never a bare file copy.

A file copy taken while the app writes can miss the WAL or tear a page; SQLite's online backup
API copies a consistent snapshot however busy the database is. The copy is written next to its
target under a temporary name, checked with `PRAGMA integrity_check`, made readable by its owner
only (it holds personal data), then renamed into place: a failed backup leaves nothing half-made
and never overwrites a file unless asked.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from storage.errors import StorageError

PAGES_PER_STEP = 1024  # let writers in between steps instead of holding the database for the whole copy


@dataclass(frozen=True)
class BackupReport:
    source: Path
    target: Path
    bytes: int
    interviews: int | None  # None when the source is not a qualify database we can count


def backup_sqlite(source: Path, target: Path, *, overwrite: bool = False) -> BackupReport:
    if not source.is_file():
        raise StorageError(f"{source}: no database there to back up")
    target = target.expanduser()
    if target.exists() and not overwrite:
        raise StorageError(f"{target} already exists; choose another name or pass --force to replace it")
    if target.resolve() == source.resolve():
        raise StorageError(f"{target} is the database itself; back it up to another file")
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise StorageError(f"cannot write in {folder}: {exc.strerror}") from None
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, 0o600)
    try:
        _copy(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return BackupReport(source, target, target.stat().st_size, _count_interviews(target))


def _copy(source: Path, tmp: Path) -> None:
    try:
        # Read-only and URI-quoted: the backup never writes to the source, whatever its name holds.
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open {source}: {exc}") from None
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=PAGES_PER_STEP)
            [(verdict,)] = dst.execute("PRAGMA integrity_check").fetchall()
            if verdict != "ok":
                raise StorageError(f"the copy of {source} failed its integrity check ({verdict}); not kept")
            dst.commit()
        finally:
            dst.close()
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())  # on disk before it takes the target's name
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"cannot back up {source}: {exc}") from None
    finally:
        src.close()


def _count_interviews(path: Path) -> int | None:
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            return int(db.execute("SELECT count(*) FROM interviews").fetchone()[0])
    except sqlite3.Error:
        return None
