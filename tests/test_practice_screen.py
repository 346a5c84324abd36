"""Practice runs through the pilot: ask, hear the reply, record it yourself, end on the grade."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static

from interview import training
from interview.app_factory import build_context
from interview.settings import load_settings
from interview.training.scripted import question_for
from interview.tui.app import QualifyApp
from interview.tui.screens.grade import GradeScreen
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.practice import PracticeOpening, PracticeScreen
from storage.errors import StorageError
from storage.repository import Store
from tests.conftest import wait_until

HOSTILE = "[bold]Léa[/] \x1b[31m"
SCENARIO = "meddic_sound_deal"


def plain(screen: Screen[None], selector: str) -> str:
    content = screen.query_one(selector, Static).content
    return content.plain if hasattr(content, "plain") else str(content)


def _app(tmp_path: Path) -> tuple[QualifyApp, str]:
    url = f"sqlite:///{tmp_path}/q.db"
    settings = load_settings({"rep": "Camille", "lang": "en", "database_url": url}, {})
    return QualifyApp(build_context(settings)), url


async def _practice(app: QualifyApp, pilot, opening: PracticeOpening) -> PracticeScreen:  # type: ignore[no-untyped-def]
    await wait_until(app, pilot, lambda: app.store is not None)
    app.open_screen(opening)
    await wait_until(app, pilot, lambda: isinstance(app.screen, PracticeScreen) and app.screen.question_id)
    screen = app.screen
    assert isinstance(screen, PracticeScreen)
    return screen


async def test_a_practice_run_asks_records_and_is_graded(clean_env: dict[str, str], tmp_path: Path) -> None:
    app, url = _app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _practice(app, pilot, PracticeOpening(scenario_id=SCENARIO, trainee=HOSTILE))
        practice = screen.practice
        scenario = practice.scenario
        prospect = plain(screen, "#prospect")
        assert scenario.brief.en in prospect and scenario.persona.opening.en in prospect
        assert "F5 asks the current question" in prospect
        assert screen.query_one("#signals-pane").display and screen.query_one("#tip").display
        assert "Practice" in screen.sub_title

        first = screen.question_id
        assert first is not None
        heard, scripted = practice.reply(first)
        assert scripted
        await pilot.press("f5")
        await wait_until(app, pilot, lambda: len(practice.asks) == 1)
        prospect = plain(screen, "#prospect")
        assert screen.questions[first].text.en in prospect and heard in prospect
        answer = screen.query_one("#answer", Input)
        assert answer.value == ""  # heard, not filled in: the trainee records it

        answer.value = "Quotes in four hours instead of three days by June"
        await pilot.press("enter")
        await wait_until(app, pilot, lambda: "Saved" in plain(screen, "#status"))

        # Chosen in the palette (its callback), then asked: the champion replies, nobody records it.
        champion = question_for(scenario, app.engine, "champion.named")
        screen.ask(champion.id)
        await pilot.press("f5")
        await wait_until(app, pilot, lambda: len(practice.asks) == 2)
        assert practice.reply(champion.id)[0] in plain(screen, "#prospect")
        assert practice.recording.events[-1].question_id == first  # asking records nothing

        await pilot.press("f10")
        await wait_until(app, pilot, lambda: isinstance(app.screen, GradeScreen) and app.screen.problem == "")
        grade = app.screen
        assert isinstance(grade, GradeScreen)
        report = grade.report
        assert screen.questions[first].key in report.facts_with("right")
        assert "champion.named" in {m.ref for m in report.missed_questions}
        score = plain(grade, "#grade-score")
        assert score.startswith(f" Score {report.score}/100") and "Léa[/] \\x1b[31m" in score  # as typed
        text = plain(grade, "#grade-report")
        assert champion.text.en in text and "Never asked" in text
        assert "Signals" in text and "missed" in text and "Order mistakes" in text
        assert scenario.truth.en in plain(grade, "#grade-debrief")
        assert "Attempt saved for" in plain(grade, "#grade-saved")

        await pilot.press("f2")
        assert scenario.truth.fr in plain(grade, "#grade-debrief")
        assert "Jamais posée" in plain(grade, "#grade-report")
        assert "Tentative enregistrée pour" in plain(grade, "#grade-saved")

        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        interview_id = practice.recording.record.id
    store = Store.open(url)
    try:
        [attempt] = store.attempts(trainee=HOSTILE)
        assert (attempt.scenario_id, attempt.exam, attempt.score) == (SCENARIO, False, report.score)
        assert attempt.interview_id == interview_id and attempt.report["score"] == report.score
        assert [e.kind for e in store.events(interview_id)].count("question_asked") == 2
        assert store.interview(interview_id).status == "practice"
        assert store.unfinished() == []  # never offered for resuming
    finally:
        store.close()


async def test_exam_mode_hides_the_coaching_and_a_failed_save_keeps_the_report(
    clean_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, url = _app(tmp_path)
    shipped = training.discover(catalog=app.context.catalog).scenario(SCENARIO)
    # Scenario texts are data: a hostile persona shows as written, never as markup or a control.
    persona = dataclasses.replace(shipped.persona, name="[@click=app.quit]Jul[/]", company="Ber\x1b[31mthier")
    scenario = dataclasses.replace(shipped, persona=persona)
    opening = PracticeOpening(scenario_id=SCENARIO, exam=True, lang="fr", scenario=scenario)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _practice(app, pilot, opening)
        practice = screen.practice
        assert practice.trainee == "Camille" and practice.lang == "fr"
        assert not screen.query_one("#signals-pane").display and not screen.query_one("#tip").display
        assert "Exam" in screen.sub_title
        prospect = plain(screen, "#prospect")
        assert "[@click=app.quit]Jul[/]: " in prospect and "Ber\\x1b[31mthier" in prospect
        title = screen.query_one("#prospect-pane").border_title or ""
        assert Content.from_markup(title).plain == "Prospect · [@click=app.quit]Jul[/]"
        criteria = plain(screen, "#criteria")
        assert "Verdict: hidden until the end" in criteria and "insufficient" not in criteria
        reasons = [n.reason.en for j in screen.judgements for n in j.next_questions]
        upcoming = plain(screen, "#next")
        assert upcoming.startswith("Next questions") and not any(r in upcoming for r in reasons)

        # The prospect speaks the call's language (French), whatever the interface shows.
        first = screen.question_id
        assert first is not None
        await pilot.press("f5")
        await wait_until(app, pilot, lambda: len(practice.asks) == 1)
        assert practice.asks[0].reply == practice.reply(first)[0]
        assert scenario.persona.opening.fr in plain(screen, "#prospect")
        assert practice.asks[0].reply in plain(screen, "#prospect")

        store = app.store
        assert store is not None
        real = store.record_attempt

        def refuse(*_args: object, **_kw: object) -> None:
            raise StorageError("disk full")

        monkeypatch.setattr(store, "record_attempt", refuse)
        await pilot.press("f10")
        await wait_until(app, pilot, lambda: isinstance(app.screen, GradeScreen) and app.screen.problem)
        grade = app.screen
        assert isinstance(grade, GradeScreen)
        assert "NOT saved: disk full" in plain(grade, "#grade-saved")
        assert "exam" in plain(grade, "#grade-score")
        assert "the right verdict is qualified" in plain(grade, "#grade-report")  # shown at the end

        monkeypatch.setattr(store, "record_attempt", real)
        await pilot.press("s")
        await wait_until(app, pilot, lambda: grade.problem == "")
        assert "Attempt saved for Camille" in plain(grade, "#grade-saved")
    store = Store.open(url)
    try:
        [attempt] = store.attempts()
        assert (attempt.trainee, attempt.exam, attempt.score) == ("Camille", True, grade.report.score)
        ended = [e.kind for e in store.events(attempt.interview_id)].count("interview_ended")
        assert ended == 1
    finally:
        store.close()


async def test_home_opens_a_scenario_to_practise_in_exam_mode(tmp_path: Path) -> None:
    """Without a shell (a browser tab), `p` on home lists the scenarios; `x` starts an exam."""
    from interview.tui.screens.scenario_pick import ScenarioPickScreen

    app, _url = _app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(app, pilot, lambda: app.store is not None)
        await pilot.press("p")
        picker = app.screen
        assert isinstance(picker, ScenarioPickScreen)
        await wait_until(app, pilot, lambda: bool(picker.scenarios))
        options = picker.query_one("#scenarios", OptionList)
        assert options.option_count == len(picker.scenarios) >= 6
        options.highlighted = list(picker.scenarios).index(SCENARIO)
        await pilot.press("x")
        started = lambda: isinstance(app.screen, PracticeScreen) and app.screen.question_id  # noqa: E731
        await wait_until(app, pilot, started)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        assert screen.practice.scenario.id == SCENARIO and screen.practice.exam
        assert screen.practice.trainee == "Camille"
