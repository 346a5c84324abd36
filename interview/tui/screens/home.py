"""Home: the frameworks available, with what each is for. Interviews arrive with the UI issue."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from interview.app_factory import NewInterview, OpenScreen
from interview.safe_text import printable_line
from interview.tui.footer import LocalFooter
from interview.tui.i18n import label, t
from question_banks.model import Bank


class HomeScreen(LocalFooter, Screen[None]):
    BINDINGS = [
        Binding("n", "new_interview", "New interview", id="new_interview"),
        Binding("b", "browse", "Interviews", id="browse_interviews"),
        Binding("r", "replay", "Replay", id="replay_interview"),
        Binding("d", "dashboard", "Dashboard", id="team_dashboard"),
        Binding("l", "learn", "Learn", id="learn_frameworks"),
        Binding("p", "practice", "Practice", id="practice_scenario"),
    ]

    def action_learn(self) -> None:
        """The framework cards, opened on the framework highlighted here."""
        from interview.tui.screens.learn import LearnOpening

        frameworks = self.query_one("#frameworks", OptionList)
        highlighted = frameworks.highlighted
        bank_id = frameworks.get_option_at_index(highlighted).id if highlighted is not None else None
        self.app.open_screen(LearnOpening(bank_id=bank_id))  # type: ignore[attr-defined]

    FOOTER: ClassVar[dict[str, dict[str, str]]] = {
        "new_interview": {"en": "New interview", "fr": "Nouvel entretien"},
        "browse": {"en": "Interviews", "fr": "Entretiens"},
        "replay": {"en": "Replay", "fr": "Revoir"},
        "dashboard": {"en": "Dashboard", "fr": "Tableau de bord"},
        "learn": {"en": "Learn", "fr": "Apprendre"},
        "practice": {"en": "Practice", "fr": "Pratique"},
    }

    def action_practice(self) -> None:
        """A scripted prospect to practise on, as `qualify train SCENARIO` (the trainee: the rep setting)."""
        from interview.tui.screens.scenario_pick import ScenarioPickScreen

        def chosen(opening: OpenScreen | None) -> None:
            if opening is not None:
                self.app.open_screen(opening)  # type: ignore[attr-defined]

        self.app.push_screen(ScenarioPickScreen(), chosen)

    def action_browse(self) -> None:
        self.app.open_browser()  # type: ignore[attr-defined]

    def action_dashboard(self) -> None:
        self.app.open_dashboard()  # type: ignore[attr-defined]

    def action_replay(self) -> None:
        """Replay the past or unfinished interview highlighted (the recent list's first by default)."""
        for box_id in ("recent", "unfinished"):
            box = self.query_one(f"#{box_id}", OptionList)
            if box.has_focus and box.highlighted is not None:
                option = box.get_option_at_index(box.highlighted)
                break
        else:
            recent = self.query_one("#recent", OptionList)
            if not recent.option_count:
                return
            option = recent.get_option_at_index(recent.highlighted or 0)
        if option.id:
            self.app.open_replay(int(option.id))  # type: ignore[attr-defined]

    def action_new_interview(self) -> None:
        from interview.tui.screens.new_interview import NewInterviewScreen

        def start(new: NewInterview | None) -> None:
            if new is not None:
                self.app.begin_interview(new)  # type: ignore[attr-defined]

        self.app.push_screen(NewInterviewScreen(), start)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="home-left"):
                yield OptionList(id="frameworks")
                yield OptionList(id="unfinished")
                yield OptionList(id="recent")
            with VerticalScroll(id="about"):
                yield Static(id="about-title")
                yield Static(id="about-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#unfinished", OptionList).display = False
        self.query_one("#recent", OptionList).display = False
        self.watch(self.app, "lang", self._render_lang)
        self.watch(self.app, "lang", lambda _lang: self.refresh_bindings(), init=False)
        self.refresh_unfinished()  # shown after an interview: the database is open by now

    @property
    def banks(self) -> list[Bank]:
        return self.app.context.catalog.banks()  # type: ignore[attr-defined]

    def _render_lang(self, lang: str) -> None:
        frameworks = self.query_one("#frameworks", OptionList)
        highlighted = frameworks.highlighted or 0
        frameworks.border_title = t("frameworks", lang)
        frameworks.set_options(
            Option(Content(f"{b.name.get(lang)}  ·  {b.question_count()} {t('questions', lang)}"), id=b.id)
            for b in self.banks
        )
        if self.banks:
            frameworks.highlighted = min(highlighted, len(self.banks) - 1)
            self._show(self.banks[frameworks.highlighted])

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id != "frameworks":
            return
        bank_id = event.option.id
        if bank_id is not None:
            self._show(self.app.context.catalog.bank(bank_id))  # type: ignore[attr-defined]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "unfinished" and event.option.id:
            self.app.resume_interview(int(event.option.id))  # type: ignore[attr-defined]
        elif event.option_list.id == "recent" and event.option.id:
            self.app.review_interview(int(event.option.id))  # type: ignore[attr-defined]

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        # StateChanged does not bubble: the app shows and logs what failed.
        if event.state is WorkerState.ERROR:
            self.app.worker_failed(event.worker)  # type: ignore[attr-defined]

    @work(thread=True, exclusive=True, group="home", exit_on_error=False)
    def refresh_unfinished(self) -> None:
        """Unfinished interviews (crash, closed terminal) are offered for resumption."""
        store = self.app.store  # type: ignore[attr-defined]
        if store is None:
            return
        rows = store.unfinished()
        recent = store.list_interviews(status="ended", limit=8)
        self.app.call_from_thread(self._show_unfinished, rows)
        self.app.call_from_thread(self._show_recent, recent)

    def _show_recent(self, rows: list) -> None:  # type: ignore[type-arg]
        """Past interviews: each opens its summary."""
        box = self.query_one("#recent", OptionList)
        lang: str = self.app.lang  # type: ignore[attr-defined]
        box.border_title = t("recent", lang)
        # Names are typed by people: Content (never markup), controls shown as escapes.
        box.set_options(
            Option(
                Content(printable_line(f"{r.lead.name} · {'/'.join(r.frameworks)} · {r.started_at:%d/%m}")),
                str(r.id),
            )
            for r in rows
        )
        box.display = bool(rows)

    def _show_unfinished(self, rows: list) -> None:  # type: ignore[type-arg]
        box = self.query_one("#unfinished", OptionList)
        box.border_title = t("unfinished", self.app.lang)  # type: ignore[attr-defined]
        box.set_options(
            Option(
                Content(printable_line(f"{r.lead.name} · {r.lead.company or '-'} · {frameworks}")), str(r.id)
            )
            for r in rows
            for frameworks in ["/".join(r.frameworks)]
        )
        box.display = bool(rows)

    def _show(self, bank: Bank) -> None:
        lang: str = self.app.lang  # type: ignore[attr-defined]
        about = bank.about
        self.query_one("#about-title", Static).update(Content(bank.name.get(lang)))
        lines = [
            about.summary.get(lang),
            "",
            f"{label('when_it_fits', lang)} {about.when_it_fits.get(lang)}",
            "",
            f"{label('limits', lang)} {about.limits.get(lang)}",
            "",
            label("criteria", lang),
        ]
        lines += [
            f"  {c.letter or '·'}  {c.name.get(lang)} ({t('weight', lang)} {c.weight:g}, "
            f"{len(c.questions)} {t('questions', lang)})"
            for c in bank.criteria
        ]
        # Bank text is written by users: plain Content, never markup.
        self.query_one("#about-body", Static).update(Content("\n".join(lines)))
