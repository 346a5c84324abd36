"""The learn screen through the pilot: a framework's card, letters as a table, F2, quiz, Escape."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from interview.app_factory import build_context
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.learn import LearnOpening, LearnScreen
from interview.tui.screens.quiz import QuizScreen
from tests.conftest import wait_until


def plain(screen: Screen[None], selector: str) -> str:
    """What a Static shows, as plain text (tables rendered wide enough not to wrap)."""
    content = screen.query_one(selector, Static).content
    if isinstance(content, (str, Content)):
        return str(content)
    if hasattr(content, "plain"):
        return content.plain  # type: ignore[no-any-return]
    console = Console(width=300, record=True, file=io.StringIO(), color_system=None)
    console.print(content)
    return console.export_text()


async def test_learn_screen_needs_no_database(clean_env: dict[str, str], tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")  # the database cannot be created under a file: the store never opens
    settings = load_settings(
        {"rep": "Camille", "lang": "en", "database_url": f"sqlite:///{blocker}/q.db"}, {}
    )
    app = QualifyApp(build_context(settings))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.store is None
        app.open_screen(LearnOpening(bank_id="meddic"))
        await wait_until(app, pilot, lambda: isinstance(app.screen, LearnScreen))
        screen = app.screen
        assert isinstance(screen, LearnScreen) and screen.bank_id == "meddic"

        assert plain(screen, "#learn-title").startswith("MEDDIC (Metrics, Economic buyer")
        letters = plain(screen, "#learn-letters")
        assert "Letter" in letters and "Economic buyer" in letters and "Champion" in letters
        assert "Who will approve the spending on this project?" in letters
        about = plain(screen, "#learn-about")
        assert "keeping the champion apart from the person who signs" in " ".join(about.split())
        assert "CHAMP" in plain(screen, "#learn-shared")

        await pilot.press("f2")
        assert screen.title == "Apprendre les méthodes"
        assert "Acheteur économique" in plain(screen, "#learn-letters")
        assert "Limites :" in plain(screen, "#learn-about")

        await pilot.press("down")  # the next framework's card
        assert screen.bank_id == "soncase"
        assert plain(screen, "#learn-title").startswith("SONCASE")

        await pilot.press("q")  # a quiz on the framework shown
        await wait_until(
            app, pilot, lambda: isinstance(app.screen, QuizScreen) and app.screen.run is not None
        )
        quiz = app.screen
        assert isinstance(quiz, QuizScreen) and quiz.bank_id == "soncase"
        assert quiz.run is not None and {q.bank_id for q in quiz.run.questions} == {"soncase"}

        await pilot.press("escape", "escape")
        assert isinstance(app.screen, HomeScreen)


async def test_bank_text_is_shown_as_written(clean_env: dict[str, str], tmp_path: Path) -> None:
    """A user's bank is data: its names are shown, never run as markup."""
    folder = tmp_path / "team"
    folder.mkdir()
    source = (Path(__file__).parent.parent / "question_banks" / "bant.yaml").read_text(encoding="utf-8")
    hostile = "[@click=app.quit]BANT[/] [bold]x"
    folder.joinpath("bant.yaml").write_text(
        source.replace("  en: BANT (Budget, Authority, Need, Timeline)", f"  en: '{hostile} (Budget)'", 1),
        encoding="utf-8",
    )
    settings = load_settings(
        {"lang": "en", "banks": [str(folder)], "database_url": f"sqlite:///{tmp_path}/q.db"}, {}
    )
    app = QualifyApp(build_context(settings))
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_screen(LearnOpening(bank_id="bant"))
        await wait_until(app, pilot, lambda: isinstance(app.screen, LearnScreen))
        assert plain(app.screen, "#learn-title").startswith(f"{hostile} (Budget)")
        await pilot.click("#learn-title")
        assert isinstance(app.screen, LearnScreen)  # no action ran


async def test_qualify_learn_opens_on_its_card_before_the_database_and_home_l_opens_it(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")  # the store never opens: `qualify learn` must not wait for it
    settings = load_settings(
        {"rep": "Camille", "lang": "en", "database_url": f"sqlite:///{blocker}/q.db"}, {}
    )
    app = QualifyApp(build_context(settings), start=LearnOpening(bank_id="champ"))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(app, pilot, lambda: isinstance(app.screen, LearnScreen))
        assert isinstance(app.screen, LearnScreen) and app.screen.bank_id == "champ"
        await pilot.press("escape")
        await wait_until(app, pilot, lambda: isinstance(app.screen, HomeScreen))
        frameworks = app.screen.query_one("#frameworks")
        frameworks.highlighted = 0  # type: ignore[attr-defined]
        first = frameworks.get_option_at_index(0).id  # type: ignore[attr-defined]
        await pilot.press("l")
        await wait_until(app, pilot, lambda: isinstance(app.screen, LearnScreen))
        assert app.screen.bank_id == first  # type: ignore[attr-defined]
