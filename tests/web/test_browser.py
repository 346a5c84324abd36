"""The served app in a real browser: Debian's Chromium, headless, driven by Playwright.

A small smoke suite: the printed address opens the home screen, a short interview shows a
signal and is recorded, quitting ends the app; no token, a foreign page's WebSocket, and a third
tab beyond a cap of two are refused; nothing is left running afterwards. The screen is read from
the WebSocket frames the page receives (the terminal draws on a canvas).

Skipped where Chromium or Playwright is missing, unless QUALIFY_REQUIRE_BROWSER=1 (CI sets it).
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from bench.serve import CHROMIUM, CHROMIUM_ARGS  # one set of flags for the bench and the tests
from bench.terminal import plain
from tests.conftest import run_cli
from tests.web.served import Served, serve_env, wait_until

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None  # type: ignore[assignment]

if sync_playwright is None or not os.path.exists(CHROMIUM):
    if os.environ.get("QUALIFY_REQUIRE_BROWSER") == "1":
        raise RuntimeError("QUALIFY_REQUIRE_BROWSER=1 but Playwright or Chromium is missing")
    pytest.skip("needs Playwright and Chromium (.ci/chromium.sh installs them)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def served(clean_env: dict[str, str], tmp_path: Path) -> Iterator[Served]:
    env = serve_env(clean_env, tmp_path)
    with Served(env, "--max-sessions", "2") as server:
        yield server
        # After the test, nothing of the server is left: it stops promptly with its apps.
        server.signal(signal.SIGTERM)
        server.proc.wait(10)
        assert server.proc.returncode == 0
        assert not server.apps()


class Screen:
    """What a page's terminal was sent, as text."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.frames = bytearray()
        self.requests: list[str] = []
        self.failed: list[str] = []
        page.on("websocket", self._socket)
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("response", lambda response: response.status >= 400 and self.failed.append(response.url))

    def _socket(self, ws: Any) -> None:
        ws.on("framereceived", lambda data: self.frames.extend(data if isinstance(data, bytes) else b""))

    def mark(self) -> int:
        return len(self.frames)

    def wait_for(self, text: str, since: int = 0, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while text not in plain(bytes(self.frames[since:])):
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never showed: …{plain(bytes(self.frames[since:]))[-800:]}")
            self.page.wait_for_timeout(30)

    def key(self, key: str, expect: str, *, typed: bool = False) -> None:
        mark = self.mark()
        if typed:
            self.page.keyboard.type(key)
        else:
            self.page.keyboard.press(key)
        self.wait_for(expect, mark)


def test_a_short_interview_in_the_browser(browser: Browser, served: Served) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    screen = Screen(page)
    page.goto(served.url)
    assert page.url == served.base + "/"  # the token is gone from the address bar
    screen.wait_for("New interview")  # the home screen
    page.click("#terminal")
    screen.key("n", "Lead name")
    screen.key("Zoé Martin", "Martin", typed=True)
    screen.key("Control+s", "main problem")
    screen.key("Invoices typed twice", "twice", typed=True)
    screen.key("Enter", "✓ Saved")
    screen.key("1", "You are talking to a decider")  # the signal, live
    mark = screen.mark()
    page.keyboard.press("Control+q")
    page.wait_for_selector("body.-closed", state="attached", timeout=10_000)
    assert page.locator(".closed-dialog").is_visible()
    wait_until(lambda: not served.apps(), timeout=8)
    assert mark  # frames came before the quit
    # Everything the page loaded came from the server itself.
    assert screen.requests and all(url.startswith(served.base) for url in screen.requests), screen.requests
    assert not screen.failed
    listed = run_cli("interviews", "list", "--json", env=served.env)
    rows = json.loads(listed.stdout)
    assert [row["lead"] for row in rows] == ["Zoé Martin"]
    page.close()


class _Foreign(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def test_refusals_in_the_browser(browser: Browser, served: Served, tmp_path: Path) -> None:
    context = browser.new_context()
    # Without the token: refused, and told how to get in.
    page = context.new_page()
    response = page.goto(served.base + "/")
    assert response is not None and response.status == 401
    assert "access token" in page.content()
    page.goto(served.url)
    page.wait_for_selector("body.-first-byte", state="attached", timeout=20_000)
    # A page of another origin on this machine opens a WebSocket to the server: the cookie goes
    # along (same site), the Origin check refuses it.
    site = tmp_path / "foreign"
    site.mkdir()
    (site / "index.html").write_text('<!DOCTYPE html><script src="probe.js"></script>', encoding="utf-8")
    (site / "probe.js").write_text(
        f'const ws = new WebSocket("ws://127.0.0.1:{served.port}/ws?width=80&height=24");\n'
        'ws.onopen = () => { document.title = "open"; };\n'
        'ws.onerror = () => { document.title = "refused"; };\n',
        encoding="utf-8",
    )
    foreign = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Foreign, directory=str(site)))
    threading.Thread(target=foreign.serve_forever, daemon=True).start()
    try:
        probe = context.new_page()
        probe.goto(f"http://127.0.0.1:{foreign.server_address[1]}/")
        probe.wait_for_function("document.title !== ''", timeout=10_000)
        assert probe.title() == "refused"
    finally:
        foreign.shutdown()
    assert len(served.apps()) == 1  # only the first tab's app
    # A second tab is fine, a third is beyond the cap of two.
    second = context.new_page()
    second.goto(served.base + "/")
    second.wait_for_selector("body.-first-byte", state="attached", timeout=20_000)
    third = context.new_page()
    response = third.goto(served.base + "/")
    assert response is not None and response.status == 503
    assert "Close one, then reload" in third.content()
    assert len(served.apps()) == 2
    context.close()  # closing the tabs ends their apps
    wait_until(lambda: not served.apps(), timeout=8)
