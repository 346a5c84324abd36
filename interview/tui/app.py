"""The qualify Textual application."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from interview.app_factory import AppContext, NewInterview
from interview.tui.screens.home import HomeScreen

if TYPE_CHECKING:
    from interview.recording import Recording
    from storage.repository import Store


class QualifyApp(App[None]):
    CSS_PATH = ["styles/app.tcss"]
    TITLE = "qualify"
    BINDINGS = [
        Binding("f2", "toggle_language", "FR/EN", id="toggle_language"),
    ]

    lang: reactive[str] = reactive("en")

    def __init__(self, context: AppContext, start: NewInterview | None = None) -> None:
        super().__init__()
        self.context = context
        self.start = start
        self.store: Store | None = None
        self.engine = context.engine()
        self.set_reactive(QualifyApp.lang, context.settings.lang)
        if context.settings.keymap:
            self.set_keymap(context.settings.keymap)

    def on_mount(self) -> None:
        self.sub_title = self.context.settings.rep
        self.push_screen(HomeScreen())
        self.open_store()  # after the first paint: SQLAlchemy and the file are not on the fast path

    @work(thread=True, exclusive=True, group="store", exit_on_error=False)
    def open_store(self) -> None:
        from interview.app_factory import open_store
        from storage.db import StorageError

        try:
            store = open_store(self.context.settings)
        except StorageError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=30, markup=False)
            return
        self.call_from_thread(self._store_ready, store)

    def _store_ready(self, store: Store) -> None:
        self.store = store
        if isinstance(self.screen, HomeScreen):
            self.screen.refresh_unfinished()
        if self.start is not None:
            self.begin_interview(self.start)
            self.start = None

    @work(thread=True, group="store", exit_on_error=False)
    def begin_interview(self, new: NewInterview) -> None:
        from interview.recording import Recording

        assert self.store is not None
        from storage.db import StorageError

        try:
            recording = Recording.start(
                self.store,
                self.engine,
                self.context.catalog,
                lead_name=new.lead,
                company=new.company,
                role=new.role,
                firmographics=dict(new.firmographics),
                rep=self.context.settings.rep,
                frameworks=new.frameworks,
                lang=new.lang or self.lang,
            )
            # Firmographics known before the call answer the questions that ask them.
            for fact, value in new.firmographics:
                question = next(
                    (q for b in new.frameworks for q in self.engine.banks[b].questions() if q.key == fact),
                    None,
                )
                if question is not None:
                    recording.answer(question.id, value)
        except StorageError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=30, markup=False)
            return
        if new.lang:
            self.call_from_thread(setattr, self, "lang", new.lang)
        self.call_from_thread(self.show_interview, recording)

    @work(thread=True, group="store", exit_on_error=False)
    def resume_interview(self, interview_id: int) -> None:
        from interview.recording import Recording

        assert self.store is not None
        self.call_from_thread(self.show_interview, Recording.resume(self.store, self.engine, interview_id))

    @work(thread=True, group="store", exit_on_error=False)
    def review_interview(self, interview_id: int) -> None:
        """Open a past interview's summary; nothing is written."""
        from interview.recording import Recording

        assert self.store is not None
        recording = Recording.resume(self.store, self.engine, interview_id)
        self.call_from_thread(self._show_summary, recording)

    def _show_summary(self, recording: Recording) -> None:
        from interview.tui.screens.summary import SummaryScreen

        self.push_screen(SummaryScreen(recording))

    def show_interview(self, recording: Recording) -> None:
        from interview.tui.screens.interview import InterviewScreen

        self.push_screen(InterviewScreen(recording), self._interview_closed)

    def _interview_closed(self, _result: Any = None) -> None:
        if isinstance(self.screen, HomeScreen):
            self.screen.refresh_unfinished()

    def action_toggle_language(self) -> None:
        self.lang = "fr" if self.lang == "en" else "en"

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()
