"""Issue 7, "No text acts": whatever people typed is shown as typed, never run, never sent raw.

Every string below tries something: Textual markup with a click action (escape() misses the second
one), a stray closing tag, ANSI CSI, an OSC 8 hyperlink, a bidi override, a one-byte C1 CSI.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.control import strip_control_codes
from textual.command import CommandPalette
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import OptionList, Static

from interview.app_factory import build_context
from interview.exports import export_markdown, md
from interview.recording import Recording
from interview.safe_text import printable
from interview.settings import load_settings
from interview.tui.app import QualifyApp
from interview.tui.screens import summary as summary_module
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.interview import InterviewScreen
from interview.tui.screens.summary import SummaryScreen
from storage.repository import Store

from .conftest import wait_until

CLICK = "[@click=app.quit]x[/]"
SPACED_CLICK = "[ @click=app.quit]y"
BOLD = "[bold]z"
CLOSE = "[/]"
CSI = "\x1b[31mred"
OSC8 = "\x1b]8;;http://evil\x07link\x1b]8;;\x07"
BIDI = "\u202eevil"
C1 = "\x9b31m"
HOSTILE = (CLICK, SPACED_CLICK, BOLD, CLOSE, CSI, OSC8, BIDI, C1)

LEAD = f"Ann {CLICK} {BIDI}"
COMPANY = f"Acme {SPACED_CLICK} {CSI}"
ROLE = f"CFO {BOLD} {C1}"
REP = f"Cam {CLOSE} {OSC8}"
ANSWER = " ".join(HOSTILE)
NOTE = f"note {BOLD} {OSC8}"
COMMENT = f"review {CLICK} {C1}"

# What must never reach the terminal: C0 (but newline/tab), DEL, C1, bidi controls.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def make_app(tmp_path: Path, env: dict[str, str], rep: str = "Camille") -> QualifyApp:
    flags = {"rep": rep, "lang": "en", "database_url": f"sqlite:///{tmp_path}/q.db"}
    return QualifyApp(build_context(load_settings(flags, env)))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{tmp_path}/q.db")
    yield store
    store.close()


def record_hostile(app: QualifyApp, store: Store, *, end: bool) -> Recording:
    recording = Recording.start(
        store,
        app.engine,
        app.context.catalog,
        lead_name=LEAD,
        company=COMPANY,
        role=ROLE,
        rep=REP,
        frameworks=["bant"],
        lang="en",
    )
    recording.clock = lambda: 0.0
    recording.answer("bant.need.pain", ANSWER)
    recording.note(NOTE)
    store.add_comment(recording.record.id, 0.0, REP, COMMENT)
    if end:
        recording.end()
    return recording


FRAME = str.maketrans("", "", "│▌▐▎▊")  # borders and toast bars, repeated on every wrapped line


def screen_strips(app: QualifyApp) -> list[Strip]:
    """What the terminal would show for the active screen (toasts included), line by line."""
    return app.screen._compositor.render_strips()


def screen_text(app: QualifyApp) -> str:
    return "\n".join(strip.text for strip in screen_strips(app))


def widget_texts(app: QualifyApp) -> list[str]:
    """The text of each visible widget's region, whitespace removed (wrapping cuts lines anywhere)."""
    strips = screen_strips(app)
    texts = []
    for region, _clip in app.screen._compositor.visible_widgets.values():
        rows = strips[region.y : region.bottom]
        text = "".join(strip.crop(region.x, region.right).text for strip in rows)
        texts.append("".join(text.translate(FRAME).split()))
    return texts


def assert_inert(app: QualifyApp, *expected: str) -> None:
    """No raw control reaches the screen and each expected text shows as typed (controls visible)."""
    shown = screen_text(app)
    assert not RAW_CONTROL.search(shown), repr(RAW_CONTROL.findall(shown))
    texts = widget_texts(app)
    for text in expected:
        # Rich and Textual drop BEL, BS, VT, FF and CR themselves where text was not escaped first.
        wanted = {"".join(printable(x).split()) for x in (text, strip_control_codes(text))}
        assert any(w in t for w in wanted for t in texts), screen_text(app)


async def click_all(app: QualifyApp, pilot, widgets: list[Widget]) -> None:  # type: ignore[no-untyped-def]
    """Click every cell of the first line of each widget: a wired @click would quit the app."""
    for widget in widgets:
        region = widget.content_region
        for x in range(0, min(region.width, 60), 3):
            await pilot.click(widget, offset=(x + widget.styles.gutter.left, widget.styles.gutter.top))
            assert app.is_running
        await pilot.pause()


async def test_hostile_text_is_shown_literally_everywhere(
    clean_env: dict[str, str], tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path, clean_env)
    async with app.run_test(size=(200, 40), notifications=True) as pilot:
        await wait_until(app, pilot, lambda: app.store is not None)
        record_hostile(app, store, end=True)
        unfinished = record_hostile(app, store, end=False)

        # Home: the unfinished and recent lists name the lead and the company.
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.refresh_unfinished()
        await wait_until(app, pilot, lambda: home.query_one("#recent", OptionList).option_count == 1)
        assert_inert(app, LEAD, COMPANY)
        await click_all(app, pilot, [home.query_one("#unfinished"), home.query_one("#recent")])
        assert isinstance(app.screen, (HomeScreen, InterviewScreen, SummaryScreen))

        # The interview, resumed: title, the text answer shown as the current one, the rep.
        app.resume_interview(unfinished.record.id)
        await wait_until(app, pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await wait_until(app, pilot, lambda: bool(screen.judgements))
        screen.ask("bant.need.pain")
        await pilot.pause()
        assert_inert(app, ANSWER, printable(LEAD).split(" ")[0])
        await click_all(app, pilot, [screen.query_one("#question")])

        # Notes: what is typed shows back in the suggestions as typed.
        notes = screen.query_one("#notes")
        notes.focus()
        await pilot.press(*"20k EUR ", *"[@click=app.quit]x")
        await wait_until(app, pilot, lambda: bool(screen.suggestions))
        assert_inert(app, "[@click=app.quit]x")
        await click_all(app, pilot, [screen.query_one("#suggestions")])

        # The command palette: a hostile query highlights nothing that acts.
        await pilot.press("ctrl+p")
        await wait_until(app, pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"[@click=app.quit]problem")
        await wait_until(app, pilot, lambda: "[@click=app.quit]problem" in screen_text(app))
        assert_inert(app)
        await pilot.press(*["backspace"] * 30, *"main problem")
        await wait_until(app, pilot, lambda: "main problem you are" in screen_text(app))
        assert_inert(app, "What is the main problem")
        await pilot.press("escape")
        await wait_until(app, pilot, lambda: isinstance(app.screen, InterviewScreen))

        # The summary, and a notification that quotes what was typed.
        await app.push_screen(SummaryScreen(unfinished))
        await wait_until(app, pilot, lambda: app.screen.query_one("#summary-head", Static).visual is not None)
        summary = app.screen
        assert_inert(app, printable(LEAD).split(" ")[0], "[@click=app.quit]x[/]")
        await click_all(app, pilot, [summary.query_one("#summary-head")])

        def failing(*_args: object) -> str:
            raise ValueError(f"cannot write {LEAD} {COMPANY}")

        monkeypatch.setitem(summary_module.EXPORTS, "md", failing)
        await pilot.press("m")
        await wait_until(app, pilot, lambda: bool(app._notifications))
        await wait_until(app, pilot, lambda: "cannot write" in screen_text(app))
        assert_inert(app, f"cannot write {LEAD} {COMPANY}")
        assert app.is_running


async def test_rep_name_in_the_header_is_inert(clean_env: dict[str, str], tmp_path: Path) -> None:
    app = make_app(tmp_path, clean_env, rep=REP)
    async with app.run_test(size=(200, 20)) as pilot:
        await wait_until(app, pilot, lambda: app.store is not None)
        assert_inert(app, REP)


def test_markdown_export_neutralises_markup_html_and_controls(
    clean_env: dict[str, str], tmp_path: Path, store: Store
) -> None:
    app = make_app(tmp_path, clean_env)
    recording = Recording.start(
        store,
        app.engine,
        app.context.catalog,
        lead_name="[x](javascript:alert(1)) " + BIDI,
        company="<img src=x onerror=alert(1)>",
        role=CSI,
        rep=OSC8,
        frameworks=["bant"],
        lang="en",
    )
    recording.answer("bant.need.pain", f"<script>alert(1)</script> {C1} ![i](http://evil/x.png)")
    recording.note("# heading\n- item &amp; <b>bold</b>")
    store.add_comment(recording.record.id, 0.0, "<i>rev</i>", f"`code` {CLICK}")
    text = export_markdown(store, app.engine, recording.record.id, "en")
    assert not RAW_CONTROL.search(text)
    assert "\\u202e" in text and "\\x1b" in text and "\\x9b" in text
    assert "](" not in text.replace("\\](", "")  # no link or image syntax left unescaped
    assert not re.search(r"(?<!\\)<[a-zA-Z/]", text)  # no HTML tag
    assert "&amp;" not in text.replace("\\&amp;", "")  # entities shown, not decoded
    assert "\n# heading" not in text and "\n- item" not in text  # a note stays one list item
    assert "\\[x\\](javascript:alert(1))" in text
    assert "\\<img src=x onerror=alert(1)\\>" in text


@pytest.mark.parametrize("text", [*HOSTILE, "[x](javascript:alert(1))", "<img src=x onerror=alert(1)>"])
def test_md_shows_the_text_and_nothing_else(text: str) -> None:
    line = md(text)
    assert not RAW_CONTROL.search(line)
    assert re.sub(r"\\(.)", r"\1", line) == printable(text).replace("\\x", "x").replace("\\u", "u") or (
        "\\x" in printable(text) or "\\u" in printable(text)
    )


def test_printable_shows_every_control() -> None:
    assert printable(CSI) == "\\x1b[31mred"
    assert printable(C1) == "\\x9b31m"
    assert printable(BIDI) == "\\u202eevil"
    assert printable("\u2066a\u2069\u202ab\u202c") == "\\u2066a\\u2069\\u202ab\\u202c"
    assert printable("tab\tand\nnewline stay") == "tab\tand\nnewline stay"
    assert printable("Zoé · 李") == "Zoé · 李"
