"""Drive a real program in a pseudo-terminal: spawn it, type keys, read its screen as text.

A pty is a real terminal to the program (isatty, a window size, raw mode), so signals, the
alternate screen and the exit sequences are the ones a rep's terminal sees.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Mapping, Sequence

from bench.terminal import plain

# What a terminal sends for keys that are not text (xterm).
KEYS: dict[str, bytes] = {
    "enter": b"\r",
    "tab": b"\t",
    "escape": b"\x1b",
    "backspace": b"\x7f",
    "f1": b"\x1bOP",
    "f2": b"\x1bOQ",
    "f3": b"\x1bOR",
    "f4": b"\x1bOS",
    "f5": b"\x1b[15~",
    "f6": b"\x1b[17~",
    "f7": b"\x1b[18~",
    "f8": b"\x1b[19~",
    "f9": b"\x1b[20~",
    "f10": b"\x1b[21~",
    "ctrl+q": b"\x11",
}


class PtyTimeout(AssertionError):
    pass


class PtyApp:
    """One program in its own pty and session; `close()` (or the context manager) ends it."""

    def __init__(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        *,
        size: tuple[int, int] = (160, 40),
        cwd: str | None = None,
    ) -> None:
        self.master, slave = os.openpty()
        columns, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        # The pty's size is the truth: a COLUMNS/LINES from the caller's shell would override it.
        full_env = {k: v for k, v in env.items() if k not in ("COLUMNS", "LINES", "TEXTUAL")}
        full_env["TERM"] = "xterm-256color"
        self.proc = subprocess.Popen(
            list(argv),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=full_env,
            cwd=cwd,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.raw = bytearray()
        self._eof = False

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def screen(self) -> str:
        """Everything written so far, escape sequences removed."""
        return plain(bytes(self.raw))

    def pump(self, timeout: float = 0.0) -> bool:
        """Read what is available (waiting up to `timeout`); False once the pty is closed."""
        if self._eof:
            return False
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 1 << 16)
        except OSError:  # the program exited and the pty closed
            self._eof = True
            return False
        if not chunk:
            self._eof = True
            return False
        self.raw += chunk
        return True

    def wait_for(self, text: str, timeout: float = 15.0, *, start: int = 0) -> None:
        """Until `text` shows in the output after byte `start` (raises PtyTimeout)."""
        deadline = time.monotonic() + timeout
        while text not in plain(bytes(self.raw[start:])):
            left = deadline - time.monotonic()
            if left <= 0 or not self.pump(min(left, 0.05)):
                raise PtyTimeout(f"{text!r} not seen; screen ends {self.screen()[-800:]!r}")

    def send(self, *keys: str | bytes) -> None:
        """Type: bytes as they are, names from KEYS, other strings as their UTF-8 text."""
        for key in keys:
            data = key if isinstance(key, bytes) else KEYS.get(key, key.encode())
            os.write(self.master, data)

    def kill(self, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, sig)

    def wait_exit(self, timeout: float = 10.0) -> int | None:
        """The exit status once the program ended (draining its output meanwhile), None if it did not."""
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self.pump(0.02)
        while self.pump(0.0) and not self._eof and select.select([self.master], [], [], 0.05)[0]:
            pass  # what it wrote last
        return self.proc.poll()

    def close(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        # Drain so the child is never blocked writing to a full pty, then reap it.
        deadline = time.monotonic() + 5
        while self.proc.poll() is None and time.monotonic() < deadline:
            self.pump(0.05)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        with contextlib.suppress(OSError):
            os.close(self.master)
