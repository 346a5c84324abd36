"""Run a program in a pseudo-terminal and time it to the first frame showing given text.

A pty is a real terminal as far as the program knows (isatty, a window size, raw mode), without
tmux's own rendering in the measurement. The frame is "full" when every marker is on screen: the
markers are chosen from the parts of the screen that are painted last (the footer's keys, the
body's content).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# CSI, OSC and two-byte escapes: stripped so that text split by style changes reads whole again.
_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


class FrameTimeout(Exception):
    pass


@dataclass(frozen=True)
class Frame:
    seconds: float  # process start to the first output that completed the markers
    screen_text: str


def plain(data: bytes) -> str:
    return _ESCAPES.sub(b"", data).decode("utf-8", "replace")


def time_to_frame(
    argv: Sequence[str],
    markers: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    size: tuple[int, int] = (120, 36),
    timeout: float = 20.0,
) -> Frame:
    """Start `argv` in a fresh pty of `size` (columns, rows); stop it once every marker showed."""
    master, slave = os.openpty()
    columns, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    # `env` is the whole environment when given: the caller decides what the child inherits.
    full_env = {**(os.environ if env is None else env), "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    for name in ("TEXTUAL", "COLUMNS", "LINES"):  # the pty's size is the truth, not a caller's idea
        full_env.pop(name, None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=full_env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    buffer = bytearray()
    wanted = [m.encode() for m in markers]
    try:
        while True:
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                raise FrameTimeout(
                    f"{argv[0]}: markers {list(markers)} not seen; screen: {plain(buffer)[-600:]!r}"
                )
            ready, _, _ = select.select([master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # the program exited and the pty closed
                raise FrameTimeout(f"{argv[0]} exited: {plain(buffer)[-600:]!r}") from None
            if not chunk:
                continue
            buffer += chunk
            text = _ESCAPES.sub(b"", bytes(buffer))
            if all(w in text for w in wanted):
                return Frame(time.perf_counter() - start, text.decode("utf-8", "replace"))
    finally:
        _stop(proc, master)


def _stop(proc: subprocess.Popen[bytes], master: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    # Drain so the child is never blocked writing to a full pty, then reap it.
    deadline = time.monotonic() + 5
    while proc.poll() is None and time.monotonic() < deadline:
        if select.select([master], [], [], 0.05)[0]:
            try:
                os.read(master, 1 << 16)
            except OSError:
                break
    proc.wait(timeout=5)
    os.close(master)
