"""The app, driven by Textual's pilot: home screen, language switch, untrusted bank text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from interview.app_factory import build_context
from interview.settings import load_settings
from interview.tui.app import QualifyApp

from .conftest import FIXTURES


def make_app(env: dict[str, str], **flags: object) -> QualifyApp:
    settings = load_settings({"rep": "Camille", **flags}, env)
    return QualifyApp(build_context(settings))


def text_of(app: QualifyApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_home_lists_every_framework_and_explains_it(clean_env: dict[str, str]) -> None:
    app = make_app(clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        frameworks = app.screen.query_one("#frameworks", OptionList)
        assert frameworks.option_count == 8
        assert text_of(app, "#about-title").startswith("ANUM")  # sorted by file name
        await pilot.press("down")
        assert text_of(app, "#about-title").startswith("BANT")
        assert "When it fits" in text_of(app, "#about-body")


async def test_language_switches_at_run_time(clean_env: dict[str, str]) -> None:
    app = make_app(clean_env)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "f2")
        assert app.lang == "fr"
        assert text_of(app, "#about-title").startswith("BANT (Budget, Autorité")
        assert "Quand l'utiliser" in text_of(app, "#about-body")
        assert app.screen.query_one("#frameworks", OptionList).highlighted == 1  # selection kept


async def test_keymap_setting_rebinds_keys(clean_env: dict[str, str]) -> None:
    app = make_app(clean_env, keymap={"toggle_language": "f3"})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f2")
        assert app.lang == "en"
        await pilot.press("f3")
        assert app.lang == "fr"


HOSTILE_NAME = "[@click=app.quit]Evil[/] [bold]x"


async def test_bank_text_is_shown_as_data_never_markup(clean_env: dict[str, str], tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    text = (FIXTURES / "banks" / "valid" / "mini.yaml").read_text()
    text = text.replace("name: {en: Mini, fr: Mini}", f'name: {{en: "{HOSTILE_NAME}", fr: "{HOSTILE_NAME}"}}')
    (team / "mini.yaml").write_text(text)
    app = make_app(clean_env, banks=[str(team)])
    async with app.run_test(size=(100, 30)) as pilot:
        frameworks = app.screen.query_one("#frameworks", OptionList)
        index = frameworks.get_option_index("mini")
        frameworks.highlighted = index
        await pilot.pause()
        assert text_of(app, "#about-title") == HOSTILE_NAME
        prompt = str(frameworks.get_option_at_index(index).prompt)
        assert prompt.startswith(HOSTILE_NAME)
        await pilot.click("#about-title")
        assert app.is_running  # the [@click=app.quit] text did not act


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_home_snapshot(snap_compare, clean_env: dict[str, str], lang: str) -> None:  # type: ignore[no-untyped-def]
    app = make_app(clean_env, lang=lang)
    assert snap_compare(app, terminal_size=(100, 30), press=["down"])
