"""The replay screen through the pilot: step, jump to signals, play, seek, comments."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from interview.app_factory import OpenScreen, build_context
from interview.demo import CALLS, load_demo
from interview.exports import export_markdown
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens.replay import CommentModal, ReplayScreen
from interview.tui.widgets.timeline import TimelineBar
from storage.repository import Store
from tests.conftest import run_cli, wait_until

HOSTILE = "[@click=app.quit]quit[/] \x1b[31m"


@pytest.fixture
def demo_db(tmp_path: Path) -> tuple[str, list[int]]:
    url = f"sqlite:///{tmp_path}/q.db"
    store = Store.open(url)
    context = build_context(load_settings({"rep": "Morgan", "database_url": url}, {}))
    ids = load_demo(store, context)
    store.close()
    return url, ids


def make_app(url: str, opening: OpenScreen | None = None, rep: str = "Morgan") -> QualifyApp:
    return QualifyApp(build_context(load_settings({"rep": rep, "database_url": url}, {})), start=opening)


def text_of(screen: ReplayScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def first_call(ids: list[int]) -> int:
    return ids[[c.key for c in CALLS].index("fortune_1000_ceo")]


async def test_step_and_jump_to_signals(demo_db: tuple[str, list[int]]) -> None:
    url, ids = demo_db
    app = make_app(url, OpenScreen("replay", (first_call(ids),)))
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_until(app, pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.timeline)
        screen = app.screen
        assert isinstance(screen, ReplayScreen) and screen.timeline is not None
        timeline = screen.timeline
        assert screen.index == 0 and "Start of the call" in text_of(screen, "#moment")
        assert "No answer yet" in text_of(screen, "#answers")

        await pilot.press("right", "right")
        assert screen.index == 2
        moment = timeline.moments[2]
        assert screen.position == moment.at
        question = app.engine.index.questions[moment.record.question_id]
        assert question.text.en in text_of(screen, "#moment")
        assert question.text.en in text_of(screen, "#answers")

        await pilot.press("n")  # the first moment a signal fired
        first = timeline.next_signal(2)
        assert first is not None and screen.index == first
        _bank_id, signal_id = timeline.moments[first].fired[0]
        judgements = timeline.moments[first].evaluation.judgements
        fired = next(s for j in judgements for s in j.signals if s.id == signal_id)
        assert fired.message.en in text_of(screen, "#signals")

        await pilot.press("left")
        assert screen.index == first - 1
        assert fired.message.en not in text_of(screen, "#signals") or signal_id in {
            k[1] for k in timeline.moments[first - 1].signal_order
        }
        await pilot.press("end")
        assert screen.index == len(timeline.moments) - 1
        assert screen.position == timeline.duration
        await pilot.press("home")
        assert screen.index == 0


async def test_play_at_16x_moves_the_clock_and_pauses(demo_db: tuple[str, list[int]]) -> None:
    url, ids = demo_db
    app = make_app(url, OpenScreen("replay", (first_call(ids),)))
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_until(app, pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.timeline)
        screen = app.screen
        assert isinstance(screen, ReplayScreen) and screen.timeline is not None
        await pilot.press("plus", "plus", "plus", "plus", "plus")  # capped at 16x
        assert screen.speed == 16
        await pilot.press("minus")
        assert screen.speed == 8
        await pilot.press("plus")
        screen.seek(screen.timeline.moments[1].at - 0.5)  # just before the first event
        await pilot.press("space")
        assert screen.playing and "16x" in text_of(screen, "#player")
        await pilot.pause(0.6)  # 0.6 s at 16x: about 10 s of the call
        await pilot.press("space")
        assert not screen.playing
        assert screen.position > screen.timeline.moments[1].at
        assert screen.index >= 1  # the first event was passed, and shown
        assert screen.index == screen.timeline.index_at(screen.position)
        position = screen.position
        await pilot.pause(0.3)
        assert screen.position == position  # paused means paused


async def test_seek_by_clicking_the_timeline(demo_db: tuple[str, list[int]]) -> None:
    url, ids = demo_db
    app = make_app(url, OpenScreen("replay", (first_call(ids),)))
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_until(app, pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.timeline)
        screen = app.screen
        assert isinstance(screen, ReplayScreen) and screen.timeline is not None
        bar = screen.query_one(TimelineBar)
        width = bar.content_size.width
        await pilot.click(TimelineBar, offset=(1 + width // 2, 1))  # 1: the bar's left padding
        half = screen.timeline.duration / 2
        assert abs(screen.position - half) <= screen.timeline.duration / width + 1
        assert screen.index == screen.timeline.index_at(screen.position)
        # What shows is the state folded up to that time.
        state = screen.timeline.at(screen.position).evaluation.state
        assert screen.moment is not None and screen.moment.evaluation.state == state


async def test_comment_pinned_to_the_moment_stored_shown_and_exported(
    demo_db: tuple[str, list[int]],
) -> None:
    url, ids = demo_db
    interview_id = first_call(ids)
    app = make_app(url, OpenScreen("replay", (interview_id,)), rep="Morgan Lee")
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_until(app, pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.timeline)
        screen = app.screen
        assert isinstance(screen, ReplayScreen) and screen.timeline is not None
        await pilot.press("right", "right", "right")
        at = screen.position
        await pilot.press("c")
        assert isinstance(app.screen, CommentModal)
        app.screen.query_one("#comment-text").value = f"Ask budget later {HOSTILE}"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: screen.timeline is not None and screen.timeline.comments)
        comment = screen.timeline.comments[0]
        assert (comment.at, comment.reviewer) == (at, "Morgan Lee")
        shown = text_of(screen, "#comments")
        assert "Morgan Lee" in shown and "[@click=app.quit]quit[/]" in shown and "\\x1b" in shown
        assert "✎" in str(screen.query_one(TimelineBar).render())
        assert app.is_running  # the markup in the comment did not run
    store = Store.open(url)
    try:
        stored = store.comments(interview_id)
        assert [(c.at, c.reviewer) for c in stored] == [(at, "Morgan Lee")]
        markdown = export_markdown(store, app.engine, interview_id, "en")
        assert "Morgan Lee" in markdown and "Ask budget later" in markdown
    finally:
        store.close()


async def test_a_comment_that_cannot_be_saved_is_offered_again(demo_db: tuple[str, list[int]]) -> None:
    url, ids = demo_db
    app = make_app(url, OpenScreen("replay", (first_call(ids),)))
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_until(app, pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.timeline)
        screen = app.screen
        assert isinstance(screen, ReplayScreen)
        screen.interview_id = 10**9  # a comment on an interview that is not there: the write fails
        screen.add_comment(3.0, "a remark worth keeping")
        await wait_until(app, pilot, lambda: screen._comment_draft != "")
        assert screen.timeline is not None and not screen.timeline.comments
        await pilot.press("c")
        assert isinstance(app.screen, CommentModal)
        assert app.screen.query_one("#comment-text").value == "a remark worth keeping"  # type: ignore[attr-defined]


def test_replay_command_refuses_an_unknown_interview(clean_env: dict[str, str], tmp_path: Path) -> None:
    result = run_cli("--db", f"sqlite:///{tmp_path}/q.db", "replay", "42", env=clean_env)
    assert result.returncode == 2
    assert "no interview 42" in result.stderr and "Traceback" not in result.stderr


async def test_home_to_browser_to_the_real_replay_and_compare(demo_db: tuple[str, list[int]]) -> None:
    from textual.widgets import DataTable

    from interview.tui.screens.browser import BrowserScreen
    from interview.tui.screens.compare import CompareScreen

    url, _ids = demo_db
    app = make_app(url)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_until(app, pilot, lambda: app.store is not None)
        await pilot.press("b")
        await wait_until(
            app,
            pilot,
            lambda: isinstance(app.screen, BrowserScreen) and app.screen.query_one(DataTable).row_count,
        )
        browser = app.screen
        table = browser.query_one(DataTable)
        table.focus()
        first = int(table.coordinate_to_cell_key((0, 0)).row_key.value or 0)
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.timeline)
        assert app.screen.interview_id == first  # type: ignore[attr-defined]
        await pilot.press("escape")
        await wait_until(app, pilot, lambda: app.screen is browser)
        await pilot.press("m", "down", "m")
        await wait_until(app, pilot, lambda: isinstance(app.screen, CompareScreen))


async def test_a_practice_run_replays_what_the_prospect_said(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/q.db"
    store = Store.open(url)
    lead = store.create_lead("Priya Nair", "Northfield")
    run = store.start_interview(lead.id, "Léa", ["bant"], "en", practice=True)
    store.append_event(
        run.id, "question_asked", 12.0, "bant.need.pain", {"reply": "Visits logged on Friday [b]x[/b]"}
    )
    store.close()
    app = make_app(url, OpenScreen("replay", (run.id,)))
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_until(app, pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.timeline)
        screen = app.screen
        assert isinstance(screen, ReplayScreen)
        await pilot.press("right")
        shown = text_of(screen, "#moment")
        assert "Asked the prospect" in shown and "Visits logged on Friday [b]x[/b]" in shown


async def test_the_footer_speaks_the_apps_language(demo_db: tuple[str, list[int]]) -> None:
    url, ids = demo_db
    app = make_app(url, OpenScreen("replay", (first_call(ids),)))
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_until(app, pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.timeline)

        def footer() -> set[str]:
            return {b.binding.description for b in app.screen.active_bindings.values()}

        assert {"Play/Pause", "Comment"} <= footer()
        await pilot.press("f2")
        assert {"Lecture/Pause", "Commenter", "Retour"} <= footer()
        await pilot.press("escape")
        await wait_until(app, pilot, lambda: not isinstance(app.screen, ReplayScreen))
        assert {"Nouvel entretien", "Entretiens", "Apprendre"} <= footer()
