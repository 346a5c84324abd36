"""The team dashboard, driven by Textual's pilot on a real SQLite file holding the demo interviews."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static
from textual_plotext import PlotextPlot

from interview.app_factory import OpenScreen, build_context
from interview.demo import CALLS, load_demo
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens.dashboard import DashboardScreen, fit
from storage.repository import Store

from .conftest import wait_until

TODAY = dt.date(2026, 3, 18)  # the demo's calls fall in the fortnight before
HOSTILE_REP = "[@click=app.quit]Evil[/] \x1b[31m"
MONEY_FIRST = {"bank_id": "bant", "signal": "money_before_need", "kind": "warning", "scope": "process"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo's calls recorded up to TODAY, and one call by a rep whose name is hostile text."""
    folder = tmp_path_factory.mktemp("dashboard")
    env = {
        "HOME": str(folder),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CACHE_HOME": str(folder / "cache"),
    }
    url = f"sqlite:///{folder}/team.db"
    settings = load_settings({"rep": "Camille", "database_url": url}, env)
    store = Store.open(url)
    try:
        ids = load_demo(store, build_context(settings), today=TODAY)
        lead = store.create_lead("Ann Martin", "Acme")
        started = dt.datetime.combine(TODAY, dt.time(9, tzinfo=dt.UTC))
        hostile = store.start_interview(lead.id, HOSTILE_REP, ["bant"], "en", {}, started).id
        summary = {"verdicts": {"bant": "nurture"}, "stage": "sal", "signals": [MONEY_FIRST]}
        store.end_interview(hostile, 1500, summary)
        meddic = len(store.list_interviews(framework="meddic", limit=None))
    finally:
        store.close()
    return {"env": env, "url": url, "ids": ids, "meddic": meddic}


def make_app(world: dict[str, Any], lang: str = "en", **start: Any) -> QualifyApp:
    flags = {"rep": "Camille", "lang": lang, "database_url": world["url"]}
    return QualifyApp(build_context(load_settings(flags, world["env"])), **start)


def plain(widget: PlotextPlot | Static) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", str(widget.render()))


async def open_dashboard(app: QualifyApp, pilot: Any) -> DashboardScreen:
    await wait_until(app, pilot, lambda: app.store is not None)
    screen = DashboardScreen(today=TODAY)
    await app.push_screen(screen)
    await wait_until(app, pilot, lambda: screen.board is not None and screen.board.scope == screen.asked)
    return screen


async def test_the_charts_fill_in_from_the_recorded_interviews(world: dict[str, Any]) -> None:
    app = make_app(world)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_dashboard(app, pilot)
        board = screen.board
        assert board is not None
        interviews = len(CALLS) + 1
        status = plain(screen.query_one("#dash-status", Static))
        assert status.startswith(f"2025-12-19 → 2026-03-18 · {interviews} interviews")
        assert "median" in status and screen.query_one("#dash-charts").display
        # Each chart shows what the figures say, in words from the banks.
        verdicts = plain(screen.query_one("#chart-verdicts", PlotextPlot))
        assert "BANT" in verdicts and "MEDDIC" in verdicts
        assert "qualified" in plain(screen.query_one("#legend-verdicts", Static))
        warnings = plain(screen.query_one("#chart-warnings", PlotextPlot))
        assert 'BANT · Budget "no problem…' in warnings  # the bank's message, cut to fit
        assert "Need" in plain(screen.query_one("#chart-coverage", PlotextPlot))  # BANT: most calls
        assert "20–30" in plain(screen.query_one("#chart-durations", PlotextPlot))
        # The rep's name is shown as typed, its control characters visible, never as markup.
        reps = plain(screen.query_one("#dash-reps", Static))
        assert "[@click=app.quit]Evil[/] \\x1b[31m: 1 interviews, average 25 min" in reps
        assert "1 of 1  BANT · Money was asked before the need" in reps
        process = plain(screen.query_one("#chart-process", PlotextPlot))
        assert fit(HOSTILE_REP, 16) == "[@click=app.qui…" and "[@click=app.qui…" in process
        rep_select = screen.query_one("#dash-rep", Select)
        assert [value for _prompt, value in rep_select._options[1:]] == sorted(
            {c.rep for c in CALLS} | {HOSTILE_REP}
        )
        screen.query_one("#dash-charts", VerticalScroll).scroll_end(animate=False)
        await pilot.pause()
        await pilot.click("#dash-reps")
        assert app.is_running  # the [@click=app.quit] text did not act


async def test_filters_recompute_the_figures(world: dict[str, Any]) -> None:
    app = make_app(world)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_dashboard(app, pilot)
        everyone = screen.board
        assert everyone is not None
        await pilot.press("f")  # the framework filter, then its list
        assert screen.focused is screen.query_one("#dash-framework", Select)
        screen.query_one("#dash-framework", Select).value = "meddic"
        await wait_until(
            app, pilot, lambda: screen.board is not None and screen.board.scope.framework == "meddic"
        )
        assert screen.board.totals.interviews == world["meddic"] < everyone.totals.interviews
        assert [b.bank_id for b in screen.board.banks] == ["meddic"]
        assert "MEDDIC" in str(screen.query_one("#chart-coverage").parent.border_title)
        await pilot.press("escape", "p")  # back to the charts, then the next period: a year
        await wait_until(app, pilot, lambda: screen.board is not None and screen.board.scope == screen.asked)
        assert screen.period == "year" and screen.board.scope.framework == "meddic"
        assert screen.board.scope.since == dt.datetime(2025, 3, 19, tzinfo=dt.UTC)
        assert screen.query_one("#dash-since", Input).value == "2025-03-19"


async def test_an_empty_period_says_so(world: dict[str, Any]) -> None:
    app = make_app(world)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_dashboard(app, pilot)
        await pilot.press("d")  # the dates
        assert screen.focused is screen.query_one("#dash-since", Input)
        screen.query_one("#dash-since", Input).value = "2020-01-01"
        screen.query_one("#dash-until", Input).value = "2020-12-31"
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: screen.board is not None and screen.board.scope == screen.asked)
        assert screen.period == "custom" and screen.board.totals.interviews == 0
        status = screen.query_one("#dash-status", Static)
        assert plain(status).startswith("No interviews in this period.")
        assert not screen.query_one("#dash-charts").display
        await pilot.press("f2")
        assert plain(status).startswith("Aucun entretien sur cette période.")
        # A day that is not one is said, and nothing is read.
        screen.query_one("#dash-until", Input).value = "31/12/2020"
        await pilot.press("enter")
        assert "« 31/12/2020 » n'est pas une date" in plain(status)
        assert screen.board.scope.until == dt.datetime(2021, 1, 1, tzinfo=dt.UTC)


async def test_qualify_dashboard_opens_on_it(world: dict[str, Any]) -> None:
    """`qualify dashboard`: the app opens the screen once the database is open."""
    app = make_app(world, start=OpenScreen("dashboard"))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(app, pilot, lambda: isinstance(app.screen, DashboardScreen))
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        await wait_until(app, pilot, lambda: screen.board is not None)
        await pilot.press("escape")
        assert not isinstance(app.screen, DashboardScreen)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dashboard_snapshot(snap_compare, world: dict[str, Any], lang: str) -> None:  # type: ignore[no-untyped-def]
    app = make_app(world, lang=lang)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_dashboard(app, pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_plotext_is_not_imported_at_start() -> None:
    """The charts' library loads with the dashboard screen, not with the app."""
    code = (
        "import sys, interview.cli, interview.tui.app; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'plotext', 'textual_plotext'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
