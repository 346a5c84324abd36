"""The repository on SQLite and PostgreSQL: log, listings, comments, erasure, refusals."""

from __future__ import annotations

import datetime as dt
import os
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import StorageError
from storage.repository import Store


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store.open(db_url)
    yield s
    s.close()


def _interview(store: Store, name: str = "Ann Martin", company: str = "Acme", rep: str = "camille") -> int:
    lead = store.create_lead(name, company, "CFO", {"size": "201_1000"})
    return store.start_interview(lead.id, rep, ["bant", "meddic"], "fr", {"bant": "h1", "meddic": "h2"}).id


def test_event_log_is_ordered_and_kept_whole(store: Store) -> None:
    iid = _interview(store)
    store.append_event(iid, "answer_given", 1.0, "bant.budget.allocated", {"value": "allocated"})
    store.append_event(iid, "answer_changed", 5.5, "bant.budget.allocated", {"value": "not_allocated"})
    store.append_event(iid, "note", 6.0, None, {"text": "CFO away until May"})
    store.append_event(iid, "answer_cleared", 8.0, "bant.budget.allocated")
    events = store.events(iid)
    assert [(e.seq, e.kind) for e in events] == [
        (1, "answer_given"),
        (2, "answer_changed"),
        (3, "note"),
        (4, "answer_cleared"),
    ]
    assert events[1].payload == {"value": "not_allocated"} and events[1].at == 5.5
    record = store.interview(iid)
    assert record.banks == {"bant": "h1", "meddic": "h2"} and record.last_seq == 4


def test_events_cannot_be_rewritten(store: Store) -> None:
    iid = _interview(store)
    store.append_event(iid, "answer_given", 1.0, "bant.need.pain", {"value": "slow"})
    with pytest.raises(Exception, match="append-only"), store.engine.begin() as connection:
        connection.execute(text("UPDATE events SET at = 99"))
    assert store.events(iid)[0].at == 1.0


def test_derived_columns_follow_the_log(store: Store) -> None:
    iid = _interview(store)
    store.append_event(iid, "deal_potential_set", 2.0, None, {"amount": 48000, "currency": "EUR"})
    store.append_event(
        iid, "verdict_overridden", 3.0, None, {"bank_id": "meddic", "verdict": "nurture", "reason": "r"}
    )
    store.end_interview(iid, 600.0, {"verdicts": {"bant": "qualified", "meddic": "nurture"}, "stage": "sql"})
    record = store.interview(iid)
    assert record.status == "ended" and record.duration == pytest.approx(600.0)
    assert store.events(iid)[-1].kind == "interview_ended"
    assert record.summary["verdicts"]["bant"] == "qualified"


def test_listing_filters(store: Store) -> None:
    a = _interview(store, "Ann Martin", "Acme", "camille")
    b = _interview(store, "Bob Durand", "Globex", "yanis")
    store.end_interview(a, 60, {"verdicts": {"bant": "qualified"}})
    assert [r.id for r in store.list_interviews()] == [b, a]
    assert [r.id for r in store.list_interviews(lead="acme")] == [a]
    assert [r.id for r in store.list_interviews(lead="DURAND")] == [b]
    assert [r.id for r in store.list_interviews(rep="yanis")] == [b]
    assert [r.id for r in store.list_interviews(verdict="qualified")] == [a]
    assert [r.id for r in store.list_interviews(framework="meddic")] == [b, a]
    assert [r.id for r in store.unfinished()] == [b]
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert store.list_interviews(since=future) == []


def test_review_comments_are_pinned_to_a_moment(store: Store) -> None:
    iid = _interview(store)
    store.add_comment(iid, 125.0, "manager", "Asked budget before need here")
    store.add_comment(iid, 30.0, "manager", "Good opening")
    assert [(c.at, c.text) for c in store.comments(iid)] == [
        (30.0, "Good opening"),
        (125.0, "Asked budget before need here"),
    ]


def test_forget_leaves_no_row_that_mentions_the_lead(store: Store) -> None:
    keep = _interview(store, "Bob Durand", "Globex")
    iid = _interview(store, "Zoé Unforgettable", "Secretcorp", rep="zoe-watcher")
    store.append_event(iid, "note", 1.0, None, {"text": "Zoé Unforgettable said hi"})
    store.add_comment(iid, 2.0, "manager", "Call Zoé Unforgettable back")
    store.set_summary(
        iid,
        {
            "verdicts": {"bant": "nurture"},
            "criteria": {"bant": {"need": {"coverage": 0.5, "score": 40}}},
            "signals": [{"bank_id": "bant", "id": "single_decider", "kind": "warning", "scope": "lead"}],
        },
    )
    (lead,) = store.find_leads("zoé unforgettable")
    report = store.forget_lead(lead.id)
    assert (report.leads, report.interviews, report.events, report.comments) == (1, 1, 1, 1)
    tables = ("interview_banks", "interview_signals", "interview_criteria", "review_comments")
    with store.engine.connect() as connection:
        for table in ("leads", "interviews", "events", *tables):
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                dumped = " ".join(str(v) for v in row)
                assert "Unforgettable" not in dumped and "Secretcorp" not in dumped, table
                assert "zoe-watcher" not in dumped, table  # the copies of the interview's rep went too
    assert [r.id for r in store.list_interviews()] == [keep]


def test_sqlite_file_is_private_and_durable(tmp_path: Path) -> None:
    path = tmp_path / "data" / "qualify.db"
    store = Store.open(f"sqlite:///{path}")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    with store.engine.connect() as connection:
        pragmas = {
            p: connection.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 10_000}


def test_a_missing_interview_is_a_clear_error(store: Store) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        store.append_event(12345, "note", 1.0, None, {"text": "x"})
    with pytest.raises(StorageError, match="no interview 12345"):
        store.interview(12345)


def test_the_log_without_update_returning(store: Store) -> None:
    """SQLite before 3.35 has no UPDATE ... RETURNING: the append path reads the seq back instead."""
    store.engine.dialect.update_returning = False  # what SQLAlchemy sets for such a SQLite
    iid = _interview(store)
    store.append_event(iid, "answer_given", 1.0, "bant.budget.allocated", {"value": "allocated"})
    store.append_event(iid, "deal_potential_set", 2.0, None, {"amount": 9000, "currency": "EUR"})
    store.append_event(
        iid, "verdict_overridden", 3.0, None, {"bank_id": "bant", "verdict": "nurture", "reason": "r"}
    )
    assert [e.seq for e in store.events(iid)] == [1, 2, 3]
    assert store.interview(iid).last_seq == 3
    with store.engine.connect() as connection:
        query = text("SELECT deal_potential_amount, verdict_overrides FROM interviews WHERE id = :id")
        row = connection.execute(query, {"id": iid}).one()
    assert float(row[0]) == 9000.0 and "nurture" in str(row[1])
    with pytest.raises(StorageError, match="does not exist"):
        store.append_event(12345, "note", 1.0, None, {"text": "x"})


def test_threads_appending_at_once_get_distinct_seqs(store: Store) -> None:
    """The UI writes from worker threads: one kept connection (SQLite) or the pool, no seq twice."""
    iid = _interview(store)

    def write(label: str) -> None:
        for i in range(25):
            store.append_event(iid, "note", float(i), None, {"text": f"{label} {i}"})

    threads = [threading.Thread(target=write, args=(f"t{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    events = store.events(iid)
    assert [e.seq for e in events] == list(range(1, 101))
    assert len({e.payload["text"] for e in events}) == 100
