"""The quiz screen through the pilot: digits answer, right and wrong explained, score, F2, result."""

from __future__ import annotations

from pathlib import Path

from interview.app_factory import build_context
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens.quiz import QuizOpening, QuizResultScreen, QuizScreen
from storage.repository import Store
from tests.conftest import wait_until
from tests.test_learn_screen import plain

HOSTILE = "[bold]Léa[/]"


async def test_quiz_answers_with_digits(clean_env: dict[str, str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/q.db"
    app = QualifyApp(build_context(load_settings({"rep": "Camille", "lang": "en", "database_url": url}, {})))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(app, pilot, lambda: app.store is not None)
        app.open_screen(QuizOpening(bank_id="bant", count=3, seed=5, trainee=HOSTILE))
        await wait_until(
            app, pilot, lambda: isinstance(app.screen, QuizScreen) and app.screen.run is not None
        )
        screen = app.screen
        assert isinstance(screen, QuizScreen) and screen.run is not None
        run = screen.run
        first, second, third = run.questions
        assert {q.bank_id for q in run.questions} == {"bant"}
        assert plain(screen, "#quiz-prompt") == first.prompt.en
        assert plain(screen, "#quiz-progress") == "Question 1 of 3  ·  Score: 0/0"

        await pilot.press("9")  # no ninth choice: nothing recorded
        assert run.asked == 0

        await pilot.press(str(first.answer + 1))  # right
        feedback = plain(screen, "#quiz-feedback")
        assert feedback.startswith("Right!") and first.explanation.en in feedback
        assert "Score: 1/1" in plain(screen, "#quiz-progress")
        await pilot.press("1")  # already answered: ignored until Enter
        assert run.asked == 1

        await pilot.press("enter")
        assert plain(screen, "#quiz-prompt") == second.prompt.en
        assert not screen.query_one("#quiz-feedback").display
        wrong = (second.answer + 1) % len(second.choices)
        await pilot.press(str(wrong + 1))
        feedback = plain(screen, "#quiz-feedback")
        assert feedback.startswith(f"Not quite: the answer is {second.answer + 1}.")
        assert second.explanation.en in feedback
        assert "Score: 1/2" in plain(screen, "#quiz-progress")

        await pilot.press("f2")  # French at once, feedback included
        assert plain(screen, "#quiz-prompt") == second.prompt.fr
        feedback = plain(screen, "#quiz-feedback")
        assert feedback.startswith("Pas tout à fait") and second.explanation.fr in feedback
        assert "Score : 1/2" in plain(screen, "#quiz-progress")

        await pilot.press("enter", str(third.answer + 1), "enter")
        await wait_until(
            app, pilot, lambda: isinstance(app.screen, QuizResultScreen) and app.screen.saved is not None
        )
        result = app.screen
        assert isinstance(result, QuizResultScreen)
        score = plain(result, "#quiz-score")
        assert score.startswith("2 bonnes réponses sur 3") and HOSTILE in score  # the name as typed
        missed = plain(result, "#quiz-missed")
        assert second.prompt.fr in missed and second.explanation.fr in missed
        assert result.saved == "" and "Score enregistré pour" in plain(result, "#quiz-saved")

        await pilot.press("escape")
        assert not isinstance(app.screen, (QuizScreen, QuizResultScreen))
    store = Store.open(url)
    try:
        assert [(q.trainee, q.bank_id, q.asked, q.right) for q in store.quiz_results()] == [
            (HOSTILE, "bant", 3, 2)
        ]
    finally:
        store.close()
