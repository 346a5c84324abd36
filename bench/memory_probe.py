"""One measured process for bench/memory.py: run a session headless, print its peak RSS in MB.

python -m bench.memory_probe minimal|interview
"""

from __future__ import annotations

import asyncio
import resource
import sys

FRAMEWORKS = ("bant", "champ", "meddic", "gpctba_ci", "anum", "faint", "soncase", "icp")
TYPED = {"number": "12", "money": "50k€", "date": "2027-03-31", "text": "Quotes take three days"}


async def minimal() -> None:
    from bench.minimal_app import Minimal

    app = Minimal()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab")


async def interview(database: str, answers: int = 60) -> None:
    from interview.app_factory import NewInterview, build_context
    from interview.settings import load_settings
    from interview.tui.app import QualifyApp
    from interview.tui.screens.interview import InterviewScreen

    url = f"sqlite:///{database}"
    settings = load_settings({"rep": "Bench", "database_url": url, "lang": "en"}, {})
    app = QualifyApp(build_context(settings), start=NewInterview("Memory", "Bench Inc", FRAMEWORKS))
    async with app.run_test(size=(120, 36)) as pilot:
        while not (isinstance(app.screen, InterviewScreen) and app.store is not None):
            await pilot.pause()
        screen = app.screen
        questions = [q for b in FRAMEWORKS for q in app.engine.banks[b].questions()]
        for question in questions[:answers]:
            screen.ask(question.id)
            raw = {"yes_no": "y", "multi_choice": "1", "choice": "1", "scale": "3"}.get(question.kind)
            worker = screen._save(question.id, raw or TYPED[question.kind])
            await worker.wait()
            await pilot.pause()
        assert len(screen.recording.events) >= answers * 0.9, "answers were not recorded"


def main() -> None:
    if sys.argv[1] == "interview":
        asyncio.run(interview(sys.argv[2]))
    else:
        asyncio.run(minimal())
    print(f"{peak_megabytes():.1f}")


def peak_megabytes() -> float:
    """This process's peak resident memory. VmHWM belongs to the process image, so it starts afresh
    at exec; ru_maxrss would inherit the peak of the process that forked this one."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


if __name__ == "__main__":
    main()
