"""A real `qualify serve` process for the web tests, and the app processes it starts.

The server runs as `python -m interview serve --port 0`: the address (with its token) is read
from its first line of output. App processes are found by the variable the server sets in their
environment, so that a test can tell that none is left, even after the server was killed.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import psutil

from bench.serve import app_processes

ROOT = Path(__file__).resolve().parents[2]


def wait_until(predicate, timeout: float, step: float = 0.05) -> float:  # type: ignore[no-untyped-def]
    """Seconds until `predicate()` held; fails after `timeout`."""
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"not within {timeout} s")
        time.sleep(step)
    return time.monotonic() - start


class Served:
    """`qualify serve` in a child process; `close()` stops it and anything it left."""

    def __init__(self, env: Mapping[str, str], *args: str, timeout: float = 30.0) -> None:
        self.env = dict(env)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "interview", "serve", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=self.env,
            cwd=ROOT,
            start_new_session=True,
        )
        assert self.proc.stdout is not None
        line = b""
        deadline = time.monotonic() + timeout
        while line.count(b"\n") < 2:  # the address, then where it listens
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                self.close()
                raise AssertionError(f"qualify serve did not start: {self.stderr()}")
            chunk = os.read(self.proc.stdout.fileno(), 1)
            if not chunk:
                self.close()
                raise AssertionError(f"qualify serve exited: {self.stderr()}")
            line += chunk
        self.first_line, listening = line.decode().splitlines()[:2]
        self.url = self.first_line.split(" at ", 1)[1].split()[0]
        parts = urlsplit(self.url)
        self.base = f"{parts.scheme}://{parts.netloc}"
        self.port = int(listening.split()[2].rstrip(",").rsplit(":", 1)[1])
        self.token = parts.query.removeprefix("token=")

    @property
    def pid(self) -> int:
        return self.proc.pid

    def apps(self) -> list[psutil.Process]:
        return app_processes(self.pid)

    def stderr(self) -> str:
        if self.proc.poll() is None or self.proc.stderr is None:
            return ""
        return self.proc.stderr.read().decode(errors="replace")

    def signal(self, signum: int) -> None:
        self.proc.send_signal(signum)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        for process in app_processes(self.pid):  # a failed test must not leave apps behind
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()

    def __enter__(self) -> Served:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def serve_env(base: Mapping[str, str], tmp: Path, extra: Sequence[tuple[str, str]] = ()) -> dict[str, str]:
    env = dict(base)
    env["QUALIFY_DATABASE_URL"] = f"sqlite:///{tmp / 'qualify.db'}"
    env.update(extra)
    return env
