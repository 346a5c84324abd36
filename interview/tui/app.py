"""The qualify Textual application."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from interview.app_factory import AppContext
from interview.tui.screens.home import HomeScreen


class QualifyApp(App[None]):
    CSS_PATH = ["styles/app.tcss"]
    TITLE = "qualify"
    BINDINGS = [
        Binding("f2", "toggle_language", "FR/EN", id="toggle_language"),
    ]

    lang: reactive[str] = reactive("en")

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.set_reactive(QualifyApp.lang, context.settings.lang)
        if context.settings.keymap:
            self.set_keymap(context.settings.keymap)

    def on_mount(self) -> None:
        self.sub_title = self.context.settings.rep
        self.push_screen(HomeScreen())

    def action_toggle_language(self) -> None:
        self.lang = "fr" if self.lang == "en" else "en"
