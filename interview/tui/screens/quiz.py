"""The quiz: one question at a time, answered with a digit key, each answer explained, then the result.

Questions come from `interview.training.quiz.generate` (banks and the engine, no UI), drawn in a
thread worker; the screen renders the `QuizRun` it posts back. A digit answers, the feedback says
right or wrong with the explanation (bank texts: rich `Text`, never markup), Enter goes on. After
the last question the result screen replaces the quiz: the score, per kind of question, what was
missed and why, and the score saved for the trainee (`Store.record_quiz`, in a thread worker).
Leaving before the end records nothing.

Keys: 1-9 answer, Enter (or Space) next, F2 language, Escape back; on the result, `r` another quiz.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
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

from interview.app_factory import OpenScreen
from interview.safe_text import printable, printable_line
from interview.training.quiz import DEFAULT_COUNT, KIND_NAMES, QuizRun, generate, short
from interview.tui.i18n import strings_of
from storage.errors import StorageError

if TYPE_CHECKING:
    from interview.tui.app import QualifyApp

STRINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Quiz", "fr": "Quiz"},
    "result_title": {"en": "Quiz result", "fr": "Résultat du quiz"},
    "all_frameworks": {"en": "all frameworks", "fr": "toutes les méthodes"},
    "loading": {"en": "Drawing the questions…", "fr": "Tirage des questions…"},
    "empty": {
        "en": "These banks give no question to ask. Escape to go back.",
        "fr": "Ces méthodes ne donnent aucune question. Échap pour revenir.",
    },
    "question": {"en": "Question", "fr": "Question"},
    "of": {"en": "of", "fr": "sur"},
    "score": {"en": "Score", "fr": "Score"},
    "answer_hint": {"en": "Press 1 to {n} to answer.", "fr": "Tapez 1 à {n} pour répondre."},
    "next_hint": {"en": "Enter: next question.", "fr": "Entrée : question suivante."},
    "last_hint": {"en": "Enter: see the result.", "fr": "Entrée : voir le résultat."},
    "right": {"en": "Right!", "fr": "Exact !"},
    "wrong": {"en": "Not quite: the answer is {n}.", "fr": "Pas tout à fait : la réponse est {n}."},
    "you_scored": {"en": "{right} right out of {asked}", "fr": "{right} bonnes réponses sur {asked}"},
    "by_kind": {"en": "By kind of question", "fr": "Par type de question"},
    "missed": {"en": "To review", "fr": "À revoir"},
    "none_missed": {"en": "Nothing missed.", "fr": "Aucune erreur."},
    "you_chose": {"en": "you chose", "fr": "vous avez choisi"},
    "answer_was": {"en": "answer", "fr": "réponse"},
    "saving": {"en": "Saving the score…", "fr": "Enregistrement du score…"},
    "saved": {"en": "Score saved for {who}.", "fr": "Score enregistré pour {who}."},
    "not_saved": {"en": "Score NOT saved: {why}", "fr": "Score NON enregistré : {why}"},
    "no_database": {"en": "the database is not open.", "fr": "la base de données n'est pas ouverte."},
    "seed": {
        "en": "seed {seed} (qualify quiz --seed {seed} asks the same)",
        "fr": "graine {seed} (qualify quiz --seed {seed} pose les mêmes)",
    },
    "result_hint": {"en": "r: another quiz · Escape: back", "fr": "r : un autre quiz · Échap : retour"},
}


s = strings_of(STRINGS)


def _colon(lang: str) -> str:
    return " :" if lang == "fr" else ":"


def _text(text: str, style: str = "") -> RichText:
    """Bank text is data: a rich Text (never markup), control characters shown as escapes."""
    return RichText(printable(text), style=style)


@dataclass(frozen=True)
class QuizOpening(OpenScreen):
    """`qualify quiz [ID] --count N --seed N --trainee NAME`."""

    name: str = "quiz"
    bank_id: str | None = None
    count: int = DEFAULT_COUNT
    seed: int = 0
    trainee: str = ""


class QuizScreen(Screen[None]):
    """One question at a time; a digit answers, Enter goes on."""

    CSS_PATH = "../styles/quiz.tcss"
    AUTO_FOCUS = ""  # nothing to focus: the digits and Enter reach the screen's bindings
    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(str(n), f"choose({n})", show=False) for n in range(1, 10)),
        Binding("enter,space", "next", "Next", id="quiz_next"),
        Binding("escape", "back", "Back", id="quiz_back"),
    ]

    run: reactive[QuizRun | None] = reactive(None, init=False, always_update=True)

    class Drawn(Message):
        """The questions, drawn off the event loop."""

        def __init__(self, run: QuizRun) -> None:
            super().__init__()
            self.run = run

    def __init__(
        self, bank_id: str | None = None, count: int = DEFAULT_COUNT, seed: int = 0, trainee: str = ""
    ) -> None:
        super().__init__()
        self.bank_id = bank_id
        self.count = count
        self.seed = seed
        self.trainee = trainee
        self.last: int | None = None  # the choice just made, while its feedback shows

    @classmethod
    def opened(cls, opening: OpenScreen) -> QuizScreen:
        if isinstance(opening, QuizOpening):
            return cls(opening.bank_id, opening.count, opening.seed, opening.trainee)
        return cls()

    @property
    def qualify(self) -> QualifyApp:
        return cast("QualifyApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="quiz-progress")
        with VerticalScroll(id="quiz-body"):
            yield Static(id="quiz-prompt")
            yield Static(id="quiz-choices")
            yield Static(id="quiz-feedback")
        yield Static(id="quiz-hint")
        yield Footer()

    def on_mount(self) -> None:
        if not self.trainee:
            self.trainee = self.qualify.context.settings.rep
        self.query_one("#quiz-feedback", Static).display = False
        self.watch(self.qualify, "lang", lambda _lang: self._paint())
        self.draw()

    @work(thread=True, exclusive=True, group="quiz", exit_on_error=False)
    def draw(self) -> None:
        app = self.qualify
        questions = generate(
            app.context.catalog.banks(), app.engine, random.Random(self.seed), self.count, self.bank_id
        )
        self.post_message(self.Drawn(QuizRun(tuple(questions))))

    @on(Drawn)
    def _drawn(self, message: Drawn) -> None:
        self.run = message.run

    def watch_run(self) -> None:
        self._paint()

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:  # StateChanged does not bubble: the app tells and logs
            self.qualify.worker_failed(event.worker)

    # --- rendering --------------------------------------------------------------------------

    def _scope(self, lang: str) -> str:
        if self.bank_id is None:
            return s("all_frameworks", lang)
        bank = self.qualify.context.catalog.bank(self.bank_id)
        return printable_line(short(bank.name).get(lang))

    def _paint(self) -> None:
        lang = self.qualify.lang
        self.title = f"{s('title', lang)} · {self._scope(lang)}"
        progress = self.query_one("#quiz-progress", Static)
        prompt = self.query_one("#quiz-prompt", Static)
        choices = self.query_one("#quiz-choices", Static)
        feedback = self.query_one("#quiz-feedback", Static)
        hint = self.query_one("#quiz-hint", Static)
        run = self.run
        if run is None:
            progress.update(Content(s("loading", lang)))
            return
        if not run.questions:
            progress.update(Content(s("empty", lang)))
            return
        answered = self.last is not None
        index = run.asked - 1 if answered else run.asked
        question = run.questions[index]
        c = _colon(lang)
        progress.update(
            Content(
                f"{s('question', lang)} {index + 1} {s('of', lang)} {len(run.questions)}  ·  "
                f"{s('score', lang)}{c} {run.right}/{run.asked}"
            )
        )
        prompt.update(_text(question.prompt.get(lang)))
        lines = RichText()
        for n, choice in enumerate(question.choices):
            style = ""
            if answered and n == question.answer:
                style = "bold green"
            elif answered and n == self.last:
                style = "bold red"
            if n:
                lines.append("\n")
            lines.append(f" {n + 1} ", style="reverse" if not answered else style)
            lines.append(" ")
            lines.append_text(_text(choice.get(lang), style))
        choices.update(lines)
        feedback.display = answered
        feedback.set_class(answered and self.last == question.answer, "-right")
        feedback.set_class(answered and self.last != question.answer, "-wrong")
        if answered:
            right = self.last == question.answer
            verdict = s("right", lang) if right else s("wrong", lang, n=question.answer + 1)
            text = RichText(verdict, style="bold")
            text.append("\n")
            text.append_text(_text(question.explanation.get(lang)))
            feedback.update(text)
            hint.update(Content(s("last_hint" if run.finished else "next_hint", lang)))
        else:
            hint.update(Content(s("answer_hint", lang, n=len(question.choices))))

    # --- keys --------------------------------------------------------------------------------

    def action_choose(self, number: int) -> None:
        run = self.run
        if run is None or self.last is not None or run.current is None:
            return
        if not 1 <= number <= len(run.current.choices):
            self.app.bell()
            return
        run.answer(number - 1)
        self.last = number - 1
        self._paint()
        self.query_one("#quiz-body", VerticalScroll).scroll_end(animate=False)

    def action_next(self) -> None:
        run = self.run
        if run is None or self.last is None:
            return
        self.last = None
        if run.finished:
            self.app.switch_screen(QuizResultScreen(run, self.bank_id, self.seed, self.trainee))
            return
        self._paint()
        self.query_one("#quiz-body", VerticalScroll).scroll_home(animate=False)

    def action_back(self) -> None:
        self.dismiss()


class QuizResultScreen(Screen[None]):
    """The score, per kind of question, what was missed and why; the score saved for the trainee."""

    CSS_PATH = "../styles/quiz.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "again", "Another quiz", id="quiz_again"),
        Binding("escape", "back", "Back", id="quiz_result_back"),
    ]

    saved: reactive[str | None] = reactive(None, init=False)  # None: saving; "": saved; else why not

    class Saved(Message):
        def __init__(self, problem: str) -> None:
            super().__init__()
            self.problem = problem  # "" when saved; a key of STRINGS, or the store's message

    def __init__(self, run: QuizRun, bank_id: str | None, seed: int, trainee: str) -> None:
        super().__init__()
        self.run = run
        self.bank_id = bank_id
        self.seed = seed
        self.trainee = trainee

    @property
    def qualify(self) -> QualifyApp:
        return cast("QualifyApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="quiz-result"):
            yield Static(id="quiz-score")
            yield Static(id="quiz-kinds")
            yield Static(id="quiz-missed")
        yield Static(id="quiz-saved")
        yield Static(id="quiz-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.qualify, "lang", lambda _lang: self._paint())
        self.save()

    @work(thread=True, exclusive=True, group="quiz-save", exit_on_error=False)
    def save(self) -> None:
        store = self.qualify.store
        if store is None:
            self.post_message(self.Saved("no_database"))
            return
        at = dt.datetime.now(dt.UTC)
        try:
            store.record_quiz(self.trainee, self.bank_id, self.run.asked, self.run.right, at)
        except StorageError as exc:
            self.post_message(self.Saved(str(exc)))
            return
        self.post_message(self.Saved(""))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        self.saved = message.problem

    def watch_saved(self) -> None:
        self._paint()

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            self.saved = f"{type(error).__name__}: {error}"
            self.qualify.worker_failed(event.worker)

    def _paint(self) -> None:
        lang = self.qualify.lang
        run = self.run
        c = _colon(lang)
        self.title = s("result_title", lang)
        share = f"  ({run.right / run.asked:.0%})" if run.asked else ""
        score = RichText(s("you_scored", lang, right=run.right, asked=run.asked) + share, style="bold")
        score.append(f"\n{printable_line(self.trainee)} · {s('seed', lang, seed=self.seed)}", style="dim")
        self.query_one("#quiz-score", Static).update(score)
        kinds = RichText(f"{s('by_kind', lang)}{c}", style="bold")
        for kind, (right, asked) in run.by_kind().items():
            kinds.append(f"\n  {KIND_NAMES[kind].get(lang)}{c} {right}/{asked}", style="")
        self.query_one("#quiz-kinds", Static).update(kinds)
        missed = RichText(f"{s('missed', lang)}{c}", style="bold")
        if not run.missed():
            missed.append(f"\n  {s('none_missed', lang)}", style="")
        for question, chosen in run.missed():
            missed.append("\n\n")
            missed.append_text(_text(question.prompt.get(lang)))
            missed.append(f"\n  {s('you_chose', lang)}{c} ", style="red")
            missed.append_text(_text(question.choices[chosen].get(lang), "red"))
            missed.append(f"\n  {s('answer_was', lang)}{c} ", style="green")
            missed.append_text(_text(question.choices[question.answer].get(lang), "bold green"))
            missed.append("\n  ")
            missed.append_text(_text(question.explanation.get(lang), "italic"))
        self.query_one("#quiz-missed", Static).update(missed)
        status = self.query_one("#quiz-saved", Static)
        status.set_class(bool(self.saved), "-problem")
        if self.saved is None:
            status.update(Content(s("saving", lang)))
        elif self.saved == "":
            status.update(RichText(s("saved", lang, who=printable_line(self.trainee))))
        else:
            why = s(self.saved, lang) if self.saved in STRINGS else self.saved  # ours, or the store's
            status.update(RichText(s("not_saved", lang, why=printable_line(why))))
        self.query_one("#quiz-hint", Static).update(Content(s("result_hint", lang)))

    def action_again(self) -> None:
        self.app.switch_screen(
            QuizScreen(self.bank_id, len(self.run.questions), random.randrange(1_000_000), self.trainee)
        )

    def action_back(self) -> None:
        self.dismiss()
