"""A database file that cannot be used as usual gets a clear message, never a traceback or a change.

Each case uses a real SQLite file, through `Store.open` and through `qualify` as a real process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from storage.errors import StorageError
from storage.repository import Store

from .conftest import run_cli

SHORT_WAIT_MS = 200  # the busy timeout in these tests: a locked file fails fast


def _make_db(path: Path) -> tuple[str, int]:
    """A real qualify database with one interview and two answers; returns its URL and the id."""
    url = f"sqlite:///{path}"
    store = Store.open(url)
    lead = store.create_lead("Ada Failure", "Brittle Ltd")
    interview = store.start_interview(lead.id, "camille", ["bant"], "en")
    store.append_event(interview.id, "answer_given", 1.0, "bant.need.pain", {"value": "first answer"})
    store.append_event(interview.id, "answer_given", 2.0, "bant.need.pain", {"value": "second answer"})
    store.close()
    return url, interview.id


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(env: dict[str, str], url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--db", url, *args, env={**env, "QUALIFY_BUSY_TIMEOUT_MS": str(SHORT_WAIT_MS)})


def _refused(done: subprocess.CompletedProcess[str], path: Path, *words: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and str(path) in done.stderr, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


# --- damaged, cut short, newer ------------------------------------------------------------------


def _random_file(path: Path) -> None:
    path.write_bytes(os.urandom(16384))


def _truncated_file(path: Path) -> None:
    _make_db(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("damage", [_random_file, _truncated_file], ids=["random", "truncated"])
def test_a_damaged_file_is_refused_and_left_as_it_is(
    damage,
    clean_env: dict[str, str],
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "qualify.db"
    damage(path)
    before = _digest(path)
    with pytest.raises(StorageError, match="damaged or is not a qualify database") as caught:
        Store.open(f"sqlite:///{path}")
    assert str(path) in str(caught.value) and "qualify db backup" in str(caught.value)
    for args in (("interviews", "list"), ("export", "1"), ("forget", "--lead", "Ada Failure", "--yes")):
        _refused(_cli(clean_env, f"sqlite:///{path}", *args), path, "damaged", "qualify db backup")
    assert _digest(path) == before
    wal = path.with_name("qualify.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_file_from_a_newer_qualify_is_refused_untouched(clean_env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "qualify.db"
    _make_db(path)
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    before = _digest(path)
    with pytest.raises(StorageError, match=r"newer version of qualify \(schema 9999\)"):
        Store.open(f"sqlite:///{path}")
    for args in (("interviews", "list"), ("export", "1"), ("db", "upgrade")):
        _refused(_cli(clean_env, f"sqlite:///{path}", *args), path, "newer version of qualify")
    assert _digest(path) == before


# --- locked ---------------------------------------------------------------------------------------


@contextlib.contextmanager
def _held_by_another_program(path: Path, *statements: str) -> Iterator[None]:
    """Another process runs `statements` on `path` and keeps its locks until the block ends.

    A process of its own: POSIX locks are per process, and closing any descriptor of the file in
    this process would silently drop a lock held here.
    """
    script = (
        "import sqlite3, sys\n"
        f"db = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        f"for statement in {list(statements)!r}:\n"
        "    db.execute(statement)\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_write_lock_held_elsewhere_fails_fast_with_try_again(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "qualify.db"
    url, interview_id = _make_db(path)
    with _held_by_another_program(path, "BEGIN EXCLUSIVE"):
        store = Store.open(url, busy_timeout=SHORT_WAIT_MS)
        assert len(store.events(interview_id)) == 2  # WAL: reading still works
        with pytest.raises(StorageError, match="locked by another program; try again") as caught:
            store.append_event(interview_id, "note", 3.0, None, {"text": "blocked"})
        assert str(path) in str(caught.value)
        store.close()
        listed = _cli(clean_env, url, "interviews", "list")
        assert listed.returncode == 0 and "Ada Failure" in listed.stdout, listed.stderr
        forget = _cli(clean_env, url, "forget", "--lead", "Ada Failure", "--yes")
        _refused(forget, path, "locked by another program; try again")
    assert len(Store.open(url).events(interview_id)) == 2


def test_a_database_locked_for_reading_too_is_explained(clean_env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "qualify.db"
    url, _ = _make_db(path)
    before = _digest(path)
    # Exclusive locking mode: after a write, nobody else may even read (another tool's way).
    with _held_by_another_program(
        path, "PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE", "UPDATE leads SET role = role"
    ):
        with pytest.raises(StorageError, match="locked by another program; try again") as caught:
            Store.open(url, busy_timeout=SHORT_WAIT_MS)
        assert str(path) in str(caught.value)
        for args in (("interviews", "list"), ("export", "1")):
            _refused(_cli(clean_env, url, *args), path, "locked by another program; try again")
    assert _digest(path) == before


# --- full disk ------------------------------------------------------------------------------------


def _fill_up(store: Store) -> None:
    """Every connection of `store` from now on may not grow the file: the next insert is SQLITE_FULL."""

    @event.listens_for(store.engine, "connect")
    def _cap(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    store.close()  # drop pooled and kept connections: the next ones get the cap


def test_a_full_disk_fails_the_write_cleanly_and_keeps_what_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "qualify.db"
    url, interview_id = _make_db(path)
    store = Store.open(url)
    _fill_up(store)
    big = {"value": "x" * 200_000}  # needs new pages whatever free space is left
    with pytest.raises(StorageError, match="is full") as caught:
        store.append_event(interview_id, "answer_given", 3.0, "bant.need.pain", big)
    assert str(path) in str(caught.value)
    with pytest.raises(StorageError, match="is full"):
        store.add_comment(interview_id, 1.0, "manager", "y" * 200_000)
    # Nothing half-written: the log is as it was, and the seq counter did not move.
    assert [e.payload["value"] for e in store.events(interview_id)] == ["first answer", "second answer"]
    assert store.interview(interview_id).last_seq == 2
    assert store.comments(interview_id) == []
    store.close()
    again = Store.open(url)  # and the file is still whole
    assert len(again.events(interview_id)) == 2
    small = again.append_event(interview_id, "note", 4.0, None, {"text": "after"})
    assert small.seq == 3
    again.close()


# --- read-only ------------------------------------------------------------------------------------


@contextlib.contextmanager
def _read_only_folder(folder: Path) -> Iterator[Path]:
    """`folder` seen through a read-only view: chmod for a user; a read-only bind mount for root,
    whom file modes do not stop (the kernel refuses writes to a read-only mount even to root)."""
    if os.geteuid() != 0:
        for child in folder.iterdir():
            child.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o700)
        return
    view = folder.parent / "read-only-view"
    view.mkdir()
    bound = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
    if bound.returncode != 0:
        view.rmdir()
        pytest.skip(f"running as root and cannot make a read-only mount: {bound.stderr!r}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True, capture_output=True)
        yield view
    finally:
        # Lazy: a connection left open by a failing assertion must not leave the mount behind.
        subprocess.run(["umount", "--lazy", str(view)], check=False)
        view.rmdir()


def _checkpointed_db(folder: Path) -> tuple[Path, int]:
    path = folder / "qualify.db"
    _, interview_id = _make_db(path)  # closing the last connection checkpoints and removes the WAL
    return path, interview_id


def test_a_read_only_file_opens_for_reading_and_refuses_writes(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path, interview_id = _checkpointed_db(folder)
    before = _digest(path)
    with _read_only_folder(folder) as view:
        ro_path = view / "qualify.db"
        url = f"sqlite:///{ro_path}"
        store = Store.open(url)
        assert store.read_only
        assert [e.payload["value"] for e in store.events(interview_id)] == ["first answer", "second answer"]
        assert store.list_interviews()[0].lead.name == "Ada Failure"
        with pytest.raises(StorageError, match="read-only") as caught:
            store.append_event(interview_id, "note", 3.0, None, {"text": "no"})
        assert str(ro_path) in str(caught.value)
        with pytest.raises(StorageError, match="read-only"):
            store.create_lead("Nobody")
        store.close()
        listed = _cli(clean_env, url, "interviews", "list")
        assert listed.returncode == 0 and "Ada Failure" in listed.stdout, listed.stderr
        _refused(_cli(clean_env, url, "forget", "--lead", "Ada Failure", "--yes"), ro_path, "read-only")
        _refused(_cli(clean_env, url, "new", "--lead", "X", "--framework", "bant"), ro_path, "read-only")
    assert _digest(path) == before


def test_a_read_only_wal_file_with_its_wal_beside_it_shows_the_latest_answers(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path, interview_id = _checkpointed_db(folder)
    # Answers still in the -wal when the folder turns read-only (a copy taken mid-session).
    writer = Store.open(f"sqlite:///{path}")
    writer.append_event(interview_id, "answer_given", 3.0, "bant.need.pain", {"value": "third answer"})
    snapshot = tmp_path / "snapshot"
    snapshot.mkdir(mode=0o700)
    for name in ("qualify.db", "qualify.db-wal", "qualify.db-shm"):
        shutil.copy2(folder / name, snapshot / name)
    writer.close()
    with _read_only_folder(snapshot) as view:
        store = Store.open(f"sqlite:///{view / 'qualify.db'}")
        assert store.read_only
        assert [e.payload["value"] for e in store.events(interview_id)][-1] == "third answer"
        store.close()


# --- personal data: modes -------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_wal_shm_backup_and_export_are_private(clean_env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "new-folder" / "qualify"
    path = folder / "qualify.db"
    url, interview_id = f"sqlite:///{path}", 0
    store = Store.open(url)
    lead = store.create_lead("Private Person", "Secret Co")
    interview_id = store.start_interview(lead.id, "camille", ["bant"], "en").id
    store.append_event(interview_id, "answer_given", 1.0, "bant.need.pain", {"value": "private"})
    assert _mode(folder) == 0o700
    for name in ("qualify.db", "qualify.db-wal", "qualify.db-shm"):
        assert _mode(folder / name) == 0o600, name  # SQLite gives -wal/-shm the database's mode
    env = {**clean_env, "QUALIFY_DATABASE_URL": url}
    backup = tmp_path / "backups" / "copy.db"
    assert run_cli("db", "backup", str(backup), env=env).returncode == 0
    assert _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
    for fmt in ("md", "json", "csv"):
        out = tmp_path / "exports" / f"call.{fmt}"
        done = run_cli("export", str(interview_id), "--format", fmt, "-o", str(out), env=env)
        assert done.returncode == 0, done.stderr
        assert _mode(out) == 0o600 and _mode(out.parent) == 0o700
        assert "Private Person" in out.read_text(encoding="utf-8")
    # An existing export is replaced by a private one, whatever its mode was.
    out = tmp_path / "exports" / "call.md"
    out.chmod(0o644)
    assert run_cli("export", str(interview_id), "-o", str(out), env=env).returncode == 0
    assert _mode(out) == 0o600
    assert not list(out.parent.glob(".*.tmp"))
    store.close()


def test_an_export_that_cannot_be_written_says_so(clean_env: dict[str, str], tmp_path: Path) -> None:
    url, interview_id = _make_db(tmp_path / "qualify.db")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    done = run_cli("--db", url, "export", str(interview_id), "-o", str(blocker / "x.md"), env=clean_env)
    assert done.returncode == 2 and "cannot write" in done.stderr and "Traceback" not in done.stderr


async def test_the_app_over_a_read_only_file_says_so_replays_and_keeps_a_refused_comment(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    from interview.app_factory import OpenScreen, build_context
    from interview.settings import load_settings
    from interview.tui.app import QualifyApp
    from interview.tui.screens.replay import CommentModal, ReplayScreen

    from .conftest import wait_until

    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path, interview_id = _checkpointed_db(folder)
    before = _digest(path)
    with _read_only_folder(folder) as view:
        settings = load_settings({"rep": "Morgan", "database_url": f"sqlite:///{view / 'qualify.db'}"}, {})
        app = QualifyApp(build_context(settings), start=OpenScreen("replay", (interview_id,)))
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_until(app, pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.timeline)
            screen = app.screen
            assert isinstance(screen, ReplayScreen)
            assert "read-only" in app.sub_title
            assert any("read-only" in str(n.message) for n in app._notifications)
            await pilot.press("right", "c")
            assert isinstance(app.screen, CommentModal)
            app.screen.query_one("#comment-text").value = "coach: ask who signs"  # type: ignore[attr-defined]
            await pilot.press("enter")
            await wait_until(app, pilot, lambda: screen._comment_draft == "coach: ask who signs")
            refused = [str(n.message) for n in app._notifications if "NOT saved" in str(n.message)]
            assert refused and "read-only" in refused[0]
            assert screen.timeline is not None and not screen.timeline.comments
    assert _digest(path) == before
