"""Kill the real `qualify new` at random moments: nothing shown as saved is ever lost.

Each run starts the real program in a pty, answers a few questions by typing, and is killed
(SIGKILL, SIGTERM or SIGHUP) at a seeded random moment. Then, reading the database directly:
every answer whose "Saved: <question>" reached the screen is there, the file is sound, and the
interview resumes at a question not yet answered. SIGTERM/SIGHUP must also save the draft being
typed and leave the terminal as Textual leaves it on a normal exit.

A process can be killed only once, so the runs are short and several run at a time.
"""

from __future__ import annotations

import atexit
import datetime as dt
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from unittest import mock

import pytest

from interview.answer_input import parse_answer
from interview.app_factory import build_context
from interview.engine.engine import Engine
from interview.engine.state import AnswerGiven
from interview.settings import load_settings

from .conftest import ROOT
from .pty_app import PtyApp

SIGNALS = (signal.SIGKILL, signal.SIGTERM, signal.SIGHUP)
RUNS = 51  # 17 of each signal
BATCHES = 3  # tests, for xdist to spread when it can
AT_ONCE = 4  # processes alive at a time within a batch
STEPS = 5  # questions planned per run; a run is killed before or during one of them
ANSWERS = {"text": "Quotes take three days", "number": "4", "money": "50k€", "date": "2030-03-31"}
KEYS = {"choice": "1", "scale": "3", "yes_no": "y"}
DRAFT = "they mentioned a pilot in"
RESTORED_ON_EXIT = b"\x1b[?1049l"  # Textual leaves the alternate screen on its normal exit
CURSOR_SHOWN = b"\x1b[?25h"


@dataclass(frozen=True)
class Step:
    question_id: str
    text: str  # the question as shown
    keys: tuple[str, ...]  # what the rep types to answer it


# One bank cache for every run, as a rep's machine has: a cold cache is not what is tested here.
CACHE = Path(tempfile.mkdtemp(prefix="qualify-kills-cache-"))
atexit.register(shutil.rmtree, CACHE, ignore_errors=True)


def _settings(home: Path, url: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(CACHE),
        "QUALIFY_DATABASE_URL": url,
        "QUALIFY_REP": "Camille",
        "QUALIFY_LANG": "en",
    }


@cache
def _engine() -> Engine:
    with tempfile.TemporaryDirectory() as folder:
        env = _settings(Path(folder), f"sqlite:///{folder}/plan.db")
        with mock.patch.dict(os.environ, {"XDG_CACHE_HOME": str(CACHE)}):  # warms the runs' cache
            return build_context(load_settings({}, env)).engine()


@cache
def _plan() -> tuple[Step, ...]:
    """The questions `qualify new --framework bant` asks in turn when each is answered as planned."""
    engine = _engine()
    today = dt.date.today()
    events: list[AnswerGiven] = []
    steps: list[Step] = []
    for _ in range(STEPS):
        judgement = engine.evaluate(["bant"], events, today, None).judgements[0]
        question = engine.index.questions[judgement.next_questions[0].question_id]
        if question.kind in KEYS:
            keys: tuple[str, ...] = (KEYS[question.kind],)
            raw = True if question.kind == "yes_no" else KEYS[question.kind]
            value = raw if question.kind == "yes_no" else parse_answer(question, str(raw), today)
        else:
            keys = (ANSWERS[question.kind], "enter")
            value = parse_answer(question, ANSWERS[question.kind], today)
        events.append(AnswerGiven(question.id, value, float(len(events))))
        steps.append(Step(question.id, question.text.get("en"), keys))
    return tuple(steps)


@dataclass
class Outcome:
    seed: int
    signum: int
    saved_on_screen: list[str]
    draft_typed: str | None  # on screen when a draft-saving signal came
    typing: str  # the answer being typed when the signal came, if any (Enter may not have been read)
    output: bytes
    after_kill: int  # where the output stood when the signal was sent
    status: int | None
    url: str
    db: Path


def _run(seed: int, folder: Path) -> Outcome:
    rng = random.Random(seed)
    signum = SIGNALS[seed % len(SIGNALS)]
    plan = _plan()
    home = folder / "home"
    home.mkdir(parents=True)
    db = folder / "q.db"
    url = f"sqlite:///{db}"
    argv = [sys.executable, "-m", "interview", "new", "--lead", f"Lead {seed}", "--framework", "bant"]
    graceful = signum != signal.SIGKILL
    kill_at = rng.randrange(len(plan) - 1)  # the step during which the signal comes
    draft_typed = None
    typing = ""
    with PtyApp(argv, _settings(home, url), cwd=str(ROOT)) as app:
        if not graceful and rng.random() < 0.15:  # before the first frame or the database opens
            time.sleep(rng.uniform(0.1, 0.8))
        else:
            app.wait_for(plan[0].text)
            for index, step in enumerate(plan):
                mark = len(app.raw)
                if index < kill_at:
                    app.send(*step.keys)
                    app.wait_for(f"Saved: {step.text}", start=mark)
                    continue
                if graceful and step.keys[-1] == "enter" and rng.random() < 0.6:
                    draft_typed = DRAFT + f" {seed}"  # typed, not submitted: the draft to keep
                    app.send(draft_typed)
                    app.wait_for(draft_typed, start=mark)
                else:
                    # The text, or the one key of an option: either may still be in the field
                    # (not yet handled) when the signal comes, and is then kept as the draft.
                    typing = step.keys[0]
                    app.send(*step.keys)
                    time.sleep(rng.choice((0.0, rng.uniform(0.0, 0.2))))  # during the save or after
                break
        after_kill = len(app.raw)
        app.kill(signum)
        # A handler may wait for the database to open; under a full parallel suite on 2 cores one
        # exit once took over 20 s (alone: under 2 s). A hang would still fail here.
        status = app.wait_exit(45.0)
        screen = app.screen()
        output = bytes(app.raw)
    saved = [s.question_id for s in plan if f"Saved: {s.text}" in screen]
    return Outcome(seed, signum, saved, draft_typed, typing, output, after_kill, status, url, db)


def _check(outcome: Outcome) -> None:
    from interview.recording import Recording
    from storage.repository import Store

    where = f"seed {outcome.seed}, {signal.Signals(outcome.signum).name}"
    graceful = outcome.signum != signal.SIGKILL
    if graceful:
        assert outcome.status is not None, f"{where}: did not exit"
        tail = outcome.output[outcome.after_kill :]
        assert RESTORED_ON_EXIT in tail and CURSOR_SHOWN in tail, f"{where}: terminal not restored"
    if not outcome.db.exists():
        assert not outcome.saved_on_screen, f"{where}: shown as saved, no database"
        return
    connection = sqlite3.connect(outcome.db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",), where
        rows = connection.execute("SELECT kind, question_id, payload FROM events ORDER BY seq").fetchall()
        interviews = connection.execute("SELECT id FROM interviews").fetchall()
    finally:
        connection.close()
    answered = [q for kind, q, _ in rows if kind in ("answer_given", "answer_changed")]
    for question_id in outcome.saved_on_screen:
        assert question_id in answered, f"{where}: {question_id} shown as saved, not in the database"
    drafts = [json.loads(p) for kind, _, p in rows if kind == "note" and json.loads(p).get("draft")]
    texts = [d["text"] for d in drafts]
    if outcome.draft_typed is not None:
        assert texts == [outcome.draft_typed], f"{where}: drafts {drafts}"
    else:  # a signal between the text and its Enter: that text is the draft; never a saved answer
        assert all(outcome.typing.startswith(t) for t in texts) and len(texts) <= 1, f"{where}: {drafts}"
    if not interviews:
        return
    store = Store.open(outcome.url)
    try:
        (interview_id,) = interviews[0]
        assert interview_id in [i.id for i in store.unfinished()], f"{where}: not offered again"
        recording = Recording.resume(store, _engine(), interview_id)
        state = recording.state()
        judgement = recording.judgements()[0]
        upcoming = [n.question_id for n in judgement.next_questions]
        assert upcoming, where
        questions = recording.engine.index.questions
        assert questions[upcoming[0]].key not in state.answers, f"{where}: resumes at an answered question"
        if outcome.draft_typed is not None:
            assert recording.draft is not None and recording.draft.answer == outcome.draft_typed, where
    finally:
        store.close()


@pytest.mark.parametrize("batch", range(BATCHES))
def test_killed_at_random_moments_loses_nothing_shown_as_saved(batch: int, tmp_path: Path) -> None:
    seeds = range(batch, RUNS, BATCHES)
    _plan()  # built once, before the threads
    with ThreadPoolExecutor(AT_ONCE) as pool:
        outcomes = list(pool.map(lambda seed: _run(seed, tmp_path / f"run{seed}"), seeds))
    for outcome in outcomes:
        _check(outcome)
    # The runs did reach the moments that matter: answers confirmed before some kills, drafts typed.
    assert any(o.saved_on_screen for o in outcomes)
    if any(o.signum != signal.SIGKILL for o in outcomes):
        assert any(o.draft_typed for o in outcomes)
