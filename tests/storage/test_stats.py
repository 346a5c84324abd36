"""Dashboard figures, browser paging and the 0002 migration, on SQLite and PostgreSQL.

The dashboard is checked against figures worked out by hand from a small fixed set of calls.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, text

from storage import stats
from storage.db import make_engine
from storage.migrate import _config, head_revision, schema_state, upgrade
from storage.models import Base
from storage.repository import Store
from storage.transfer import export_document, import_document

UTC = dt.UTC
MARCH = stats.Scope(dt.datetime(2026, 3, 1, tzinfo=UTC), dt.datetime(2026, 4, 1, tzinfo=UTC))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url)
    yield s
    s.close()


def _signal(bank: str, signal: str, kind: str, scope: str = "lead") -> dict[str, str]:
    return {"bank_id": bank, "signal": signal, "kind": kind, "scope": scope}


def _criteria(**banks: dict[str, tuple[float, float | None]]) -> dict[str, Any]:
    return {
        bank: {c: {"coverage": cov, "score": score} for c, (cov, score) in by.items()}
        for bank, by in banks.items()
    }


def _call(
    store: Store,
    rep: str,
    frameworks: list[str],
    started: dt.datetime,
    duration: float | None,
    summary: dict[str, Any] | None = None,
    name: str = "Ann Martin",
) -> int:
    lead = store.create_lead(name, "Acme")
    hashes = {b: f"hash-{b}" for b in frameworks[:1]}  # the others' versions unknown
    iid = store.start_interview(lead.id, rep, frameworks, "en", hashes, started_at=started).id
    store.append_event(iid, "answer_given", 30.0, f"{frameworks[0]}.need.pain", {"value": "slow quotes"})
    if duration is not None:
        store.end_interview(iid, duration, summary)
    return iid


def _march(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def calls(store: Store) -> dict[str, int]:
    """Four calls in March (one still open), two outside it."""
    ids = {}
    ids["a"] = _call(
        store,
        "camille",
        ["bant", "meddic"],
        _march(2),
        1200,
        {
            "verdicts": {"bant": "qualified", "meddic": "nurture"},
            "scores": {"bant": 80, "meddic": 55},
            "coverage": {"bant": 0.75, "meddic": 0.5},
            "stage": "sql",
            "red_flags": 0,
            "criteria": _criteria(
                bant={"need": (1.0, 90), "budget": (0.5, 70)}, meddic={"metrics": (0.5, 50)}
            ),
            "signals": [
                _signal("bant", "single_decider", "warning"),
                _signal("bant", "budget_allocated", "positive"),
            ],
        },
    )
    ids["b"] = _call(
        store,
        "yanis",
        ["bant"],
        _march(10),
        1800,
        {
            "verdicts": {"bant": "disqualified"},
            "scores": {"bant": 30},
            "coverage": {"bant": 0.5},
            "stage": "recycled",
            "red_flags": 1,
            "criteria": _criteria(bant={"need": (0.0, None), "budget": (1.0, 20)}),
            "signals": [
                _signal("bant", "no_need", "red_flag"),
                _signal("bant", "single_decider", "warning"),
                _signal("bant", "money_before_need", "warning", "process"),
            ],
        },
    )
    ids["c"] = _call(
        store,
        "camille",
        ["soncase", "bant"],
        _march(20),
        600,
        {
            "verdicts": {"bant": "qualified"},  # soncase draws a profile, not a verdict
            "scores": {"soncase": 60, "bant": 75},
            "coverage": {"soncase": 0.4, "bant": 1.0},
            "stage": "opportunity",
            "red_flags": 0,
            "criteria": _criteria(
                bant={"need": (1.0, 80), "budget": (1.0, 70)}, soncase={"security": (0.5, 60)}
            ),
            "signals": [_signal("bant", "single_decider", "warning")],
        },
    )
    ids["d"] = _call(store, "camille", ["bant"], _march(25), None)  # still open
    outside = {
        "verdicts": {"bant": "qualified", "meddic": "disqualified"},
        "scores": {"bant": 90, "meddic": 10},
        "coverage": {"bant": 1.0, "meddic": 1.0},
        "stage": "closed",
        "red_flags": 2,
        "criteria": _criteria(bant={"need": (1.0, 100)}, meddic={"metrics": (1.0, 0)}),
        "signals": [_signal("bant", "no_need", "red_flag"), _signal("meddic", "no_champion", "red_flag")],
    }
    ids["april"] = _call(
        store, "camille", ["bant", "meddic"], dt.datetime(2026, 4, 1, tzinfo=UTC), 900, outside
    )
    ids["february"] = _call(
        store, "yanis", ["meddic"], dt.datetime(2026, 2, 28, 23, 59, tzinfo=UTC), 900, outside
    )
    return ids


# --- the dashboard --------------------------------------------------------------------------------


def test_dashboard_of_a_month(store: Store, calls: dict[str, int]) -> None:
    board = stats.dashboard(store, MARCH)
    assert board.totals.interviews == 4 and board.totals.ended == 3
    assert board.totals.average_duration_s == pytest.approx((1200 + 1800 + 600) / 3)
    assert board.totals.average_red_flags == pytest.approx(1 / 3)
    assert board.stages == {"opportunity": 1, "recycled": 1, "sql": 1}
    assert board.verdicts == {"bant": {"qualified": 2, "disqualified": 1}, "meddic": {"nurture": 1}}
    banks = {b.bank_id: b for b in board.banks}
    assert sorted(banks) == ["bant", "meddic", "soncase"]
    assert banks["bant"].interviews == 3
    assert banks["bant"].average_coverage == pytest.approx((0.75 + 0.5 + 1.0) / 3)
    assert banks["bant"].average_score == pytest.approx((80 + 30 + 75) / 3)
    assert (banks["meddic"].interviews, banks["meddic"].average_score) == (1, pytest.approx(55))
    assert banks["soncase"].verdicts == {} and banks["soncase"].average_coverage == pytest.approx(0.4)
    assert [(s.bank_id, s.signal_id, s.scope, s.interviews) for s in board.warnings] == [
        ("bant", "single_decider", "lead", 3),
        ("bant", "money_before_need", "process", 1),
    ]
    assert [(s.signal_id, s.interviews) for s in board.red_flags] == [("no_need", 1)]
    criteria = {(c.bank_id, c.criterion_id): c for c in board.criteria}
    assert list(criteria) == [
        ("bant", "budget"),
        ("bant", "need"),
        ("meddic", "metrics"),
        ("soncase", "security"),
    ]
    assert criteria["bant", "budget"].interviews == 3
    assert criteria["bant", "budget"].average_coverage == pytest.approx((0.5 + 1.0 + 1.0) / 3)
    assert criteria["bant", "budget"].average_score == pytest.approx((70 + 20 + 70) / 3)
    assert criteria["bant", "need"].average_coverage == pytest.approx(2 / 3)
    assert criteria["bant", "need"].average_score == pytest.approx((90 + 80) / 2)  # one scored nothing
    assert criteria["meddic", "metrics"].average_coverage == pytest.approx(0.5)


def test_dashboard_for_one_rep(store: Store, calls: dict[str, int]) -> None:
    board = stats.dashboard(store, stats.Scope(MARCH.since, MARCH.until, rep="camille"))
    assert (board.totals.interviews, board.totals.ended) == (3, 2)
    assert board.verdicts == {"bant": {"qualified": 2}, "meddic": {"nurture": 1}}
    assert [(s.signal_id, s.interviews) for s in board.warnings] == [("single_decider", 2)]
    assert board.red_flags == ()
    assert board.totals.average_duration_s == pytest.approx(900)


def test_dashboard_for_one_framework(store: Store, calls: dict[str, int]) -> None:
    """The interviews that ran MEDDIC, and MEDDIC's figures only."""
    board = stats.dashboard(store, stats.Scope(MARCH.since, MARCH.until, framework="meddic"))
    assert (board.totals.interviews, board.totals.average_duration_s) == (1, pytest.approx(1200))
    assert board.stages == {"sql": 1}
    assert board.verdicts == {"meddic": {"nurture": 1}}
    assert [b.bank_id for b in board.banks] == ["meddic"]
    assert board.warnings == () and board.red_flags == ()
    assert [(c.criterion_id, c.average_coverage) for c in board.criteria] == [("metrics", 0.5)]


def test_single_figures_and_time_zones(store: Store, calls: dict[str, int]) -> None:
    # The same month seen from Paris (UTC+1 in March) starts an hour earlier: February's late call
    # (23:59 UTC on the 28th) now falls inside it.
    paris = dt.timezone(dt.timedelta(hours=1))
    scope = stats.Scope(dt.datetime(2026, 3, 1, tzinfo=paris), dt.datetime(2026, 4, 1, tzinfo=paris))
    assert stats.totals(store, scope).interviews == 5
    assert stats.stage_distribution(store, MARCH) == {"opportunity": 1, "recycled": 1, "sql": 1}
    assert stats.verdict_distribution(store, MARCH)["bant"] == {"qualified": 2, "disqualified": 1}
    assert [s.signal_id for s in stats.top_signals(store, MARCH, "positive")] == ["budget_allocated"]
    assert len(stats.top_signals(store, MARCH, "warning", limit=1)) == 1
    assert len(stats.criterion_coverage(store, MARCH)) == 4


def test_a_new_summary_replaces_the_old_figures(store: Store, calls: dict[str, int]) -> None:
    store.set_summary(
        calls["b"],
        {
            "verdicts": {"bant": "nurture"},
            "scores": {"bant": 50},
            "stage": "sal",
            "signals": [
                _signal("bant", "no_need", "red_flag"),
                _signal("bant", "spending_frozen", "red_flag"),
            ],
        },
    )
    board = stats.dashboard(store, MARCH)
    assert board.verdicts["bant"] == {"qualified": 2, "nurture": 1}
    assert board.stages == {"opportunity": 1, "sal": 1, "sql": 1}
    assert board.totals.average_red_flags == pytest.approx(2 / 3)  # counted from the signals listed
    assert [s.signal_id for s in board.warnings] == ["single_decider"]
    assert {(c.bank_id, c.criterion_id): c.interviews for c in board.criteria}["bant", "budget"] == 2


def test_an_empty_period(store: Store, calls: dict[str, int]) -> None:
    board = stats.dashboard(store, stats.Scope(dt.datetime(2020, 1, 1), dt.datetime(2020, 2, 1)))
    assert board.totals == stats.Totals(0, 0, None, None)
    assert (board.banks, board.stages, board.warnings, board.criteria) == ((), {}, (), ())


def test_imported_interviews_count_too(store: Store, calls: dict[str, int], tmp_path: Any) -> None:
    other = Store.open(f"sqlite:///{tmp_path}/other.db")
    try:
        for key in ("a", "c", "d"):
            document = export_document(store, calls[key])
            assert export_document(other, import_document(other, document)) == document
        board = stats.dashboard(other, MARCH)
        assert board.verdicts == {"bant": {"qualified": 2}, "meddic": {"nurture": 1}}
        assert [(s.signal_id, s.interviews) for s in board.warnings] == [("single_decider", 2)]
        assert board.totals.average_duration_s == pytest.approx(900)
        # The frameworks whose versions were unknown keep no version, but still count.
        imported = other.interview(other.interview_id_for_uid(store.interview(calls["a"]).uid) or 0)
        assert imported.banks == {"bant": "hash-bant"}
        assert [r.id for r in other.list_interviews(framework="meddic")] == [imported.id]
    finally:
        other.close()


# --- the browser ----------------------------------------------------------------------------------


def test_pages_of_the_browser(store: Store) -> None:
    start = dt.datetime(2026, 1, 5, 9, tzinfo=UTC)
    ids = []
    for n in range(7):
        frameworks = ["bant", "meddic"] if n % 2 else ["champ"]
        # Two calls share each start time: ties are broken by id, newest first.
        ids.append(
            _call(store, "camille", frameworks, start + dt.timedelta(hours=n // 2), 600, {"stage": "sql"})
        )
    newest_first = [ids[i] for i in (6, 5, 4, 3, 2, 1, 0)]
    assert [r.id for r in store.list_interviews()] == newest_first
    assert [r.id for r in store.list_interviews(limit=3)] == newest_first[:3]
    assert [r.id for r in store.list_interviews(limit=3, offset=3)] == newest_first[3:6]
    assert [r.id for r in store.list_interviews(limit=None, offset=5)] == newest_first[5:]
    # Keyset paging: each page starts after the last record of the one before.
    pages, before = [], None
    while True:
        page = store.list_interviews(limit=3, before=before)
        if not page:
            break
        pages.append([r.id for r in page])
        before = (page[-1].started_at, page[-1].id)
    assert pages == [newest_first[:3], newest_first[3:6], newest_first[6:]]
    window = store.list_interviews(
        since=start + dt.timedelta(hours=1), until=start + dt.timedelta(hours=3), framework="meddic"
    )
    assert [r.id for r in window] == [ids[5], ids[3]]
    record = store.list_interviews(limit=1, offset=1)[0]
    assert record.summary == {"stage": "sql"} and record.duration == pytest.approx(600)
    assert record.lead.name == "Ann Martin" and record.frameworks == ("bant", "meddic")


def test_listing_by_verdict_uses_each_bank(store: Store, calls: dict[str, int]) -> None:
    assert [r.id for r in store.list_interviews(verdict="nurture")] == [calls["a"]]
    assert sorted(r.id for r in store.list_interviews(verdict="disqualified")) == sorted(
        [calls["b"], calls["april"], calls["february"]]
    )
    assert [r.id for r in store.list_interviews(framework="soncase")] == [calls["c"]]
    assert [r.id for r in store.list_interviews(rep="yanis", since=MARCH.since)] == [calls["b"]]


def test_sqlite_plans_read_indexes_not_tables(tmp_path: Any) -> None:
    """The dashboard and the browser read index slices; only the tiny key tables are scanned."""
    store = Store.open(f"sqlite:///{tmp_path}/plans.db")
    seen: list[tuple[str, Any]] = []

    def _capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    try:
        money_first = _signal("bant", "money_before_need", "warning", "process")
        summary = {"verdicts": {"bant": "qualified"}, "signals": [money_first]}
        _call(store, "camille", ["bant"], _march(2), 60, summary)
        _call(store, "camille", ["soncase"], _march(3), 60, {"scores": {"soncase": 50}})
        event.listen(store.engine, "before_cursor_execute", _capture)
        stats.dashboard(store, MARCH)
        stats.dashboard(store, stats.Scope(MARCH.since, MARCH.until, rep="camille", framework="bant"))
        stats.known_reps(store)
        store.list_interviews(limit=50)
        store.list_interviews(framework="bant", since=MARCH.since, until=MARCH.until, limit=50)
        event.remove(store.engine, "before_cursor_execute", _capture)
        assert len(seen) >= 22
        with store.engine.connect() as connection:
            for statement, parameters in seen:
                plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
                for line in (row[3] for row in plan if row[3].startswith("SCAN")):
                    table = line.split()[1]
                    # A key table (a handful of rows), or the listing walking an index newest first.
                    assert table.endswith("_keys") or (table == "interviews" and "INDEX" in line), (
                        statement,
                        plan,
                    )
    finally:
        store.close()


# --- the 0002 migration ---------------------------------------------------------------------------

TZ = sa.DateTime(timezone=True)
OLD = {
    "leads": sa.table(
        "leads",
        *(sa.column(c) for c in ("id", "uid", "name", "company", "role")),
        sa.column("firmographics", sa.JSON),
        sa.column("created_at", TZ),
    ),
    "interviews": sa.table(
        "interviews",
        *(sa.column(c) for c in ("id", "uid", "lead_id", "rep", "lang", "status", "last_seq")),
        sa.column("frameworks", sa.JSON),
        sa.column("verdict_overrides", sa.JSON),
        sa.column("summary", sa.JSON),
        sa.column("started_at", TZ),
        sa.column("ended_at", TZ),
    ),
    "interview_banks": sa.table(
        "interview_banks", *(sa.column(c) for c in ("interview_id", "bank_id", "content_hash"))
    ),
    "events": sa.table(
        "events",
        *(sa.column(c) for c in ("interview_id", "seq", "at", "kind", "question_id")),
        sa.column("payload", sa.JSON),
        sa.column("recorded_at", TZ),
    ),
}


def _old_interview(
    iid: int,
    rep: str,
    frameworks: list[str],
    summary: dict[str, Any],
    start: dt.datetime,
    duration: int | None,
) -> dict[str, Any]:
    return {
        "id": iid,
        "uid": f"i{iid}",
        "lead_id": 1,
        "rep": rep,
        "lang": "en",
        "status": "open" if duration is None else "ended",
        "last_seq": 1,
        "frameworks": frameworks,
        "verdict_overrides": {},
        "summary": summary,
        "started_at": start,
        "ended_at": None if duration is None else start + dt.timedelta(seconds=duration),
    }


def test_upgrade_from_0001_backfills_from_the_summaries(db_url: str) -> None:
    engine = make_engine(db_url)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    start = _march(3)
    old_summary = {
        "verdicts": {"bant": "qualified", "meddic": "nurture"},
        "scores": {"bant": 82.5},
        "stage": "sql",
    }
    new_summary = {
        "verdicts": {"champ": "disqualified"},
        "scores": {"champ": 20},
        "coverage": {"champ": 0.6},
        "stage": "recycled",
        "criteria": _criteria(champ={"money": (0.5, 10)}),
        "signals": [
            _signal("champ", "no_challenge", "red_flag"),
            _signal("champ", "single_decider", "warning"),
        ],
    }
    with engine.begin() as connection:
        connection.execute(
            OLD["leads"].insert(),
            [
                {
                    "id": 1,
                    "uid": "l1",
                    "name": "Ann",
                    "company": "Acme",
                    "role": None,
                    "firmographics": {},
                    "created_at": start,
                }
            ],
        )
        connection.execute(
            OLD["interviews"].insert(),
            [
                _old_interview(1, "camille", ["bant", "meddic"], old_summary, start, 1500),
                _old_interview(2, "yanis", ["champ"], new_summary, _march(4), 900),
                _old_interview(3, "yanis", ["bant"], {}, _march(5), None),
            ],
        )
        connection.execute(
            OLD["interview_banks"].insert(),
            [
                {"interview_id": 1, "bank_id": "bant", "content_hash": "h-bant"},  # meddic's row missing
                {"interview_id": 2, "bank_id": "champ", "content_hash": "h-champ"},
                {"interview_id": 3, "bank_id": "bant", "content_hash": "h-bant"},
            ],
        )
        note = {"seq": 1, "at": 5.0, "kind": "note", "question_id": None, "payload": {"text": "hi"}}
        connection.execute(
            OLD["events"].insert(), [{**note, "interview_id": i, "recorded_at": start} for i in (1, 2, 3)]
        )
    assert schema_state(engine) == ("behind", "0001")
    upgrade(engine)
    assert schema_state(engine) == ("current", head_revision())

    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, stage, red_flags, duration_s FROM interviews ORDER BY id")
        ).all()
        assert [tuple(r) for r in rows] == [
            (1, "sql", None, 1500.0),
            (2, "recycled", 1, 900.0),
            (3, None, None, None),
        ]
        banks = connection.execute(
            text(
                "SELECT interview_id, bank_id, content_hash, verdict, score, coverage, rep "
                "FROM interview_banks ORDER BY interview_id, bank_id"
            )
        ).all()
        assert [tuple(r) for r in banks] == [
            (1, "bant", "h-bant", "qualified", 82.5, None, "camille"),
            (1, "meddic", None, "nurture", None, None, "camille"),
            (2, "champ", "h-champ", "disqualified", 20.0, 0.6, "yanis"),
            (3, "bant", "h-bant", None, None, None, "yanis"),
        ]
        keys = connection.execute(text("SELECT bank_id, verdict FROM verdict_keys ORDER BY bank_id")).all()
        assert [tuple(k) for k in keys] == [
            ("bant", "qualified"),
            ("champ", "disqualified"),
            ("meddic", "nurture"),
        ]
    engine.dispose()

    store = Store.open(db_url)
    try:
        assert store.interview(1).banks == {"bant": "h-bant"}  # the unknown version is not invented
        assert [r.id for r in store.list_interviews(framework="meddic")] == [1]
        assert [r.id for r in store.list_interviews(verdict="disqualified")] == [2]
        board = stats.dashboard(store, MARCH)
        assert board.verdicts == {
            "bant": {"qualified": 1},
            "champ": {"disqualified": 1},
            "meddic": {"nurture": 1},
        }
        assert board.stages == {"recycled": 1, "sql": 1} and board.totals.interviews == 3
        assert [(s.signal_id, s.interviews) for s in board.red_flags] == [("no_challenge", 1)]
        assert [(c.bank_id, c.criterion_id, c.average_coverage) for c in board.criteria] == [
            ("champ", "money", 0.5)
        ]
        # New writes go on as usual on the upgraded file.
        store.append_event(3, "answer_given", 9.0, "bant.need.pain", {"value": "x"})
        assert [e.seq for e in store.events(3)] == [1, 2]
    finally:
        store.close()


def test_models_match_the_migrations(db_url: str) -> None:
    """What autogenerate would write after upgrading: nothing (models and migrations agree)."""
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_downgrade_to_0001_keeps_the_log(db_url: str) -> None:
    """Back to 0001 drops the copies only: events, versions and summaries stay."""
    store = Store.open(db_url)
    iid = _call(store, "camille", ["bant", "meddic"], _march(2), 600, {"verdicts": {"bant": "qualified"}})
    store.close()
    engine = make_engine(db_url)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert schema_state(engine) == ("behind", "0001")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM events")).scalar() == 2
        banks = connection.execute(text("SELECT bank_id, content_hash FROM interview_banks")).all()
        assert [tuple(b) for b in banks] == [("bant", "hash-bant")]  # the unknown version had no row
        assert "qualified" in str(connection.execute(text("SELECT summary FROM interviews")).scalar())
    upgrade(engine)
    engine.dispose()
    store = Store.open(db_url)
    try:
        assert [e.kind for e in store.events(iid)] == ["answer_given", "interview_ended"]
        assert stats.verdict_distribution(store, MARCH) == {"bant": {"qualified": 1}}
    finally:
        store.close()


# --- durations and process signals per rep ----------------------------------------------------------

APRIL = stats.Scope(dt.datetime(2026, 4, 1, tzinfo=UTC), dt.datetime(2026, 5, 1, tzinfo=UTC))


def _april(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, 4, day, hour, tzinfo=UTC)


def _judged(verdicts: dict[str, str], *signals: dict[str, str], **scores: float) -> dict[str, Any]:
    return {"verdicts": verdicts, "scores": scores, "stage": "sal", "signals": list(signals)}


MONEY_FIRST = _signal("bant", "money_before_need", "warning", "process")
NO_AUTHORITY = _signal("bant", "authority_never_asked", "warning", "process")
ANUM_MONEY_FIRST = _signal("anum", "money_before_need", "warning", "process")
NO_READING = _signal("soncase", "own_reading_missing", "warning", "process")


@pytest.fixture
def team(store: Store) -> dict[str, int]:
    """Nine calls in April by three reps (one open, one ended without a summary), one in May.

    Durations, in minutes: camille 5, 15, 25, 40; yanis 50, 60, 10 and one open; zoé 20.
    """
    ids = {}
    ids["c1"] = _call(store, "camille", ["bant"], _april(1), 300, _judged({"bant": "nurture"}, MONEY_FIRST))
    lead_warning = _signal("bant", "single_decider", "warning")  # about the lead: not a process signal
    ids["c2"] = _call(
        store, "camille", ["bant"], _april(2), 900, _judged({"bant": "qualified"}, lead_warning)
    )
    ids["c3"] = _call(
        store,
        "camille",
        ["bant", "anum"],
        _april(3),
        1500,
        _judged({"bant": "qualified", "anum": "nurture"}, MONEY_FIRST, ANUM_MONEY_FIRST, NO_AUTHORITY),
    )
    ids["c4"] = _call(store, "camille", ["meddic"], _april(4), 2400, _judged({"meddic": "disqualified"}))
    ids["y1"] = _call(
        store, "yanis", ["bant"], _april(5), 3000, _judged({"bant": "insufficient"}, NO_AUTHORITY)
    )
    ids["y2"] = _call(store, "yanis", ["bant"], _april(6), 3600, _judged({"bant": "qualified"}))
    # SONCASE draws a profile: judged through its score, without a verdict.
    ids["y3"] = _call(store, "yanis", ["soncase"], _april(7), 600, _judged({}, NO_READING, soncase=60))
    ids["y4"] = _call(store, "yanis", ["bant"], _april(8), None)  # still open
    ids["z1"] = _call(store, "zoé", ["bant"], _april(9), 1200)  # ended, no summary
    ids["may"] = _call(
        store,
        "camille",
        ["bant"],
        dt.datetime(2026, 5, 1, tzinfo=UTC),
        100,
        _judged({"bant": "nurture"}, MONEY_FIRST),
    )
    return ids


def _rates(rep: stats.RepFigures) -> list[tuple[str, int, int]]:
    return [(f"{r.bank_id}.{r.signal_id}", r.interviews, r.of) for r in rep.process]


def test_duration_distribution_of_a_month(store: Store, team: dict[str, int]) -> None:
    board = stats.dashboard(store, APRIL)
    durations = board.durations
    # Ended in April: 5, 10, 15, 20, 25, 40, 50, 60 minutes (edges fall in the bucket they open).
    assert durations.interviews == 8
    assert durations.median_s == pytest.approx((1200 + 1500) / 2)
    assert [(b.label, b.from_min, b.to_min, b.interviews) for b in durations.buckets] == [
        ("<10", 0, 10, 1),
        ("10-20", 10, 20, 2),
        ("20-30", 20, 30, 2),
        ("30-45", 30, 45, 1),
        ("45-60", 45, 60, 1),
        (">=60", 60, None, 1),
    ]
    yanis = stats.duration_distribution(store, stats.Scope(APRIL.since, APRIL.until, rep="yanis"))
    assert (yanis.interviews, yanis.median_s) == (3, pytest.approx(3000))  # 10, 50, 60: the middle one
    camille = stats.duration_distribution(store, stats.Scope(APRIL.since, APRIL.until, rep="camille"))
    assert camille.median_s == pytest.approx((900 + 1500) / 2)
    meddic = stats.duration_distribution(store, stats.Scope(APRIL.since, APRIL.until, framework="meddic"))
    assert (meddic.interviews, meddic.median_s) == (1, pytest.approx(2400))
    assert [b.interviews for b in meddic.buckets] == [0, 0, 0, 1, 0, 0]


def test_figures_per_rep(store: Store, team: dict[str, int]) -> None:
    reps = stats.dashboard(store, APRIL).reps
    assert [(r.rep, r.interviews, r.ended) for r in reps] == [
        ("camille", 4, 4),
        ("yanis", 4, 3),
        ("zoé", 1, 1),
    ]
    camille, yanis, zoe = reps
    assert camille.average_duration_s == pytest.approx((300 + 900 + 1500 + 2400) / 4)
    assert yanis.average_duration_s == pytest.approx((3000 + 3600 + 600) / 3)
    assert zoe.average_duration_s == pytest.approx(1200)
    # Out of the interviews each rep's bank judged: camille ran BANT 3 times, ANUM once; yanis ran
    # BANT twice to a summary (the open call does not count) and SONCASE once.
    assert _rates(camille) == [
        ("anum.money_before_need", 1, 1),
        ("bant.money_before_need", 2, 3),
        ("bant.authority_never_asked", 1, 3),
    ]
    assert [r.share for r in camille.process] == pytest.approx([1.0, 2 / 3, 1 / 3])
    assert _rates(yanis) == [
        ("soncase.own_reading_missing", 1, 1),
        ("bant.authority_never_asked", 1, 2),
        ("bant.money_before_need", 0, 2),
    ]
    assert {r.kind for r in yanis.process} == {"warning"}
    assert zoe.process == ()  # her only call has no summary: no bank judged it


def test_figures_per_rep_with_filters(store: Store, team: dict[str, int]) -> None:
    bant = stats.rep_figures(store, stats.Scope(APRIL.since, APRIL.until, framework="bant"))
    assert [(r.rep, r.interviews, r.ended) for r in bant] == [
        ("camille", 3, 3),
        ("yanis", 3, 2),
        ("zoé", 1, 1),
    ]
    assert bant[0].average_duration_s == pytest.approx((300 + 900 + 1500) / 3)
    assert _rates(bant[0]) == [("bant.money_before_need", 2, 3), ("bant.authority_never_asked", 1, 3)]
    assert _rates(bant[1]) == [("bant.authority_never_asked", 1, 2), ("bant.money_before_need", 0, 2)]
    (yanis,) = stats.rep_figures(store, stats.Scope(APRIL.since, APRIL.until, rep="yanis"))
    # Only his own signals fired in this scope: camille's do not show as zeros for him.
    assert _rates(yanis) == [("soncase.own_reading_missing", 1, 1), ("bant.authority_never_asked", 1, 2)]
    may = stats.rep_figures(store, stats.Scope(APRIL.until, dt.datetime(2026, 6, 1, tzinfo=UTC)))
    assert [(r.rep, _rates(r)) for r in may] == [("camille", [("bant.money_before_need", 1, 1)])]


def test_known_reps_and_an_empty_period(store: Store, team: dict[str, int]) -> None:
    assert stats.known_reps(store) == ("camille", "yanis", "zoé")
    board = stats.dashboard(store, stats.Scope(dt.datetime(2020, 1, 1), dt.datetime(2020, 2, 1)))
    assert board.reps == ()
    assert board.durations.interviews == 0 and board.durations.median_s is None
    assert [b.interviews for b in board.durations.buckets] == [0] * 6


def test_known_reps_of_an_empty_database(store: Store) -> None:
    assert stats.known_reps(store) == ()


@pytest.mark.parametrize(
    "minutes",
    [
        [42],
        [9.99, 10],  # the middle pair straddles a bucket edge
        [1, 2, 3, 61, 62, 90, 120],  # the median in the open last bucket
        [10, 10, 10, 20, 20, 45, 59.5, 60, 60, 300],
    ],
)
def test_the_median_reads_the_right_buckets(store: Store, minutes: list[float]) -> None:
    for day, length in enumerate(minutes, start=1):
        _call(store, "camille", ["bant"], _april(day), length * 60, {"stage": "sal"})
    durations = stats.duration_distribution(store, APRIL)
    assert durations.interviews == len(minutes)
    assert durations.median_s == pytest.approx(statistics.median(minutes) * 60)
