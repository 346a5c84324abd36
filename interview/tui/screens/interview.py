"""The live-call screen: one question at a time, saved before it is shown as saved."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from rich.text import Text as RichText
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from interview.answer_input import parse_answer
from interview.engine.answers import AnswerError
from interview.engine.judge import BankJudgement
from interview.recording import Recording
from interview.tui.i18n import label, t
from interview.tui.widgets.panels import CriteriaPanel, SignalsPanel
from storage.db import StorageError


@dataclass
class Judged(Message):
    """A fresh judgement of every framework, computed off the event loop."""

    judgements: list[BankJudgement]
    saved: str | None = None  # the question just saved
    error: str | None = None


class InterviewScreen(Screen[None]):
    BINDINGS = [
        Binding("f3", "lens", "Lens", id="lens"),
        Binding("f4", "skip", "Skip", id="skip_question"),
        Binding("f10", "end", "End", id="end_interview"),
    ]

    def __init__(self, recording: Recording) -> None:
        super().__init__()
        self.recording = recording
        self.lens = 0
        self.question_id: str | None = None
        self.skipped: set[str] = set()
        self.judgements: list[BankJudgement] = []
        self.signal_order: list[tuple[str, str]] = []
        self._lock = threading.Lock()  # one save at a time, in the order typed

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with VerticalScroll(id="criteria-pane"):
                yield CriteriaPanel(id="criteria")
            with Vertical(id="question-pane"):
                yield Static(id="question")
                yield Static(id="tip")
                yield Input(id="answer")
                yield Static(id="status")
                yield Static(id="next")
            with VerticalScroll(id="signals-pane"):
                yield SignalsPanel(id="signals")
        yield Footer()

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined,no-any-return]

    def on_mount(self) -> None:
        record = self.recording.record
        self.title = f"{record.lead.name} · {record.lead.company or ''}".strip(" ·")
        self.watch(self.app, "lang", lambda _lang: self._render_all())
        self.query_one("#answer", Input).focus()
        self._judge()

    @work(thread=True, exclusive=True, group="judge", exit_on_error=False)
    def _judge(self) -> None:
        self.post_message(Judged(self.recording.judgements()))

    @work(thread=True, group="save", exit_on_error=False)
    def _save(self, question_id: str, text: str) -> None:
        question = self.recording.engine.index.questions[question_id]
        with self._lock:
            try:
                self.recording.answer(question_id, parse_answer(question, text))
            except (AnswerError, StorageError) as exc:
                self.post_message(Judged(self.judgements, error=str(exc)))
                return
        self.post_message(Judged(self.recording.judgements(), saved=question_id))

    def on_judged(self, message: Judged) -> None:
        status = self.query_one("#status", Static)
        if message.error:
            # The draft stays in the field: nothing typed is lost.
            status.update(RichText(f"{t('not_saved', self.lang)}: {message.error}", style="bold red"))
            return
        self.judgements = message.judgements
        fired = [(s.bank_id, s.id) for j in self.judgements for s in j.signals]
        fresh = [key for key in fired if key not in self.signal_order]
        self.signal_order = fresh + [key for key in self.signal_order if key in fired]
        if message.saved:
            answer_field = self.query_one("#answer", Input)
            answer_field.value = ""
            saved_text = self.recording.engine.index.questions[message.saved].text.get(self.lang)
            status.update(RichText(f"✓ {t('saved', self.lang)}: {saved_text}", style="green"))
            self.question_id = None
        self._render_all()

    def _active(self) -> BankJudgement | None:
        return self.judgements[self.lens % len(self.judgements)] if self.judgements else None

    def _pick_question(self, j: BankJudgement) -> None:
        answered = self.recording.state().answers
        if self.question_id and self.recording.engine.index.questions[self.question_id].key not in answered:
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
        self.query_one("#criteria", CriteriaPanel).show(j, lang)
        self.query_one("#signals", SignalsPanel).show(self.judgements, self.signal_order, lang)
        question_box = self.query_one("#question", Static)
        tip_box = self.query_one("#tip", Static)
        if self.question_id is None:
            question_box.update(RichText(t("done", lang), style="bold"))
            tip_box.update("")
        else:
            q = self.recording.engine.index.questions[self.question_id]
            text = RichText(q.text.get(lang) + "\n", style="bold")
            for i, option in enumerate(q.options or (), start=1):
                text.append(f"  {i} ", style="bold cyan")
                text.append(option.label.get(lang) + "\n")
            if q.kind == "scale":
                low = q.scale.low.get(lang) if q.scale else "1"
                high = q.scale.high.get(lang) if q.scale else "5"
                text.append(f"  1–5: 1 = {low}, 5 = {high}\n", style="dim")
            question_box.update(text)
            tip_box.update(RichText(f"{label('tip', lang)} {q.tip.get(lang)}", style="italic dim"))
            self.query_one("#answer", Input).placeholder = f"{t('answer_hint', lang)} ({q.kind})"
        upcoming = RichText(label("next_questions", lang) + "\n", style="bold")
        for n in [n for n in j.next_questions if n.question_id != self.question_id][:3]:
            question = self.recording.engine.index.questions[n.question_id]
            upcoming.append(f"• {question.text.get(lang)}\n")
            upcoming.append(f"  {n.reason.get(lang)}\n", style="dim")
        self.query_one("#next", Static).update(upcoming)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self.question_id is not None and event.value.strip():
            self._save(self.question_id, event.value)

    def action_lens(self) -> None:
        if self.judgements:
            self.lens = (self.lens + 1) % len(self.judgements)
            self.question_id = None
            self.recording_switch()
            self._render_all()

    @work(thread=True, group="save", exit_on_error=False)
    def recording_switch(self) -> None:
        j = self._active()
        if j is not None:
            try:
                self.recording.switch_framework(j.bank_id)
            except StorageError as exc:
                self.post_message(Judged(self.judgements, error=str(exc)))

    def action_skip(self) -> None:
        if self.question_id:
            self.skipped.add(self.question_id)
            self.question_id = None
            self._render_all()

    @work(thread=True, group="save", exit_on_error=False)
    def _end(self) -> None:
        with self._lock:
            try:
                self.recording.end()
            except StorageError as exc:
                self.post_message(Judged(self.judgements, error=str(exc)))
                return
        self.app.call_from_thread(self.dismiss)

    def action_end(self) -> None:
        self._end()
