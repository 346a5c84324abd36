"""One browser tab's app process: started without a shell, ended for sure.

textual-serve's `AppService` speaks the protocol with the app (packets over the pipes, Textual's
web driver on the other side); it starts the command through a shell and, on stop, waits as long
as the app takes. Here the app is exec'd directly in its own process group, and stopping is
bounded: ask it to quit, then SIGTERM the group, then SIGKILL it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from collections.abc import Mapping, Sequence
from typing import Any

from textual_serve.app_service import AppService

from interview.web.parent_watch import PARENT_ENV

QUIT_GRACE = 2.0  # the app saves its drafts and exits: well under a second when idle
TERM_GRACE = 2.0


class AppSession(AppService):
    """The app process of one WebSocket."""

    def __init__(self, argv: Sequence[str], env: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(" ".join(argv), **kwargs)
        self.argv = list(argv)
        self.extra_env = dict(env)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width=width, height=height)
        environment.update(self.extra_env)
        environment[PARENT_ENV] = str(os.getpid())
        # The app must not think it has a terminal of the server's size or debug settings.
        for name in ("TEXTUAL", "TEXTUAL_LOG", "LINES"):
            environment.pop(name, None)
        return environment

    async def _open_app_process(self, width: int = 80, height: int = 24) -> asyncio.subprocess.Process:
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self._build_environment(width=width, height=height),
            start_new_session=True,  # its own group: stopping reaches anything it started
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def stop(self) -> None:
        """Quit the app; if it lingers, SIGTERM then SIGKILL its process group. Idempotent."""
        process, task = self._process, self._task
        if process is None:
            return
        self._task = None
        if process.returncode is None:
            with contextlib.suppress(Exception):  # the pipe may be gone already
                await asyncio.wait_for(self.send_meta({"type": "quit"}), 0.5)
            for signum, grace in ((None, QUIT_GRACE), (signal.SIGTERM, TERM_GRACE), (signal.SIGKILL, 5.0)):
                if signum is not None:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(process.pid, signum)
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(process.wait(), grace)
                    break
        # Anything the app left in its group goes with it.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        if task is not None:
            with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(task, 2.0)
            if not task.done():
                task.cancel()
        await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
