"""`qualify serve` in a real browser: time to the first screen, and memory per session.

Two servers run the same server code (interview/web): one serves qualify, the baseline serves the
minimal Textual app (bench/minimal_app.py). Debian's Chromium, headless, driven by Playwright,
opens the printed address; the time runs from the navigation to the frame that carries the first
screen's marker text (the token exchange, the page and its files, the WebSocket, the app process
starting and painting). Memory: three tabs open at once, the resident memory of their app
processes, per tab.

    python -m bench.serve server qualify|minimal   # one server (what the benchmark starts)
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import Figure, Row
from bench.terminal import plain

if TYPE_CHECKING:
    import psutil

MARKERS = {"qualify": "New interview", "minimal": "minimal-ready"}
TABS = 3
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# As root in a container, with no network: no sandbox, no background calls to Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def _server(kind: str, env: dict[str, str]) -> Iterator[tuple[str, int]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.serve", "server", kind],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip(), proc.pid
    finally:
        proc.terminate()
        proc.wait(15)


def app_processes(server_pid: int) -> list[psutil.Process]:
    """Live app processes started by the server `server_pid`, found by the variable it sets in
    their environment: still found after the server was killed (zombies count as ended)."""
    import psutil

    from interview.web.parent_watch import PARENT_ENV

    found = []
    for process in psutil.process_iter():
        try:
            if process.status() != psutil.STATUS_ZOMBIE and process.environ().get(PARENT_ENV) == str(
                server_pid
            ):
                found.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def _apps(server_pid: int) -> list[int]:
    return [process.pid for process in app_processes(server_pid)]


def _wait_gone(server_pid: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while _apps(server_pid) and time.monotonic() < deadline:
        time.sleep(0.05)


class _Tab:
    def __init__(self, context, url: str, marker: str) -> None:  # type: ignore[no-untyped-def]
        self.frames = bytearray()
        self.page = context.new_page()
        self.page.on("websocket", lambda ws: ws.on("framereceived", self._frame))
        start = time.perf_counter()
        self.page.goto(url)
        while marker not in plain(bytes(self.frames)):
            if time.perf_counter() - start > 30:
                raise TimeoutError(f"{marker!r} never showed")
            self.page.wait_for_timeout(5)
        self.seconds = time.perf_counter() - start

    def _frame(self, data: bytes | str) -> None:
        if isinstance(data, bytes):
            self.frames.extend(data)


def run(quick: bool) -> list[Row]:
    import psutil
    from playwright.sync_api import sync_playwright

    runs = 2 if quick else 7
    first: dict[str, list[float]] = {"qualify": [], "minimal": []}
    memory: dict[str, list[float]] = {"qualify": [], "minimal": []}
    import tempfile

    with tempfile.TemporaryDirectory(prefix="qualify-bench-serve-") as folder:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QUALIFY_")}
        env.update(HOME=folder, XDG_DATA_HOME=f"{folder}/data", XDG_CONFIG_HOME=f"{folder}/config")
        env["QUALIFY_DATABASE_URL"] = f"sqlite:///{Path(folder) / 'serve.db'}"
        subprocess.run(
            [sys.executable, "-m", "interview", "db", "upgrade"], env=env, check=True, capture_output=True
        )
        with (
            sync_playwright() as playwright,
            _server("qualify", env) as (ours, ours_pid),
            _server("minimal", env) as (base, base_pid),
        ):
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            servers = {"qualify": (ours, ours_pid), "minimal": (base, base_pid)}
            for kind in ("qualify", "minimal"):  # warm the disk cache and Chromium once, unmeasured
                context = browser.new_context(viewport={"width": 1280, "height": 800})
                _Tab(context, servers[kind][0], MARKERS[kind])
                context.close()
                _wait_gone(servers[kind][1])
            for _ in range(runs):  # alternating, like every other baseline
                for kind, (url, pid) in servers.items():
                    # A new browser profile each time: nothing cached from the previous run.
                    context = browser.new_context(viewport={"width": 1280, "height": 800})
                    first[kind].append(_Tab(context, url, MARKERS[kind]).seconds * 1000)
                    context.close()
                    _wait_gone(pid)
            for kind, (url, pid) in [*servers.items()] * (1 if quick else 3):
                context = browser.new_context(viewport={"width": 1280, "height": 800})
                for _ in range(TABS):
                    _Tab(context, url, MARKERS[kind])
                time.sleep(1.0)  # let start-up work settle (the store opens after the first frame)
                pids = _apps(pid)
                assert len(pids) == TABS, pids
                total = sum(psutil.Process(p).memory_info().rss for p in pids)
                memory[kind].append(total / TABS / 2**20)
                context.close()
                _wait_gone(pid)
            browser.close()
    return [
        Row(
            "serve: browser time to first screen (token page → home painted)",
            Figure("ms", tuple(first["qualify"])),
            Figure("ms", tuple(first["minimal"])),
            baseline_name="minimal Textual app, same server",
            note="reported: headless Chromium, a new profile per run; includes the app process start",
        ),
        Row(
            f"serve: memory per browser session ({TABS} tabs, app process RSS)",
            Figure("MB", tuple(memory["qualify"])),
            Figure("MB", tuple(memory["minimal"])),
            baseline_name="minimal Textual app, same server",
            note="reported: one app process per tab; the server itself is shared",
        ),
    ]


def _serve_one(kind: str) -> None:
    from interview.web.options import ServeOptions
    from interview.web.server import QualifyServer, serve

    argv = (
        [sys.executable, "-m", "interview"]
        if kind == "qualify"
        else [sys.executable, "-m", "bench.minimal_app"]
    )
    server = QualifyServer(ServeOptions(port=0, max_sessions=TABS + 1), argv)
    asyncio.run(serve(server, announce=lambda s: print(s.access_url, flush=True)))


if __name__ == "__main__":
    if sys.argv[1:2] != ["server"] or sys.argv[2:] not in (["qualify"], ["minimal"]):
        raise SystemExit("usage: python -m bench.serve server qualify|minimal")
    _serve_one(sys.argv[2])
