"""Answer to screen: from the key that records an answer to the frame showing its consequences.

A pilot (headless Textual, the real app on a real SQLite file) runs one interview over all eight
banks and records 200 answers: an option question answers with one key, the other kinds with
Enter after the text is in the field. The clock starts when the key reaches the app's driver and
stops after the refresh that follows the judgement of the saved answer: the frame showing the
updated signals, scores and next question. The baseline is Textual's own floor measured the same
way: a key that updates a label.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input, Label

from bench.common import Figure, Row

ANSWERS = 200
TRACE = False  # print each sample (to find where a tail comes from)
FRAMEWORKS = ("bant", "champ", "meddic", "gpctba_ci", "anum", "faint", "soncase", "icp")
TYPED = {
    "number": "12",
    "money": "50k€",
    "date": "2027-03-31",
    "text": "Quotes take three days; we lose deals",
}


def _key(app: App[Any], key: str) -> None:
    """Hand one key to the driver as the terminal would, without the pilot's waiting."""
    char = key if len(key) == 1 else ("\r" if key == "enter" else None)
    event = events.Key(key, char)
    event.set_sender(app)
    assert app._driver is not None
    app._driver.send_message(event)


async def _qualify(quick: bool, folder: Path) -> list[float]:
    from interview.app_factory import NewInterview, build_context
    from interview.settings import load_settings
    from interview.tui.app import QualifyApp
    from interview.tui.screens.interview import InterviewScreen, Judged

    painted = asyncio.Event()
    stamps: list[float] = []

    class TimedScreen(InterviewScreen):
        def on_judged(self, message: Judged) -> None:
            super().on_judged(message)
            if message.saving:  # the frame with the answer's consequences
                self.call_after_refresh(lambda: stamps.append(time.perf_counter()))
            elif message.saved:  # the next answer waits for this one to be on disk
                self.call_after_refresh(painted.set)

    class TimedApp(QualifyApp):
        def show_interview(self, recording: Any) -> None:
            self.push_screen(TimedScreen(recording))

    settings = load_settings(
        {"rep": "Bench", "database_url": f"sqlite:///{folder}/bench.db", "lang": "en"}, {}
    )
    app = TimedApp(build_context(settings), start=NewInterview("Bench lead", "Bench Inc", FRAMEWORKS))
    latencies: list[float] = []
    count = 60 if quick else ANSWERS
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(400):
            await pilot.pause()
            if isinstance(app.screen, TimedScreen) and app.screen.judgements and app.store is not None:
                break
        screen = app.screen
        assert isinstance(screen, TimedScreen), "the interview screen never opened"
        questions = [q for b in FRAMEWORKS for q in app.engine.banks[b].questions()]
        answer = screen.query_one("#answer", Input)
        for n in range(count + 5):  # the first five warm up
            question = questions[n % len(questions)]
            screen.ask(question.id)
            if question.kind == "yes_no":
                key = "y"
            elif question.kind in ("choice", "scale"):
                key = "1"
            else:
                answer.value = "1" if question.kind == "multi_choice" else TYPED[question.kind]
                key = "enter"
            await pilot.pause()
            painted.clear()
            start = time.perf_counter()
            _key(app, key)
            await asyncio.wait_for(painted.wait(), timeout=10)
            if n >= 5:
                latencies.append((stamps[-1] - start) * 1000)
                if TRACE:
                    print(f"{n:4d} {question.kind:12s} {latencies[-1]:7.2f} {question.id}")
    return latencies


class _Floor(App[None]):
    """Textual's key-to-frame floor: a key in an Input updates a Label."""

    def compose(self) -> ComposeResult:
        yield Input(id="field")
        yield Label("0", id="out")

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#out", Label).update(str(len(event.value)))
        self.call_after_refresh(self.painted)

    def painted(self) -> None:
        self.stamps.append(time.perf_counter())
        self.event.set()


async def _floor(count: int) -> list[float]:
    app = _Floor()
    app.stamps = []  # type: ignore[attr-defined]
    app.event = asyncio.Event()  # type: ignore[attr-defined]
    latencies: list[float] = []
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for n in range(count + 5):
            await pilot.pause()
            app.event.clear()  # type: ignore[attr-defined]
            start = time.perf_counter()
            _key(app, "x")
            await asyncio.wait_for(app.event.wait(), timeout=10)  # type: ignore[attr-defined]
            if n >= 5:
                latencies.append((app.stamps[-1] - start) * 1000)  # type: ignore[attr-defined]
    return latencies


def run(quick: bool) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="qualify-bench-") as folder:
        ours = asyncio.run(_qualify(quick, Path(folder)))
    floor = asyncio.run(_floor(60 if quick else ANSWERS))
    return [
        Row(
            f"answer to screen ({len(ours)} answers, 8 banks)",
            Figure("ms", tuple(ours)),
            Figure("ms", tuple(floor)),
            baseline_name="Textual key→frame floor",
            statistic="p99",
            goal_abs=16.0,
            note="includes the durable commit (fsync) of each answer",
        )
    ]
