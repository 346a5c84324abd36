"""The interview browser: every recorded interview, sorted and filtered by any column, page by page.

The store does the sorting and filtering (storage.repository.Listing), and hands out pages in key
order (keyset paging): the first page shows at once, the next ones are read as the cursor or the
scroll nears the end of what is loaded, so 100,000 interviews never all come into memory. Every
read runs in a thread worker, which posts what it read; a stale answer (the filter or sort changed
meanwhile) is dropped. Names, companies and reps are typed by people: Text, never markup.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shlex
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static
from textual.widgets.data_table import ColumnKey
from textual.worker import Worker, WorkerState

from interview.safe_text import printable_line
from interview.tui.footer import LocalFooter
from interview.tui.i18n import strings_of
from interview.tui.widgets.panels import VERDICT_STYLE
from storage.errors import StorageError
from storage.repository import Cursor, Listing, Page, default_descending, sort_spec

if TYPE_CHECKING:
    from textual.timer import Timer

    from interview.tui.app import QualifyApp
    from storage.records import InterviewRecord

FIRST_PAGE = 100  # shown at once: a screenful and a few more
NEXT_PAGE = 200
NEAR_END = 25  # rows left below the cursor (or the view) when the next page is asked for

# This screen's words, in both languages.
STRINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Interviews", "fr": "Entretiens"},
    "col_started": {"en": "Started", "fr": "Date"},
    "col_lead": {"en": "Lead", "fr": "Contact"},
    "col_company": {"en": "Company", "fr": "Société"},
    "col_rep": {"en": "Rep", "fr": "Commercial"},
    "col_frameworks": {"en": "Frameworks", "fr": "Méthodes"},
    "col_duration": {"en": "Length", "fr": "Durée"},
    "col_verdicts": {"en": "Verdicts", "fr": "Verdicts"},
    "col_stage": {"en": "Stage", "fr": "Étape"},
    "col_red_flags": {"en": "⚑", "fr": "⚑"},
    "open": {"en": "open", "fr": "en cours"},
    "minutes": {"en": "{n} min", "fr": "{n} min"},
    "stage_mql": {"en": "MQL", "fr": "MQL"},
    "stage_sal": {"en": "SAL", "fr": "SAL"},
    "stage_sql": {"en": "SQL", "fr": "SQL"},
    "stage_opportunity": {"en": "opportunity", "fr": "opportunité"},
    "stage_recycled": {"en": "recycled", "fr": "recyclée"},
    "stage_closed": {"en": "closed", "fr": "close"},
    "placeholder": {
        "en": "Filter (/): words in lead or company, or rep:Léa fw:bant verdict:qualified …",
        "fr": "Filtre (/) : mots du contact ou de la société, ou rep:Léa fw:bant verdict:qualified …",
    },
    "help": {
        "en": "lead: company: rep: fw: verdict:qualified|nurture|disqualified|insufficient stage:sql "
        "status:open|ended flags:N (at least) since: until:2026-03-31 sort:-duration · "
        '"quotes" around spaces · Enter applies, Esc back to the list · '
        "✓ qualified ~ nurture ✗ disqualified ? insufficient · none · ⚑ red flags",
        "fr": "lead: company: rep: fw: verdict:qualified|nurture|disqualified|insufficient stage:sql "
        "status:open|ended flags:N (au moins) since: until:2026-03-31 sort:-duration · "
        "« guillemets » autour des espaces · Entrée applique, Échap revient à la liste · "
        "✓ qualifiée ~ à faire mûrir ✗ disqualifiée ? insuffisant · aucun · ⚑ signaux rouges",
    },
    "loading": {"en": "Loading…", "fr": "Chargement…"},
    "shown": {"en": "{shown} of {total}", "fr": "{shown} sur {total}"},
    "shown_counting": {"en": "{shown} shown", "fr": "{shown} affichés"},
    "sorted_by": {"en": "sorted by {column}", "fr": "tri : {column}"},
    "marked": {
        "en": "{n} marked: mark one more to compare",
        "fr": "{n} marqué : marquez-en un autre pour comparer",
    },
    "nothing": {"en": "No interview matches.", "fr": "Aucun entretien ne correspond."},
    "empty": {
        "en": "No interview recorded yet (`qualify demo` records examples).",
        "fr": "Aucun entretien enregistré (`qualify demo` en enregistre des exemples).",
    },
    "unknown_key": {"en": "unknown filter '{x}:'", "fr": "filtre inconnu « {x}: »"},
    "bad_value": {
        "en": "'{x}' is not a value of this filter",
        "fr": "« {x} » n'est pas une valeur de ce filtre",
    },
    "bad_date": {
        "en": "'{x}' is not a date such as 2026-03-31",
        "fr": "« {x} » n'est pas une date comme 2026-03-31",
    },
    "bad_sort": {"en": "cannot sort by '{x}'", "fr": "impossible de trier par « {x} »"},
    "need_framework": {
        "en": "Which framework's verdict? Filter one first (fw:bant), or move to a row that has one.",
        "fr": "Le verdict de quelle méthode ? Filtrez-en une (fw:bant), ou allez sur une ligne qui en a.",
    },
    "no_sort_frameworks": {
        "en": "Frameworks cannot be sorted; filter them with fw:ID.",
        "fr": "Les méthodes ne se trient pas ; filtrez-les avec fw:ID.",
    },
    # Footer keys
    "key_filter": {"en": "Filter", "fr": "Filtrer"},
    "key_sort": {"en": "Sort", "fr": "Trier"},
    "key_reverse": {"en": "Reverse", "fr": "Inverser"},
    "key_mark": {"en": "Mark (compare 2)", "fr": "Marquer (comparer 2)"},
    "key_back": {"en": "Back", "fr": "Retour"},
    "key_replay": {"en": "Replay", "fr": "Rejouer"},
}


bt = strings_of(STRINGS)


# --- the filter's little language -----------------------------------------------------------------

FILTER_KEYS = {
    "lead": "name",
    "name": "name",
    "contact": "name",
    "company": "company",
    "co": "company",
    "société": "company",
    "societe": "company",
    "rep": "rep_text",
    "commercial": "rep_text",
    "fw": "framework",
    "framework": "framework",
    "méthode": "framework",
    "methode": "framework",
    "verdict": "verdict",
    "stage": "stage",
    "étape": "stage",
    "etape": "stage",
    "status": "status",
    "statut": "status",
    "flags": "min_red_flags",
    "alertes": "min_red_flags",
    "since": "since",
    "depuis": "since",
    "until": "until",
    "au": "until",
    "sort": "sort",
    "tri": "sort",
}
WORDS = {
    "verdict": {
        "qualified": "qualified",
        "qualifiée": "qualified",
        "qualifiee": "qualified",
        "nurture": "nurture",
        "mûrir": "nurture",
        "murir": "nurture",
        "disqualified": "disqualified",
        "disqualifiée": "disqualified",
        "disqualifiee": "disqualified",
        "insufficient": "insufficient",
        "insuffisant": "insufficient",
        "insuffisantes": "insufficient",
    },
    "stage": {
        "mql": "mql",
        "sal": "sal",
        "sql": "sql",
        "opportunity": "opportunity",
        "opportunité": "opportunity",
        "opportunite": "opportunity",
        "recycled": "recycled",
        "recyclée": "recycled",
        "recyclee": "recycled",
        "closed": "closed",
        "close": "closed",
    },
    "status": {
        "open": "open",
        "ouvert": "open",
        "ended": "ended",
        "done": "ended",
        "terminé": "ended",
        "termine": "ended",
    },
}


@dataclass(frozen=True)
class Filter:
    """What the filter field says: Listing fields, an optional sort, and what could not be read."""

    fields: dict[str, Any] = field(default_factory=dict)
    sort: tuple[str, bool] | None = None
    problems: tuple[tuple[str, str], ...] = ()  # (STRINGS key, the text at fault)


def _word(kind: str, value: str) -> str | None:
    words = WORDS[kind]
    lowered = value.lower()
    if lowered in words:
        return words[lowered]
    starts = {canon for word, canon in words.items() if len(lowered) >= 3 and word.startswith(lowered)}
    return starts.pop() if len(starts) == 1 else None


def _date(value: str, *, end_of_day: bool) -> dt.datetime | None:
    try:
        moment = dt.datetime.combine(dt.date.fromisoformat(value), dt.time(), dt.UTC)
    except ValueError:
        return None
    return moment + dt.timedelta(days=1) if end_of_day else moment  # until: the whole day


def parse_filter(text: str) -> Filter:
    """`rep:"Léa Dubois" verdict:qualified acme` -> rep, verdict, and "acme" in lead or company."""
    try:
        tokens = shlex.split(text)
    except ValueError:  # an apostrophe in a name (O'Brien): plain words then
        tokens = text.split()
    fields: dict[str, Any] = {}
    words: list[str] = []
    sort: tuple[str, bool] | None = None
    problems: list[tuple[str, str]] = []
    for token in tokens:
        key, colon, value = token.partition(":")
        name = FILTER_KEYS.get(key.lower()) if colon else None
        if not colon or (name is None and not key.isalpha()):
            words.append(token)  # a time (10:30), a URL...: words to look for
            continue
        if name is None:
            problems.append(("unknown_key", key))
            continue
        if not value:
            continue  # "rep:" being typed
        if name in ("verdict", "stage", "status"):
            canon = _word(name, value)
            if canon is None:
                problems.append(("bad_value", token))
            else:
                fields[name] = canon
        elif name == "min_red_flags":
            if value.isdigit():
                fields[name] = int(value)
            else:
                problems.append(("bad_value", token))
        elif name in ("since", "until"):
            moment = _date(value, end_of_day=name == "until")
            if moment is None:
                problems.append(("bad_date", value))
            else:
                fields[name] = moment
        elif name == "sort":
            column = value.lstrip("+-").lower()
            try:
                descending = default_descending(column) if value[0] not in "+-" else value[0] == "-"
            except ValueError:
                problems.append(("bad_sort", value))
            else:
                sort = (column, descending)
        elif name == "framework":
            fields[name] = value.lower()
        else:
            fields[name] = value
    if words:
        fields["text"] = " ".join(words)
    return Filter(fields, sort, tuple(problems))


# --- rows -------------------------------------------------------------------------------------------

COLUMNS = ("started", "lead", "company", "rep", "frameworks", "verdicts", "duration", "stage", "red_flags")
FIXED_WIDTHS = {"started": 10, "verdicts": 8, "duration": 8, "stage": 11, "red_flags": 3}
# The rest of the width, shared (at least MIN_WIDTH each).
FLEXIBLE = {"lead": 0.3, "company": 0.27, "rep": 0.2, "frameworks": 0.23}
MIN_WIDTH = 8
SORT_OF_COLUMN = {
    "started": "started",
    "lead": "lead",
    "company": "company",
    "rep": "rep",
    "duration": "duration",
    "stage": "stage",
    "red_flags": "red_flags",
    "verdicts": "verdict",
}
COLUMN_OF_SORT = {sort: column for column, sort in SORT_OF_COLUMN.items()}
SORT_CYCLE = ("started", "lead", "company", "rep", "duration", "verdict", "stage", "red_flags")
VERDICT_MARK = {"qualified": "✓", "nurture": "~", "disqualified": "✗", "insufficient": "?"}


@dataclass(frozen=True, slots=True)
class Row:
    """What one line shows, kept plain so the table can be redrawn in the other language."""

    id: int
    started: dt.datetime
    name: str
    company: str | None
    rep: str
    frameworks: tuple[str, ...]
    verdicts: tuple[str | None, ...]  # per framework, in the same order
    duration: float | None
    stage: str | None
    red_flags: int | None

    @classmethod
    def of(cls, record: InterviewRecord) -> Row:
        summary = record.summary
        verdicts = summary.get("verdicts") if isinstance(summary.get("verdicts"), dict) else {}
        stage = summary.get("stage")
        flags = summary.get("red_flags")
        return cls(
            id=record.id,
            started=record.started_at,
            name=record.lead.name,
            company=record.lead.company,
            rep=record.rep,
            frameworks=record.frameworks,
            verdicts=tuple(v if isinstance(v := verdicts.get(f), str) else None for f in record.frameworks),
            duration=record.duration,
            stage=stage if isinstance(stage, str) else None,
            red_flags=flags if isinstance(flags, int) and not isinstance(flags, bool) else None,
        )


def _data(text: str) -> Text:
    """A person's text as a cell: never markup, control characters shown as escapes, one line."""
    return Text(printable_line(text), no_wrap=True, overflow="ellipsis")


def cells(row: Row, lang: str, marked: bool) -> tuple[str | Text, ...]:
    """The table's cells for `row`: people's text as Text; the screen's own words as plain strings,
    which the table reads as markup (they hold none but the styles written here) and which weigh
    a few times less than Text when thousands of rows are loaded."""
    verdicts = " ".join(
        f"[{VERDICT_STYLE.get(verdict or '', 'dim')}]{VERDICT_MARK.get(verdict or '', '·')}[/]"
        for verdict in row.verdicts
    )
    lead = _data(row.name)
    if marked:
        lead = Text.assemble(("◆ ", "bold magenta"), lead)
    if row.duration is not None:
        duration = bt("minutes", lang, n=round(row.duration / 60))
    else:
        duration = f"[italic dim]{bt('open', lang)}[/]"
    stage: str | Text = ""
    if row.stage is not None:
        known = f"stage_{row.stage}" in STRINGS
        stage = bt(f"stage_{row.stage}", lang) if known else _data(row.stage)  # an imported oddity
    return (
        f"{row.started:%Y-%m-%d}",
        lead,
        _data(row.company or ""),
        _data(row.rep),
        _data("/".join(row.frameworks)),
        verdicts,
        duration,
        stage,
        f"[bold red]{row.red_flags:>2}[/]" if row.red_flags else "",
    )


class InterviewTable(DataTable["str | Text"]):
    """A DataTable that says when its view comes near the last row loaded (mouse wheel, scroll bar)."""

    BINDINGS: ClassVar[list[BindingType]] = [  # rows, not columns: Home and End go to the first and last
        Binding("home", "scroll_top", "Top", show=False),
        Binding("end", "scroll_bottom", "Bottom", show=False),
    ]

    class NearEnd(Message):
        pass

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.row_count and new_value >= self.max_scroll_y - NEAR_END:
            self.post_message(self.NearEnd())


class BrowserScreen(LocalFooter, Screen[None]):
    """Recorded interviews: Enter replays one, `m` marks two to compare; `/` filters, `s`/`r` sort."""

    CSS_PATH = "../styles/browser.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_filter", "Filter", id="browser_filter"),
        Binding("s", "next_sort", "Sort", id="browser_sort"),
        Binding("r", "reverse", "Reverse", id="browser_reverse"),
        Binding("m", "mark", "Mark (compare 2)", id="browser_mark"),
        Binding("escape", "back", "Back", id="browser_back"),
    ]
    _KEY_WORDS: ClassVar[dict[str, str]] = {  # action -> its words in STRINGS, for the footer
        "focus_filter": "key_filter",
        "next_sort": "key_sort",
        "reverse": "key_reverse",
        "mark": "key_mark",
        "back": "key_back",
    }
    FOOTER: ClassVar[dict[str, dict[str, str]]] = {a: STRINGS[w] for a, w in _KEY_WORDS.items()}

    listing: reactive[Listing] = reactive(Listing, init=False)

    class PageLoaded(Message):
        """A page read by a worker, for the listing and cursor it was asked for."""

        def __init__(self, listing: Listing, after: Cursor | None, page: Page) -> None:
            super().__init__()
            self.listing = listing
            self.after = after
            self.page = page

    class Failed(Message):
        """A page could not be read (the database is locked, gone...)."""

        def __init__(self, listing: Listing, after: Cursor | None, reason: str) -> None:
            super().__init__()
            self.listing = listing
            self.after = after
            self.reason = reason

    class Counted(Message):
        """How many interviews the listing lets through (read apart: the first page does not wait)."""

        def __init__(self, listing: Listing, total: int) -> None:
            super().__init__()
            self.listing = listing
            self.total = total

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self.marked: list[int] = []
        self.total: int | None = None
        self.next_after: Cursor | None = None  # where the next page starts; None: no more
        self.loading: Cursor | bool | None = False  # the cursor being read, False: nothing
        self.problem: str | None = None  # in the filter typed
        self.failure: str | None = None  # reading the last page
        self._debounce: Timer | None = None
        self._shown_widths: dict[str, int] = {}

    @property
    def qualify(self) -> QualifyApp:
        return cast("QualifyApp", self.app)

    @property
    def lang(self) -> str:
        return self.qualify.lang

    # --- layout and language -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(id="browser-filter")
        yield Static(id="browser-help")
        yield InterviewTable(id="browser-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="browser-status")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.qualify, "lang", self._render_lang, init=False)
        self._render_lang(self.lang)
        self.query_one(InterviewTable).focus()
        self._reload()  # the first page: newest first

    def _render_lang(self, lang: str) -> None:
        self.title = bt("title", lang)
        filter_input = self.query_one("#browser-filter", Input)
        filter_input.placeholder = bt("placeholder", lang)
        self.query_one("#browser-help", Static).update(Content(bt("help", lang)))
        self._relabel()
        self._render_status()
        self.refresh_bindings()

    def on_resize(self) -> None:
        if self._widths() != self._shown_widths:
            self._rebuild_table()

    def _widths(self) -> dict[str, int]:
        table = self.query_one(InterviewTable)
        width = max(self.app.size.width, 80)  # the table spans the terminal
        padding = 2 * table.cell_padding * len(COLUMNS)
        spare = width - 1 - padding - sum(FIXED_WIDTHS.values())  # 1: the scroll bar
        flexible = {c: max(MIN_WIDTH, int(spare * share)) for c, share in FLEXIBLE.items()}
        return {**FIXED_WIDTHS, **flexible}

    def _header(self, column: str) -> Text:
        label = bt(f"col_{column}", self.lang)
        sort_column, bank = sort_spec(self.listing.sort)
        if COLUMN_OF_SORT.get(sort_column) == column:
            label += (f" {bank}" if bank else "") + (" ▼" if self.listing.descending else " ▲")
        return Text(label, style="bold")

    def _relabel(self) -> None:
        """The headers and the cells in words (stage, open calls) in the app's language, in place."""
        table = self.query_one(InterviewTable)
        if not self.rows or len(table.columns) != len(COLUMNS):
            self._rebuild_table()
            return
        for column in COLUMNS:
            table.columns[ColumnKey(column)].label = self._header(column)  # fixed widths: no resize
        lang = self.lang
        worded = [COLUMNS.index("duration"), COLUMNS.index("stage")]
        for row in self.rows:
            shown = cells(row, lang, False)
            for index in worded:
                table.update_cell(str(row.id), COLUMNS[index], shown[index])
        table.refresh()

    def _rebuild_table(self) -> None:
        """Columns in the app's language, then the rows already loaded, the cursor kept."""
        table = self.query_one(InterviewTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        widths = self._shown_widths = self._widths()
        for column in COLUMNS:
            table.add_column(self._header(column), width=widths[column], key=column)
        self._add_rows(self.rows)
        if self.rows:
            table.move_cursor(row=min(cursor, len(self.rows) - 1), animate=False)

    def _add_rows(self, rows: list[Row]) -> None:
        table = self.query_one(InterviewTable)
        marked = set(self.marked)
        lang = self.lang
        for row in rows:
            table.add_row(*cells(row, lang, row.id in marked), key=str(row.id))

    def _render_status(self) -> None:
        lang = self.lang
        parts: list[str] = []
        parts += [said for said in (self.failure, self.problem) if said is not None]
        if self.loading is not False and not self.rows:
            parts.append(bt("loading", lang))
        elif not self.rows and self.loading is False and self.failure is None:
            nothing = self.listing == Listing(sort=self.listing.sort, descending=self.listing.descending)
            parts.append(bt("empty" if nothing else "nothing", lang))
        elif self.total is not None:
            parts.append(bt("shown", lang, shown=f"{len(self.rows):,}", total=f"{self.total:,}"))
        else:
            parts.append(bt("shown_counting", lang, shown=f"{len(self.rows):,}"))
        column, bank = sort_spec(self.listing.sort)
        name = bt(f"col_{COLUMN_OF_SORT[column]}", lang)
        arrow = "▼" if self.listing.descending else "▲"
        parts.append(bt("sorted_by", lang, column=f"{name}{' ' + bank if bank else ''} {arrow}"))
        if self.marked:
            parts.append(bt("marked", lang, n=len(self.marked)))
        status = self.query_one("#browser-status", Static)
        status.update(Content("  ·  ".join(parts)))
        status.set_class(self.problem is not None or self.failure is not None, "-problem")

    # --- loading -------------------------------------------------------------------------------

    def watch_listing(self) -> None:
        self._reload()

    def _reload(self) -> None:
        """A new filter or sort: start again from the first page."""
        listing = self.listing
        self.rows = []
        self.total = None
        self.next_after = None
        self.loading = None  # the first page (no cursor) is being read
        self._rebuild_table()
        self._render_status()
        self._load(listing, None, FIRST_PAGE)
        self._count(listing)

    @work(thread=True, exclusive=True, exit_on_error=False, group="browser-pages")
    def _load(self, listing: Listing, after: Cursor | None, limit: int) -> None:
        store = self.qualify.store
        if store is None:
            return
        try:
            page = store.browse(listing, after=after, limit=limit)
        except StorageError as exc:  # locked, gone...: said on the status line, the rows kept
            self.post_message(self.Failed(listing, after, str(exc)))
            return
        self.post_message(self.PageLoaded(listing, after, page))

    @work(thread=True, exclusive=True, exit_on_error=False, group="browser-count")
    def _count(self, listing: Listing) -> None:
        store = self.qualify.store
        if store is None:
            return
        try:
            self.post_message(self.Counted(listing, store.count_listed(listing)))
        except StorageError:
            return  # the page's own reading says what is wrong; the total stays unknown

    @on(PageLoaded)
    def _page_loaded(self, message: PageLoaded) -> None:
        if message.listing != self.listing or message.after != self.loading:
            return  # asked for before the filter or sort changed
        self.loading = False
        self.failure = None
        rows = [Row.of(r) for r in message.page.records]
        self.rows += rows
        self._add_rows(rows)
        self.next_after = message.page.after
        if self.total is not None and message.page.after is None:
            self.total = len(self.rows)  # the end is reached: exact, even if rows came meanwhile
        self._render_status()
        self._maybe_more()

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        if message.listing != self.listing or message.after != self.loading:
            return
        self.loading = False  # the next move of the cursor tries again
        self.failure = printable_line(message.reason)
        self._render_status()

    @on(Counted)
    def _counted(self, message: Counted) -> None:
        if message.listing == self.listing:
            self.total = message.total
            self._render_status()

    def _maybe_more(self, *, near: bool = False) -> None:
        """Ask for the next page when the cursor (or the view, `near`) is close to the last row."""
        if self.next_after is None or self.loading is not False:
            return
        table = self.query_one(InterviewTable)
        if near or table.cursor_row >= len(self.rows) - NEAR_END:
            self.loading = self.next_after
            self._load(self.listing, self.next_after, NEXT_PAGE)

    @on(DataTable.RowHighlighted, "#browser-table")
    def _highlighted(self) -> None:
        self._maybe_more()

    @on(InterviewTable.NearEnd)
    def _near_end(self) -> None:
        self._maybe_more(near=True)

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        # StateChanged does not bubble: the app shows and logs what failed.
        if event.state is WorkerState.ERROR:
            if event.worker.group == "browser-pages":
                self.loading = False
                self._render_status()
            self.qualify.worker_failed(event.worker)

    # --- sorting ---------------------------------------------------------------------------------

    def _current(self) -> Row | None:
        table = self.query_one(InterviewTable)
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def _bank_for_verdict(self) -> str | None:
        if self.listing.framework:
            return self.listing.framework
        current = self._current()
        if current is not None:
            judged = [f for f, v in zip(current.frameworks, current.verdicts, strict=True) if v]
            return (judged or list(current.frameworks) or [None])[0]
        return None

    def sort_by(self, column: str, descending: bool | None = None) -> None:
        """Sort by `column` (a SORTS name; "verdict" takes the framework filtered or under the cursor)."""
        if column == "verdict":
            bank = self._bank_for_verdict()
            if bank is None:
                self.notify(bt("need_framework", self.lang), severity="warning")
                return
            column = f"verdict:{bank}"
        if descending is None:
            descending = default_descending(column)
        self.listing = dataclasses.replace(self.listing, sort=column, descending=descending)

    @on(DataTable.HeaderSelected, "#browser-table")
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = str(event.column_key.value)
        if column not in SORT_OF_COLUMN:
            self.notify(bt("no_sort_frameworks", self.lang))
            return
        current = sort_spec(self.listing.sort)[0]
        if SORT_OF_COLUMN[column] == current:
            self.action_reverse()
        else:
            self.sort_by(SORT_OF_COLUMN[column])

    def action_next_sort(self) -> None:
        current = sort_spec(self.listing.sort)[0]
        following = SORT_CYCLE[(SORT_CYCLE.index(current) + 1) % len(SORT_CYCLE)]
        if following == "verdict" and self._bank_for_verdict() is None:
            following = SORT_CYCLE[(SORT_CYCLE.index(following) + 1) % len(SORT_CYCLE)]
        self.sort_by(following)

    def action_reverse(self) -> None:
        self.listing = dataclasses.replace(self.listing, descending=not self.listing.descending)

    # --- filtering -------------------------------------------------------------------------------

    def action_focus_filter(self) -> None:
        self.query_one("#browser-filter", Input).focus()

    @on(Input.Changed, "#browser-filter")
    def _filter_changed(self) -> None:
        # Typing pauses (0.3 s) before a query: each key does not cost one.
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(0.3, self.apply_filter)

    @on(Input.Submitted, "#browser-filter")
    def _filter_submitted(self) -> None:
        self.apply_filter()
        if self.problem is None:
            self.query_one(InterviewTable).focus()

    def apply_filter(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        parsed = parse_filter(self.query_one("#browser-filter", Input).value)
        if parsed.problems:
            said = (bt(kind, self.lang, x=printable_line(text)) for kind, text in parsed.problems)
            self.problem = "; ".join(said)
            self._render_status()
            return
        self.problem = None
        sort, descending = parsed.sort or (self.listing.sort, self.listing.descending)
        listing = Listing(**parsed.fields, sort=sort, descending=descending)
        if listing == self.listing:
            self._render_status()
        self.listing = listing

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        shown = event.widget is self.query_one("#browser-filter", Input)
        self.query_one("#browser-help", Static).set_class(shown, "-shown")

    # --- opening ---------------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#browser-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.qualify.open_replay(int(event.row_key.value))

    def action_mark(self) -> None:
        """Mark the row under the cursor (again: unmark it); two marked open side by side."""
        current = self._current()
        if current is None:
            return
        if current.id in self.marked:
            self.marked.remove(current.id)
        else:
            self.marked.append(current.id)
        self._redraw_row(current)
        if len(self.marked) == 2:
            first, second = self.marked
            self.marked = []
            for row in self.rows:
                if row.id in (first, second):
                    self._redraw_row(row)
            self.qualify.open_compare(first, second)
        self._render_status()

    def _redraw_row(self, row: Row) -> None:
        table = self.query_one(InterviewTable)
        lead = cells(row, self.lang, row.id in self.marked)[1]
        table.update_cell(str(row.id), "lead", lead)

    def action_back(self) -> None:
        filter_input = self.query_one("#browser-filter", Input)
        if self.focused is filter_input:
            self.query_one(InterviewTable).focus()
            return
        self.dismiss()
