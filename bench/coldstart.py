"""Cold start: process start to the first full frame of `qualify new --lead X --framework bant`.

Both programs run in a fresh pseudo-terminal of the same size, started the same way (a Python
process), alternating. The baseline is a minimal Textual app (Header, Label, Footer). qualify's
frame is full when the first question, the signals panel and the footer's keys are painted. The
bank cache is warm (a rep's every start but the first after an install), the database is a new
SQLite file at the default per-user path: opening it is not on the fast path by design.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import Row, alternate
from bench.terminal import time_to_frame

HERE = Path(__file__).resolve().parent
SIZE = (120, 36)


def _markers() -> list[str]:
    from interview.engine.engine import Engine
    from interview.engine.state import InterviewState
    from interview.tui.i18n import t
    from question_banks.catalog import discover

    catalog = discover()
    engine = Engine({b.id: b for b in catalog.banks()})
    [judgement] = engine.judge_all(["bant"], InterviewState())
    first = engine.index.questions[judgement.next_questions[0].question_id]
    return [first.text.en[:24], t("no_signal", "en"), "f10"]


def qualify_command() -> list[str]:
    script = shutil.which("qualify")
    return [script] if script else [sys.executable, "-m", "interview"]


def run(quick: bool) -> list[Row]:
    markers = _markers()
    with tempfile.TemporaryDirectory(prefix="qualify-bench-") as home:
        env = {
            # A user's installed app has its bytecode cached: so do both programs here.
            **{
                k: v
                for k, v in os.environ.items()
                if not k.startswith(("QUALIFY_", "XDG_")) and k != "PYTHONDONTWRITEBYTECODE"
            },
            "HOME": home,
            "XDG_DATA_HOME": f"{home}/data",
            "XDG_CACHE_HOME": f"{home}/cache",
            "XDG_CONFIG_HOME": f"{home}/config",
            "QUALIFY_LANG": "en",
            "QUALIFY_REP": "Bench",
        }
        ours = [*qualify_command(), "new", "--lead", "X", "--framework", "bant"]
        minimal = [sys.executable, str(HERE / "minimal_app.py")]

        def measured() -> float:
            return time_to_frame(ours, markers, env=env, size=SIZE).seconds * 1000

        def baseline() -> float:
            return time_to_frame(minimal, ["minimal-ready", "Quit"], env=env, size=SIZE).seconds * 1000

        figure, base = alternate(5 if quick else 15, measured, baseline, warmup=1)
    return [
        Row(
            "cold start: qualify new → first full frame",
            figure,
            base,
            baseline_name="minimal Textual app",
            goal_ratio=1.3,
            note="pty 120x36, warm bank cache, new SQLite file",
        )
    ]
