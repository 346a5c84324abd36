"""The team dashboard: a period's verdicts, stages, signals, coverage, durations and reps, as charts.

Every figure comes from storage.stats.dashboard (SQL aggregates), read in a thread worker whenever
the period, the rep or the framework changes; the worker posts what it read, and a late answer for
a scope no longer asked for is dropped. The screen paints at once ("Loading…") and fills in.

Charts are textual-plotext plots (imported here only: this screen is loaded when opened, so the
app's start never pays for plotext). Rep names, bank texts and signal messages are text from people:
control characters are made visible (printable_line) before they reach a plot label (plots are
plain text, never markup) or a Content.

Keys: `p` cycles the period (30 days, quarter, year, all), `d` types dates, `r` picks a rep, `f` a
framework, Escape goes back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Input, Label, Select, Static
from textual.worker import Worker, WorkerState
from textual_plotext import PlotextPlot

from interview.i18n import STAGES, VERDICTS
from interview.safe_text import printable_line
from interview.tui.footer import LocalFooter
from interview.tui.i18n import strings_of
from storage.stats import Dashboard, RepFigures, Scope, SignalCount, dashboard, known_reps

if TYPE_CHECKING:
    from textual_plotext import Plot

    from interview.tui.app import QualifyApp
    from question_banks.model import Bank

# This screen's words, in both languages.
STRINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Team dashboard", "fr": "Tableau de bord de l'équipe"},
    "period_month": {"en": "30 days", "fr": "30 jours"},
    "period_quarter": {"en": "Quarter (90 days)", "fr": "Trimestre (90 j)"},
    "period_year": {"en": "Year (365 days)", "fr": "Année (365 j)"},
    "period_all": {"en": "All time", "fr": "Depuis le début"},
    "period_custom": {"en": "Dates typed", "fr": "Dates saisies"},
    "from": {"en": "from", "fr": "du"},
    "to": {"en": "to", "fr": "au"},
    "beginning": {"en": "the beginning", "fr": "le début"},
    "today": {"en": "today", "fr": "aujourd'hui"},
    "all_reps": {"en": "All reps", "fr": "Tous commerciaux"},
    "all_frameworks": {"en": "All frameworks", "fr": "Toutes méthodes"},
    "loading": {"en": "Loading…", "fr": "Chargement…"},
    "empty": {
        "en": "No interviews in this period. Choose a longer period (p) or other filters.",
        "fr": "Aucun entretien sur cette période. Choisissez une période plus longue (p) "
        "ou d'autres filtres.",
    },
    "status": {
        "en": "{since} → {until} · {interviews} interviews, {ended} ended",
        "fr": "{since} → {until} · {interviews} entretiens, {ended} terminés",
    },
    "median": {"en": "median {minutes} min", "fr": "médiane {minutes} min"},
    "average": {"en": "average {minutes} min", "fr": "moyenne {minutes} min"},
    "bad_date": {
        "en": "'{text}' is not a date such as 2026-03-31",
        "fr": "« {text} » n'est pas une date comme 2026-03-31",
    },
    "backwards": {
        "en": "The first day ({since}) is after the last ({until})",
        "fr": "Le premier jour ({since}) est après le dernier ({until})",
    },
    "chart_verdicts": {"en": "Verdicts per framework", "fr": "Verdicts par méthode"},
    "chart_stages": {"en": "Stages", "fr": "Étapes"},
    "chart_warnings": {"en": "Most frequent warnings", "fr": "Alertes les plus fréquentes"},
    "chart_red_flags": {"en": "Most frequent red flags", "fr": "Signaux rouges les plus fréquents"},
    "chart_coverage": {
        "en": "Average coverage per criterion · {bank} (%)",
        "fr": "Couverture moyenne par critère · {bank} (%)",
    },
    "chart_durations": {"en": "Durations (minutes) · {median}", "fr": "Durées (minutes) · {median}"},
    "chart_process": {
        "en": "Process signals per rep (% of their interviews the framework judged)",
        "fr": "Signaux de déroulé par commercial (% de leurs entretiens jugés par la méthode)",
    },
    "none": {"en": "{title}: none in this period", "fr": "{title} : aucun sur cette période"},
    "of": {"en": "{n} of {total}", "fr": "{n} sur {total}"},
    "rep_line": {
        "en": "{rep}: {interviews} interviews, {average}",
        "fr": "{rep} : {interviews} entretiens, {average}",
    },
    "no_duration": {"en": "no ended interview", "fr": "aucun entretien terminé"},
    "no_process": {"en": "no process signal", "fr": "aucun signal de déroulé"},
    "failed": {
        "en": "The figures could not be read: change a filter to try again.",
        "fr": "Les chiffres n'ont pas pu être lus : changez un filtre pour réessayer.",
    },
    "more_reps": {"en": "… and {n} more reps", "fr": "… et {n} autres commerciaux"},
    # Footer keys
    "key_period": {"en": "Period", "fr": "Période"},
    "key_dates": {"en": "Dates", "fr": "Dates"},
    "key_rep": {"en": "Rep", "fr": "Commercial"},
    "key_framework": {"en": "Framework", "fr": "Méthode"},
    "key_back": {"en": "Back", "fr": "Retour"},
}


ds = strings_of(STRINGS)


# --- periods ----------------------------------------------------------------------------------------

PRESETS: dict[str, int | None] = {"month": 30, "quarter": 90, "year": 365, "all": None}  # days
PERIODS = (*PRESETS, "custom")
DEFAULT_PERIOD = "quarter"  # as `qualify stats`
EPOCH = dt.date(1970, 1, 1)


def preset_days(period: str, today: dt.date) -> tuple[dt.date | None, dt.date]:
    """First and last day (both included) of a preset period ending today; None: no first day."""
    days = PRESETS[period]
    return (None if days is None else today - dt.timedelta(days=days - 1)), today


def scope_of(first: dt.date | None, last: dt.date, rep: str | None, framework: str | None) -> Scope:
    """Whole days in UTC, as `qualify stats` counts them: the same dates give the same figures."""
    midnight = dt.time(tzinfo=dt.UTC)
    return Scope(
        since=dt.datetime.combine(first or EPOCH, midnight),
        until=dt.datetime.combine(last + dt.timedelta(days=1), midnight),
        rep=rep,
        framework=framework,
    )


def parse_day(text: str) -> dt.date | None:
    """A typed day (YYYY-MM-DD); ValueError if it is not one; None for an empty field."""
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


# --- chart helpers ----------------------------------------------------------------------------------

LABEL_WIDTH = 26  # characters of a bar's label (the rest of the width is the bars')
TOP_BARS = 8  # signals, criteria, reps shown in a chart
PROCESS_SERIES = 3  # process signals compared across reps
VERDICT_ORDER = ("qualified", "nurture", "disqualified", "insufficient")
# plotext's colour names (the 16 ANSI colours) and the same colours for our legends.
VERDICT_COLOR = {"qualified": "green", "nurture": "orange", "disqualified": "red", "insufficient": "gray"}
SERIES_COLOR = ("blue", "magenta", "cyan")
LEGEND_STYLE = {
    "green": "ansi_green",
    "orange": "ansi_yellow",
    "red": "ansi_red",
    "gray": "ansi_bright_black",
    "blue": "ansi_blue",
    "magenta": "ansi_magenta",
    "cyan": "ansi_cyan",
}
STAGE_ORDER = ("mql", "sal", "sql", "opportunity", "closed", "recycled")
CHARTS = ("verdicts", "stages", "warnings", "red-flags", "coverage", "durations", "process")


def fit(text: str, width: int = LABEL_WIDTH) -> str:
    """Text from people on one line, control characters visible, cut to `width` with an ellipsis."""
    line = printable_line(text)
    return line if len(line) <= width else line[: width - 1] + "…"


def unique(labels: Sequence[str]) -> list[str]:
    """plotext puts equal labels on one bar: number the repeats."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        result.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return result


def count_ticks(top: float) -> list[int]:
    """Whole-number ticks from 0 to at least `top` (counts of interviews have no fractions)."""
    top_int = max(1, int(top + 0.999))
    step = max(1, -(-top_int // 5))
    return list(range(0, top_int + step, step))


def minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.0f}"


def legend(entries: Sequence[tuple[str, str]]) -> Content:
    """■ label pairs in the series' colours; the labels are plain text, never markup."""
    parts: list[tuple[str, str] | str] = []
    for label, color in entries:
        if parts:
            parts.append("  ")
        parts += [("■ ", LEGEND_STYLE.get(color, "")), fit(label, 48)]
    return Content.assemble(*parts)


class DashboardScreen(LocalFooter, Screen[None]):
    """Charts of the team's figures over a period; `p`, `d`, `r`, `f` change what they cover."""

    CSS_PATH = "../styles/dashboard.tcss"
    AUTO_FOCUS = ""  # none: the charts take the focus once they show (keys scroll them)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "next_period", "Period", id="dashboard_period"),
        Binding("d", "focus_dates", "Dates", id="dashboard_dates"),
        Binding("r", "focus_rep", "Rep", id="dashboard_rep"),
        Binding("f", "focus_framework", "Framework", id="dashboard_framework"),
        Binding("escape", "back", "Back", id="dashboard_back"),
    ]
    _KEY_WORDS: ClassVar[dict[str, str]] = {  # action -> its words in STRINGS, for the footer
        "next_period": "key_period",
        "focus_dates": "key_dates",
        "focus_rep": "key_rep",
        "focus_framework": "key_framework",
        "back": "key_back",
    }
    FOOTER: ClassVar[dict[str, dict[str, str]]] = {a: STRINGS[w] for a, w in _KEY_WORDS.items()}

    board: reactive[Dashboard | None] = reactive(None, init=False, always_update=True)

    class Computed(Message):
        """The figures a worker read for `scope`, and every rep known (for the rep filter)."""

        def __init__(self, scope: Scope, board: Dashboard, reps: tuple[str, ...]) -> None:
            super().__init__()
            self.scope = scope
            self.board = board
            self.reps = reps

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self.today = today or dt.datetime.now(dt.UTC).date()
        self.period = DEFAULT_PERIOD
        self.first, self.last = preset_days(DEFAULT_PERIOD, self.today)
        self.rep: str | None = None
        self.framework: str | None = None
        self.asked: Scope | None = None  # the scope of the figures being read or shown
        self.reps: tuple[str, ...] = ()
        self.problem: str | None = None

    @property
    def qualify(self) -> QualifyApp:
        return cast("QualifyApp", self.app)

    @property
    def lang(self) -> str:
        return self.qualify.lang

    @property
    def scope(self) -> Scope:
        return scope_of(self.first, self.last, self.rep, self.framework)

    # --- layout and language ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="dash-controls"):
            yield Select(
                self._period_options(self.lang),
                allow_blank=False,
                value=self.period,
                compact=True,
                id="dash-period",
            )
            yield Label(id="dash-from-label")
            yield Input(placeholder="YYYY-MM-DD", compact=True, id="dash-since")
            yield Label(id="dash-to-label")
            yield Input(placeholder="YYYY-MM-DD", compact=True, id="dash-until")
            yield Select([], prompt=ds("all_reps", self.lang), compact=True, id="dash-rep")
            yield Select([], prompt=ds("all_frameworks", self.lang), compact=True, id="dash-framework")
        yield Static(id="dash-status")
        with VerticalScroll(id="dash-charts"):
            with Grid(id="dash-grid"):
                for name in CHARTS[:-1]:
                    with Vertical(classes="chart"):
                        yield PlotextPlot(id=f"chart-{name}")
                        yield Static(id=f"legend-{name}", classes="legend")
            with Vertical(classes="chart wide"):
                yield PlotextPlot(id="chart-process")
                yield Static(id="legend-process", classes="legend")
            yield Static(id="dash-reps")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#dash-charts").display = False  # until the first figures arrive
        self.query_one("#dash-status").add_class("-loading")
        self.watch(self.qualify, "lang", self._render_lang, init=False)
        self._render_lang(self.lang)
        self._show_dates()
        self.recompute()

    @staticmethod
    def _period_options(lang: str) -> list[tuple[Content, str]]:
        return [(Content(ds(f"period_{p}", lang)), p) for p in PERIODS]

    def _banks(self) -> list[Bank]:
        return list(self.qualify.context.catalog.banks())

    def _bank(self, bank_id: str) -> Bank | None:
        try:
            return self.qualify.context.catalog.bank(bank_id)
        except KeyError:
            return None  # recorded with a bank no longer loaded

    def _bank_name(self, bank_id: str) -> str:
        """BANT for "BANT (Budget, Authority, Need, Timeline)"."""
        bank = self._bank(bank_id)
        name = bank.name.get(self.lang).split(" (")[0] if bank is not None else ""
        return fit(name or bank_id, 16)

    def _render_lang(self, lang: str) -> None:
        self.title = ds("title", lang)
        period = self.query_one("#dash-period", Select)
        with period.prevent(Select.Changed):
            period.set_options(self._period_options(lang))
            period.value = self.period
        self.query_one("#dash-from-label", Label).update(ds("from", lang))
        self.query_one("#dash-to-label", Label).update(ds("to", lang))
        frameworks = self.query_one("#dash-framework", Select)
        frameworks.prompt = ds("all_frameworks", lang)
        with frameworks.prevent(Select.Changed):
            frameworks.set_options((Content(self._bank_name(b.id)), b.id) for b in self._banks())
            frameworks.value = self.framework if self.framework is not None else Select.NULL
        self.query_one("#dash-rep", Select).prompt = ds("all_reps", lang)
        self._render_status()
        if self.board is not None:
            self._render_charts(self.board)
        self.refresh_bindings()

    def _show_dates(self) -> None:
        """The period's days in the date fields (empty: from the beginning)."""
        self.query_one("#dash-since", Input).value = "" if self.first is None else self.first.isoformat()
        self.query_one("#dash-until", Input).value = self.last.isoformat()

    # --- the figures --------------------------------------------------------------------------------

    def recompute(self) -> None:
        """Read the figures for the controls' scope, unless they are those shown or being read."""
        scope = self.scope
        if scope == self.asked:
            return
        self.asked = scope
        self.problem = None  # what was wrong (a date, a failed read) is behind us
        self._render_status()
        self._compute(scope, with_reps=not self.reps)

    @work(thread=True, exclusive=True, exit_on_error=False, group="dashboard")
    def _compute(self, scope: Scope, with_reps: bool) -> None:
        store = self.qualify.store
        if store is None:  # the app opens this screen once the database is open
            return
        board = dashboard(store, scope, top=TOP_BARS)
        reps = known_reps(store) if with_reps else self.reps
        self.post_message(self.Computed(scope, board, reps))

    @on(Computed)
    def _computed(self, message: Computed) -> None:
        if message.scope != self.asked:
            return  # the controls changed meanwhile: a newer read is on its way
        if message.reps != self.reps:
            self.reps = message.reps
            reps = self.query_one("#dash-rep", Select)
            with reps.prevent(Select.Changed):
                reps.set_options((Content(fit(rep, 24)), rep) for rep in self.reps)
                reps.value = self.rep if self.rep in self.reps else Select.NULL
        self.board = message.board

    def watch_board(self, board: Dashboard | None) -> None:
        self.query_one("#dash-status").remove_class("-loading")
        self._render_status()
        if board is not None:
            self._render_charts(board)
        charts = self.query_one("#dash-charts")
        if self.focused is None and charts.display:
            charts.focus()  # arrows and Page Up/Down scroll the charts

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        # StateChanged does not bubble: the app shows and logs what failed.
        if event.state is WorkerState.ERROR:
            self.asked = None  # the same scope may be asked again
            self.problem = ds("failed", self.lang)
            self._render_status()
            self.qualify.worker_failed(event.worker)

    def _render_status(self) -> None:
        status = self.query_one("#dash-status", Static)
        lang = self.lang
        status.set_class(self.problem is not None, "-problem")
        if self.problem is not None:
            status.update(Content(self.problem))
            return
        board = self.board
        if board is None or board.scope != self.asked:
            status.update(Content(ds("loading", lang)))
            return
        totals = board.totals
        parts = [
            ds(
                "status",
                lang,
                since=self.first.isoformat() if self.first else ds("beginning", lang),
                until=self.last.isoformat(),
                interviews=totals.interviews,
                ended=totals.ended,
            )
        ]
        if board.durations.median_s is not None:
            parts.append(ds("median", lang, minutes=minutes(board.durations.median_s)))
            parts.append(ds("average", lang, minutes=minutes(totals.average_duration_s)))
        status.update(Content(" · ".join(parts)))

    # --- controls -----------------------------------------------------------------------------------

    def action_next_period(self) -> None:
        presets = list(PRESETS)
        at = presets.index(self.period) if self.period in presets else -1  # after typed dates: the first
        following = presets[(at + 1) % len(presets)]
        self.query_one("#dash-period", Select).value = following  # Select.Changed does the rest

    def action_focus_dates(self) -> None:
        self.query_one("#dash-since", Input).focus()

    def action_focus_rep(self) -> None:
        self.query_one("#dash-rep", Select).focus()

    def action_focus_framework(self) -> None:
        self.query_one("#dash-framework", Select).focus()

    def action_back(self) -> None:
        """From a control, back to the charts; from the charts, back to the screen before."""
        charts = self.query_one("#dash-charts")
        if isinstance(self.focused, Input | Select) and charts.display:
            charts.focus()
        elif isinstance(self.focused, Input | Select):
            self.set_focus(None)
        else:
            self.dismiss(None)

    @on(Select.Changed, "#dash-period")
    def _period_changed(self, event: Select.Changed) -> None:
        period = event.value
        if not isinstance(period, str) or period == self.period:
            return
        self.period = period
        if period in PRESETS:
            self.first, self.last = preset_days(period, self.today)
            self.problem = None
            self._show_dates()
        self.recompute()

    @on(Select.Changed, "#dash-rep")
    def _rep_changed(self, event: Select.Changed) -> None:
        self.rep = event.value if isinstance(event.value, str) else None
        self.recompute()

    @on(Select.Changed, "#dash-framework")
    def _framework_changed(self, event: Select.Changed) -> None:
        self.framework = event.value if isinstance(event.value, str) else None
        self.recompute()

    @on(Input.Submitted, "#dash-since, #dash-until")
    def _dates_submitted(self) -> None:
        since_text = self.query_one("#dash-since", Input).value
        until_text = self.query_one("#dash-until", Input).value
        try:
            first = parse_day(since_text)
        except ValueError:
            self._date_problem(ds("bad_date", self.lang, text=printable_line(since_text)))
            return
        try:
            last = parse_day(until_text) or self.today
        except ValueError:
            self._date_problem(ds("bad_date", self.lang, text=printable_line(until_text)))
            return
        if first is not None and first > last:
            self._date_problem(ds("backwards", self.lang, since=first, until=last))
            return
        self.problem = None
        self.first, self.last = first, last
        self.period = "custom"
        period = self.query_one("#dash-period", Select)
        with period.prevent(Select.Changed):
            period.value = "custom"
        self._render_status()
        self.recompute()

    def _date_problem(self, text: str) -> None:
        self.problem = text
        self._render_status()

    # --- charts -------------------------------------------------------------------------------------

    def _plot(self, name: str, title: str) -> Plot:
        """The chart's plot, cleared; its title goes on the frame (plotext drops what does not fit)."""
        plot = self.query_one(f"#chart-{name}", PlotextPlot)
        frame = plot.parent
        if isinstance(frame, Widget):
            frame.border_title = Content(fit(title, 90))  # bank names come from bank files: data
        plt = plot.plt
        plt.clear_figure()
        return plt

    def _legend(self, name: str, content: Content | str = "") -> None:
        widget = self.query_one(f"#legend-{name}", Static)
        widget.update(content)
        widget.display = bool(content)

    def _render_charts(self, board: Dashboard) -> None:
        empty = board.totals.interviews == 0
        self.query_one("#dash-charts").display = not empty
        status = self.query_one("#dash-status", Static)
        status.set_class(empty, "-empty")
        if empty:
            if self.problem is None and board.scope == self.asked:
                status.update(Content(ds("empty", self.lang)))
            return
        self._verdicts(board)
        self._stages(board)
        self._signals("warnings", board.warnings, "chart_warnings", "orange")
        self._signals("red-flags", board.red_flags, "chart_red_flags", "red")
        self._coverage(board)
        self._durations(board)
        self._process(board)
        for plot in self.query(PlotextPlot):
            plot.refresh()

    def _none(self, name: str, title_key: str) -> None:
        self._plot(name, ds("none", self.lang, title=ds(title_key, self.lang)))
        self._legend(name)

    def _hbars(self, plt: Plot, labels: Sequence[str], values: Sequence[float], color: str) -> None:
        """Horizontal bars, the first on top (plotext draws the first at the bottom)."""
        plt.bar(unique(labels)[::-1], list(values)[::-1], orientation="horizontal", width=0.6, color=color)

    def _verdicts(self, board: Dashboard) -> None:
        banks = [b for b in board.banks if b.verdicts]
        if not banks:
            self._none("verdicts", "chart_verdicts")
            return
        shown = [v for v in VERDICT_ORDER if any(v in b.verdicts for b in banks)]
        shown += sorted({v for b in banks for v in b.verdicts} - set(shown))  # a custom bank's own
        plt = self._plot("verdicts", ds("chart_verdicts", self.lang))
        names = unique([self._bank_name(b.bank_id) for b in banks])[::-1]
        series = [[b.verdicts.get(v, 0) for b in banks][::-1] for v in shown]
        colors = [VERDICT_COLOR.get(v, "cyan") for v in shown]
        plt.stacked_bar(names, series, orientation="horizontal", width=0.6, color=colors)
        plt.xticks(count_ticks(max(sum(b.verdicts.values()) for b in banks)))
        words = [
            (VERDICTS[v][self.lang] if v in VERDICTS else v, c) for v, c in zip(shown, colors, strict=True)
        ]
        self._legend("verdicts", legend(words))

    def _stages(self, board: Dashboard) -> None:
        if not board.stages:
            self._none("stages", "chart_stages")
            return
        order = [s for s in STAGE_ORDER if s in board.stages]
        order += [s for s in board.stages if s not in STAGE_ORDER]
        plt = self._plot("stages", ds("chart_stages", self.lang))
        labels = [STAGES[s][self.lang] if s in STAGES else fit(s) for s in order]
        self._hbars(plt, labels, [board.stages[s] for s in order], "blue")
        plt.xticks(count_ticks(max(board.stages.values())))
        self._legend("stages")

    def signal_message(self, bank_id: str, signal_id: str) -> str:
        """The signal's one line in the bank, in the current language, with the bank's short name."""
        bank = self._bank(bank_id)
        signal = next((s for s in bank.signals if s.id == signal_id), None) if bank is not None else None
        text = signal.message.get(self.lang) if signal is not None else signal_id
        return f"{self._bank_name(bank_id)} · {text}"

    def _signals(self, name: str, signals: Sequence[SignalCount], title_key: str, color: str) -> None:
        if not signals:
            self._none(name, title_key)
            return
        plt = self._plot(name, ds(title_key, self.lang))
        labels = [fit(self.signal_message(s.bank_id, s.signal_id)) for s in signals]
        self._hbars(plt, labels, [s.interviews for s in signals], color)
        plt.xticks(count_ticks(max(s.interviews for s in signals)))
        self._legend(name)

    def coverage_bank(self, board: Dashboard) -> str | None:
        """The framework filtered on, else the one with the most interviews that has criteria."""
        if self.framework is not None:
            return self.framework
        with_criteria = {c.bank_id for c in board.criteria}
        ranked = sorted(
            (b for b in board.banks if b.bank_id in with_criteria), key=lambda b: (-b.interviews, b.bank_id)
        )
        return ranked[0].bank_id if ranked else None

    def _coverage(self, board: Dashboard) -> None:
        bank_id = self.coverage_bank(board)
        criteria = [c for c in board.criteria if c.bank_id == bank_id]
        if bank_id is None or not criteria:
            bank = self._bank_name(bank_id) if bank_id is not None else "—"
            self._plot("coverage", ds("none", self.lang, title=ds("chart_coverage", self.lang, bank=bank)))
            self._legend("coverage")
            return
        bank = self._bank(bank_id)
        names = {c.id: c.name.get(self.lang) for c in bank.criteria} if bank is not None else {}
        # The bank's own order of criteria (B, A, N, T), else by id.
        order = {c.id: i for i, c in enumerate(bank.criteria)} if bank is not None else {}
        criteria.sort(key=lambda c: (order.get(c.criterion_id, len(order)), c.criterion_id))
        plt = self._plot("coverage", ds("chart_coverage", self.lang, bank=self._bank_name(bank_id)))
        labels = [fit(names.get(c.criterion_id, c.criterion_id)) for c in criteria[: TOP_BARS + 4]]
        values = [round(c.average_coverage * 100) for c in criteria[: TOP_BARS + 4]]
        self._hbars(plt, labels, values, "cyan")
        plt.xlim(0, 100)
        plt.xticks([0, 25, 50, 75, 100])
        self._legend("coverage")

    def _durations(self, board: Dashboard) -> None:
        durations = board.durations
        if not durations.interviews:
            self._plot("durations", ds("none", self.lang, title=ds("chart_durations", self.lang, median="")))
            self._legend("durations")
            return
        median = ds("median", self.lang, minutes=minutes(durations.median_s))
        plt = self._plot("durations", ds("chart_durations", self.lang, median=median))
        labels = [b.label.replace("-", "–").replace(">=", "≥") for b in durations.buckets]
        counts = [b.interviews for b in durations.buckets]
        plt.bar(labels, counts, width=0.6, color="blue")
        plt.yticks(count_ticks(max(counts)))
        self._legend("durations")

    def _process(self, board: Dashboard) -> None:
        reps = [r for r in board.reps if r.process][:TOP_BARS]
        totals: dict[tuple[str, str], int] = {}
        for rep in board.reps:
            for rate in rep.process:
                key = (rate.bank_id, rate.signal_id)
                totals[key] = totals.get(key, 0) + rate.interviews
        top = [k for k, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])) if n][:PROCESS_SERIES]
        self._rep_lines(board.reps)
        if not reps or not top:
            self._plot("process", ds("none", self.lang, title=ds("chart_process", self.lang)))
            self._legend("process")
            return
        plt = self._plot("process", ds("chart_process", self.lang))
        shares = {
            (rep.rep, r.bank_id, r.signal_id): round(r.share * 100) for rep in reps for r in rep.process
        }
        series = [
            [shares.get((rep.rep, bank_id, signal_id), 0) for rep in reps] for bank_id, signal_id in top
        ]
        colors = list(SERIES_COLOR[: len(top)])
        plt.multiple_bar(unique([fit(r.rep, 16) for r in reps]), series, color=colors)
        plt.ylim(0, 100)
        plt.yticks([0, 25, 50, 75, 100])
        words = [(self.signal_message(b, s), c) for (b, s), c in zip(top, colors, strict=True)]
        self._legend("process", legend(words))

    def _rep_lines(self, reps: Sequence[RepFigures]) -> None:
        """The exact figures behind the process chart: '3 of 8' per rep and signal."""
        lang = self.lang
        lines = []
        for rep in reps[: TOP_BARS * 2]:
            average = (
                ds("average", lang, minutes=minutes(rep.average_duration_s))
                if rep.average_duration_s is not None
                else ds("no_duration", lang)
            )
            lines.append(
                ds("rep_line", lang, rep=fit(rep.rep, 40), interviews=rep.interviews, average=average)
            )
            fired = [r for r in rep.process if r.interviews]
            for rate in fired[:PROCESS_SERIES]:
                of = ds("of", lang, n=rate.interviews, total=rate.of)
                lines.append(f"    {of:>10}  {fit(self.signal_message(rate.bank_id, rate.signal_id), 70)}")
            if not fired:
                lines.append(f"    {ds('no_process', lang)}")
        if len(reps) > TOP_BARS * 2:
            lines.append(ds("more_reps", lang, n=len(reps) - TOP_BARS * 2))
        # Every piece is plain text: Content never reads it as markup.
        self.query_one("#dash-reps", Static).update(Content("\n".join(lines)))
