"""The browser's listing: every sort and filter, keyset pages, counts; on SQLite and PostgreSQL.

One set of 30 calls, with ties in every column (two calls per start time, leads sharing a name,
reps, stages...) and empty values (no company, open calls, no summary, frameworks not run), is
checked against the order worked out here in Python: a column's value, then its tie-breakers,
empty values last in either direction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from storage.db import StorageError
from storage.repository import SORTS, Cursor, Listing, Store

from .conftest import PG_URL, REQUIRE_PG, _pg_admin

UTC = dt.UTC
START = dt.datetime(2026, 3, 2, 9, tzinfo=UTC)
LEADS = (  # two leads are called Ann Martin, two Bob Durand: ties broken by lead, then interview
    ("Ann Martin", "Acme"),
    ("Bob Durand", "Globex"),
    ("Ann Martin", "Globex"),
    ("Chloé Petit", None),
    ("Bob Durand", None),
    ("Élodie Ôzil", "Ÿves SARL"),  # capitals beyond ASCII: SQLite's own lower() leaves them
)
REPS = ("camille", "léa", "yanis")
VERDICTS = ("qualified", "nurture", "disqualified", None)
STAGES = ("sql", "recycled", "opportunity")


@dataclass
class Call:
    id: int
    lead_id: int
    name: str
    company: str | None
    rep: str
    frameworks: list[str]
    started: dt.datetime
    duration: float | None
    stage: str | None = None
    red_flags: int | None = None
    verdicts: dict[str, str] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class Data:
    store: Store
    calls: list[Call]


def _record_calls(store: Store) -> list[Call]:
    leads = [store.create_lead(name, company) for name, company in LEADS]
    calls = []
    for n in range(30):
        lead = leads[n % len(leads)]
        frameworks = ["bant"] if n % 2 else (["meddic", "bant"] if n % 3 else ["champ"])
        started = START + dt.timedelta(hours=n // 2)  # two calls per start time
        record = store.start_interview(lead.id, REPS[n % 3], frameworks, "en", started_at=started)
        call = Call(record.id, lead.id, lead.name, lead.company, REPS[n % 3], frameworks, started, None)
        calls.append(call)
        if n % 7 == 3:
            continue  # still open: no duration, no summary
        call.duration = float((600, 1200, 1800)[n % 3])
        if n % 5 == 4:  # ended without a summary
            store.end_interview(record.id, call.duration)
            continue
        verdict = VERDICTS[n % 4]
        call.verdicts = {"bant": verdict} if verdict and "bant" in frameworks else {}
        if "meddic" in frameworks:
            call.verdicts["meddic"] = VERDICTS[(n + 1) % 3]
        call.scores = {b: float(10 * (n % 6)) for b in frameworks if b != "champ"}
        call.stage, call.red_flags = STAGES[n % 3], n % 3
        summary = {
            "verdicts": call.verdicts,
            "scores": call.scores,
            "stage": call.stage,
            "red_flags": call.red_flags,
        }
        store.end_interview(record.id, call.duration, summary)
    return calls


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def data(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Data]:
    """The 30 calls, recorded once per kind of database (the tests here only read)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('listing')}/qualify.db"
        store = Store.open(url)
        yield Data(store, _record_calls(store))
        store.close()
        return
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("QUALIFY_REQUIRE_POSTGRES=1 but QUALIFY_TEST_POSTGRES_URL is not set")
        pytest.skip("set QUALIFY_TEST_POSTGRES_URL (see .ci/postgres.sh) to run on PostgreSQL")
    name = f"qualify_t_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    store = Store.open(make_url(PG_URL).set(database=name).render_as_string(hide_password=False))
    try:
        yield Data(store, _record_calls(store))
    finally:
        store.close()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _value(call: Call, sort: str) -> Any:
    column, _, bank = sort.partition(":")
    return {
        "started": call.started,
        "lead": call.name,
        "company": call.company,
        "rep": call.rep,
        "duration": call.duration,
        "stage": call.stage,
        "red_flags": call.red_flags,
        "verdict": call.verdicts.get(bank),
        "score": call.scores.get(bank),
    }[column]


def expected(calls: list[Call], sort: str = "started", descending: bool = True) -> list[int]:
    """Ids in the listing's order: the value, the tie-breakers; empty values last either way."""

    def ties(call: Call) -> tuple[int, ...]:
        return (call.lead_id, call.id) if sort in ("lead", "company") else (call.id,)

    valued = [c for c in calls if _value(c, sort) is not None]
    empty = [c for c in calls if _value(c, sort) is None]
    valued.sort(key=lambda c: (_value(c, sort), *ties(c)), reverse=descending)
    empty.sort(key=ties, reverse=descending)
    return [c.id for c in valued + empty]


def all_pages(store: Store, listing: Listing, size: int) -> list[list[int]]:
    pages, after = [], None
    for _ in range(100):
        page = store.browse(listing, after=after, limit=size)
        if page.records:
            pages.append([r.id for r in page.records])
        if page.after is None:
            return pages
        after = page.after
    raise AssertionError("paging never ended")


EVERY_SORT = [s for s in SORTS if s not in ("verdict", "score")] + ["verdict:bant", "score:meddic"]


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
@pytest.mark.parametrize("sort", EVERY_SORT)
def test_every_sort_in_order_and_in_pages(data: Data, sort: str, descending: bool) -> None:
    listing = Listing(sort=sort, descending=descending)
    want = expected(data.calls, sort, descending)
    assert [r.id for r in data.store.browse(listing, limit=None).records] == want
    for size in (1, 4, 7, 30):
        pages = all_pages(data.store, listing, size)
        assert [i for page in pages for i in page] == want, size  # no gap, no repeat
        assert all(len(page) == size for page in pages[:-1])


def test_empty_values_come_last_in_both_directions(data: Data) -> None:
    still_open = {c.id for c in data.calls if c.duration is None}
    for descending in (True, False):
        ids = [r.id for r in data.store.browse(Listing(sort="duration", descending=descending)).records]
        assert set(ids[-len(still_open) :]) == still_open


FILTERS: list[tuple[dict[str, Any], Callable[[Call], bool]]] = [
    ({"text": "ann"}, lambda c: c.name == "Ann Martin"),
    ({"text": "GLOB"}, lambda c: c.company == "Globex"),
    ({"name": "bob"}, lambda c: c.name == "Bob Durand"),
    ({"name": "chloé"}, lambda c: c.name == "Chloé Petit"),
    ({"name": "acme"}, lambda c: False),  # the name only, not the company
    ({"company": "acm"}, lambda c: c.company == "Acme"),
    ({"text": "%"}, lambda c: False),  # LIKE's wildcards are searched as typed
    ({"text": "_"}, lambda c: False),
    ({"rep": "léa"}, lambda c: c.rep == "léa"),
    ({"rep": "LÉ"}, lambda c: False),  # exactly
    ({"rep_text": "LÉ"}, lambda c: c.rep == "léa"),  # contains, any case
    ({"rep_text": "a"}, lambda c: "a" in c.rep),
    ({"framework": "meddic"}, lambda c: "meddic" in c.frameworks),
    ({"verdict": "nurture"}, lambda c: "nurture" in c.verdicts.values()),
    ({"framework": "bant", "verdict": "nurture"}, lambda c: c.verdicts.get("bant") == "nurture"),
    (  # counted from interview_banks' copies of the start and the rep
        {"framework": "bant", "rep": "yanis", "since": START + dt.timedelta(hours=4)},
        lambda c: "bant" in c.frameworks and c.rep == "yanis" and c.started >= START + dt.timedelta(hours=4),
    ),
    ({"stage": "recycled"}, lambda c: c.stage == "recycled"),
    ({"status": "open"}, lambda c: c.duration is None),
    ({"status": "ended"}, lambda c: c.duration is not None),
    ({"min_red_flags": 1}, lambda c: (c.red_flags or 0) >= 1),
    ({"min_red_flags": 2}, lambda c: (c.red_flags or 0) >= 2),
    (
        {"since": START + dt.timedelta(hours=3), "until": START + dt.timedelta(hours=6)},
        lambda c: START + dt.timedelta(hours=3) <= c.started < START + dt.timedelta(hours=6),
    ),
    ({"text": "élodie"}, lambda c: "élodie" in c.name.lower()),
    ({"name": "ÉLODIE ÔZ"}, lambda c: "élodie ôz" in c.name.lower()),
    ({"company": "ÿves"}, lambda c: "ÿves" in (c.company or "").lower()),
    (
        {"rep": "camille", "stage": "sql", "min_red_flags": 0, "text": "a"},
        lambda c: c.rep == "camille" and c.stage == "sql" and "a" in (c.name + (c.company or "")).lower(),
    ),
]


@pytest.mark.parametrize(("filters", "keep"), FILTERS, ids=[str(f) for f, _ in FILTERS])
def test_every_filter_with_its_count(
    data: Data, filters: dict[str, Any], keep: Callable[[Call], bool]
) -> None:
    kept = [c for c in data.calls if keep(c)]
    listing = Listing(**filters)
    assert [r.id for r in data.store.browse(listing, limit=None).records] == expected(kept)
    assert data.store.count_listed(listing) == len(kept)
    # Filtered and sorted by a column with ties and empty values, in pages of 2.
    by_company = Listing(**filters, sort="company", descending=False)
    assert [i for p in all_pages(data.store, by_company, 2) for i in p] == expected(kept, "company", False)


def test_count_of_everything(data: Data) -> None:
    assert data.store.count_listed(Listing()) == len(data.calls)


@pytest.mark.parametrize("sort", ["started", "duration", "verdict:bant", "lead"])
def test_offsets_cross_into_the_empty_values(data: Data, sort: str) -> None:
    want = expected(data.calls, sort, False)
    for offset in (0, 5, len(want) - 3, len(want) - 1, len(want), len(want) + 4):
        got = data.store.browse(Listing(sort=sort, descending=False), limit=4, offset=offset).records
        assert [r.id for r in got] == want[offset : offset + 4], offset


@pytest.mark.parametrize("sort", ["started", "company", "duration", "verdict:bant", "score:meddic"])
def test_paging_on_from_any_interview(data: Data, sort: str) -> None:
    """`cursor_at` continues after a given interview: what `qualify interviews list --after` uses."""
    listing = Listing(sort=sort)
    want = expected(data.calls, sort)
    for position in (0, 11, len(want) - 2, len(want) - 1):
        cursor = data.store.cursor_at(listing, want[position])
        after = data.store.browse(listing, after=cursor, limit=None).records
        assert [r.id for r in after] == want[position + 1 :], position
    with pytest.raises(StorageError, match="no interview 9999"):
        data.store.cursor_at(listing, 9999)


def test_old_arguments_still_work(data: Data) -> None:
    calls = data.calls
    assert [r.id for r in data.store.list_interviews()] == expected(calls)
    assert [r.id for r in data.store.list_interviews(lead="chloé", limit=2)] == expected(
        [c for c in calls if c.name == "Chloé Petit"]
    )[:2]
    newest = data.store.list_interviews(limit=3)
    rest = data.store.list_interviews(before=(newest[-1].started_at, newest[-1].id), limit=None)
    assert [r.id for r in newest + rest] == expected(calls)
    assert [r.id for r in data.store.list_interviews(sort="rep", descending=False, stage="sql")] == expected(
        [c for c in calls if c.stage == "sql"], "rep", False
    )


def test_bad_sorts_and_cursors_are_refused(data: Data) -> None:
    for sort in ("colour", "verdict", "score", "lead:bant", ""):
        with pytest.raises(ValueError, match="sort"):
            Listing(sort=sort)
    page = data.store.browse(Listing(sort="lead"), limit=2)
    assert isinstance(page.after, Cursor)
    with pytest.raises(ValueError, match="cannot page"):
        data.store.browse(Listing(sort="rep"), after=page.after)
    with pytest.raises(ValueError, match="cannot page"):
        data.store.browse(Listing(sort="lead", descending=False), after=page.after)


def test_pages_neither_skip_nor_repeat_when_calls_are_added(db_url: str) -> None:
    store = Store.open(db_url)
    try:
        calls = _record_calls(store)
        listing = Listing(sort="lead", descending=False)
        first = store.browse(listing, limit=10)
        lead = store.create_lead("Aaron First", "Zeta")  # sorts before every page already read
        store.start_interview(lead.id, "camille", ["bant"], "en", started_at=START)
        rest = store.browse(listing, after=first.after, limit=None)
        seen = [r.id for r in first.records + rest.records]
        assert seen == expected(calls, "lead", False)
    finally:
        store.close()


def test_sqlite_walks_an_index_for_every_sort(tmp_path: Path) -> None:
    """No sort of the table for any sort's pages, deep or not: each page walks an index in order."""
    store = Store.open(f"sqlite:///{tmp_path}/plans.db")
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "ORDER BY" in statement:
            seen.append((statement, parameters))

    try:
        _record_calls(store)
        event.listen(store.engine, "before_cursor_execute", capture)
        for sort in EVERY_SORT:
            for descending in (True, False):
                listing = Listing(sort=sort, descending=descending)
                page = store.browse(listing, limit=3)
                store.browse(listing, after=page.after, limit=3)
                last = store.browse(listing, limit=None).records[-1]
                store.browse(listing, after=store.cursor_at(listing, last.id), limit=3)
        event.remove(store.engine, "before_cursor_execute", capture)
        with store.engine.connect() as connection:
            for statement, parameters in seen:
                plan = [
                    row[3]
                    for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                ]
                assert not [line for line in plan if "TEMP B-TREE" in line], (statement, plan)
    finally:
        store.close()
