"""The end-of-interview summary through the pilot: judgements with reasons, exports, no markup."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from textual.widgets import Static
from textual.widgets._header import HeaderTitle

from interview.app_factory import build_context
from interview.engine.answers import Money
from interview.recording import Recording
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens.summary import SummaryScreen, export_filename
from storage.repository import Store

HOSTILE = "[@click=app.quit]x[/]"


def make_app(tmp_path: Path, env: dict[str, str], lang: str = "en") -> QualifyApp:
    flags = {"rep": "Camille", "lang": lang, "database_url": f"sqlite:///{tmp_path}/q.db"}
    return QualifyApp(build_context(load_settings(flags, env)))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{tmp_path}/q.db")
    yield store
    store.close()


def record_call(app: QualifyApp, store: Store, lead: str = "Ann Martin") -> Recording:
    """A short call: a real need, a decider, frozen spending (a red flag), motives, a deal size."""
    recording = Recording.start(
        store,
        app.engine,
        app.context.catalog,
        lead_name=lead,
        company="Acme",
        rep="Camille",
        frameworks=["bant", "meddic", "soncase"],
        lang="en",
    )
    recording.clock = lambda: 0.0  # no time in the picture
    recording.answer("bant.need.pain", "Quotes take three days")
    recording.answer("bant.need.severity", "must_have")
    recording.answer("bant.authority.role", "final_decider")
    recording.answer("bant.budget.cycle", "frozen")
    recording.answer("meddic.champion.named", True)
    recording.answer("soncase.security.risk_weight", 5)
    recording.answer("soncase.money.roi_weight", 4)
    recording.set_deal_potential(Money(Decimal(20000), "EUR"))
    recording.end()
    return recording


async def settle(app: QualifyApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def text_of(app: QualifyApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_summary_shows_judgements_and_exports_markdown(
    clean_env: dict[str, str], tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        recording = record_call(app, store)
        await app.push_screen(SummaryScreen(recording))
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        frameworks = text_of(app, "#summary-frameworks")
        assert "Verdict: disqualified" in frameworks  # BANT: the red flag decides
        assert "Verdict: insufficient" in frameworks  # MEDDIC: too little asked
        assert "Motive profile: Security" in frameworks  # SONCASE: motives, not a verdict
        assert "lead with" in frameworks
        signals = text_of(app, "#summary-signals")
        assert signals.startswith("✖ Spending is frozen")  # red flags first
        assert "Nothing can be bought now" in signals  # with the explanation
        head = text_of(app, "#summary-head")
        assert "Stage: recycled to marketing" in head
        assert "Deal potential: 20,000 EUR" in head
        assert "Expected value:" in head and "Disqualified: probability 0 %" in head
        assert "Budget" in text_of(app, "#summary-gaps")
        assert "•" in text_of(app, "#summary-next")

        await pilot.press("f2")  # the language follows the app
        await pilot.pause()
        assert "Verdict : disqualifiée" in text_of(app, "#summary-frameworks")
        assert "Étape : rendue au marketing" in text_of(app, "#summary-head")

        await pilot.press("m")
        await settle(app, pilot)
        written = tmp_path / f"qualify-{recording.record.id}-Ann-Martin.md"
        assert written.is_file()
        assert written.read_text(encoding="utf-8").startswith("# Compte rendu d'appel : Ann Martin")
        await pilot.press("j", "c")
        await settle(app, pilot)
        assert written.with_suffix(".json").is_file() and written.with_suffix(".csv").is_file()

        await pilot.press("q")
        await settle(app, pilot)
        assert not isinstance(app.screen, SummaryScreen)


async def test_hostile_lead_name_is_shown_literally(
    clean_env: dict[str, str], tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        recording = record_call(app, store, lead=HOSTILE)
        recording.answer("bant.budget.use", "[bold]Spend[/] it all")
        await app.push_screen(SummaryScreen(recording))
        await settle(app, pilot)
        assert HOSTILE in str(app.screen.query_one(HeaderTitle).render())
        await pilot.press("m")
        await settle(app, pilot)
        assert app.is_running  # no click was wired to app.quit
        [written] = tmp_path.glob("qualify-*.md")
        assert written.name == f"qualify-{recording.record.id}-click-app-quit-x.md"
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, SummaryScreen)


def test_export_filename_is_safe() -> None:
    assert export_filename(7, "Zoé Martin", "md") == "qualify-7-Zoe-Martin.md"
    assert export_filename(7, "../../etc/passwd", "csv") == "qualify-7-etc-passwd.csv"
    assert export_filename(7, "李", "json") == "qualify-7-lead.json"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_summary_snapshot(
    snap_compare, clean_env: dict[str, str], tmp_path: Path, store: Store, lang: str
) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, clean_env, lang=lang)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(app, pilot)
        await app.push_screen(SummaryScreen(record_call(app, store)))
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)
