"""The replay's timeline: the call as a bar, its events, signals and review comments marked on it.

Three rows: signal and comment marks above, the bar with event ticks and the playhead, then the
clock at both ends. A click on any row seeks there.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text as RichText
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from interview.exports import clock
from interview.replay import Moment, Timeline

# What a mark shows, strongest first: one column holds one mark, the strongest wins.
MARKS = {"red_flag": ("✖", "bold red"), "warning": ("!", "yellow"), "positive": ("+", "green")}
COMMENT_MARK = ("✎", "bold magenta")
RANK = {"red_flag": 0, "comment": 1, "warning": 2, "positive": 3}


class TimelineBar(Widget, can_focus=False):
    """Draws a `Timeline` at `position` (seconds); posts `Seek` when clicked."""

    DEFAULT_CSS = """
    TimelineBar {
        height: 3;
        padding: 0 1;
    }
    """

    position: reactive[float] = reactive(0.0)

    @dataclass
    class Seek(Message):
        seconds: float

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.timeline: Timeline | None = None

    def show(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.refresh()

    def _column(self, seconds: float, width: int, duration: float) -> int:
        if duration <= 0:
            return 0
        return min(width - 1, max(0, int(seconds / duration * (width - 1) + 0.5)))

    def render(self) -> RichText:
        width = max(10, self.content_size.width)
        timeline = self.timeline
        if timeline is None:
            return RichText("")
        duration = timeline.duration
        marks: dict[int, tuple[int, str, str]] = {}  # column -> (rank, glyph, style)

        def mark(seconds: float, kind: str, glyph: str, style: str) -> None:
            column = self._column(seconds, width, duration)
            if column not in marks or RANK[kind] < marks[column][0]:
                marks[column] = (RANK[kind], glyph, style)

        ticks: set[int] = set()
        for moment in timeline.moments[1:]:
            ticks.add(self._column(moment.at, width, duration))
            for bank_id, signal_id in moment.fired:
                kind = _kind(moment, bank_id, signal_id)
                glyph, style = MARKS.get(kind, ("?", ""))
                mark(moment.at, kind, glyph, style)
        for comment in timeline.comments:
            mark(comment.at, "comment", *COMMENT_MARK)
        head = self._column(self.position, width, duration)
        top = RichText(no_wrap=True)
        bar = RichText(no_wrap=True)
        for column in range(width):
            if column in marks:
                _rank, glyph, style = marks[column]
                top.append(glyph, style=style)
            else:
                top.append(" ")
            if column == head:
                bar.append("●", style="bold reverse")
            else:
                played = column < head
                bar.append("┃" if column in ticks else "━", style="bold cyan" if played else "dim")
        left, right = clock(self.position), clock(duration)
        gap = max(1, width - len(left) - len(right))
        foot = RichText(no_wrap=True)
        foot.append(left, style="bold")
        foot.append(" " * gap)
        foot.append(right, style="dim")
        return RichText("\n", no_wrap=True).join([top, bar, foot])

    def on_click(self, event: events.Click) -> None:
        timeline = self.timeline
        if timeline is None:
            return
        width = max(10, self.content_size.width)
        x = event.get_content_offset(self)
        column = x.x if x is not None else event.x
        fraction = min(1.0, max(0.0, column / (width - 1)))
        self.post_message(self.Seek(fraction * timeline.duration))


def _kind(moment: Moment, bank_id: str, signal_id: str) -> str:
    for j in moment.evaluation.judgements:
        if j.bank_id == bank_id:
            for s in j.signals:
                if s.id == signal_id:
                    return str(s.kind)
    return "positive"
