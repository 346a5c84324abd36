"""The grade of a practice run: score, its parts, and every judgement explained, then the debrief.

Shown by the practice screen once the run is graded (`interview.training.grading.GradeReport`):
the score and its parts; the verdicts right or wrong; the facts recorded wrong, the must-ask facts
missing, those right, each with the truth; the expected signals caught and missed; the must-ask
questions never asked, with what the prospect would have said; the order mistakes and why they
matter; the traps; warnings the call raised that the scenario did not expect; the scenario's truth
as a debrief. Whether the attempt was saved is said at the bottom; when it was NOT, the report
stays here and `s` tries again.

Every text of the report quotes scenario and bank texts and the trainee's answers: rich `Text`,
never markup. Keys: F2 language, `s` save again (after a failure), Escape back home.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text as RichText
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import Worker, WorkerState

from interview.safe_text import printable, printable_line
from interview.training.grading import FactCheck, GradeReport, SignalCheck
from interview.training.practice import Practice
from interview.tui.i18n import strings_of
from interview.tui.screens.interview import failure_text
from interview.tui.widgets.panels import SIGNAL_STYLE

if TYPE_CHECKING:
    from interview.tui.app import QualifyApp

STRINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Grade", "fr": "Évaluation"},
    "practice": {"en": "practice", "fr": "entraînement"},
    "exam": {"en": "exam", "fr": "examen"},
    "score": {"en": "Score", "fr": "Score"},
    "verdicts": {"en": "Verdicts", "fr": "Verdicts"},
    "facts": {"en": "Facts recorded", "fr": "Faits notés"},
    "signals": {"en": "Signals", "fr": "Signaux"},
    "caught": {"en": "caught", "fr": "repéré"},
    "missed_signal": {"en": "missed", "fr": "manqué"},
    "questions": {"en": "Questions that should have been asked", "fr": "Questions qu'il fallait poser"},
    "order": {"en": "Order mistakes", "fr": "Erreurs d'ordre"},
    "traps": {"en": "Traps", "fr": "Pièges"},
    "unexpected": {"en": "Warnings this call did not need", "fr": "Alertes dont cet appel se passait"},
    "debrief": {"en": "Debrief: what was really going on", "fr": "Débrief : ce qui se passait vraiment"},
    "none": {"en": "None.", "fr": "Aucune."},
    "all_asked": {
        "en": "Every must-ask question was asked.",
        "fr": "Toutes les questions indispensables ont été posées.",
    },
    "no_fact": {"en": "No answer recorded.", "fr": "Aucune réponse notée."},
    "right": {"en": "right", "fr": "juste"},
    "wrong": {"en": "wrong", "fr": "faux"},
    "missing": {"en": "missing", "fr": "manquant"},
    "not_required": {"en": "not asked", "fr": "pas posée"},
    "not_judged": {"en": "not judged", "fr": "non évalué"},
    "avoided": {"en": "avoided", "fr": "évité"},
    "fell_in": {"en": "fell in", "fr": "piégé"},
    "unseen": {"en": "not explored", "fr": "pas exploré"},
    "at": {"en": "at {m}:{s:02d}", "fr": "à {m}:{s:02d}"},
    "saving": {"en": "Saving the attempt…", "fr": "Enregistrement de la tentative…"},
    "saved": {"en": "Attempt saved for {who}.", "fr": "Tentative enregistrée pour {who}."},
    "not_saved": {
        "en": "Attempt NOT saved: {why} (s: try again)",
        "fr": "Tentative NON enregistrée : {why} (s : réessayer)",
    },
    "hint": {
        "en": "F2 English/French · Escape: back home",
        "fr": "F2 français/anglais · Échap : retour à l'accueil",
    },
}

FACT_ORDER = ("wrong", "missing", "right", "not_required", "not_judged")
FACT_STYLE = {
    "right": "green",
    "wrong": "bold red",
    "missing": "red",
    "not_required": "dim",
    "not_judged": "dim",
}
FACT_ICON = {"right": "✓", "wrong": "✗", "missing": "✗", "not_required": "·", "not_judged": "·"}
TRAP_STYLE = {"avoided": "green", "fell_in": "bold red", "unseen": "yellow"}


s = strings_of(STRINGS)


def _colon(lang: str) -> str:
    return " :" if lang == "fr" else ":"


def _data(text: str, style: str = "") -> RichText:
    """Scenario, bank and trainee texts are data: a rich Text, control characters shown as escapes."""
    return RichText(printable(text), style=style)


def _heading(out: RichText, title: str, lang: str) -> None:
    if out.plain:
        out.append("\n\n")
    out.append(f"{title}{_colon(lang)}", style="bold underline")


def _line(out: RichText, icon: str, style: str, head: str, body: str) -> None:
    out.append(f"\n {icon} ", style=style)
    out.append_text(_data(head, "bold"))
    if body:
        out.append("\n   ")
        out.append_text(_data(body, "italic"))


def _when(seconds: float, lang: str) -> str:
    whole = int(seconds)
    return s("at", lang, m=whole // 60, s=whole % 60)


class GradeScreen(Screen[None]):
    """A practice run's grade; the attempt was saved before this screen (or it says why not)."""

    CSS_PATH = "../styles/practice.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "save_again", "Save again", id="grade_save_again", show=False),
        Binding("escape", "back", "Back", id="grade_back"),
    ]

    problem: reactive[str | None] = reactive("", init=False)  # "": saved; None: saving; else why not

    class Saved(Message):
        def __init__(self, problem: str) -> None:
            super().__init__()
            self.problem = problem

    def __init__(self, practice: Practice, report: GradeReport, problem: str = "") -> None:
        super().__init__()
        self.practice = practice
        self.report = report
        self.set_reactive(GradeScreen.problem, problem)

    @property
    def qualify(self) -> QualifyApp:
        return cast("QualifyApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="grade-body"):
            yield Static(id="grade-score")
            yield Static(id="grade-report")
            yield Static(id="grade-debrief")
        yield Static(id="grade-saved")
        yield Static(id="grade-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.qualify, "lang", lambda _lang: self._paint())

    def watch_problem(self) -> None:
        self._paint()

    # --- saving again after a failure --------------------------------------------------------

    def action_save_again(self) -> None:
        if self.problem:
            self.problem = None
            self._save()

    @work(thread=True, exclusive=True, group="grade-save", exit_on_error=False)
    def _save(self) -> None:
        try:
            self.practice.save(self.report)
        except Exception as exc:  # said on screen; the report stays
            self.post_message(self.Saved(failure_text(exc)))
            return
        self.post_message(self.Saved(""))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        self.problem = message.problem

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:  # StateChanged does not bubble: the app tells and logs
            error = event.worker.error
            self.problem = f"{type(error).__name__}: {error}"
            self.qualify.worker_failed(event.worker)

    def action_back(self) -> None:
        self.dismiss()

    # --- rendering ---------------------------------------------------------------------------

    def _paint(self) -> None:
        lang = self.qualify.lang
        practice = self.practice
        scenario = practice.scenario
        self.title = f"{s('title', lang)} · {printable_line(scenario.title.get(lang))}"
        self.query_one("#grade-score", Static).update(self.score_text(lang))
        self.query_one("#grade-report", Static).update(self.report_text(lang))
        debrief = RichText()
        _heading(debrief, s("debrief", lang), lang)
        debrief.append("\n")
        debrief.append_text(_data(scenario.truth.get(lang)))
        self.query_one("#grade-debrief", Static).update(debrief)
        status = self.query_one("#grade-saved", Static)
        status.set_class(bool(self.problem), "-problem")
        if self.problem is None:
            status.update(Content(s("saving", lang)))
        elif self.problem == "":
            status.update(RichText(s("saved", lang, who=printable_line(practice.trainee))))
        else:
            status.update(RichText(s("not_saved", lang, why=printable_line(self.problem))))
        self.query_one("#grade-hint", Static).update(Content(s("hint", lang)))

    def score_text(self, lang: str) -> RichText:
        report, practice = self.report, self.practice
        c = _colon(lang)
        mode = s("exam" if practice.exam else "practice", lang)
        out = RichText()
        out.append(f" {s('score', lang)} {report.score}/100 ", style="bold reverse")
        out.append("  ")
        out.append_text(_data(f"{printable_line(practice.trainee)} · {mode}", "dim"))
        for part in report.parts:
            earned = f"{round(part.earned, 1):g}"
            if lang == "fr":
                earned = earned.replace(".", ",")
            out.append(f"\n  {part.label.get(lang)}{c} ", style="bold")
            out.append(f"{earned}/{part.weight:g}", style="green" if part.earned >= part.weight else "yellow")
            out.append_text(_data(f"  ({part.explanation.get(lang)})", "dim"))
        return out

    def report_text(self, lang: str) -> RichText:
        report = self.report
        out = RichText()
        _heading(out, s("verdicts", lang), lang)
        for verdict in report.verdicts:
            icon, style = ("✓", "green") if verdict.right else ("✗", "bold red")
            _line(out, icon, style, verdict.explanation.get(lang), "")
        self._facts(out, report.facts, lang)
        self._signals(out, report.signals, lang)
        _heading(out, s("questions", lang), lang)
        if not report.missed_questions:
            out.append(f"\n {s('all_asked', lang)}", style="green")
        for missed in report.missed_questions:
            _line(out, "✗", "red", missed.question.get(lang), missed.explanation.get(lang))
        _heading(out, s("order", lang), lang)
        if not report.order_mistakes:
            out.append(f"\n {s('none', lang)}", style="green")
        for mistake in report.order_mistakes:
            head = f"{mistake.message.get(lang)} ({_when(mistake.at, lang)})"
            _line(out, "!", "yellow", head, mistake.explanation.get(lang))
        if report.traps:
            _heading(out, s("traps", lang), lang)
            for trap in report.traps:
                _line(out, "•", TRAP_STYLE[trap.status], s(trap.status, lang), trap.explanation.get(lang))
        if report.unexpected_signals:
            _heading(out, s("unexpected", lang), lang)
            for signal in report.unexpected_signals:
                icon, style = SIGNAL_STYLE.get(signal.kind, ("?", ""))
                _line(out, icon, style, signal.message.get(lang), signal.explanation.get(lang))
        return out

    def _facts(self, out: RichText, facts: Iterable[FactCheck], lang: str) -> None:
        _heading(out, s("facts", lang), lang)
        ordered = sorted(facts, key=lambda f: FACT_ORDER.index(f.status))
        shown = [f for f in ordered if f.status != "not_required"]
        if not shown:
            out.append(f"\n {s('no_fact', lang)}", style="dim")
        for fact in ordered:
            style = FACT_STYLE[fact.status]
            head = f"{fact.question.get(lang)} — {s(fact.status, lang)}"
            _line(out, FACT_ICON[fact.status], style, head, fact.explanation.get(lang))

    def _signals(self, out: RichText, signals: Iterable[SignalCheck], lang: str) -> None:
        _heading(out, s("signals", lang), lang)
        for signal in sorted(signals, key=lambda x: not x.caught):
            if signal.caught:
                icon, style, state = "✓", "green", s("caught", lang)
            else:
                icon, style, state = "✗", "bold red", s("missed_signal", lang)
            head = f"{signal.message.get(lang)} — {state} [{signal.ref}]"
            _line(out, icon, style, head, signal.explanation.get(lang))
