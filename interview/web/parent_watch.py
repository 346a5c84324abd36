"""An app process started by `qualify serve` ends when its server does, even a killed one.

The server stops its app processes itself on a normal stop; this covers the server being killed
(SIGKILL, OOM): the kernel sends SIGTERM when the parent dies (Linux `PR_SET_PDEATHSIG`), and
elsewhere a thread notices the new parent. SIGTERM then saves the drafts and exits as in a terminal.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading

PARENT_ENV = "QUALIFY_SERVE_PARENT"  # the server's pid, set in its app processes' environment
PR_SET_PDEATHSIG = 1
POLL_SECONDS = 1.0


def _pdeathsig() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _poll(parent: int) -> None:
    while True:
        threading.Event().wait(POLL_SECONDS)
        if os.getppid() != parent:
            os.kill(os.getpid(), signal.SIGTERM)
            return


def watch_parent(environ: dict[str, str] | os._Environ[str] = os.environ) -> None:
    """If started by `qualify serve`, end with it. Call first thing in the process."""
    value = environ.get(PARENT_ENV)
    if not value:
        return
    with contextlib.suppress(ValueError):
        parent = int(value)
        armed = _pdeathsig()
        if os.getppid() != parent:  # the server died before the watch was armed
            os.kill(os.getpid(), signal.SIGTERM)
        elif not armed:
            threading.Thread(target=_poll, args=(parent,), name="parent-watch", daemon=True).start()
