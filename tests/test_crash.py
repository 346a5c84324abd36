"""A bug in a handler or a worker never takes committed answers (or the draft) with it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from interview.app_factory import NewInterview, build_context
from interview.recording import Recording
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens.interview import InterviewScreen
from storage.repository import Store

from .conftest import wait_until


class HandlerBug(Exception):
    pass


def _app(tmp_path: Path, env: dict[str, str]) -> QualifyApp:
    settings = load_settings({"rep": "Camille", "database_url": f"sqlite:///{tmp_path}/q.db"}, env)
    return QualifyApp(build_context(settings), start=NewInterview("Ann", "Acme", ("bant",)))


def _on_a_question(app: QualifyApp):  # type: ignore[no-untyped-def]
    return lambda: isinstance(app.screen, InterviewScreen) and app.screen.question_id


def _logs(env: dict[str, str]) -> list[Path]:
    return sorted(Path(env["HOME"]).rglob("crash-*.log"))


@pytest.fixture
def log_env(clean_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("XDG_STATE_HOME", str(Path(clean_env["HOME"]) / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(Path(clean_env["HOME"]) / ".cache"))
    return {**clean_env, "XDG_STATE_HOME": str(Path(clean_env["HOME"]) / ".local" / "state")}


async def test_a_handler_bug_logs_saves_the_draft_and_exits_cleanly(
    log_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, log_env)
    with pytest.raises(HandlerBug):  # run_test re-raises what ended the app
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_until(app, pilot, _on_a_question(app))
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            await wait_until(app, pilot, lambda: screen.recording.store is not None)
            screen.query_one("#answer", Input).value = "Quotes take three days"
            await pilot.press("enter")
            await wait_until(app, pilot, lambda: "Saved" in str(screen.query_one("#status", Static).render()))
            interview_id = screen.recording.record.id

            def broken(self: InterviewScreen) -> None:
                raise HandlerBug("the skip action is broken")

            monkeypatch.setattr(InterviewScreen, "action_skip", broken)
            screen.query_one("#answer", Input).value = "half a thought"
            screen.query_one("#notes", Input).value = "CFO signs above 50k"
            await pilot.press("f4")
            await pilot.pause()
    assert app.return_code == 1
    (log,) = _logs(log_env)
    assert "HandlerBug: the skip action is broken" in log.read_text()
    assert "Traceback" in log.read_text()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert app.crash_logs == [log]
    store = Store.open(f"sqlite:///{tmp_path}/q.db")
    try:
        events = store.events(interview_id)
        recording = Recording.resume(store, app.engine, interview_id)
    finally:
        store.close()
    assert (events[0].kind, events[0].question_id) == ("answer_given", "bant.need.pain")
    drafts = {e.payload["field"]: e.payload["text"] for e in events if e.payload.get("draft")}
    assert drafts == {"answer": "half a thought", "notes": "CFO signs above 50k"}
    assert recording.draft is not None and recording.draft.answer == "half a thought"
    assert not recording.notes  # drafts are not notes


async def test_the_draft_comes_back_on_resume(log_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/q.db"
    context = build_context(load_settings({"rep": "Camille", "database_url": url}, log_env))
    store = Store.open(url)
    rec = Recording.start(
        store,
        context.engine(),
        context.catalog,
        lead_name="Bob",
        rep="Camille",
        frameworks=["bant"],
        lang="en",
    )
    rec.answer("bant.need.pain", "Slow quotes")
    assert rec.save_draft("bant.authority.role", "2", "budget owner is Eve")  # one key: not an answer
    store.close()
    app = QualifyApp(context)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(app, pilot, lambda: app.store is not None)
        app.resume_interview(rec.record.id)
        await wait_until(app, pilot, _on_a_question(app))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one("#answer", Input).value == "2"
        assert screen.query_one("#notes", Input).value == "budget owner is Eve"
        assert screen.question_id == "bant.authority.role"
        assert "authority.role" not in screen.recording.state().answers  # put back, not answered


async def test_a_worker_failure_is_shown_and_logged(
    log_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, log_env)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(app, pilot, _on_a_question(app))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await wait_until(app, pilot, lambda: screen.recording.store is not None)

        def broken(*_args: object) -> None:
            raise HandlerBug("[b]judging[/b] failed")  # markup in a message is shown as typed

        monkeypatch.setattr(InterviewScreen, "_judged", broken)
        screen._judge()
        for _ in range(200):  # not wait_until: waiting on a failed worker raises its error
            await pilot.pause(0.01)
            if app._notifications:
                break
        (notification,) = list(app._notifications)
        assert "[b]judging[/b] failed" in notification.message and not notification.markup
        assert app.is_running  # a failed worker is reported, not fatal
    (log,) = _logs(log_env)
    assert "HandlerBug" in log.read_text()


async def test_a_failing_worker_on_the_home_screen_is_shown_and_logged(
    log_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview.tui.screens.home import HomeScreen
    from storage.repository import Store

    def broken(*_args: object, **_kwargs: object) -> None:
        raise HandlerBug("listing failed")

    monkeypatch.setattr(Store, "unfinished", broken)
    settings = load_settings({"rep": "Camille", "database_url": f"sqlite:///{tmp_path}/q.db"}, log_env)
    app = QualifyApp(build_context(settings))
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(300):  # not wait_until: waiting on a failed worker raises its error
            await pilot.pause(0.01)
            if app._notifications:
                break
        assert isinstance(app.screen, HomeScreen) and app.is_running
        (notification,) = list(app._notifications)
        assert "listing failed" in notification.message
    (log,) = _logs(log_env)
    assert "HandlerBug" in log.read_text()


async def test_ctrl_q_keeps_what_is_typed_as_a_draft(clean_env: dict[str, str], tmp_path: Path) -> None:
    app = _app(tmp_path, clean_env)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(app, pilot, _on_a_question(app))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await wait_until(app, pilot, lambda: screen.recording.store is not None)
        interview_id = screen.recording.record.id
        screen.query_one("#answer", Input).value = "three days per quote"
        await pilot.press("ctrl+q")
    assert app.return_code == 0
    store = Store.open(f"sqlite:///{tmp_path}/q.db")
    try:
        recording = Recording.resume(store, app.engine, interview_id)
    finally:
        store.close()
    assert recording.draft is not None and recording.draft.answer == "three days per quote"
