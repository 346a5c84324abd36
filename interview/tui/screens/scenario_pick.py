"""Pick a training scenario from the home screen: what `qualify train SCENARIO` does from a shell,
for trainers and trainees who have only the app (in a browser, say)."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from interview.safe_text import printable_line
from interview.tui.i18n import strings_of
from interview.tui.screens.practice import PracticeOpening
from question_banks.scenarios import Scenario

STRINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Practise against a scripted prospect", "fr": "S'entraîner face à un prospect scripté"},
    "help": {
        "en": "Enter: practise · x: exam (no tips, signals or scores until the grade) · Esc: back",
        "fr": "Entrée : s'entraîner · x : examen (ni conseils, ni signaux, ni scores avant la note) "
        "· Échap : retour",
    },
    "loading": {"en": "Loading the scenarios…", "fr": "Chargement des scénarios…"},
    "none": {"en": "No scenario found.", "fr": "Aucun scénario trouvé."},
}
s = strings_of(STRINGS)


class ScenarioPickScreen(ModalScreen[PracticeOpening | None]):
    BINDINGS: ClassVar = [
        Binding("escape", "dismiss_none", "Back", id="scenario_back"),
        Binding("x", "exam", "Exam", id="scenario_exam"),
    ]
    DEFAULT_CSS = """
    ScenarioPickScreen { align: center middle; }
    ScenarioPickScreen > Vertical { width: 90%; max-width: 110; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 1 2; }
    ScenarioPickScreen #pick-title { text-style: bold; margin-bottom: 1; }
    ScenarioPickScreen OptionList { height: auto; max-height: 24; }
    ScenarioPickScreen #pick-help { color: $text-muted; margin-top: 1; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.scenarios: dict[str, Scenario] = {}

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined,no-any-return]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(s("title", self.lang), id="pick-title")
            yield OptionList(Option(Content(s("loading", self.lang)), disabled=True), id="scenarios")
            yield Static(s("help", self.lang), id="pick-help")

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exit_on_error=False)
    def _load(self) -> None:
        from interview import training

        app = self.app
        found = training.discover(app.context.settings.banks, catalog=app.context.catalog)  # type: ignore[attr-defined]
        self.app.call_from_thread(self._show, {sid: found.scenario(sid) for sid in found.ids()})

    def _show(self, scenarios: dict[str, Scenario]) -> None:
        self.scenarios = scenarios
        options = self.query_one("#scenarios", OptionList)
        options.clear_options()
        if not scenarios:
            options.add_option(Option(Content(s("none", self.lang)), disabled=True))
            return
        for scenario_id, scenario in scenarios.items():
            # Scenario files may come from a team's folder: their text is data, shown as such.
            frameworks = ", ".join(scenario.frameworks)
            line = f"{scenario.title.get(self.lang)}  ·  {scenario.difficulty}  ·  {frameworks}"
            options.add_option(Option(Content(printable_line(line)), id=scenario_id))
        options.highlighted = 0
        options.focus()

    def _opening(self, *, exam: bool) -> PracticeOpening | None:
        options = self.query_one("#scenarios", OptionList)
        if options.highlighted is None:
            return None
        scenario_id = options.get_option_at_index(options.highlighted).id
        if scenario_id is None or scenario_id not in self.scenarios:
            return None
        return PracticeOpening(
            scenario_id=scenario_id, exam=exam, lang=self.lang, scenario=self.scenarios[scenario_id]
        )

    @on(OptionList.OptionSelected, "#scenarios")
    def _chosen(self) -> None:
        opening = self._opening(exam=False)
        if opening is not None:
            self.dismiss(opening)

    def action_exam(self) -> None:
        opening = self._opening(exam=True)
        if opening is not None:
            self.dismiss(opening)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
