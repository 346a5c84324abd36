"""The qualify Textual application.

Start-up paints first: the database layer (SQLAlchemy, the file, migrations) is opened in a worker
once the first screen is on the terminal. `qualify new` shows its interview before the database
is open; the answers typed meanwhile wait for it (see Recording.pending) and are never shown as
saved before they are.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from interview.app_factory import AppContext, NewInterview, OpenScreen
from interview.safe_text import printable, printable_line
from interview.tui.screens.home import HomeScreen
from storage.errors import StorageError

if TYPE_CHECKING:
    from interview.recording import Recording
    from storage.repository import Store


FULL_COLLECTION_EVERY = 10.0  # seconds
# Stopped by the system (shutdown, logout) or its terminal closed: save the draft, exit cleanly.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


BANKS_ONLY = ("learn", "quiz")  # screens that read only the banks: shown before the database opens


class _Base(Screen[None]):
    """The bottom of the screen stack: uncovered, it brings the home screen back."""

    def on_screen_resume(self) -> None:
        if getattr(self.app, "started", False) and len(self.app.screen_stack) == 1:
            self.app.push_screen(HomeScreen())


class QualifyApp(App[None]):
    CSS_PATH = [Path(__file__).parent / "styles" / "app.tcss"]  # absolute: subclasses live elsewhere
    TITLE = "qualify"
    BINDINGS = [
        Binding("f2", "toggle_language", "FR/EN", id="toggle_language"),
    ]

    lang: reactive[str] = reactive("en")

    def __init__(self, context: AppContext, start: NewInterview | OpenScreen | None = None) -> None:
        super().__init__()
        self.context = context
        self.start = start
        self.store: Store | None = None
        self.engine = context.engine()
        self._waiting: Recording | None = None  # shown before the database was open
        self.started = False  # on_mount has run: the bottom screen may bring home back
        self._opening: OpenScreen | None = None  # shown once the database is open
        self._gc_threshold: tuple[int, int, int] | None = None  # as found, put back on exit
        self._signals: list[int] = []  # handlers installed, removed on exit
        self._stopping = False
        self.crash_logs: list[Path] = []  # written this run; named on stderr after exit
        self.set_reactive(QualifyApp.lang, context.settings.lang)
        if context.settings.keymap:
            self.set_keymap(context.settings.keymap)

    def get_default_screen(self) -> Screen[Any]:
        return _Base(id="_default")

    def on_mount(self) -> None:
        self.sub_title = printable_line(self.context.settings.rep)  # a name people typed: shown, never run
        if isinstance(self.start, OpenScreen):
            opening, self.start = self.start, None
            self.push_screen(HomeScreen())
            if opening.name in BANKS_ONLY:
                self.open_screen(opening)
            else:
                self._opening = opening  # shown once the database is open
        elif self.start is None:
            self.push_screen(HomeScreen())
        else:  # `qualify new`: the interview alone; home is built when the rep leaves it
            self._waiting = self._pending(self.start)
            self.start = None
            self.show_interview(self._waiting)
        self.started = True
        self._install_signal_handlers()
        # After the first frame: SQLAlchemy and the file are not on the fast path.
        self.call_after_refresh(self.open_store)

    @work(thread=True, exclusive=True, group="store", exit_on_error=False)
    def open_store(self) -> None:
        from interview.app_factory import open_store

        try:
            store = open_store(self.context.settings)
        except StorageError as exc:
            if self._waiting is not None:
                self._waiting.fail(str(exc))
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=30, markup=False)
            return
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            try:
                waiting.attach(store)
            except StorageError as exc:
                self.call_from_thread(self.notify, str(exc), severity="error", timeout=30, markup=False)
        self.call_from_thread(self._store_ready, store)

    def _store_ready(self, store: Store) -> None:
        self.store = store
        if store.read_only:  # said once, up front: reading works, every write will be refused
            self.sub_title = printable_line(f"{self.context.settings.rep} · read-only")
            message = f"{store.where} is read-only: interviews can be browsed and replayed, nothing is saved."
            self.notify(message, severity="warning", timeout=20, markup=False)
        self._tame_the_collector()
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.refresh_unfinished()
        # An interview begun while the store worker was past its own look at `_waiting`.
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._attach_waiting(waiting, store)
        opening, self._opening = self._opening, None
        if opening is not None:
            self.open_screen(opening)

    def _tame_the_collector(self) -> None:
        """No full garbage collection in the middle of drawing an answer's consequences.

        bench/answer_frame.py found the slowest frames were Python's full collections (~100 ms,
        triggered by the allocations of a render). What start-up built lives as long as the app:
        frozen, collections never walk it. Full collections then run on a timer, not on the
        allocations that follow a key.
        """
        if self._gc_threshold is not None:
            return
        gc.freeze()
        self._gc_threshold = young, middle, full = gc.get_threshold()
        gc.set_threshold(young, middle, max(full, 1_000_000))
        self.set_interval(FULL_COLLECTION_EVERY, self._full_collection)

    def _full_collection(self) -> None:
        gc.collect()

    def _pending(self, new: NewInterview) -> Recording:
        from interview.recording import Recording

        return Recording.pending(
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

    def begin_interview(self, new: NewInterview) -> None:
        """Start an interview from the home screen's form.

        Submitted before the database is open (a quick rep, a slow disk, a browser tab just
        opened), it is shown at once and waits for the database, as `qualify new` does.
        """
        if self.store is not None:
            self._begin_attached(new)
            return
        recording = self._waiting = self._pending(new)
        if new.lang:
            self.lang = new.lang
        self.show_interview(recording)

    @work(thread=True, group="store", exit_on_error=False)
    def _begin_attached(self, new: NewInterview) -> None:
        assert self.store is not None
        recording = self._pending(new)
        try:
            recording.attach(self.store)
        except StorageError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=30, markup=False)
            return
        if new.lang:
            self.call_from_thread(setattr, self, "lang", new.lang)
        self.call_from_thread(self.show_interview, recording)

    @work(thread=True, group="store", exit_on_error=False)
    def _attach_waiting(self, recording: Recording, store: Store) -> None:
        try:
            recording.attach(store)
        except StorageError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=30, markup=False)

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

    # --- managers' screens: each loads what it shows in its own workers ------------------------

    def open_screen(self, opening: OpenScreen) -> None:
        """Push a manager's screen by name (from the command line, the home screen or the browser)."""
        if self.store is None and opening.name not in BANKS_ONLY:
            self._opening = opening  # it reads the database: wait for it instead of failing
            self.notify("Opening the database…", timeout=3)
            return
        if opening.name == "learn":
            from interview.tui.screens.learn import LearnScreen

            self.push_screen(LearnScreen.opened(opening))
        elif opening.name == "quiz":
            from interview.tui.screens.quiz import QuizScreen

            self.push_screen(QuizScreen.opened(opening))
        elif opening.name == "browser":
            from interview.tui.screens.browser import BrowserScreen

            self.push_screen(BrowserScreen())
        elif opening.name == "replay":
            from interview.tui.screens.replay import ReplayScreen

            self.push_screen(ReplayScreen(opening.ids[0]))
        elif opening.name == "compare":
            from interview.tui.screens.compare import CompareScreen

            self.push_screen(CompareScreen(opening.ids[0], opening.ids[1]))
        elif opening.name == "dashboard":
            from interview.tui.screens.dashboard import DashboardScreen

            self.push_screen(DashboardScreen())
        elif opening.name == "practice":  # the run is recorded: started in a worker, then shown
            from interview.tui.screens.practice import open_practice

            open_practice(self, opening)
        else:
            raise ValueError(f"no screen named {opening.name!r}")

    def open_browser(self) -> None:
        self.open_screen(OpenScreen("browser"))

    def open_replay(self, interview_id: int) -> None:
        self.open_screen(OpenScreen("replay", (interview_id,)))

    def open_compare(self, first: int, second: int) -> None:
        self.open_screen(OpenScreen("compare", (first, second)))

    def open_dashboard(self) -> None:
        self.open_screen(OpenScreen("dashboard"))

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

    # --- stops and failures: nothing typed is lost ---------------------------------------------

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in STOP_SIGNALS:
            # Not the main thread (an embedding program) or no signals (Windows): default handling.
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._stop_signal, signum)
                self._signals.append(signum)

    def _remove_signal_handlers(self) -> None:
        with contextlib.suppress(RuntimeError):
            loop = asyncio.get_running_loop()
            for signum in self._signals:
                loop.remove_signal_handler(signum)
        self._signals.clear()

    def _stop_signal(self, signum: int) -> None:
        """SIGTERM/SIGHUP: the draft is written before anything else, then Textual's own exit."""
        if self._stopping:
            return
        self._stopping = True
        self.save_drafts()
        self.exit(return_code=128 + signum)

    async def action_quit(self) -> None:
        """Ctrl+Q: what is typed in an interview's fields is kept as a draft, as on SIGTERM."""
        if not self._stopping:
            self._stopping = True
            self.save_drafts()
        await super().action_quit()

    async def _on_exit_app(self) -> None:
        # Any other way out (a closed browser tab sends "quit"): the typed fields are kept too.
        if not self._stopping:
            self._stopping = True
            self.save_drafts()
        await super()._on_exit_app()

    def save_drafts(self) -> None:
        """Write what is typed on interview screens, synchronously (shutting down: may block briefly)."""
        from interview.tui.screens.interview import InterviewScreen

        for screen in self.screen_stack:
            if isinstance(screen, InterviewScreen):
                try:
                    screen.save_draft()
                except Exception as exc:  # a broken screen must not stop the others or the exit
                    self.log_crash(exc, "saving the draft")

    def log_crash(self, error: BaseException, where: str) -> Path | None:
        from interview.crash_log import write_crash_log

        try:
            path = write_crash_log(error, where)
        except OSError:  # no log folder (read-only home...): the error still shows on screen
            return None
        self.crash_logs.append(path)
        return path

    def worker_failed(self, worker: Worker[Any]) -> None:
        """A worker raised (exit_on_error=False): tell the rep, keep the traceback in the crash log."""
        error = worker.error
        if error is None:
            return
        path = self.log_crash(error, f"worker {worker.name!r}")
        where = f" (details: {path})" if path else ""
        message = printable(f"Something went wrong: {type(error).__name__}: {error}{where}")
        self.notify(message, severity="error", timeout=30, markup=False)

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        # Worker.StateChanged does not bubble: screens forward theirs to worker_failed.
        if event.state is WorkerState.ERROR:
            self.worker_failed(event.worker)

    def _handle_exception(self, error: Exception) -> None:
        """A handler raised: log it and save the draft, then exit as Textual does.

        The UI may be inconsistent after a handler bug; committed answers are on disk already, so
        leaving cleanly with the draft saved is the safe choice.
        """
        if not self._stopping:
            self._stopping = True
            self.log_crash(error, "the app")
            self.save_drafts()
        super()._handle_exception(error)

    def _print_error_renderables(self) -> None:
        super()._print_error_renderables()  # after exit: the terminal is the shell's again
        for path in self.crash_logs:
            self.error_console.print(
                f"qualify: crash log written to {path}", markup=False, highlight=False, soft_wrap=True
            )

    def on_unmount(self) -> None:
        self._remove_signal_handlers()
        if self.store is not None:
            self.store.close()
        if self._gc_threshold is not None:  # the process may go on (tests, an embedding program)
            gc.set_threshold(*self._gc_threshold)
            gc.unfreeze()
