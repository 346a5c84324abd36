"""Two interviews side by side: who and when on top, then verdicts, then answers and signals, A | B.

One table with an A and a B column reads best for a manager: each question sits on one line with
both answers beside it, so what moved between two calls (or two reps) is seen at a glance, and the
two sides never scroll apart. Differences are highlighted; `d` hides everything that is the same.

The screen decides nothing: `interview.compare.compare` rebuilds and judges both interviews in a
worker; the screen renders its `Comparison`. Names, answers and notes are data: rich `Text`, with
control characters shown as escapes, never markup.
"""

from __future__ import annotations

from rich.text import Text as RichText
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static
from textual.worker import Worker, WorkerState

from interview.compare import (
    AnswerRow,
    AnswerSide,
    Comparison,
    CriterionRows,
    FrameworkRows,
    FrameworkSide,
    InterviewHeader,
    SignalRow,
    compare,
    short_name,
)
from interview.compare import word as compare_word
from interview.exports import clock
from interview.i18n import STAGES, VERDICTS
from interview.safe_text import printable_line
from interview.tui.i18n import strings_of
from interview.tui.widgets.panels import SIGNAL_STYLE, VERDICT_STYLE

STRINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Compare", "fr": "Comparer"},
    "loading": {"en": "Loading both interviews…", "fr": "Chargement des deux entretiens…"},
    "failed": {"en": "The comparison could not be built.", "fr": "La comparaison n'a pas pu être faite."},
    "same_lead": {"en": "Same lead", "fr": "Même contact"},
    "answers_differ": {"en": "answer(s) differ", "fr": "réponse(s) différente(s)"},
    "verdicts_differ": {"en": "verdict(s) differ", "fr": "verdict(s) différent(s)"},
    "scores_differ": {"en": "score(s) differ", "fr": "score(s) différent(s)"},
    "signals_one_side": {"en": "signal(s) on one side only", "fr": "signal(s) d'un seul côté"},
    "no_difference": {"en": "No difference.", "fr": "Aucune différence."},
    "showing_differences": {
        "en": "Differences only · d: show all",
        "fr": "Différences seulement · d : tout montrer",
    },
    "showing_all": {
        "en": "Answers and signals · d: differences only",
        "fr": "Réponses et signaux · d : différences seulement",
    },
    "rep": {"en": "Rep", "fr": "Commercial"},
    "open": {"en": "open, so far", "fr": "en cours, jusqu'ici"},
    "stage": {"en": "Stage", "fr": "Étape"},
    "deal_potential": {"en": "Deal potential", "fr": "Potentiel"},
    "comments": {"en": "review comment(s)", "fr": "commentaire(s) de revue"},
    "removed": {
        "en": "answer(s) to questions no loaded bank has now",
        "fr": "réponse(s) à des questions absentes des méthodes chargées",
    },
    "framework": {"en": "Framework", "fr": "Méthode"},
    "question": {"en": "Question", "fr": "Question"},
    "signals": {"en": "Signals", "fr": "Signaux"},
    "fired": {"en": "fired", "fr": "déclenché"},
    "not_run": {"en": "not run", "fr": "non utilisée"},
    "not_loaded": {"en": "not loaded now", "fr": "non chargée"},
    "no_motive": {"en": "no motive rated", "fr": "aucune motivation"},
    "overridden": {"en": "overridden", "fr": "corrigé"},
}

# What a difference looks like: the mark in the first column and the style of the cells.
MARK = {"same": "", "different": "≠", "only_a": "A", "only_b": "B", "both": ""}
DIFFERENT = "bold yellow"
ONE_SIDE = "bold magenta"
ABSENT = "—"


s = strings_of(STRINGS)


def _colon(lang: str) -> str:
    return " :" if lang == "fr" else ":"


def _data(text: str) -> str:
    """Text people typed, on one line, controls shown as escapes."""
    return printable_line(text)


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}/100"


def _verdict_word(verdict: str | None, lang: str) -> str:
    if verdict is None:
        return "—"
    return VERDICTS.get(verdict, {}).get(lang, verdict)


def _framework_mark(f: FrameworkRows) -> RichText:
    """A or B when one interview alone ran it, ≠ when the verdicts or scores differ."""
    moved = f.verdict_differs or f.score_differs
    return RichText(MARK[f.presence] or ("≠" if moved else ""), style=DIFFERENT)


class CompareScreen(Screen[None]):
    """Interview A against interview B, for a manager; Escape goes back."""

    CSS_PATH = "../styles/compare.tcss"
    BINDINGS = [
        Binding("d", "toggle_differences", "Differences only", id="compare_differences_only"),
        Binding("escape,q", "close", "Back", id="close_compare"),
    ]

    comparison: reactive[Comparison | None] = reactive(None, init=False, always_update=True)
    differences_only: reactive[bool] = reactive(False, init=False)

    class Loaded(Message):
        """Both interviews rebuilt and compared, off the event loop."""

        def __init__(self, comparison: Comparison) -> None:
            super().__init__()
            self.comparison = comparison

    def __init__(self, first_id: int, second_id: int) -> None:
        super().__init__()
        self.first_id = first_id
        self.second_id = second_id
        self._failed = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="compare-note")
        with Horizontal(id="compare-heads"):
            yield Static(id="compare-a", classes="compare-head")
            yield Static(id="compare-b", classes="compare-head")
        yield DataTable(id="compare-verdicts", cursor_type="none", zebra_stripes=False)
        yield DataTable(id="compare-rows", cursor_type="row", zebra_stripes=False)
        yield Footer()

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined,no-any-return]

    def on_mount(self) -> None:
        self.query_one("#compare-verdicts", DataTable).can_focus = False  # keys go to the rows
        self.query_one("#compare-rows", DataTable).loading = True
        self.watch(self.app, "lang", lambda _lang: self._render_all(), init=False)
        self._render_all()
        self._load()

    # --- work off the event loop ------------------------------------------------------------

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def _load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        engine = self.app.engine  # type: ignore[attr-defined]
        self.post_message(self.Loaded(compare(store, engine, self.first_id, self.second_id)))

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        # StateChanged does not bubble: the app shows and logs what failed.
        if event.state is WorkerState.ERROR:
            if event.worker.group == "compare":
                self._failed = True
                self.query_one("#compare-rows", DataTable).loading = False
                self._render_all()
            self.app.worker_failed(event.worker)  # type: ignore[attr-defined]

    def on_compare_screen_loaded(self, message: Loaded) -> None:
        self.comparison = message.comparison

    # --- actions -----------------------------------------------------------------------------

    def action_toggle_differences(self) -> None:
        self.differences_only = not self.differences_only

    def action_close(self) -> None:
        self.app.pop_screen()

    # --- rendering ---------------------------------------------------------------------------

    def watch_comparison(self, _comparison: Comparison | None) -> None:
        rows = self.query_one("#compare-rows", DataTable)
        rows.loading = False
        self._render_all()
        rows.focus()  # arrows and page keys walk the rows

    def watch_differences_only(self, _only: bool) -> None:
        self._render_note()
        self._render_rows()

    def on_resize(self) -> None:
        if self.comparison is not None:  # once the table has its new size
            self.call_after_refresh(self._render_rows)

    def _render_all(self) -> None:
        lang = self.lang
        self.title = f"{s('title', lang)} #{self.first_id} | #{self.second_id}"
        self._render_note()
        self._render_heads()
        self._render_verdicts()
        self._render_rows()

    def _render_note(self) -> None:
        lang = self.lang
        c = self.comparison
        out = RichText()
        if c is None:
            out.append(
                s("failed" if self._failed else "loading", lang), style="bold red" if self._failed else "dim"
            )
            self.query_one("#compare-note", Static).update(out)
            return
        note = c.lead_note(lang)
        if note is None:
            out.append(s("same_lead", lang), style="bold")
            out.append(f"{_colon(lang)} {_data(c.a.lead)}")
        else:
            out.append(_data(note), style="bold yellow")
        diff = c.differences
        out.append("\n")
        if diff.total == 0:
            out.append(s("no_difference", lang), style="green")
        else:
            counts = [
                (diff.answers, "answers_differ"),
                (diff.verdicts, "verdicts_differ"),
                (sum(f.score_differs and not f.verdict_differs for f in c.frameworks), "scores_differ"),
                (diff.signals, "signals_one_side"),
            ]
            out.append(" · ".join(f"{n} {s(key, lang)}" for n, key in counts if n), style=DIFFERENT)
        self.query_one("#compare-note", Static).update(out)

    def _render_heads(self) -> None:
        c = self.comparison
        for side, widget_id in (("A", "#compare-a"), ("B", "#compare-b")):
            widget = self.query_one(widget_id, Static)
            interview_id = self.first_id if side == "A" else self.second_id
            widget.border_title = f"{side} · #{interview_id}"
            if c is None:
                widget.update("")
                continue
            mine, other = (c.a, c.b) if side == "A" else (c.b, c.a)
            widget.update(self._head(mine, other))

    def _head(self, h: InterviewHeader, other: InterviewHeader) -> RichText:
        lang = self.lang
        colon = _colon(lang)

        def differs(mine: object, theirs: object) -> str:
            return DIFFERENT if mine != theirs else ""

        out = RichText()
        out.append(_data(h.lead), style=f"bold {differs(h.lead_uid, other.lead_uid)}")
        if h.company:
            out.append(" · " + _data(h.company))
        if h.role:
            out.append("\n" + _data(h.role), style="italic")
        out.append(f"\n{s('rep', lang)}{colon} ", style="dim")
        out.append(_data(h.rep), style=differs(h.rep, other.rep))
        out.append(f" · {h.started_at:%Y-%m-%d %H:%M} · {clock(h.elapsed)}")
        if not h.ended:
            out.append(f" ({s('open', lang)})", style="bold yellow")
        out.append(f"\n{s('stage', lang)}{colon} ", style="dim")
        out.append(STAGES.get(h.stage, {}).get(lang, h.stage), style=differs(h.stage, other.stage))
        out.append(" · ")
        out.append(_data(", ".join(h.frameworks)), style=differs(h.frameworks, other.frameworks))
        if h.missing:
            out.append(f" ({s('not_loaded', lang)}: {_data(', '.join(h.missing))})", style="red")
        out.append(f"\n{s('deal_potential', lang)}{colon} ", style="dim")
        out.append(h.deal_potential or "—", style=differs(h.deal_potential, other.deal_potential))
        extras = []
        if h.comments:
            extras.append(f"{h.comments} {s('comments', lang)}")
        if h.removed_answers:
            extras.append(f"{h.removed_answers} {s('removed', lang)}")
        if extras:
            out.append("\n" + " · ".join(extras), style="dim")
        return out

    # --- the verdicts table ------------------------------------------------------------------

    def _verdict_cell(self, side: FrameworkSide | None, differs: bool) -> RichText:
        lang = self.lang
        if side is None:
            return RichText(s("not_run", lang), style="dim italic")
        out = RichText()
        if side.output == "profile":
            motives = ", ".join(f"{name.get(lang)} {score:g}" for name, score in side.motives)
            out.append(_data(motives) or s("no_motive", lang), style=DIFFERENT if differs else "cyan")
        else:
            style = VERDICT_STYLE.get(side.verdict or "", "")
            out.append(_verdict_word(side.verdict, lang), style=f"{style} reverse" if differs else style)
            if side.override_reason is not None:
                out.append(f" ({s('overridden', lang)})", style="italic")
        out.append(f"  {_score(side.score)}")
        if not side.loaded:
            out.append(f"  {s('not_loaded', lang)}", style="dim red")
        return out

    def _render_verdicts(self) -> None:
        table = self.query_one("#compare-verdicts", DataTable)
        table.clear(columns=True)
        lang = self.lang
        table.add_column(RichText(""), key="mark", width=1)
        table.add_column(RichText(s("framework", lang)), key="what")
        table.add_column(RichText("A"), key="a")
        table.add_column(RichText("B"), key="b")
        c = self.comparison
        if c is None:
            return
        for f in c.frameworks:
            differs = f.verdict_differs
            table.add_row(
                _framework_mark(f),
                RichText(_data(short_name(f.name, lang)), style="bold"),
                self._verdict_cell(f.a, differs),
                self._verdict_cell(f.b, differs),
                key=f"verdict:{f.id}",
            )

    # --- the answers and signals table -------------------------------------------------------

    def _widths(self, table: DataTable[object]) -> tuple[int, int]:
        """The question column and each answer column, sharing the table's width."""
        # Its scrollbar (1), the mark column (3), the cells' padding (6), and one to spare.
        inner = table.size.width or self.size.width - 4  # not laid out yet: the screen less borders
        width = max(inner, 56) - 11
        what = int(width * 0.36)
        return what, (width - what) // 2

    def _render_rows(self) -> None:
        table: DataTable[object] = self.query_one("#compare-rows", DataTable)
        lang = self.lang
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key if table.row_count else None
        table.clear(columns=True)
        table.border_title = s("showing_differences" if self.differences_only else "showing_all", lang)
        what_width, side_width = self._widths(table)
        c = self.comparison
        table.add_column(RichText(""), key="mark", width=1)
        table.add_column(RichText(s("question", lang)), key="what", width=what_width)
        for side, h in (("A", c.a if c else None), ("B", c.b if c else None)):
            label = f"{side} · {h.rep}" if h else side
            table.add_column(RichText(_data(label), style="bold"), key=side.lower(), width=side_width)
        if c is None:
            return
        for f in c.frameworks:
            self._framework_rows(table, f)
        others = [r for r in c.others if self._shown(r.status)]
        if others:
            self._heading(table, "others", compare_word("other_answers", lang), "", "")
            for row in others:
                self._answer(table, f"other:{row.key}", row)
        if row_key is not None and row_key in table.rows:
            table.move_cursor(row=table.get_row_index(row_key), animate=False)

    def _shown(self, status: str) -> bool:
        return not self.differences_only or status not in ("same", "both")

    def _framework_rows(self, table: DataTable[object], f: FrameworkRows) -> None:
        lang = self.lang
        criteria = [(cr, [r for r in cr.answers if self._shown(r.status)]) for cr in f.criteria]
        criteria = [(cr, rows) for cr, rows in criteria if rows]
        signals = [sg for sg in f.signals if self._shown(sg.presence)]
        if self.differences_only and not criteria and not signals and f.presence == "both":
            return
        table.add_row(
            _framework_mark(f),
            RichText(_data(short_name(f.name, lang)), style="bold underline"),
            self._verdict_cell(f.a, f.verdict_differs),
            self._verdict_cell(f.b, f.verdict_differs),
            key=f"framework:{f.id}",
            height=None,
        )
        for cr, rows in criteria:
            self._criterion(table, f.id, cr)
            for row in rows:
                self._answer(table, f"answer:{row.key}", row)
        if signals:
            table.add_row(
                RichText(""),
                RichText(s("signals", lang), style="bold italic"),
                RichText(""),
                RichText(""),
                key=f"signals:{f.id}",
            )
            for sg in signals:
                self._signal(table, f.id, sg)

    def _heading(self, table: DataTable[object], key: str, title: str, a: str, b: str) -> None:
        table.add_row(
            RichText(""),
            RichText(title, style="bold underline"),
            RichText(a, style=ONE_SIDE),
            RichText(b, style=ONE_SIDE),
            key=key,
            height=None,
        )

    def _criterion(self, table: DataTable[object], framework_id: str, cr: CriterionRows) -> None:
        differs = cr.a_score != cr.b_score
        style = f"dim {DIFFERENT}" if differs else "dim"

        def cell(score: float | None, coverage: float | None) -> RichText:
            if coverage is None:
                return RichText("")
            return RichText(f"{_score(score)} · {round(coverage * 100)} %", style=style)

        table.add_row(
            RichText(""),
            RichText(_data(cr.name.get(self.lang)), style="bold"),
            cell(cr.a_score, cr.a_coverage),
            cell(cr.b_score, cr.b_coverage),
            key=f"criterion:{framework_id}:{cr.id}",
        )

    def _answer_cell(self, side: AnswerSide | None, status: str) -> RichText:
        if side is None:
            return RichText(ABSENT, style="dim")
        style = {"different": DIFFERENT, "only_a": ONE_SIDE, "only_b": ONE_SIDE}.get(status, "")
        return RichText(_data(side.label.get(self.lang)), style=style)

    def _answer(self, table: DataTable[object], key: str, row: AnswerRow) -> None:
        question = RichText(_data(row.question.get(self.lang)))
        if not row.in_banks:
            question.append(f" ({compare_word('removed_question', self.lang)})", style="dim italic")
        table.add_row(
            RichText(MARK[row.status], style=DIFFERENT if row.status == "different" else ONE_SIDE),
            question,
            self._answer_cell(row.a, row.status),
            self._answer_cell(row.b, row.status),
            key=key,
            height=None,  # long answers wrap in their column
        )

    def _signal(self, table: DataTable[object], framework_id: str, sg: SignalRow) -> None:
        lang = self.lang
        icon, kind_style = SIGNAL_STYLE.get(sg.kind, ("?", ""))
        one_side = sg.presence != "both"

        def cell(raised: object) -> RichText:
            if raised is None:
                return RichText(ABSENT, style="dim")
            return RichText(
                f"{icon} {s('fired', lang)}", style=f"{kind_style} reverse" if one_side else kind_style
            )

        message = RichText(f"{icon} ", style=kind_style)
        message.append(_data(sg.message.get(lang)))
        table.add_row(
            RichText(MARK[sg.presence], style=ONE_SIDE),
            message,
            cell(sg.a),
            cell(sg.b),
            key=f"signal:{framework_id}:{sg.id}",
            height=None,
        )
