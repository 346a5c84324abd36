"""The interview browser, driven by Textual's pilot on a real SQLite file.

Pages are made small here (4 rows, then 4 more) so that paging shows with a handful of calls.
The replay and compare screens are not this screen's: a small app records what it was asked to open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from textual.widgets import Input, Static

from interview.app_factory import OpenScreen, build_context
from interview.safe_text import printable_line
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens import browser
from interview.tui.screens.browser import BrowserScreen, InterviewTable, parse_filter
from storage.repository import Listing, Store

from .conftest import wait_until

START = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
HOSTILE = "[@click=app.quit]Evil[/] \x1b[31m"
# (lead, company, rep, frameworks, verdict of the first, red flags); one call an hour, in this order.
CALLS = [
    ("Ann Martin", "Acme", "camille", ["bant"], "qualified", 0),
    ("Bob Durand", "Globex", "yanis", ["meddic", "bant"], "nurture", 1),
    ("Chloé Petit", None, "camille", ["bant"], "disqualified", 2),
    (HOSTILE, "Initech", "léa", ["champ"], "qualified", 0),
    ("Dan Roux", "Acme", "yanis", ["bant"], "nurture", 0),
    ("Eve Simon", "Hooli", "camille", ["meddic"], "qualified", 1),
    ("Farid Noor", "Globex", "léa", ["bant"], None, 0),  # still open
    ("Gus Lopez", "Acme", "yanis", ["bant"], "disqualified", 3),
    ("Hugo Blanc", "Vandelay", "camille", ["icp"], "qualified", 0),
    ("Inès Morel", "Acme", "léa", ["bant"], "nurture", 0),
]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[int]]:
    """The calls above in a SQLite file (only read by the tests); their ids in CALLS order."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser')}/team.db"
    store = Store.open(url)
    ids = []
    for n, (name, company, rep, frameworks, verdict, flags) in enumerate(CALLS):
        lead = store.create_lead(name, company)
        iid = store.start_interview(
            lead.id, rep, frameworks, "en", started_at=START + dt.timedelta(hours=n)
        ).id
        if verdict is not None:
            summary = {"verdicts": {frameworks[0]: verdict}, "stage": "sql", "red_flags": flags}
            store.end_interview(iid, 600.0 + 60 * n, summary)
        ids.append(iid)
    store.close()
    return url, ids


@pytest.fixture(autouse=True)
def small_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(browser, "FIRST_PAGE", 4)
    monkeypatch.setattr(browser, "NEXT_PAGE", 4)
    monkeypatch.setattr(browser, "NEAR_END", 1)
    yield


class RecordingApp(QualifyApp):
    """Opens the browser; records which replay or comparison it was asked for instead of showing it."""

    def __init__(self, url: str, env: dict[str, str], lang: str = "en") -> None:
        settings = load_settings({"rep": "Camille", "database_url": url, "lang": lang}, env)
        super().__init__(build_context(settings), start=OpenScreen("browser"))
        self.opened: list[tuple[Any, ...]] = []

    def open_replay(self, interview_id: int) -> None:
        self.opened.append(("replay", interview_id))

    def open_compare(self, first: int, second: int) -> None:
        self.opened.append(("compare", first, second))


def screen_of(app: QualifyApp) -> BrowserScreen:
    assert isinstance(app.screen, BrowserScreen)
    return app.screen


def shown(app: QualifyApp) -> list[int]:
    return [row.id for row in screen_of(app).rows]


def status(app: QualifyApp) -> str:
    return str(app.screen.query_one("#browser-status", Static).render())


async def opened(app: QualifyApp, pilot: Any) -> BrowserScreen:
    await wait_until(app, pilot, lambda: isinstance(app.screen, BrowserScreen) and app.screen.rows)
    return screen_of(app)


def newest_first(ids: list[int]) -> list[int]:
    return list(reversed(ids))


async def test_pages_load_as_the_cursor_goes_down_and_enter_replays(
    database: tuple[str, list[int]], clean_env: dict[str, str]
) -> None:
    url, ids = database
    app = RecordingApp(url, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(app, pilot)
        await wait_until(app, pilot, lambda: screen.total == len(CALLS))
        assert shown(app) == newest_first(ids)[:4]  # the first page only
        assert "4 of 10" in status(app)
        table = screen.query_one(InterviewTable)
        await pilot.press("down", "down", "down")  # near the end of what is loaded: the next page
        await wait_until(app, pilot, lambda: len(screen.rows) == 8)
        await pilot.press("end")  # the last row loaded, then the rest
        await wait_until(app, pilot, lambda: len(screen.rows) == 10 and screen.next_after is None)
        assert shown(app) == newest_first(ids)  # no gap, no repeat
        assert table.row_count == 10
        # People's text is shown as typed: no markup acted on, the escape character made visible.
        hostile = table.get_row(str(ids[3]))[1]
        assert hostile.plain == printable_line(HOSTILE) and not hostile.spans
        await pilot.press("home", "down", "enter")
        assert app.opened == [("replay", newest_first(ids)[1])]
        await pilot.press("escape")
        assert not isinstance(app.screen, BrowserScreen)  # back where it was opened from


async def test_sort_by_header_by_keys_and_by_verdict(
    database: tuple[str, list[int]], clean_env: dict[str, str]
) -> None:
    url, _ids = database
    app = RecordingApp(url, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(app, pilot)
        await pilot.click("#browser-table", offset=(15, 0))  # the Lead header
        await wait_until(app, pilot, lambda: screen.listing.sort == "lead" and len(screen.rows) == 4)
        assert not screen.listing.descending  # texts start A to Z
        assert [row.name for row in screen.rows] == sorted(c[0] for c in CALLS)[:4]
        assert "Lead ▲" in status(app)
        await pilot.press("r")  # reverse
        await wait_until(app, pilot, lambda: screen.listing.descending and len(screen.rows) == 4)
        assert [row.name for row in screen.rows] == sorted((c[0] for c in CALLS), reverse=True)[:4]
        await pilot.press("s")  # the next sort: company, A to Z, empty companies last
        await wait_until(app, pilot, lambda: screen.listing.sort == "company" and len(screen.rows) == 4)
        assert [row.company for row in screen.rows] == ["Acme"] * 4
        # The verdict of the framework under the cursor (Acme's calls are BANT ones), best first.
        screen.sort_by("verdict")
        await wait_until(app, pilot, lambda: screen.listing.sort == "verdict:bant" and len(screen.rows) == 4)
        assert [row.verdicts[-1] for row in screen.rows] == [
            "qualified",
            "nurture",
            "nurture",
            "disqualified",
        ]


async def test_filter_field_and_compare(database: tuple[str, list[int]], clean_env: dict[str, str]) -> None:
    url, ids = database
    app = RecordingApp(url, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(app, pilot)
        await pilot.press("slash")
        field = screen.query_one("#browser-filter", Input)
        assert screen.focused is field and screen.query_one("#browser-help").has_class("-shown")
        field.value = "rep:yanis acme flags:1"
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: screen.listing.rep_text == "yanis" and screen.total == 1)
        assert shown(app) == [ids[7]]  # Gus Lopez: yanis, Acme, 3 red flags
        assert screen.focused is screen.query_one(InterviewTable)
        await pilot.press("slash")
        field.value = "colour:blue"
        await pilot.press("enter")
        assert "unknown filter 'colour:'" in status(app)
        assert screen.listing.rep_text == "yanis"  # the listing stays as it was
        field.value = "fw:bant sort:-red_flags"
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: screen.listing.framework == "bant" and screen.loading is False)
        assert screen.listing == Listing(framework="bant", sort="red_flags", descending=True)
        await pilot.press("m", "down", "m")  # mark two: they open side by side
        assert app.opened == [("compare", ids[7], ids[2])]  # 3 red flags, then 2
        assert screen.marked == []
        await pilot.press("slash", "escape")  # Escape leaves the field for the list
        assert screen.focused is screen.query_one(InterviewTable) and app.screen is screen


async def test_french(database: tuple[str, list[int]], clean_env: dict[str, str]) -> None:
    url, _ids = database
    app = RecordingApp(url, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(app, pilot)
        await wait_until(app, pilot, lambda: screen.total is not None)
        await pilot.press("f2")
        table = screen.query_one(InterviewTable)
        labels = [column.label.plain for column in table.columns.values()]
        assert labels[:3] == ["Date ▼", "Contact", "Société"]
        assert "4 sur 10" in status(app) and "tri : Date ▼" in status(app)
        assert table.row_count == 4  # the rows kept
        footer = {b.binding.description for b in screen.active_bindings.values()}
        assert {"Filtrer", "Trier", "Retour"} <= footer


def test_filter_syntax() -> None:
    parsed = parse_filter('rep:"Léa Dubois" verdict:qual stage:opportunité status:ouvert flags:2 acme 10:30')
    assert parsed.fields == {
        "rep_text": "Léa Dubois",
        "verdict": "qualified",
        "stage": "opportunity",
        "status": "open",
        "min_red_flags": 2,
        "text": "acme 10:30",
    }
    parsed = parse_filter("since:2026-03-01 until:2026-03-31 fw:BANT sort:+duration O'Brien")
    assert parsed.fields["since"] == dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    assert parsed.fields["until"] == dt.datetime(2026, 4, 1, tzinfo=dt.UTC)  # the whole last day
    assert parsed.fields["framework"] == "bant" and parsed.fields["text"] == "O'Brien"
    assert parsed.sort == ("duration", False)
    assert parse_filter("sort:verdict:meddic").sort == ("verdict:meddic", True)
    bad = parse_filter("colour:red since:yesterday flags:many verdict:maybe sort:size")
    assert [kind for kind, _ in bad.problems] == [
        "unknown_key",
        "bad_date",
        "bad_value",
        "bad_value",
        "bad_sort",
    ]
