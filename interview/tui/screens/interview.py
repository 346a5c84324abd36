"""The live-call screen: one question at a time, saved before it is shown as saved."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text as RichText
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from interview.answer_input import parse_answer
from interview.engine.answers import AnswerError, coerce_answer
from interview.engine.engine import Evaluation
from interview.engine.judge import BankJudgement
from interview.engine.state import InterviewState
from interview.engine.wording import answer_label
from interview.recording import Recording
from interview.safe_text import printable, printable_line
from interview.tui.commands import InterviewCommands
from interview.tui.footer import LocalFooter
from interview.tui.i18n import label, t
from interview.tui.widgets.panels import CriteriaPanel, SignalsPanel, update_if_changed
from storage.errors import StorageError

ONE_KEY_KINDS = ("yes_no", "choice", "scale")
YES_NO_KEYS = {"y": True, "o": True, "n": False}
SHOWN_ANSWER_CHARS = 300  # a long answer is stored whole; the screen shows its start
# Shutting down: how long a draft waits for a save in progress or a database still opening.
DRAFT_WAIT_SECONDS = 5.0
PASTE_JOINED = {
    "en": "Pasted {lines} lines into one answer, joined with ' / '",
    "fr": "{lines} lignes collées en une réponse, séparées par ' / '",
}


def shorten(text: str, limit: int = SHOWN_ANSWER_CHARS) -> str:
    """What the screen shows of a long text: its start and how much is left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… (+{len(text) - limit:,} characters)"


class AnswerInput(Input):
    """The one-line answer field, which keeps every line of a multi-line paste.

    Textual's Input keeps only the first line of a paste: a rep pasting a few lines from an email
    would lose the rest without noticing.
    """

    @dataclass
    class MultiLinePasted(Message):
        input: AnswerInput
        lines: int

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(lines) <= 1:
            return  # Input's own paste handling runs next
        event.prevent_default()  # not Input's: it would keep the first line
        event.stop()
        joined = " / ".join(lines)
        if self.selection.is_empty:
            self.insert_text_at_cursor(joined)
        else:
            self.replace(joined, *self.selection)
        self.post_message(self.MultiLinePasted(self, len(lines)))


def failure_text(exc: Exception) -> str:
    """What the rep reads when a write fails: our own errors as they are, others named."""
    if isinstance(exc, (AnswerError, StorageError)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


@dataclass
class Judged(Message):
    """A fresh judgement of every framework, computed off the event loop.

    An answer arrives twice: first `saving` (its consequences, shown while it is committed), then
    `saved` once it is on disk, or `error` with the committed state and the draft to put back.
    """

    judgements: list[BankJudgement]
    state: InterviewState | None = None  # folded with the judgements, off the event loop
    saved: str | None = None  # what was just saved, to confirm it
    error: str | None = None
    saving: str | None = None  # what is being saved: shown, not yet confirmed
    draft: tuple[str, str] | None = None  # (question id, text typed) to restore if the save failed


@dataclass(frozen=True)
class Suggestion:
    """Something recognised in the notes, offered as the answer to a question."""

    question_id: str
    value: Any
    shown: str


class InterviewScreen(LocalFooter, Screen[None]):
    COMMANDS = Screen.COMMANDS | {InterviewCommands}
    BINDINGS = [
        Binding("f3", "lens", "Lens", id="lens"),
        Binding("f4", "skip", "Skip", id="skip_question"),
        Binding("f6", "accept_suggestion", "Use note", id="accept_suggestion"),
        Binding("f7", "focus_notes", "Notes", id="focus_notes"),
        Binding("f8", "clear_answer", "Clear", id="clear_answer"),
        Binding("f10", "end", "End", id="end_interview"),
    ]

    FOOTER: ClassVar[dict[str, dict[str, str]]] = {
        "lens": {"en": "Lens", "fr": "Méthode"},
        "skip": {"en": "Skip", "fr": "Passer"},
        "accept_suggestion": {"en": "Use note", "fr": "Note→réponse"},
        "focus_notes": {"en": "Notes", "fr": "Notes"},
        "clear_answer": {"en": "Clear", "fr": "Effacer"},
        "end": {"en": "End", "fr": "Terminer"},
    }

    def __init__(self, recording: Recording) -> None:
        super().__init__()
        self.recording = recording
        self.lens = 0
        self.question_id: str | None = None
        self.pinned = False  # the rep chose this question (palette): keep it even if answered
        self.skipped: set[str] = set()
        self.judgements: list[BankJudgement] = []
        self.state = InterviewState()  # the last committed state; never refolded on the event loop
        self.signal_order: list[tuple[str, str]] = []
        self.suggestions: list[Suggestion] = []
        self._lock = threading.Lock()  # one write at a time, in the order typed
        # The engine's evaluation of the committed log, kept to evaluate the next event from it.
        self.evaluation: Evaluation | None = None
        self._analysis_warm = False  # the notes' analyzer is loaded in a worker on first focus
        self._in_flight: tuple[str, str] | None = None  # (question, text) sent to _save, still in its field

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with VerticalScroll(id="criteria-pane"):
                yield CriteriaPanel(id="criteria")
            with Vertical(id="question-pane"):
                yield Static(id="question")
                yield Static(id="tip")
                yield AnswerInput(id="answer")
                yield Static(id="status")
                yield Input(id="notes")
                yield OptionList(id="suggestions")
            with Vertical(id="side-pane"):
                yield Static(id="next")
                with VerticalScroll(id="signals-pane"):
                    yield SignalsPanel(id="signals")
        yield Footer()

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined,no-any-return]

    @property
    def questions(self) -> dict[str, Any]:
        return self.recording.engine.index.questions

    def on_mount(self) -> None:
        record = self.recording.record
        # People's names are data: control characters shown, never sent to the terminal.
        self.title = printable(f"{record.lead.name} · {record.lead.company or ''}".strip(" ·"))
        self.query_one("#suggestions", OptionList).display = False
        self.watch(self.app, "lang", lambda _lang: self._render_all())
        self.watch(self.app, "lang", lambda _lang: self.refresh_bindings(), init=False)
        self.query_one("#answer", Input).focus()
        self._restore_draft()
        self._judge()

    def _restore_draft(self) -> None:
        """What was typed when the app last stopped (signal, crash) goes back into its fields."""
        draft = self.recording.draft
        if draft is None:
            return
        self.recording.draft = None  # once: a later screen on the same recording starts clean
        if draft.answer:
            answer = self.query_one("#answer", Input)
            with answer.prevent(Input.Changed):  # a one-character draft is not a one-key answer
                answer.value = draft.answer
            if draft.question_id in self.questions:
                self.question_id, self.pinned = draft.question_id, True
        if draft.notes:
            self.query_one("#notes", Input).value = draft.notes

    def save_draft(self) -> bool:
        """Write the answer and notes fields as a draft, synchronously: for signals and crashes.

        A save in progress goes first (it holds the lock), so the draft is the newest event.
        """
        answer = self.query_one("#answer", Input).value
        notes = self.query_one("#notes", Input).value
        if self.question_id is not None and (self.question_id, answer) == self._in_flight:
            answer = ""  # being saved as the answer: not a draft as well
        if not (answer or notes):
            return True
        locked = self._lock.acquire(timeout=DRAFT_WAIT_SECONDS)
        try:
            return self.recording.save_draft(self.question_id, answer, notes, wait=DRAFT_WAIT_SECONDS)
        finally:
            if locked:
                self._lock.release()

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        # StateChanged does not bubble: the app shows and logs what failed.
        if event.state is WorkerState.ERROR:
            self.app.worker_failed(event.worker)  # type: ignore[attr-defined]

    @on(AnswerInput.MultiLinePasted)
    def _multi_line_pasted(self, event: AnswerInput.MultiLinePasted) -> None:
        text = PASTE_JOINED.get(self.lang, PASTE_JOINED["en"]).format(lines=event.lines)
        self.notify(text, timeout=8, markup=False)

    # --- work off the event loop ------------------------------------------------------------

    def _evaluate(self, events: list[Any]) -> Evaluation:
        """Evaluate `events`, continuing from the last committed evaluation (only what changed)."""
        rec = self.recording
        return rec.engine.evaluate(rec.record.frameworks, events, rec.reference_date, self.evaluation)

    def _judged(self, saved: str | None = None) -> Judged:
        """Fold and judge once, in the worker; the UI only renders the result."""
        self.evaluation = evaluation = self._evaluate(list(self.recording.events))
        return Judged(list(evaluation.judgements), evaluation.state, saved=saved)

    @work(thread=True, exclusive=True, group="judge", exit_on_error=False)
    def _judge(self) -> None:
        self.post_message(self._judged())

    @work(thread=True, group="save", exit_on_error=False)
    def _save(self, question_id: str, raw: Any, parsed: bool = False) -> None:
        question = self.questions[question_id]
        shown = question.text.get(self.lang)
        draft = (question_id, raw if isinstance(raw, str) else "")
        rec = self.recording
        with self._lock:
            try:
                value = raw if parsed else parse_answer(question, raw, rec.reference_date)
                event = rec.prepare_answer(question_id, value)
                committed = self.evaluation
                # Consequences first (signals, scores, next question), marked as not yet saved...
                preview = self._evaluate([*rec.events, event])
                judgements = list(preview.judgements)  # one list for both messages: "saved" repaints nothing
                self.post_message(Judged(judgements, preview.state, saving=shown))
                # ...then the commit; only its success says "saved".
                fits = committed is not None and committed.state.events == len(rec.events)
                changed = question.key in committed.state.answers if fits and committed else None
                rec.commit_answer(event, changed=changed)
            except Exception as exc:  # any failure must reach the rep; the draft comes back
                back = self._judged()
                self.post_message(Judged(back.judgements, back.state, error=failure_text(exc), draft=draft))
                return
            self.evaluation = preview  # the committed log now ends with this very event
        self.post_message(Judged(judgements, preview.state, saved=shown))

    @work(thread=True, group="save", exit_on_error=False)
    def _write(self, what: str, *args: Any) -> None:
        """Notes, clears and lens switches: committed like answers."""
        with self._lock:
            try:
                if what == "note":
                    self.recording.note(args[0])
                elif what == "clear":
                    self.recording.clear(args[0])
                elif what == "switch":
                    self.recording.switch_framework(args[0])
            except Exception as exc:  # any failure must reach the rep; the draft stays
                self.post_message(Judged(self.judgements, error=failure_text(exc)))
                return
        saved = t("note_saved", self.lang) if what == "note" else None
        self.post_message(self._judged(saved=saved))

    # --- rendering ---------------------------------------------------------------------------

    def on_judged(self, message: Judged) -> None:
        status = self.query_one("#status", Static)
        if message.error or message.saving:
            self._in_flight = None  # the field was cleared, or holds a draft again
        if message.error:
            error = shorten(message.error)  # a refused answer's text can be long: the error quotes it
            update_if_changed(status, RichText(f"{t('not_saved', self.lang)}: {error}", style="bold red"))
            if message.state is None:  # nothing was shown early: the draft is still in its field
                return
            if message.draft is not None:  # the answer was shown early: back to it, as typed
                self.question_id, self.pinned = message.draft[0], True
                self.query_one("#answer", Input).value = message.draft[1]
        elif message.saved and message.state is self.state and message.judgements is self.judgements:
            # Shown while saving: only the status changes.
            update_if_changed(status, RichText(f"✓ {t('saved', self.lang)}: {message.saved}", style="green"))
            return
        self.judgements = message.judgements
        if message.state is not None:
            self.state = message.state
        fired = [(s.bank_id, s.id) for j in self.judgements for s in j.signals]
        fresh = [key for key in fired if key not in self.signal_order]
        self.signal_order = fresh + [key for key in self.signal_order if key in fired]
        if message.saving:
            saving = RichText(f"… {t('saving', self.lang)}: {message.saving}", style="yellow")
            update_if_changed(status, saving)
            self.query_one("#answer", Input).value = ""
            self.question_id, self.pinned = None, False
        elif message.saved:
            update_if_changed(status, RichText(f"✓ {t('saved', self.lang)}: {message.saved}", style="green"))
            if message.saved != t("note_saved", self.lang):
                self.query_one("#answer", Input).value = ""
                self.question_id, self.pinned = None, False
        self._render_all()

    def _active(self) -> BankJudgement | None:
        return self.judgements[self.lens % len(self.judgements)] if self.judgements else None

    def _pick_question(self, j: BankJudgement) -> None:
        if self.pinned and self.question_id:
            return
        answered = self.state.answers
        if self.question_id and self.questions[self.question_id].key not in answered:
            return
        candidates = [n.question_id for n in j.next_questions if n.question_id not in self.skipped]
        candidates = candidates or [n.question_id for n in j.next_questions]
        self.question_id = candidates[0] if candidates else None

    def _render_all(self) -> None:
        j = self._active()
        if j is None:
            return
        lang = self.lang
        self._pick_question(j)
        self._render_criteria(j, lang)
        self.query_one("#signals", SignalsPanel).show(self.judgements, self.signal_order, lang)
        self._render_question(lang)
        self._render_next(j, lang)
        self.query_one("#notes", Input).placeholder = t("notes_hint", lang)

    def _render_criteria(self, j: BankJudgement, lang: str) -> None:
        """The active framework's criteria and verdict (the practice screen's exam hides the verdict)."""
        self.query_one("#criteria", CriteriaPanel).show(j, lang)

    def _render_next(self, j: BankJudgement, lang: str, *, reasons: bool = True) -> None:
        """The next questions to ask, each with its reason unless `reasons` is False (exam)."""
        upcoming = RichText(label("next_questions", lang) + "\n", style="bold")
        for n in [n for n in j.next_questions if n.question_id != self.question_id][:3]:
            upcoming.append(f"• {self.questions[n.question_id].text.get(lang)}\n")
            if reasons:
                upcoming.append(f"  {n.reason.get(lang)}\n", style="dim")
        update_if_changed(self.query_one("#next", Static), upcoming)

    def _render_question(self, lang: str) -> None:
        question_box = self.query_one("#question", Static)
        tip_box = self.query_one("#tip", Static)
        if self.question_id is None:
            update_if_changed(question_box, RichText(t("done", lang), style="bold"))
            update_if_changed(tip_box, RichText(""))
            return
        q = self.questions[self.question_id]
        text = RichText(q.text.get(lang) + "\n", style="bold")
        for i, option in enumerate(q.options or (), start=1):
            text.append(f" {i} ", style="bold reverse")
            text.append(f" {option.label.get(lang)}  ")
        if q.kind == "scale":
            low = q.scale.low.get(lang) if q.scale else ""
            high = q.scale.high.get(lang) if q.scale else ""
            text.append(f"1–5   1 = {low} · 5 = {high}", style="dim")
        current = self.state.answers.get(q.key)
        if current is not None:
            shown = shorten(answer_label(q, current.value).get(lang))
            text.append(f"\n{label('current_answer', lang)} {shown}", style="cyan")
            # Pre-filled by `qualify analyze --save` (its note lists them) and not yet confirmed or
            # changed by the rep: any later answer to the question has another time.
            prefilled = {
                k: v
                for n in self.recording.notes
                if n.payload.get("source") == "transcript" and isinstance(n.payload.get("answers"), dict)
                for k, v in n.payload["answers"].items()
            }
            if prefilled.get(current.question_id) == current.at:
                fr = lang == "fr"
                hint = "d'après la transcription, à confirmer" if fr else "from the transcript, to confirm"
                text.append(f"  ({hint})", style="yellow")
        update_if_changed(question_box, text)
        update_if_changed(tip_box, RichText(f"{label('tip', lang)} {q.tip.get(lang)}", style="italic dim"))
        self.query_one(
            "#answer", Input
        ).placeholder = f"{t('answer_hint', lang)} · {t('kind_' + q.kind, lang)}"

    # --- input ---------------------------------------------------------------------------

    @on(Input.Submitted, "#answer")
    def _answer_submitted(self, event: Input.Submitted) -> None:
        if self.question_id is not None and event.value.strip():
            self._in_flight = (self.question_id, event.value)
            self._save(self.question_id, event.value)

    @on(Input.Changed, "#answer")
    def _one_key(self, event: Input.Changed) -> None:
        """Options answer with one key: their number (or y/n/o for yes/no)."""
        if self.question_id is None or len(event.value) != 1:
            return
        q = self.questions[self.question_id]
        key = event.value.lower()
        if q.kind == "yes_no" and key in YES_NO_KEYS:
            self._in_flight = (self.question_id, event.value)
            self._save(self.question_id, YES_NO_KEYS[key], parsed=True)
        elif q.kind in ONE_KEY_KINDS and key.isdigit():
            count = 5 if q.kind == "scale" else len(q.options or ())
            if 1 <= int(key) <= count <= 9:
                self._in_flight = (self.question_id, event.value)
                self._save(self.question_id, key)

    @on(Input.Submitted, "#notes")
    def _note_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self._write("note", event.value)
            event.input.value = ""

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id == "notes" and not self._analysis_warm:
            self._analysis_warm = True
            self._warm_analysis()

    @work(thread=True, exclusive=True, group="warm", exit_on_error=False)
    def _warm_analysis(self) -> None:
        """Load the analyzer (regular expressions, ~0.2 s) as the rep opens the notes, not on
        their first key."""
        import interview.analysis.notes  # noqa: F401

    @on(Input.Changed, "#notes")
    def _notes_changed(self, event: Input.Changed) -> None:
        # Reading a note costs ~2 ms a line and grows with it (40 ms for 2,300 characters): off
        # the event loop, so that typing a long note never waits; a newer key supersedes it.
        self._suggest_in_background(event.value)

    @work(thread=True, exclusive=True, group="suggest", exit_on_error=False)
    def _suggest_in_background(self, text: str) -> None:
        suggestions = self._suggest(text)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._suggested, text, suggestions)

    def _suggested(self, text: str, suggestions: list[Suggestion]) -> None:
        if self.query_one("#notes", Input).value != text:  # typed on meanwhile: its own turn comes
            return
        self.suggestions = suggestions
        self._show_suggestions()

    def _suggest(self, text: str) -> list[Suggestion]:
        """Amounts, dates, roles, urgency recognised in the notes, matched to questions to answer."""
        from interview.analysis.recognisers import ROLES, find_all

        answers = self.state.answers
        active = self._active()
        banks = [active.bank_id] if active else []
        banks += [b for b in self.recording.record.frameworks if b not in banks]
        out: list[Suggestion] = []
        seen: set[str] = set()
        for finding in find_all(text, self.recording.reference_date):
            for fact in finding.facts:
                question = self._question_for(fact, banks)
                if question is None or question.key in seen:
                    continue
                raw = finding.value
                if finding.kind == "role" and question.kind in ("choice", "yes_no"):
                    # "CFO" answers "your part in the decision" with its usual option, and
                    # "is the economic buyer known" with yes when the role is one.
                    role = ROLES.get(str(raw))
                    if role is None:
                        continue
                    raw = role.economic_buyer if question.kind == "yes_no" else role.authority
                try:
                    value = coerce_answer(question, raw)
                except (AnswerError, TypeError, ValueError):
                    continue
                seen.add(question.key)
                again = " ✎" if question.key in answers else ""
                shown = f"{finding.text} → {question.text.get(self.lang)}{again}"
                out.append(Suggestion(question.id, value, shown))
                break
        out += self._analysed(text, banks, seen)
        return out[:4]

    def _analysed(self, text: str, banks: list[str], seen: set[str]) -> list[Suggestion]:
        """What `qualify analyze` would read in this note (signers, champions, must-haves, steps,
        priority...), beyond the recognisers above: one way of reading words for both."""
        from interview.analysis.notes import note_facts

        out: list[Suggestion] = []
        for fact, raw, _said in note_facts(text, self.recording.reference_date):
            question = self._question_for(fact, banks)
            if question is None or question.key in seen:
                continue
            try:
                value = coerce_answer(question, raw)
            except (AnswerError, TypeError, ValueError):
                continue
            seen.add(question.key)
            again = " ✎" if question.key in self.state.answers else ""
            label = answer_label(question, value).get(self.lang)
            out.append(Suggestion(question.id, value, f"{label} → {question.text.get(self.lang)}{again}"))
        return out

    def _question_for(self, fact: str, banks: list[str]) -> Any:
        for bank_id in banks:
            for q in self.recording.engine.banks[bank_id].questions():
                if q.key == fact or q.id == fact:
                    return q
        return None

    @on(OptionList.OptionSelected, "#suggestions")
    def _suggestion_chosen(self, event: OptionList.OptionSelected) -> None:
        self._apply(event.option_index)

    def _apply(self, index: int) -> None:
        if 0 <= index < len(self.suggestions):
            s = self.suggestions.pop(index)
            self._save(s.question_id, s.value, parsed=True)
            self._show_suggestions()

    def _show_suggestions(self) -> None:
        box = self.query_one("#suggestions", OptionList)
        # Notes are the rep's own words: Content, never markup.
        box.set_options(
            Option(Content(printable_line(f"F6 · {s.shown}" if i == 0 else s.shown)))
            for i, s in enumerate(self.suggestions)
        )
        box.display = bool(self.suggestions)

    # --- actions -------------------------------------------------------------------------

    def palette_actions(self) -> list[tuple[str, str]]:
        lang = self.lang
        return [(a, t("action_" + a, lang)) for a in ("end", "skip", "clear_answer", "focus_notes", "lens")]

    def run_action(self, action: str) -> None:
        getattr(self, f"action_{action}")()

    def ask(self, question_id: str) -> None:
        """Make `question_id` the current question, answered or not (to change its answer)."""
        bank_id = self.recording.engine.index.bank_of[question_id]
        frameworks = list(self.recording.record.frameworks)
        if bank_id in frameworks:
            self.lens = frameworks.index(bank_id)
        self.question_id, self.pinned = question_id, True
        self._render_all()
        self.query_one("#answer", Input).focus()

    def set_lens(self, index: int) -> None:
        self.lens = index
        self.question_id, self.pinned = None, False
        j = self._active()
        if j is not None:
            self._write("switch", j.bank_id)
        self._render_all()

    def action_lens(self) -> None:
        if self.judgements:
            self.set_lens((self.lens + 1) % len(self.judgements))

    def action_skip(self) -> None:
        if self.question_id:
            self.skipped.add(self.question_id)
            self.question_id, self.pinned = None, False
            self._render_all()

    def action_clear_answer(self) -> None:
        if self.question_id and self.questions[self.question_id].key in self.state.answers:
            self._write("clear", self.question_id)

    def action_focus_notes(self) -> None:
        self.query_one("#notes", Input).focus()

    def action_accept_suggestion(self) -> None:
        self._apply(0)

    @work(thread=True, group="save", exit_on_error=False)
    def _end(self) -> None:
        with self._lock:
            try:
                self.recording.end()
            except Exception as exc:  # any failure must reach the rep; the draft stays
                self.post_message(Judged(self.judgements, error=failure_text(exc)))
                return
        self.app.call_from_thread(self._show_summary)

    def _show_summary(self) -> None:
        try:
            from interview.tui.screens.summary import SummaryScreen
        except ImportError:  # pragma: no cover - shipped with the app
            self.dismiss()
            return
        self.app.switch_screen(SummaryScreen(self.recording))

    def action_end(self) -> None:
        self._end()
