"""One durable answer: Store.append_event against raw sqlite3 doing the same statements.

Both write to a SQLite file in a temporary folder with the production pragmas (WAL,
synchronous=FULL, busy timeout, foreign keys, secure_delete) and BEGIN IMMEDIATE, one answer per
committed transaction. The raw side runs the statements append_event really sends; the run
captures them from SQLAlchemy and checks that the two lists match, so the comparison cannot drift
from the code. Each side has its own file, so neither checkpoints the other's WAL.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.common import Row, alternate
from storage.db import SQLITE_PRAGMAS
from storage.repository import Store

RUNS = {True: 60, False: 200}
QUESTIONS = ("bant.need.pain", "bant.need.severity", "bant.budget.allocated", "bant.authority.role")

# What Store.append_event sends for an answer on SQLite (checked against the capture below).
RAW_STATEMENTS = (
    "BEGIN IMMEDIATE",
    "UPDATE interviews SET last_seq=(interviews.last_seq + ?) WHERE interviews.id = ? RETURNING last_seq",
    "INSERT INTO events (interview_id, seq, at, kind, question_id, payload, recorded_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "COMMIT",
)


def _answer(i: int) -> tuple[str, dict[str, Any]]:
    return QUESTIONS[i % len(QUESTIONS)], {"value": f"Quotes take {i % 9 + 2} days, the team loses deals"}


def _captured_statements(store: Store, interview_id: int) -> list[str]:
    """The SQL one append_event sends, as the driver sees it (BEGIN/COMMIT included)."""
    seen: list[str] = []

    def _statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()))

    def _commit(_conn: Any) -> None:
        seen.append("COMMIT")

    event.listen(store.engine, "before_cursor_execute", _statement)
    event.listen(store.engine, "commit", _commit)
    try:
        store.append_event(interview_id, "answer_given", 0.5, *_answer(0))
    finally:
        event.remove(store.engine, "before_cursor_execute", _statement)
        event.remove(store.engine, "commit", _commit)
    return [s for s in seen if s]


def _raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=10)
    for pragma in SQLITE_PRAGMAS:
        connection.execute(pragma)
    return connection


def _recorded_at() -> str:
    # SQLAlchemy's text form of a DateTime on SQLite, so both sides write the same bytes.
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def run(quick: bool) -> list[Row]:
    runs = RUNS[quick]
    with tempfile.TemporaryDirectory(prefix="qualify-bench-") as folder:
        store = Store.open(f"sqlite:///{folder}/orm.db")
        lead = store.create_lead("Ann Martin", "Acme", "CFO")
        ours = store.start_interview(lead.id, "camille", ["bant"], "en", {"bant": "0" * 64}).id
        captured = _captured_statements(store, ours)
        normalised = [re.sub(r"\s+", " ", s) for s in RAW_STATEMENTS]
        if captured != normalised:
            raise AssertionError(
                "append_event no longer sends what the raw baseline replays; update RAW_STATEMENTS:\n"
                + "\n".join(captured)
            )

        # The raw side gets a database with the same schema, created the same way.
        raw_store = Store.open(f"sqlite:///{folder}/raw.db")
        raw_lead = raw_store.create_lead("Ann Martin", "Acme", "CFO")
        theirs = raw_store.start_interview(raw_lead.id, "camille", ["bant"], "en", {"bant": "0" * 64}).id
        raw_store.close()
        raw = _raw_connection(Path(folder) / "raw.db")
        # Both WALs start empty, so both sides reach SQLite's automatic checkpoint (an fsync of the
        # whole file, the slowest commit) at the same answer rather than ours first.
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        counter = {"ours": 1, "theirs": 0}

        def measured() -> float:
            counter["ours"] += 1
            question, payload = _answer(counter["ours"])
            start = time.perf_counter()
            store.append_event(ours, "answer_given", counter["ours"] * 0.5, question, payload)
            return (time.perf_counter() - start) * 1000

        def baseline() -> float:
            counter["theirs"] += 1
            i = counter["theirs"]
            question, payload = _answer(i)
            start = time.perf_counter()
            raw.execute(RAW_STATEMENTS[0])
            try:
                (seq,) = raw.execute(RAW_STATEMENTS[1], (1, theirs)).fetchone()
                raw.execute(
                    RAW_STATEMENTS[2],
                    (theirs, seq, i * 0.5, "answer_given", question, json.dumps(payload), _recorded_at()),
                )
                raw.execute(RAW_STATEMENTS[3])
            except BaseException:
                raw.execute("ROLLBACK")
                raise
            return (time.perf_counter() - start) * 1000

        figure, base = alternate(runs, measured, baseline, warmup=3)
        raw.close()
        stored = len(store.events(ours))
        store.close()
    if stored != counter["ours"]:
        raise AssertionError(f"{counter['ours']} answers appended, {stored} stored")
    return [
        Row(
            name="durable answer: Store.append_event (WAL, synchronous=FULL, BEGIN IMMEDIATE)",
            figure=figure,
            baseline=base,
            baseline_name="raw sqlite3, same statements and pragmas",
            statistic="p99",
            goal_ratio=2.0,
            note=f"{runs} answers each, alternating, one committed transaction per answer; the p99 of "
            "so few fsyncs is mostly the disk's own hiccups: the median ratio (extra) is steadier",
            extra={
                "median_ratio": figure.median / base.median if base.median else None,
                "statements": list(RAW_STATEMENTS),
            },
        )
    ]
