"""The live-call screen through the pilot: answers are committed before they show as saved."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from interview.app_factory import NewInterview, build_context
from interview.recording import Recording
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens.interview import InterviewScreen
from storage.repository import Store

from .conftest import wait_until


def _app(tmp_path: Path, env: dict[str, str], start: NewInterview | None = None) -> QualifyApp:
    settings = load_settings({"rep": "Camille", "database_url": f"sqlite:///{tmp_path}/q.db"}, env)
    return QualifyApp(build_context(settings), start=start)


async def _settle(app: QualifyApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def _text(app: QualifyApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_answers_are_saved_then_shown(clean_env: dict[str, str], tmp_path: Path) -> None:
    hostile = "[@click=app.quit]Evil[/] Corp"
    app = _app(tmp_path, clean_env, NewInterview("Ann", hostile, ("bant", "meddic")))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(
            app, pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen.question_id
        )
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert hostile in screen.title  # shown as typed, never as markup
        assert screen.question_id == "bant.need.pain"  # need before budget
        screen.query_one("#answer", Input).value = "Quotes take three days"
        await pilot.press("enter")
        await _settle(app, pilot)
        assert "Saved" in _text(app, "#status")
        assert screen.question_id == "bant.authority.role"
        screen.query_one("#answer", Input).value = "9"  # not an option: refused, draft kept
        await pilot.press("enter")
        await _settle(app, pilot)
        assert "NOT saved" in _text(app, "#status")
        assert screen.query_one("#answer", Input).value == "9"
        screen.query_one("#answer", Input).value = "1"
        await pilot.press("enter")
        await _settle(app, pilot)
        assert "You are talking to a decider" in _text(app, "#signals")
        await pilot.press("f3")  # lens: the same answers judged by MEDDIC
        await _settle(app, pilot)
        assert _text(app, "#criteria").startswith("MEDDIC")
        interview_id = screen.recording.record.id
    store = Store.open(f"sqlite:///{tmp_path}/q.db")
    kinds = [(e.kind, e.question_id) for e in store.events(interview_id)]
    assert kinds[:2] == [("answer_given", "bant.need.pain"), ("answer_given", "bant.authority.role")]
    assert ("framework_switched", None) in kinds
    store.close()


def _record_call(
    tmp_path: Path, env: dict[str, str], lead: str, answer: tuple[str, str], *, end: bool
) -> int:
    """A call recorded outside the app, as an earlier session of it would have."""
    url = f"sqlite:///{tmp_path}/q.db"
    context = build_context(load_settings({"rep": "Camille", "database_url": url}, env))
    store = Store.open(url)
    rec = Recording.start(
        store,
        context.engine(),
        context.catalog,
        lead_name=lead,
        company="Globex",
        rep="Camille",
        frameworks=["bant"],
        lang="en",
    )
    rec.answer(*answer)
    if end:
        rec.end()
    store.close()
    return rec.record.id


async def test_unfinished_interview_is_offered_and_resumes(clean_env: dict[str, str], tmp_path: Path) -> None:
    _record_call(tmp_path, clean_env, "Bob", ("bant.need.pain", "Slow quotes"), end=False)  # then a crash
    app = _app(tmp_path, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        unfinished = app.screen.query_one("#unfinished", OptionList)
        await wait_until(app, pilot, lambda: unfinished.option_count == 1)
        assert unfinished.display
        unfinished.focus()
        unfinished.highlighted = 0
        await pilot.press("enter")
        await wait_until(
            app, pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen.question_id
        )
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert "need.pain" in screen.recording.state().answers
        assert screen.question_id != "bant.need.pain"  # continues where it stopped


async def test_recent_interviews_open_their_summary(clean_env: dict[str, str], tmp_path: Path) -> None:
    from interview.tui.screens.summary import SummaryScreen

    url = f"sqlite:///{tmp_path}/q.db"
    interview_id = _record_call(tmp_path, clean_env, "Carla", ("bant.need.severity", "none"), end=True)
    store = Store.open(url)
    events_before = len(store.events(interview_id))
    store.close()
    app = _app(tmp_path, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        recent = app.screen.query_one("#recent", OptionList)
        await wait_until(app, pilot, lambda: recent.option_count == 1)
        recent.focus()
        recent.highlighted = 0
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: isinstance(app.screen, SummaryScreen))
    store = Store.open(url)
    assert len(store.events(interview_id)) == events_before  # reviewing writes nothing
    store.close()


async def test_a_database_failure_shows_at_once_and_keeps_the_draft(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    app = _app(tmp_path, clean_env, NewInterview("Ann\x1b[2J", "Acme", ("bant",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(
            app, pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen.question_id
        )
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await wait_until(app, pilot, lambda: screen.recording.store is not None)
        assert "\x1b" not in screen.title  # escape sequences never reach the terminal
        # The database goes away mid-call (disk unmounted, file locked by a backup tool...).
        from sqlalchemy import event

        @event.listens_for(screen.recording.store.engine, "before_cursor_execute")
        def _fail(*_args: object) -> None:
            raise OSError("disk unplugged")

        screen.query_one("#answer", Input).value = "Quotes take three days"
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: "NOT saved" in str(screen.query_one("#status", Static).render()))
        assert screen.query_one("#answer", Input).value == "Quotes take three days"  # nothing typed is lost
        assert "need.pain" not in screen.recording.state().answers  # never shown as saved
        assert app.is_running


async def test_qualify_new_shows_the_call_before_the_database_opens_and_loses_nothing(
    clean_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first frame does not wait for the database; an answer typed meanwhile waits for it."""
    import interview.app_factory
    from interview.tui.screens.home import HomeScreen
    from interview.tui.screens.summary import SummaryScreen

    gate = threading.Event()
    open_store = interview.app_factory.open_store

    def slow_open(settings):  # type: ignore[no-untyped-def]
        assert gate.wait(30), "the test never let the database open"
        return open_store(settings)

    monkeypatch.setattr(interview.app_factory, "open_store", slow_open)

    async def soon(predicate) -> None:  # type: ignore[no-untyped-def]
        # Not wait_until: it waits for workers, and the one opening the database is held back.
        for _ in range(1000):
            await pilot.pause(0.01)
            if predicate():
                return
        raise AssertionError("the screen never reached the expected state")

    app = _app(tmp_path, clean_env, NewInterview("Dana", "Initech", ("bant",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await soon(lambda: isinstance(app.screen, InterviewScreen) and app.screen.question_id)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert app.store is None and screen.recording.is_pending
        assert not any(isinstance(s, HomeScreen) for s in app.screen_stack)  # not built for `new`
        question = screen.question_id
        assert question is not None
        screen.query_one("#answer", Input).value = "Quotes take three days"
        await pilot.press("enter")
        await soon(lambda: "Saving" in _text(app, "#status"))
        assert "Saved" not in _text(app, "#status")  # shown, not confirmed
        assert not screen.recording.events  # nothing is committed yet
        gate.set()
        await wait_until(app, pilot, lambda: "Saved" in _text(app, "#status"))
        store = Store.open(f"sqlite:///{tmp_path}/q.db")
        try:
            stored = store.events(screen.recording.record.id)
        finally:
            store.close()
        assert [(e.kind, e.question_id) for e in stored] == [("answer_given", question)]
        screen.action_end()
        await wait_until(app, pilot, lambda: isinstance(app.screen, SummaryScreen))
        await pilot.press("escape")
        await wait_until(app, pilot, lambda: isinstance(app.screen, HomeScreen))
