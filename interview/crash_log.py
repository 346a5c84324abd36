"""Crash logs: what went wrong, kept where the rep (and support) can find it after the app exits.

One file per crash under the per-user log folder. The folder is 0700 and the files 0600: a
traceback can show a lead's name or an answer in its message.
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

import platformdirs

from interview import __version__


def log_folder() -> Path:
    return Path(platformdirs.user_log_path("qualify"))


def write_crash_log(error: BaseException, where: str, folder: Path | None = None) -> Path:
    """Write `error`'s traceback to a new timestamped file; returns its path. Raises OSError."""
    folder = folder or log_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)  # mkdir's mode is masked by umask, and the folder may predate us
    now = dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S.%fZ")
    text = "".join(traceback.format_exception(error))
    body = f"qualify {__version__} crash at {now.isoformat()} in {where} (pid {os.getpid()})\n\n{text}"
    path = folder / f"crash-{stamp}-{os.getpid()}.log"
    # O_EXCL: never follow or reuse a file someone else put there.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(body)
    return path
