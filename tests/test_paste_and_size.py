"""Pastes of several lines and very long answers: nothing cut silently, nothing slow to draw."""

from __future__ import annotations

import time
from pathlib import Path

from textual import events
from textual.widgets import Input, Static

from interview.app_factory import NewInterview, build_context
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens.interview import InterviewScreen
from storage.repository import Store

from .conftest import wait_until


def _app(tmp_path: Path, env: dict[str, str]) -> QualifyApp:
    settings = load_settings({"rep": "Camille", "database_url": f"sqlite:///{tmp_path}/q.db"}, env)
    return QualifyApp(build_context(settings), start=NewInterview("Ann", "Acme", ("bant",)))


async def _interview(app: QualifyApp, pilot) -> InterviewScreen:  # type: ignore[no-untyped-def]
    await wait_until(app, pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen.question_id)
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    return screen


async def test_a_multi_line_paste_keeps_every_line_and_says_so(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    app = _app(tmp_path, clean_env)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _interview(app, pilot)
        answer = screen.query_one("#answer", Input)
        answer.value = "From the email:"
        answer.cursor_position = len(answer.value)
        answer.post_message(events.Paste("quotes take 3 days\r\n\n  we lose deals  \nCFO is worried\n"))
        await pilot.pause()
        assert answer.value == "From the email:quotes take 3 days / we lose deals / CFO is worried"
        assert any("3 lines" in n.message for n in app._notifications)
        answer.value = ""
        answer.post_message(events.Paste("one line only\n"))  # Textual's own handling
        await pilot.pause()
        assert answer.value == "one line only"
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: "Saved" in str(screen.query_one("#status", Static).render()))


async def test_a_one_megabyte_answer_is_stored_whole_and_shown_short(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    huge = ("The quoting process takes three days because every line goes to finance. " * 14_000)[:1_000_000]
    app = _app(tmp_path, clean_env)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _interview(app, pilot)
        question = screen.question_id
        assert question == "bant.need.pain"
        screen.query_one("#answer", Input).value = huge
        started = time.perf_counter()
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: "Saved" in str(screen.query_one("#status", Static).render()))
        assert time.perf_counter() - started < 10  # responsive: no render of the whole text
        interview_id = screen.recording.record.id
        screen.ask(question)  # shown again with its current answer: the start of it
        await pilot.pause()
        shown = str(screen.query_one("#question", Static).render())
        assert "The quoting process" in shown and "characters)" in shown
        assert len(shown) < 2_000
        assert len(str(screen.query_one("#status", Static).render())) < 500
    store = Store.open(f"sqlite:///{tmp_path}/q.db")
    try:
        (event,) = [e for e in store.events(interview_id) if e.kind == "answer_given"]
    finally:
        store.close()
    assert event.payload["value"] == huge
