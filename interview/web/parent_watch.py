"""An app process started by `qualify serve` ends when its server does, even a killed one.

The server stops its app processes itself on a normal stop; this covers the server being killed
(SIGKILL, OOM). The kernel signals the app when its parent dies (Linux `PR_SET_PDEATHSIG`;
elsewhere a thread notices the new parent). The app's output pipe then has no reader, and
Textual's web driver, writing its goodbye to it, would fail half-way through the exit and hang:
so output goes to /dev/null first, then the usual SIGTERM saves the drafts and exits, and a last
resort ends the process if that exit still does not finish.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
from types import FrameType

PARENT_ENV = "QUALIFY_SERVE_PARENT"  # the server's pid, set in its app processes' environment
PARENT_DIED = signal.SIGUSR2
PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5
LAST_RESORT_SECONDS = 8.0  # the drafts are written first, synchronously, by the SIGTERM handler


def _pdeathsig() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, PARENT_DIED, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _last_resort() -> None:
    threading.Event().wait(LAST_RESORT_SECONDS)
    os._exit(1)


def _parent_died(_signum: int = 0, _frame: FrameType | None = None) -> None:
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)  # no reader, no writer left on the pipes: nothing blocks or breaks
        os.dup2(devnull, 1)
        os.close(devnull)
    threading.Thread(target=_last_resort, name="parent-gone", daemon=True).start()
    os.kill(os.getpid(), signal.SIGTERM)  # the app's own stop: drafts saved, clean exit


def _poll(parent: int) -> None:
    while os.getppid() == parent:
        threading.Event().wait(POLL_SECONDS)
    os.kill(os.getpid(), PARENT_DIED)


def watch_parent(environ: dict[str, str] | os._Environ[str] = os.environ) -> None:
    """If started by `qualify serve`, end with it. Call first thing, in the main thread."""
    value = environ.get(PARENT_ENV)
    if not value:
        return
    with contextlib.suppress(ValueError):
        parent = int(value)
        signal.signal(PARENT_DIED, _parent_died)
        if not _pdeathsig():
            threading.Thread(target=_poll, args=(parent,), name="parent-watch", daemon=True).start()
        if os.getppid() != parent:  # the server died before the watch was armed
            _parent_died()
