"""Practice against a scenario: the interview screen with a scripted prospect on the line.

`PracticeScreen` is the live interview screen (`InterviewScreen`) with a **Prospect** panel: the
scenario's brief and persona, the prospect's opening line, then each question the trainee asks and
the reply heard (`F5`, or "Ask the prospect" in the palette, asks the current question; choose any
question in the palette first to ask that one). The reply is only heard: the trainee records the
answer as on a real call. Replies are in the call's language; `F2` changes the interface only.

Exam mode hides the coaching: the signals panel, the tips, the reasons of the next questions and
the verdict (the criteria show how much is known, not how good it looks) until the grade.

`F10` grades the recorded answers in a thread worker (`interview.training.practice`), ends the
interview, stores the attempt, and replaces this screen with the grade (`grade.py`). The database
work of the whole run happens in workers; a refused write says "NOT saved" with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text as RichText
from textual import on, work
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from interview.app_factory import OpenScreen
from interview.engine.judge import BankJudgement
from interview.safe_text import printable, printable_line
from interview.training.grading import GradeReport
from interview.training.practice import Ask, Practice
from interview.tui.i18n import strings_of, t
from interview.tui.screens.interview import InterviewScreen, failure_text
from interview.tui.widgets.panels import bar, update_if_changed
from question_banks.scenarios import Scenario
from storage.errors import StorageError

if TYPE_CHECKING:
    from interview.tui.app import QualifyApp

STRINGS: dict[str, dict[str, str]] = {
    "prospect": {"en": "Prospect", "fr": "Prospect"},
    "practice": {"en": "Practice", "fr": "Entraînement"},
    "exam": {"en": "Exam", "fr": "Examen"},
    "you": {"en": "You", "fr": "Vous"},
    "ask_hint": {
        "en": "F5 asks the current question; record what you hear.",
        "fr": "F5 pose la question affichée ; notez ce que vous entendez.",
    },
    "verdict_hidden": {"en": "hidden until the end", "fr": "caché jusqu'à la fin"},
    "action_ask": {"en": "Ask the prospect the current question", "fr": "Poser la question au prospect"},
    "grading": {"en": "Grading the call…", "fr": "Évaluation de l'appel…"},
    "nothing_to_ask": {
        "en": "No question to ask: choose one (Ctrl+P).",
        "fr": "Aucune question : choisissez-en une (Ctrl+P).",
    },
    "no_scenario": {"en": "No scenario '{id}'.", "fr": "Aucun scénario « {id} »."},
}


s = strings_of(STRINGS)


@dataclass(frozen=True)
class PracticeOpening(OpenScreen):
    """`qualify train SCENARIO [--exam] [--trainee NAME]`: needs the database (the run is recorded)."""

    name: str = "practice"
    scenario_id: str = ""
    exam: bool = False
    trainee: str = ""  # empty: the rep setting
    lang: str | None = None  # the call's language; None: the interface's
    scenario: Scenario | None = field(default=None, compare=False)  # loaded already (the CLI checks it)


def open_practice(app: QualifyApp, opening: OpenScreen) -> None:
    """Record a new practice interview in a worker, then show it (the database is open)."""
    if not isinstance(opening, PracticeOpening):
        raise ValueError("a practice run needs a PracticeOpening")
    lang = opening.lang or app.lang
    app.run_worker(
        partial(_start_practice, app, opening, lang),
        name="practice",
        group="practice",
        thread=True,
        exclusive=True,
        exit_on_error=False,
    )


def _start_practice(app: QualifyApp, opening: PracticeOpening, lang: str) -> None:
    from interview import training

    store = app.store
    assert store is not None, "open_screen waits for the database"
    scenario = opening.scenario
    if scenario is None:
        found = training.discover(app.context.settings.banks, catalog=app.context.catalog)
        if opening.scenario_id not in found:
            message = s("no_scenario", lang, id=printable_line(opening.scenario_id))
            app.call_from_thread(app.notify, message, severity="error", timeout=15, markup=False)
            return
        scenario = found.scenario(opening.scenario_id)
    trainee = opening.trainee or app.context.settings.rep
    try:
        practice = Practice.start(
            store, app.engine, app.context.catalog, scenario, trainee=trainee, lang=lang, exam=opening.exam
        )
    except StorageError as exc:
        message = f"{t('not_saved', lang)}: {printable(str(exc))}"
        app.call_from_thread(app.notify, message, severity="error", timeout=30, markup=False)
        return
    app.call_from_thread(app.push_screen, PracticeScreen(practice))


class PracticeScreen(InterviewScreen):
    CSS_PATH = "../styles/practice.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f5", "ask_prospect", "Ask", id="ask_prospect"),
    ]
    FOOTER: ClassVar[dict[str, dict[str, str]]] = {
        **InterviewScreen.FOOTER,
        "ask_prospect": {"en": "Ask", "fr": "Demander"},
    }

    @dataclass
    class Asked(Message):
        """A question asked, logged off the event loop; or why the log refused it."""

        ask: Ask | None
        error: str | None = None

    def __init__(self, practice: Practice) -> None:
        super().__init__(practice.recording)
        self.practice = practice
        self.exam = practice.exam
        self.finishing = False  # F10 pressed: grading and saving

    @property
    def qualify(self) -> QualifyApp:
        return cast("QualifyApp", self.app)

    async def on_mount(self) -> None:
        # Runs before InterviewScreen.on_mount (Textual calls each class's handler, subclass first).
        pane = self.query_one("#question-pane")
        await pane.mount(VerticalScroll(Static(id="prospect"), id="prospect-pane"), after="#tip")
        if self.exam:
            self.query_one("#tip").display = False
            self.query_one("#signals-pane").display = False
        self._render_prospect()

    # --- rendering ---------------------------------------------------------------------------

    def _render_all(self) -> None:
        super()._render_all()
        self._render_prospect()

    def _render_criteria(self, j: BankJudgement, lang: str) -> None:
        if not self.exam:
            super()._render_criteria(j, lang)
            return
        out = RichText()
        out.append(j.name.get(lang) + "\n", style="bold")
        for c in j.criteria:
            out.append(f"{c.name.get(lang)[:12]:<12} ")
            out.append(bar(c.coverage, 5), style="cyan")  # how much is known, not how good it looks
            out.append("\n")
        label = t("profile" if j.profile is not None else "verdict", lang)
        out.append(f"{label}{' :' if lang == 'fr' else ':'} ", style="bold")
        out.append(s("verdict_hidden", lang), style="dim")
        update_if_changed(self.query_one("#criteria", Static), out)

    def _render_next(self, j: BankJudgement, lang: str, *, reasons: bool = True) -> None:
        super()._render_next(j, lang, reasons=reasons and not self.exam)

    def transcript(self, lang: str) -> RichText:
        """The brief and persona (in `lang`), then the call as heard (in the call's language)."""
        scenario = self.practice.scenario
        persona = scenario.persona
        call = self.practice.lang
        name = printable_line(persona.name)
        out = RichText()
        out.append(printable(scenario.brief.get(lang)) + "\n\n", style="italic dim")
        out.append(f"{name} · {printable_line(persona.role.get(lang))}\n", style="bold")
        out.append(f"{printable_line(persona.company)} · {printable_line(persona.industry.get(lang))}\n")
        out.append(printable_line(persona.size.get(lang)) + "\n", style="dim")
        out.append(f"\n{name}: ", style="bold green")
        out.append(printable(persona.opening.get(call)) + "\n")
        questions = self.questions
        for ask in self.practice.asks:
            question = questions.get(ask.question_id)
            asked = question.text.get(call) if question is not None else ask.question_id
            out.append(f"\n{s('you', call)}: ", style="bold cyan")
            out.append(printable(asked) + "\n", style="cyan")
            out.append(f"{name}: ", style="bold green")
            out.append(printable(ask.reply) + "\n", style="" if ask.scripted else "dim")
        if not self.practice.asks:
            out.append("\n" + s("ask_hint", lang), style="dim italic")
        return out

    def _render_prospect(self, *, scroll: bool = False) -> None:
        lang = self.lang
        mode = s("exam" if self.exam else "practice", lang)
        self.sub_title = f"{mode} · {printable_line(self.practice.scenario.title.get(lang))}"
        pane = self.query_one("#prospect-pane", VerticalScroll)
        # A border title given as a str is read as markup: the persona's name is data.
        name = printable_line(self.practice.scenario.persona.name)
        pane.border_title = Content(f"{s('prospect', lang)} · {name}")
        update_if_changed(self.query_one("#prospect", Static), self.transcript(lang))
        if scroll:
            pane.scroll_end(animate=False)

    # --- asking ------------------------------------------------------------------------------

    def palette_actions(self) -> list[tuple[str, str]]:
        return [("ask_prospect", s("action_ask", self.lang)), *super().palette_actions()]

    def action_ask_prospect(self) -> None:
        if self.question_id is None or self.finishing:
            self.notify(s("nothing_to_ask", self.lang), severity="warning", markup=False)
            return
        self._ask(self.question_id)

    @work(thread=True, group="save", exit_on_error=False)
    def _ask(self, question_id: str) -> None:
        with self._lock:  # in the order pressed, with the answers
            try:
                ask = self.practice.ask(question_id)
            except Exception as exc:  # any failure must reach the trainee
                self.post_message(self.Asked(None, failure_text(exc)))
                return
        self.post_message(self.Asked(ask))

    @on(Asked)
    def _asked(self, message: Asked) -> None:
        if message.error is not None:
            error = RichText(f"{t('not_saved', self.lang)}: {message.error}", style="bold red")
            update_if_changed(self.query_one("#status", Static), error)
            return
        self._render_prospect(scroll=True)

    # --- the end: graded, stored, shown ------------------------------------------------------

    def action_end(self) -> None:
        if self.finishing:
            return
        self.finishing = True
        update_if_changed(
            self.query_one("#status", Static), RichText(s("grading", self.lang), style="yellow")
        )
        self._finish()

    @work(thread=True, exclusive=True, group="practice-end", exit_on_error=False)
    def _finish(self) -> None:
        with self._lock:  # after the answers being saved
            try:
                report = self.practice.grade()
            except Exception:
                self.finishing = False  # a bug: the app shows and logs it; F10 can be tried again
                raise
            problem = ""
            try:
                self.practice.save(report)
            except Exception as exc:  # the report stays on screen, said NOT saved
                problem = failure_text(exc)
        self.app.call_from_thread(self._show_grade, report, problem)

    def _show_grade(self, report: GradeReport, problem: str) -> None:
        from interview.tui.screens.grade import GradeScreen

        self.app.switch_screen(GradeScreen(self.practice, report, problem))
