"""The end of the call: every judgement with its reasons, what is missing, what to ask next, exports.

It decides nothing: the engine judges (`recording.judgements()`, `engine.stage(...)`) in a worker,
the screen renders. What people typed (names, answers, reasons quoting them) is rendered as Text,
never as markup.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from rich.text import Text as RichText
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import Worker, WorkerState

from interview.engine.answers import Money
from interview.engine.engine import Engine
from interview.engine.judge import BankJudgement, FiredSignal
from interview.engine.stage import StageResult
from interview.exports import export_csv, export_json, export_markdown, write_private
from interview.recording import Recording
from interview.safe_text import printable
from interview.tui.i18n import t
from interview.tui.summary_i18n import SUMMARY_STRINGS, st, st_label
from interview.tui.widgets.panels import SIGNAL_STYLE, VERDICT_STYLE
from storage.errors import StorageError
from storage.repository import Store

LOW_COVERAGE = 0.5  # a criterion with less than half of its questions answered is a gap
NEXT_PER_FRAMEWORK = 3
SIGNAL_RANK = {"red_flag": 0, "warning": 1, "positive": 2}
VERDICTS = ("qualified", "nurture", "disqualified", "insufficient")

Exporter = Callable[[Store, Engine, int, str], str]
EXPORTS: dict[str, Exporter] = {"md": export_markdown, "json": export_json, "csv": export_csv}

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def export_filename(interview_id: int, lead: str, ext: str) -> str:
    """`qualify-<id>-<lead>.<ext>`, the lead reduced to letters, digits, `-` and `_`."""
    ascii_name = unicodedata.normalize("NFKD", lead).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("-", ascii_name).strip("-_")[:60].strip("-_") or "lead"
    return f"qualify-{interview_id}-{slug}.{ext}"


def _short_name(j: BankJudgement, lang: str) -> str:
    """BANT for "BANT (Budget, Authority, Need, Timeline)"."""
    return j.name.get(lang).split(" (")[0] or j.bank_id


def _colon(lang: str) -> str:
    """A colon, with the space French typography puts before it."""
    return " :" if lang == "fr" else ":"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:g}/100"


def _pct(value: float) -> str:
    return f"{round(value * 100)} %"


class SummaryScreen(Screen[None]):
    """What the engine concluded about an interview, in the app's language; exports to files."""

    CSS_PATH = "../styles/summary.tcss"
    BINDINGS = [
        Binding("m", "export('md')", "Markdown", id="export_markdown"),
        Binding("j", "export('json')", "JSON", id="export_json"),
        Binding("c", "export('csv')", "CSV", id="export_csv"),
        Binding("r", "replay", "Replay", id="replay_summary"),
        Binding("escape,q", "close", "Close", id="close_summary"),
    ]

    class Summarised(Message):
        """The engine's judgement of the interview, computed off the event loop."""

        def __init__(
            self, judgements: Sequence[BankJudgement], stage: StageResult, deal_potential: Money | None
        ) -> None:
            super().__init__()
            self.judgements = list(judgements)
            self.stage = stage
            self.deal_potential = deal_potential

    def __init__(self, recording: Recording) -> None:
        super().__init__()
        self.recording = recording
        self.summary: SummaryScreen.Summarised | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="summary-head")
        with Grid(id="summary-grid"):
            with VerticalScroll(id="summary-frameworks-pane", classes="summary-pane"):
                yield Static(id="summary-frameworks")
            with VerticalScroll(id="summary-signals-pane", classes="summary-pane"):
                yield Static(id="summary-signals")
            with VerticalScroll(id="summary-gaps-pane", classes="summary-pane"):
                yield Static(id="summary-gaps")
            with VerticalScroll(id="summary-next-pane", classes="summary-pane"):
                yield Static(id="summary-next")
        yield Footer()

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined,no-any-return]

    def on_mount(self) -> None:
        self._render_titles()
        self.watch(self.app, "lang", lambda _lang: self._render_all(), init=False)
        self._summarise()

    # --- work off the event loop ------------------------------------------------------------

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def _summarise(self) -> None:
        judgements = self.recording.judgements()
        state = self.recording.state()
        stage = self.recording.engine.stage(judgements, state)
        self.post_message(self.Summarised(judgements, stage, state.deal_potential))

    @work(thread=True, group="export", exit_on_error=False)
    def _export(self, fmt: str, lang: str) -> Path:
        record = self.recording.record
        text = EXPORTS[fmt](self.recording.store, self.recording.engine, record.id, lang)
        path = write_private(Path.cwd() / export_filename(record.id, record.lead.name, fmt), text)
        store = self.recording.store
        if store is not None and not store.read_only:
            # The file is written: a failure to log it must not report the export as failed.
            with contextlib.suppress(StorageError):
                store.record_export(record.id, path, fmt)  # `qualify forget` lists it later
        return path

    @on(Worker.StateChanged)
    def _worker_done(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group not in ("export", "summary"):
            return
        if event.state == WorkerState.SUCCESS and worker.group == "export":
            # Paths and errors quote names people typed: no markup, controls shown as escapes.
            self.notify(printable(f"{st_label('exported', self.lang)} {worker.result}"), markup=False)
        elif event.state == WorkerState.ERROR:
            what = "export_failed" if worker.group == "export" else "summary_failed"
            message = printable(f"{st_label(what, self.lang)} {worker.error}")
            self.notify(message, severity="error", timeout=15, markup=False)
            if worker.error is not None:  # the traceback, for whoever fixes it
                self.app.log_crash(worker.error, f"worker {worker.name!r}")  # type: ignore[attr-defined]

    # --- rendering ---------------------------------------------------------------------------

    def on_summary_screen_summarised(self, message: Summarised) -> None:
        self.summary = message
        self._render_all()

    def _render_titles(self) -> None:
        lang = self.lang
        lead = self.recording.record.lead
        who = " · ".join(x for x in (lead.name, lead.company) if x)
        self.title = printable(f"{st_label('title', lang)} {who}")  # shown as Content, controls visible
        for pane, key in (
            ("#summary-frameworks-pane", "frameworks"),
            ("#summary-signals-pane", "signals"),
            ("#summary-gaps-pane", "gaps"),
            ("#summary-next-pane", "next_steps"),
        ):
            self.query_one(pane).border_title = st(key, lang)

    def _render_all(self) -> None:
        self._render_titles()
        if self.summary is None:
            return
        lang = self.lang
        judgements = self.summary.judgements
        self.query_one("#summary-head", Static).update(self._head(lang))
        self.query_one("#summary-frameworks", Static).update(self._frameworks(judgements, lang))
        self.query_one("#summary-signals", Static).update(self._signals(judgements, lang))
        self.query_one("#summary-gaps", Static).update(self._gaps(judgements, lang))
        self.query_one("#summary-next", Static).update(self._next(judgements, lang))

    def _head(self, lang: str) -> RichText:
        assert self.summary is not None
        stage = self.summary.stage
        out = RichText()
        out.append(st_label("stage", lang) + " ", style="bold")
        key = f"stage_{stage.stage}"
        out.append(st(key, lang) if key in SUMMARY_STRINGS else stage.stage, style="bold")
        out.append(f" — {stage.reason.get(lang)}")
        out.append("\n" + st_label("deal_potential", lang) + " ", style="bold")
        potential = self.summary.deal_potential
        if potential is None:
            out.append(st("no_deal_potential", lang), style="dim")
            return out
        out.append(str(potential))
        valued = [j for j in self.summary.judgements if j.expected_value is not None]
        out.append("\n" + st_label("expected_value", lang), style="bold")
        if not valued:
            out.append(" " + st("no_expected_value", lang), style="dim")
        for j in valued:
            assert j.expected_value is not None
            out.append(f"\n  {_short_name(j, lang)}{_colon(lang)} ")
            out.append(str(j.expected_value.value), style="bold")
            out.append(f"  {j.expected_value.how.get(lang)}", style="dim")
        return out

    def _frameworks(self, judgements: Sequence[BankJudgement], lang: str) -> RichText:
        out = RichText()
        for i, j in enumerate(judgements):
            if i:
                out.append("\n")
            out.append(_short_name(j, lang) + "  ", style="bold")
            if j.profile is not None:
                out.append(st_label("profile", lang) + " ", style="bold")
                motives = ", ".join(f"{m.name.get(lang)} {m.score:g}" for m in j.profile)
                out.append(motives or st("no_motive", lang), style="cyan" if motives else "dim")
            else:
                verdict = j.verdict or ""
                out.append(st_label("verdict", lang) + " ", style="bold")
                shown = t(verdict, lang) if verdict in VERDICTS else verdict
                out.append(shown, style=VERDICT_STYLE.get(verdict, ""))
            measure = f"{st('score', lang)} {_score(j.score)} · {st('coverage', lang)} {_pct(j.coverage)}"
            out.append(f"\n  {measure}\n", style="dim")
            for reason in j.verdict_reasons:
                out.append(f"  {reason.get(lang)}\n", style="italic")
            for m in j.profile or ():
                if m.lead_with is not None:
                    out.append(f"  → {m.name.get(lang)}, {st_label('lead_with', lang)} ", style="bold")
                    out.append(m.lead_with.get(lang) + "\n")
        out.rstrip()
        return out

    def _signals(self, judgements: Sequence[BankJudgement], lang: str) -> RichText:
        fired: list[tuple[BankJudgement, FiredSignal]] = [(j, s) for j in judgements for s in j.signals]
        fired.sort(key=lambda js: SIGNAL_RANK.get(js[1].kind, len(SIGNAL_RANK)))  # stable
        out = RichText()
        for j, s in fired:
            icon, style = SIGNAL_STYLE.get(s.kind, ("?", ""))
            out.append(f"{icon} ", style=style)
            out.append(s.message.get(lang), style=f"bold {style}" if s.kind == "red_flag" else "bold")
            scope = f", {st('process', lang)}" if s.scope == "process" else ""
            out.append(f"  [{_short_name(j, lang)}{scope}]\n", style="dim")
            out.append(f"  {s.explanation.get(lang)}\n", style="italic")
            for reason in s.reasons:
                out.append(f"  {st_label('raised_by', lang)} {reason.get(lang)}\n", style="dim")
        if not fired:
            out.append(st("no_signal", lang), style="dim")
        out.rstrip()
        return out

    def _gaps(self, judgements: Sequence[BankJudgement], lang: str) -> RichText:
        out = RichText()
        for j in judgements:
            low = [c for c in j.criteria if c.coverage < LOW_COVERAGE]
            if not low:
                continue
            out.append(_short_name(j, lang), style="bold")
            for i, c in enumerate(low):
                out.append(", " if i else "  ")
                out.append(c.name.get(lang))
                out.append(f" {c.answered}/{c.total}", style="dim")
            out.append("\n")
        if not out.plain:
            out.append(st("no_gap", lang), style="dim")
        out.rstrip()
        return out

    def _next(self, judgements: Sequence[BankJudgement], lang: str) -> RichText:
        questions = self.recording.engine.index.questions
        out = RichText()
        seen: set[str] = set()
        for j in judgements:
            shown = 0
            for n in j.next_questions:
                question = questions.get(n.question_id)
                if question is None or question.key in seen:
                    continue
                seen.add(question.key)
                out.append(f"• {question.text.get(lang)}")
                out.append(f"  [{_short_name(j, lang)}]\n", style="dim")
                out.append(f"  {n.reason.get(lang)}\n", style="italic dim")
                shown += 1
                if shown >= NEXT_PER_FRAMEWORK:
                    break
        if not seen:
            out.append(st("nothing_next", lang), style="dim")
        out.rstrip()
        return out

    # --- actions -------------------------------------------------------------------------

    def action_export(self, fmt: str) -> None:
        if fmt in EXPORTS:
            self._export(fmt, self.lang)

    def action_close(self) -> None:
        self.dismiss()

    def action_replay(self) -> None:
        """The call played back from its event log, for review and comments."""
        if self.recording.record.id:  # 0: never reached the database, nothing to replay
            self.app.open_replay(self.recording.record.id)  # type: ignore[attr-defined]
