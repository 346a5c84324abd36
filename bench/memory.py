"""Memory: peak resident memory of a session, against the minimal Textual app, each in a new process.

The interview session records 60 answers over all eight banks in the real app (headless, on an
existing SQLite file). The interview browser opens on 100,000 interviews (10,000 with --quick) and
scrolls through 3,000 of them, page by page, as a manager holding End would.

`python -m bench.memory browser DB ROWS` is the browser's measured process (the others are in
bench/memory_probe.py).
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Figure, Row

BROWSER_ROWS = 3_000
BROWSER_SIZES = {True: (10_000, 40_000), False: (100_000, 400_000)}  # interviews, events


def _peak(*args: str, module: str = "bench.memory_probe") -> float:
    out = subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return float(out.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[Row]:
    runs = 2 if quick else 5
    ours: list[float] = []
    browser: list[float] = []
    base: list[float] = []
    with tempfile.TemporaryDirectory(prefix="qualify-bench-") as folder:
        database = Path(folder) / "memory.db"
        # Created beforehand, as on every day but the first: creating it is a one-off migration.
        subprocess.run(
            [sys.executable, "-m", "interview", "db", "upgrade", "--db", f"sqlite:///{database}"],
            check=True,
            capture_output=True,
        )
        from bench.team_scale import build

        team = Path(folder) / "team.db"
        interviews, events = BROWSER_SIZES[quick]
        build(team, interviews, events)
        for _ in range(runs):  # alternating, like every other baseline
            ours.append(_peak("interview", str(database)))
            browser.append(_peak("browser", str(team), str(BROWSER_ROWS), module="bench.memory"))
            base.append(_peak("minimal"))
    return [
        Row(
            "memory: 60-answer interview session (peak RSS)",
            Figure("MB", tuple(ours)),
            Figure("MB", tuple(base)),
            baseline_name="minimal Textual app",
            goal_ratio=2.0,
        ),
        Row(
            f"memory: interview browser over {interviews:,} interviews, {BROWSER_ROWS:,} rows scrolled",
            Figure("MB", tuple(browser)),
            Figure("MB", tuple(base)),
            baseline_name="minimal Textual app",
            note="reported: keyset pages of 200 loaded as End is held, never all the rows; "
            "about 8 KB of resident memory per row shown",
        ),
    ]


async def browse(database: str, rows: int) -> None:
    """Open the browser headless on `database` and scroll until `rows` rows are loaded."""
    from interview.app_factory import OpenScreen, build_context
    from interview.settings import load_settings
    from interview.tui.app import QualifyApp
    from interview.tui.screens.browser import BrowserScreen

    settings = load_settings({"rep": "Bench", "database_url": f"sqlite:///{database}", "lang": "en"}, {})
    app = QualifyApp(build_context(settings), start=OpenScreen("browser"))
    async with app.run_test(size=(120, 36)) as pilot:
        while not (isinstance(app.screen, BrowserScreen) and app.screen.rows):
            await pilot.pause()
        screen = app.screen
        while len(screen.rows) < rows:
            loaded = len(screen.rows)
            await pilot.press("end")
            while len(screen.rows) == loaded and screen.next_after is not None:
                await pilot.pause()
            if screen.next_after is None:
                break
        assert len(screen.rows) >= min(rows, 1_000), "the browser did not page"


def main() -> None:
    from bench.memory_probe import peak_megabytes

    if sys.argv[1] != "browser":
        raise SystemExit("usage: python -m bench.memory browser DB ROWS")
    asyncio.run(browse(sys.argv[2], int(sys.argv[3])))
    print(f"{peak_megabytes():.1f}")


if __name__ == "__main__":
    main()
