"""The web server of `qualify serve`: one app process per browser tab, behind a token.

Every request must carry the session cookie, which only the printed address (with its random
token) hands out. The Host header must be one of the server's own names (a DNS-rebinding page
sends its own) and a WebSocket's Origin the public URL's (a page of another site, or of another
port of this machine, which the SameSite cookie does not stop, is refused). The page loads only
files served here. At most `max_sessions` apps run at once; stopping the server stops them all.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import json
import logging
import secrets
import signal
import sys
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path

import textual_serve
from aiohttp import WSMsgType, web
from textual_serve.download_manager import DownloadManager

from interview.safe_text import printable_line
from interview.web.options import ServeOptions
from interview.web.session import AppSession
from interview.web.texts import text

log = logging.getLogger("qualify.serve")

COOKIE = "qualify_session"
HERE = Path(__file__).parent
TEXTUAL_STATIC = Path(textual_serve.__file__).parent / "static"
# Only these files are served: what the page needs, nothing to browse.
STATIC_FILES: dict[str, tuple[Path, str]] = {
    "textual.js": (TEXTUAL_STATIC / "js" / "textual.js", "text/javascript"),
    "xterm.css": (TEXTUAL_STATIC / "css" / "xterm.css", "text/css"),
    "RobotoMono.ttf": (TEXTUAL_STATIC / "fonts" / "RobotoMono-VariableFont_wght.ttf", "font/ttf"),
    "RobotoMono-Italic.ttf": (
        TEXTUAL_STATIC / "fonts" / "RobotoMono-Italic-VariableFont_wght.ttf",
        "font/ttf",
    ),
    "page.css": (HERE / "page.css", "text/css"),
}
TERMINAL_COLUMNS = (20, 500)  # a resize asks the app to draw this much: bounded
TERMINAL_ROWS = (5, 200)
LIMIT_CLOSE_CODE = 1013  # "try again later"
MAX_USER_NAME = 80

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _clamp(value: object, bounds: tuple[int, int], default: int) -> int:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return max(bounds[0], min(bounds[1], number))


def _page(title: str, body: str, status: int, lang: str = "en") -> web.Response:
    text = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        '<link rel="stylesheet" href="/static/page.css"></head>'
        f'<body class="notice"><main><h1>{html.escape(title)}</h1><p>{html.escape(body)}</p></main>'
        "</body></html>"
    )
    return web.Response(text=text, status=status, content_type="text/html")


def _user_name(value: str) -> str:
    """The signed-in user's name as the proxy sent it: one printable line, bounded."""
    return printable_line(value).strip()[:MAX_USER_NAME]


def _home() -> web.Response:
    return web.Response(status=303, headers={"Location": "/"})


class QualifyServer:
    """The aiohttp application and the app sessions it runs."""

    def __init__(
        self,
        options: ServeOptions,
        argv: Sequence[str],
        env: Mapping[str, str] | None = None,
        *,
        title: str = "qualify",
        lang: str = "en",
    ) -> None:
        self.options = options
        self.argv = list(argv)
        self.env = dict(env or {})
        self.title = title
        self.lang = lang
        self.token = secrets.token_urlsafe(24)
        self._cookie = secrets.token_urlsafe(32)  # what the browser keeps; the token is spent once shown
        self.sessions: dict[AppSession, web.WebSocketResponse] = {}
        self._reserved = 0  # sessions counted before their process exists: no race past the cap
        self.port = options.port
        self._runner: web.AppRunner | None = None
        self._downloads = DownloadManager()
        self._template = (HERE / "page.html").read_text(encoding="utf-8")  # read once, not per tab

    # --- addresses ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self.options.base_url(self.port)

    @property
    def access_url(self) -> str:
        return f"{self.base_url}/?token={self.token}"

    @property
    def websocket_url(self) -> str:
        scheme = "wss" if self.options.secure else "ws"
        return f"{scheme}:{self.base_url.split(':', 1)[1]}/ws"

    # --- the application ------------------------------------------------------------------------

    def make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._headers, self._guard])
        app.add_routes(
            [
                web.get("/", self.handle_index),
                web.get("/ws", self.handle_websocket),
                web.get("/static/{name}", self.handle_static),
            ]
        )
        return app

    def _security_headers(self) -> dict[str, str]:
        connect = f"'self' {self.websocket_url.rsplit('/', 1)[0]}"
        return {
            "Content-Security-Policy": (
                "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                f"font-src 'self'; img-src 'self' data:; connect-src {connect}; "
                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
            ),
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "no-referrer",  # the first address carries the token
            "Cache-Control": "no-store",
        }

    @web.middleware
    async def _headers(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            response = await handler(request)
        except web.HTTPException as exc:  # the router's 404/405
            exc.headers.update(self._security_headers())
            raise
        if not response.prepared:  # a WebSocket has sent its headers already
            response.headers.update(self._security_headers())
            if request.path.startswith("/static/") and response.status == 200:
                # The page's files change only with qualify's version: a tab opens faster.
                response.headers["Cache-Control"] = "private, max-age=3600"
        return response

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.host.lower() not in self.options.hosts(self.port):
            log.warning("refused: Host %r is not one of this server's names", request.host)
            return self._page("wrong_host", 421, url=self.base_url)
        if request.path == "/static/page.css":  # the refusal pages' own look: nothing to hide
            return await handler(request)
        if self._has_cookie(request):
            if request.path == "/" and "token" in request.query:
                return _home()  # keep the token out of the address bar and history
            return await handler(request)
        token = request.query.get("token")
        if request.path == "/" and token is not None:
            if hmac.compare_digest(token.encode(), self.token.encode()):
                response = _home()
                response.set_cookie(
                    COOKIE,
                    self._cookie,
                    httponly=True,
                    samesite="Strict",
                    secure=self.options.secure,
                    path="/",
                )
                return response
            log.warning("refused: a wrong access token from %s", request.remote)
            return self._page("wrong_token", 403)
        log.info("refused: %s %s without the access token", request.method, request.path)
        return self._page("no_token", 401)

    def _has_cookie(self, request: web.Request) -> bool:
        value = request.cookies.get(COOKIE)
        return value is not None and hmac.compare_digest(value.encode(), self._cookie.encode())

    @property
    def _open(self) -> int:
        return len(self.sessions) + self._reserved

    def _page(self, key: str, status: int, **values: object) -> web.Response:
        return _page(text(key, self.lang), text(f"{key}_body", self.lang, **values), status, self.lang)

    def _full_message(self) -> str:
        return text("full_body", self.lang, open=self._open, cap=self.options.max_sessions)

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        if self._open >= self.options.max_sessions:
            return self._page("full", 503, open=self._open, cap=self.options.max_sessions)
        font_size = _clamp(request.query.get("fontsize", "16"), (8, 40), 16)
        page = self._template
        for name, value in (
            ("lang", self.lang),
            ("starting", text("starting", self.lang)),
            ("ended", text("ended", self.lang)),
            ("again", text("again", self.lang)),
            ("title", self.title),
            ("websocket_url", self.websocket_url),
            ("font_size", str(font_size)),
        ):
            page = page.replace("{{ " + name + " }}", html.escape(value, quote=True))
        return web.Response(text=page, content_type="text/html")

    async def handle_static(self, request: web.Request) -> web.StreamResponse:
        entry = STATIC_FILES.get(request.match_info["name"])
        if entry is None:
            raise web.HTTPNotFound()
        path, content_type = entry
        return web.FileResponse(path, headers={"Content-Type": content_type})

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if origin not in self.options.origins(self.port):
            log.warning("refused: a WebSocket from Origin %r", origin)
            return self._page("foreign", 403)
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=1 << 20)
        if self._open >= self.options.max_sessions:
            await websocket.prepare(request)
            await websocket.send_bytes(f"\r\n  {self._full_message()}\r\n".encode())
            await websocket.close(code=LIMIT_CLOSE_CODE, message=b"session limit reached")
            log.warning("refused: a session beyond the limit of %d", self.options.max_sessions)
            return websocket
        env = self.env
        if self.options.user_header:
            user = _user_name(request.headers.get(self.options.user_header, ""))
            if not user:
                log.warning("refused: no %s header from the proxy", self.options.user_header)
                return self._page("no_user", 403, header=self.options.user_header)
            env = {**env, "QUALIFY_REP": user}  # this tab's interviews are theirs
        width = _clamp(request.query.get("width"), TERMINAL_COLUMNS, 80)
        height = _clamp(request.query.get("height"), TERMINAL_ROWS, 24)
        self._reserved += 1
        session: AppSession | None = None
        try:
            await websocket.prepare(request)
            session = AppSession(
                self.argv,
                env,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self._downloads,
            )
            self._reserved -= 1
            self.sessions[session] = websocket
            await session.start(width, height)
            log.info(
                "session %s started (pid %s; %d open)", session.app_service_id[:8], session.pid, self._open
            )
            await self._relay(websocket, session)
        except (asyncio.CancelledError, ConnectionResetError):
            pass
        except Exception as exc:  # the app could not start, a pipe broke: said, and the tab ends
            log.error("session failed: %s: %s", type(exc).__name__, exc)
        finally:
            if session is None:
                self._reserved -= 1
            else:
                await session.stop()
                self.sessions.pop(session, None)
                log.info("session %s ended (%d open)", session.app_service_id[:8], self._open)
            with contextlib.suppress(Exception):
                await websocket.close()
        return websocket

    async def _relay(self, websocket: web.WebSocketResponse, session: AppSession) -> None:
        """Browser → app. A malformed message is dropped, never fatal."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                kind, data = json.loads(message.data)
            except (ValueError, TypeError):
                continue
            if kind == "stdin" and isinstance(data, str):
                await session.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                await session.set_terminal_size(
                    _clamp(data.get("width"), TERMINAL_COLUMNS, 80),
                    _clamp(data.get("height"), TERMINAL_ROWS, 24),
                )
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await session.blur()
            elif kind == "focus":
                await session.focus()

    # --- running --------------------------------------------------------------------------------

    async def start(self) -> int:
        """Listen; returns the port (the chosen one when asked for port 0)."""
        self._runner = web.AppRunner(self.make_app(), access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.options.host, self.options.port, shutdown_timeout=1.0)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or ()
        if sockets:
            self.port = sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        """Every app process ends (bounded, see `AppSession.stop`), then the listener closes."""
        sessions = list(self.sessions.items())
        await asyncio.gather(*(session.stop() for session, _ in sessions), return_exceptions=True)
        for _, websocket in sessions:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(websocket.close(code=1001, message=b"server stopped"), 1.0)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


async def serve(server: QualifyServer, *, announce: Callable[[QualifyServer], None]) -> None:
    """Run until SIGINT or SIGTERM, then stop every session promptly."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    await server.start()
    announce(server)
    try:
        await stop.wait()
    finally:
        await server.stop()


def configure_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
