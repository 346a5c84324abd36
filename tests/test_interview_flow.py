"""Issue 5 flows through the pilot: the form, every answer kind, change and clear, the palette."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from textual.content import Content
from textual.fuzzy import Matcher
from textual.widgets import Input, Select, SelectionList, Static

from interview.app_factory import NewInterview, build_context
from interview.engine.answers import Money
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.commands import safe_highlight
from interview.tui.screens.interview import InterviewScreen
from interview.tui.screens.new_interview import NewInterviewScreen
from storage.repository import Store

from .conftest import FIXTURES, wait_until


def make_app(
    tmp_path: Path, env: dict[str, str], start: NewInterview | None = None, lang: str = "en"
) -> QualifyApp:
    flags = {
        "rep": "Camille",
        "lang": lang,
        "database_url": f"sqlite:///{tmp_path}/q.db",
        "banks": [str(FIXTURES / "banks" / "valid")],
    }
    return QualifyApp(build_context(load_settings(flags, env)), start=start)


async def settle(app: QualifyApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def on_interview(app: QualifyApp) -> bool:
    return isinstance(app.screen, InterviewScreen) and app.screen.question_id is not None


async def answer(app: QualifyApp, pilot, question_id: str, typed: str, *, enter: bool = True) -> None:  # type: ignore[no-untyped-def]
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    screen.ask(question_id)
    screen.query_one("#answer", Input).value = typed
    if enter:
        await pilot.press("enter")
    await settle(app, pilot)
    # Shown first as saving, then confirmed once committed: wait for the confirmation.
    asked = screen.questions[question_id].text.get(screen.lang)
    status = screen.query_one("#status", Static)
    await wait_until(app, pilot, lambda: "✓" in str(status.render()) and asked in str(status.render()))


async def test_every_answer_kind(clean_env: dict[str, str], tmp_path: Path) -> None:
    app = make_app(tmp_path, clean_env, NewInterview("Ann", "Acme", ("kinds",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(app, pilot, lambda: on_interview(app))
        await answer(app, pilot, "kinds.first.yes", "y", enter=False)  # one key
        await answer(app, pilot, "kinds.first.choice", "2", enter=False)  # option number
        await answer(app, pilot, "kinds.first.multi", "1,2")
        await answer(app, pilot, "kinds.first.scale", "4", enter=False)
        await answer(app, pilot, "kinds.second.number", "12")
        await answer(app, pilot, "kinds.second.money", "50k€")
        await answer(app, pilot, "kinds.second.date", "end of December")
        await answer(app, pilot, "kinds.second.text", "[bold]as typed[/]")
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        answers = {k: a.value for k, a in screen.recording.state().answers.items()}
    import datetime as dt
    from decimal import Decimal

    assert answers == {
        "test.yes": True,
        "kinds.first.choice": "b",
        "kinds.first.multi": ("x", "y"),
        "kinds.first.scale": 4,
        "kinds.second.number": 12,
        "kinds.second.money": Money(Decimal(50000), "EUR"),
        "kinds.second.date": dt.date(dt.date.today().year, 12, 31),
        "kinds.second.text": "[bold]as typed[/]",
    }


async def test_change_and_clear_are_recorded_never_overwritten(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    app = make_app(tmp_path, clean_env, NewInterview("Ann", "Acme", ("kinds",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(app, pilot, lambda: on_interview(app))
        await answer(app, pilot, "kinds.first.choice", "1", enter=False)
        await answer(app, pilot, "kinds.first.choice", "3", enter=False)  # changed
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        screen.ask("kinds.first.choice")
        await settle(app, pilot)
        assert "Current answer: C" in str(screen.query_one("#question", Static).render())
        await pilot.press("f8")
        await settle(app, pilot)
        interview_id = screen.recording.record.id
    store = Store.open(f"sqlite:///{tmp_path}/q.db")
    kinds = [
        (e.kind, e.payload.get("value"))
        for e in store.events(interview_id)
        if e.question_id == "kinds.first.choice"
    ]
    store.close()
    assert kinds == [("answer_given", "a"), ("answer_changed", "c"), ("answer_cleared", None)]


async def test_the_form_submitted_before_the_database_is_open_waits_for_it(
    clean_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quick rep (or a browser tab just opened) starts an interview while the database still
    opens: the interview shows at once, and its answers are saved once the database is there."""
    import threading

    import interview.app_factory as factory

    opened = threading.Event()
    real_open = factory.open_store

    def slow_open(settings):  # type: ignore[no-untyped-def]
        opened.wait(30)  # a slow disk: the real database, later
        return real_open(settings)

    monkeypatch.setattr(factory, "open_store", slow_open)
    app = make_app(tmp_path, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.store is None
        await pilot.press("n")
        form = app.screen
        assert isinstance(form, NewInterviewScreen)
        form.query_one("#lead", Input).value = "Early Bird"
        await pilot.press("ctrl+s")
        for _ in range(50):  # not wait_until: it would wait for the (held) store worker too
            if isinstance(app.screen, InterviewScreen):
                break
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and app.store is None
        screen.query_one("#answer", Input).value = "Invoices typed twice"
        await pilot.press("enter")
        await pilot.pause()
        assert "✓" not in str(screen.query_one("#status", Static).render())  # not saved before it is
        opened.set()
        await wait_until(app, pilot, lambda: "✓" in str(screen.query_one("#status", Static).render()))
    store = Store.open(f"sqlite:///{tmp_path}/q.db")
    try:
        (only,) = store.list_interviews()
        assert only.lead.name == "Early Bird"
        assert "Invoices typed twice" in [e.payload.get("value") for e in store.events(only.id)]
    finally:
        store.close()


async def test_new_interview_form(clean_env: dict[str, str], tmp_path: Path) -> None:
    app = make_app(tmp_path, clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("n")
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, NewInterviewScreen)
        await pilot.press("ctrl+s")  # no lead yet: refused, explained
        assert "Name the lead" in str(form.query_one("#form-error", Static).render())
        form.query_one("#lead", Input).value = "Zoé [i]Martin"
        form.query_one("#company", Input).value = "Acme"
        form.query_one("#company-size", Select).value = "201_1000"
        frameworks = form.query_one("#frameworks-choice", SelectionList)
        frameworks.select("icp")
        await pilot.press("ctrl+s")
        await wait_until(app, pilot, lambda: on_interview(app))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert screen.recording.record.lead.name == "Zoé [i]Martin"
        assert screen.recording.record.frameworks == ("bant", "icp")
        assert screen.recording.state().answers["company.size"].value == "201_1000"


def test_palette_highlight_never_parses_markup() -> None:
    hostile = "[@click=app.quit]Budget[/] [bold]x"
    content = safe_highlight(Matcher("budget"), hostile)
    assert isinstance(content, Content) and content.plain == hostile


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_interview_snapshot(snap_compare, clean_env: dict[str, str], tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, clean_env, NewInterview("Ann Martin", "Acme", ("bant", "meddic")), lang=lang)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await wait_until(app, pilot, lambda: on_interview(app))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        screen.recording.clock = lambda: 0.0
        await answer(app, pilot, "bant.need.pain", "Quotes take three days")
        await answer(app, pilot, "bant.authority.role", "1", enter=False)
        await answer(app, pilot, "bant.authority.decision_makers", "1")
        screen.query_one("#status", Static).update("")  # the last confirmation names a question: keep it
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


async def test_notes_are_saved_and_offer_answers(clean_env: dict[str, str], tmp_path: Path) -> None:
    app = make_app(tmp_path, clean_env, NewInterview("Ann", "Acme", ("bant",)), lang="fr")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(app, pilot, lambda: on_interview(app))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await pilot.press("f7")
        notes = screen.query_one("#notes", Input)
        notes.value = "Le DAF signe, budget 50k€, décision d'ici fin mars"
        await wait_until(app, pilot, lambda: len(screen.suggestions) >= 3)  # read off the event loop
        offered = [s.question_id for s in screen.suggestions]
        assert {"bant.authority.role", "bant.budget.amount", "bant.timeline.decision_date"} <= set(offered)
        for _ in offered:
            await pilot.press("f6")  # one key per recognised answer
            await settle(app, pilot)
        await pilot.press("enter")  # and the note itself is saved
        await settle(app, pilot)
        answers = screen.recording.state().answers
        assert answers["budget.amount"].value == Money(Decimal(50000), "EUR")
        assert answers["authority.role"].value == "co_decider"  # a CFO usually decides with others
        assert answers["timeline.decision_date"].value.month == 3
        assert [
            n.payload["text"]
            for n in screen.recording.store.events(screen.recording.record.id)
            if n.kind == "note"
        ] == ["Le DAF signe, budget 50k€, décision d'ici fin mars"]


async def test_notes_offer_what_the_transcript_analyzer_reads(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    """Signers, champions and must-haves, recognised as `qualify analyze` recognises them."""
    app = make_app(tmp_path, clean_env, NewInterview("Ann", "Acme", ("meddic",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(app, pilot, lambda: on_interview(app))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await pilot.press("f7")
        notes = screen.query_one("#notes", Input)
        notes.value = "Jo in ops said she will push this internally. SSO is non-negotiable."
        await wait_until(app, pilot, lambda: bool(screen.suggestions))
        offered = {screen.recording.engine.index.questions[s.question_id].key for s in screen.suggestions}
        assert {"champion.named", "decision.criteria"} <= offered
        champion = next(s for s in screen.suggestions if s.question_id.startswith("meddic.champion"))
        assert champion.value is True


async def test_the_interview_footer_in_french(clean_env: dict[str, str], tmp_path: Path) -> None:
    app = make_app(tmp_path, clean_env, NewInterview("Ann", "Acme", ("bant",)), lang="fr")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(app, pilot, lambda: on_interview(app))
        footer = {b.binding.description for b in app.screen.active_bindings.values()}
        assert {"Méthode", "Passer", "Terminer", "FR/EN"} <= footer
