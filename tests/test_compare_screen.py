"""The compare screen through the pilot: both sides, a difference highlighted, differences only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual.widgets import DataTable, Static

from interview.app_factory import build_context
from interview.recording import Recording
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens.compare import DIFFERENT, CompareScreen
from storage.repository import Store
from tests.conftest import wait_until

HOSTILE = "[@click=app.quit]Ann[/]"


def record_two_calls(app: QualifyApp, url: str) -> tuple[int, int]:
    """Two calls with the same lead: the budget moved, the need did not."""
    store = Store.open(url)
    try:
        lead = store.create_lead(HOSTILE, "Acme")
        ids = []
        for rep, amount in (("Camille", 20000), ("Léa", 50000)):
            record = store.start_interview(lead.id, rep, ["bant"], "en")
            rec = Recording(store, app.engine, record, clock=lambda: 0.0)
            rec.answer("bant.need.severity", "must_have")
            rec.answer("bant.budget.amount", amount)
            rec.end()
            ids.append(record.id)
        return ids[0], ids[1]
    finally:
        store.close()


def cells(screen: CompareScreen, key: str) -> list[Any]:
    return screen.query_one("#compare-rows", DataTable).get_row(key)


async def test_compare_screen(clean_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/q.db"
    app = QualifyApp(build_context(load_settings({"rep": "Camille", "lang": "en", "database_url": url}, {})))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(app, pilot, lambda: app.store is not None)
        first, second = record_two_calls(app, url)
        app.open_compare(first, second)
        await wait_until(
            app, pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.comparison is not None
        )
        screen = app.screen
        assert isinstance(screen, CompareScreen)

        # Both sides, names shown as typed (never run as markup).
        head_a = str(screen.query_one("#compare-a", Static).render())
        head_b = str(screen.query_one("#compare-b", Static).render())
        assert HOSTILE in head_a and "Camille" in head_a
        assert HOSTILE in head_b and "Léa" in head_b

        # The budget moved: highlighted on both sides, marked; the need did not.
        amount = cells(screen, "answer:budget.amount")
        assert [amount[0].plain, amount[2].plain, amount[3].plain] == ["≠", "20,000 EUR", "50,000 EUR"]
        assert isinstance(amount[2], Text) and amount[2].style == DIFFERENT == amount[3].style
        severity = cells(screen, "answer:need.severity")
        assert severity[0].plain == "" and severity[2].style == "" and severity[2].plain == severity[3].plain

        # Differences only, then everything again.
        rows = screen.query_one("#compare-rows", DataTable)
        await pilot.press("d")
        assert screen.differences_only and "answer:need.severity" not in rows.rows
        assert "answer:budget.amount" in rows.rows
        await pilot.press("d")
        assert "answer:need.severity" in rows.rows

        await pilot.press("f2")  # French, at once
        assert screen.title is not None and screen.title.startswith("Comparer")
        assert rows.border_title is not None and rows.border_title.startswith("Réponses")

        await pilot.press("escape")
        assert not isinstance(app.screen, CompareScreen)
