"""`qualify serve` over real HTTP and WebSockets: what a browser, or an attacker's page, can do.

One server (cap of two sessions) serves most tests; the stop tests start their own. App processes
are real (`python -m interview` under Textual's web driver), found through their environment.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

from bench.terminal import plain
from tests.web.served import Served, serve_env, wait_until

COOKIE = "qualify_session"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("serve")
    env = serve_env(_clean_env(tmp), tmp)
    with Served(env, "--max-sessions", "2") as served:
        yield served


def _clean_env(tmp: Path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("QUALIFY_")}
    env.update(HOME=str(tmp), XDG_CONFIG_HOME=str(tmp / ".config"), XDG_DATA_HOME=str(tmp / ".data"))
    return env


@pytest.fixture
async def signed_in(server: Served) -> AsyncIterator[aiohttp.ClientSession]:
    """A client holding the cookie, as a browser after opening the printed address."""
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
        async with client.get(server.url, allow_redirects=False) as response:
            assert response.status == 303
        yield client
    wait_until(lambda: not server.apps(), timeout=10)  # the next test starts with no session


async def _open(
    client: aiohttp.ClientSession, server: Served, **headers: str
) -> aiohttp.ClientWebSocketResponse:
    headers.setdefault("Origin", server.base)
    return await client.ws_connect(f"{server.base}/ws?width=100&height=30", headers=headers)


async def _first_screen(ws: aiohttp.ClientWebSocketResponse, marker: str = "New interview") -> str:
    """Frames until `marker` shows (as text, escape sequences removed)."""
    seen = b""
    try:
        async with asyncio.timeout(20):
            while marker not in plain(seen):
                message = await ws.receive()
                assert message.type == aiohttp.WSMsgType.BINARY, message
                seen += message.data
    except TimeoutError:
        raise AssertionError(f"{marker!r} never showed: …{plain(seen)[-1500:]}") from None
    return plain(seen)


async def test_the_token_is_exchanged_for_a_strict_http_only_cookie(server: Served) -> None:
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
        async with client.get(server.url, allow_redirects=False) as response:
            assert response.status == 303
            assert response.headers["Location"] == "/"  # the token leaves the address bar
            cookie = response.headers["Set-Cookie"]
            assert cookie.startswith(f"{COOKIE}=") and server.token not in cookie
            assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
            assert response.headers["Referrer-Policy"] == "no-referrer"
        async with client.get(server.base + "/") as response:
            assert response.status == 200
            page = await response.text()
            assert "textual-terminal" in page and f"ws://127.0.0.1:{server.port}/ws" in page
            policy = response.headers["Content-Security-Policy"]
            assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        # Nothing on the page comes from elsewhere (no CDN, no font service).
        assert "https://" not in page and "http://" not in page.replace(f"http://127.0.0.1:{server.port}", "")


@pytest.mark.parametrize("path", ["/", "/ws", "/static/textual.js", "/static/xterm.css"])
async def test_without_the_token_every_path_is_refused(server: Served, path: str) -> None:
    async with (
        aiohttp.ClientSession() as client,
        client.get(server.base + path, headers={"Origin": server.base}) as response,
    ):
        assert response.status == 401
        assert "access token" in await response.text()


async def test_a_wrong_token_or_cookie_is_refused(server: Served) -> None:
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
        async with client.get(server.base + "/?token=" + "x" * len(server.token), allow_redirects=False) as r:
            assert r.status == 403 and "Set-Cookie" not in r.headers
        async with client.get(server.base + "/", cookies={COOKIE: server.token}) as r:
            assert r.status == 401  # the token is not the cookie


async def test_a_foreign_host_header_is_refused(signed_in: aiohttp.ClientSession, server: Served) -> None:
    # A DNS-rebinding page reaches 127.0.0.1 under its own name.
    async with signed_in.get(server.base + "/", headers={"Host": f"evil.example:{server.port}"}) as r:
        assert r.status == 421
    async with signed_in.get(server.base + "/", headers={"Host": f"localhost:{server.port}"}) as r:
        assert r.status == 200  # this machine's own names are fine


@pytest.mark.parametrize("origin", ["http://evil.example", "http://127.0.0.1:1", "null", "https://127.0.0.1"])
async def test_a_websocket_from_a_foreign_origin_is_refused(
    signed_in: aiohttp.ClientSession, server: Served, origin: str
) -> None:
    # Another port of this machine is the same site: the SameSite cookie goes along, the Origin
    # check is what stops it.
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await _open(signed_in, server, Origin=origin)
    assert refused.value.status == 403
    assert not server.apps()


async def test_a_websocket_without_origin_is_refused(
    signed_in: aiohttp.ClientSession, server: Served
) -> None:
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await signed_in.ws_connect(f"{server.base}/ws")
    assert refused.value.status == 403


async def test_sessions_beyond_the_cap_are_refused_and_a_closed_tab_ends_its_app(
    signed_in: aiohttp.ClientSession, server: Served
) -> None:
    first = await _open(signed_in, server)
    second = await _open(signed_in, server)
    await asyncio.gather(_first_screen(first), _first_screen(second))
    assert len(server.apps()) == 2
    for app in server.apps():  # started directly by the server: no shell in between
        assert app.ppid() == server.pid
        assert app.cmdline()[1:] == ["-m", "interview"]
    third = await _open(signed_in, server)
    message = await third.receive()
    assert b"--max-sessions 2" in message.data  # said on the terminal, then closed
    assert (await third.receive()).type == aiohttp.WSMsgType.CLOSE
    assert third.close_code == 1013
    async with signed_in.get(server.base + "/") as page:
        assert page.status == 503 and "Close one" in await page.text()
    assert len(server.apps()) == 2
    # Closing a tab ends its app within seconds; a new tab may then open.
    gone = server.apps()[0].pid
    await first.close()
    await second.close()
    wait_until(lambda: not server.apps(), timeout=8)
    assert gone not in [p.pid for p in server.apps()]
    again = await _open(signed_in, server)
    await _first_screen(again)
    await again.close()


async def test_malformed_messages_do_not_break_the_session(
    signed_in: aiohttp.ClientSession, server: Served
) -> None:
    ws = await _open(signed_in, server)
    await _first_screen(ws)
    for junk in (
        "not json",
        "[]",
        '["stdin"]',
        '["stdin", 5]',
        '["resize", {"width": 1e9, "height": "x"}]',
        '{"a": 1}',
        '["resize", {"width": 100000, "height": 100000}]',
    ):
        await ws.send_str(junk)
    await ws.send_bytes(b"\x00\xff")
    await ws.send_str(json.dumps(["ping", "still-there"]))
    async with asyncio.timeout(10):
        while True:
            message = await ws.receive()
            if message.type == aiohttp.WSMsgType.TEXT and "still-there" in message.data:
                break
    assert len(server.apps()) == 1
    await ws.close()


async def test_only_the_page_files_are_served(signed_in: aiohttp.ClientSession, server: Served) -> None:
    for path in ("/static/", "/static/..%2Fserver.py", "/static/js/textual.js", "/download/x"):
        async with signed_in.get(server.base + path) as response:
            assert response.status == 404, path
    async with signed_in.get(server.base + "/static/RobotoMono.ttf") as response:
        assert response.status == 200 and response.headers["Content-Type"] == "font/ttf"
        assert response.headers["Cache-Control"] == "private, max-age=3600"
    async with signed_in.get(server.base + "/") as response:
        assert response.headers["Cache-Control"] == "no-store"  # the page: never from a cache


def _clean(tmp_path: Path) -> dict[str, str]:
    return serve_env(_clean_env(tmp_path), tmp_path)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_stopping_with_live_sessions_ends_every_app_promptly(tmp_path: Path, signum: int) -> None:
    with Served(_clean(tmp_path), "--max-sessions", "2") as served:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            await client.get(served.url)
            sockets = [await _open(client, served) for _ in range(2)]
            await asyncio.gather(*(_first_screen(ws) for ws in sockets))
            apps = served.apps()
            assert len(apps) == 2
            start = time.monotonic()
            served.signal(signum)
            await asyncio.to_thread(served.proc.wait, 15)
            took = time.monotonic() - start
            assert served.proc.returncode == 0, served.stderr()
            assert took < 6, f"stopping took {took:.1f} s"
            assert not served.apps()
            for ws in sockets:  # the screens sent before the stop, then the close
                async with asyncio.timeout(5):
                    while (await ws.receive()).type == aiohttp.WSMsgType.BINARY:
                        pass
                assert ws.closed


async def _keys(ws: aiohttp.ClientWebSocketResponse, keys: str, expect: str) -> None:
    """Type as the browser does (stdin messages) and wait for `expect` on the screen."""
    await ws.send_str(json.dumps(["stdin", keys]))
    await _first_screen(ws, expect)


async def test_a_killed_server_leaves_no_app_behind_and_loses_no_draft(tmp_path: Path) -> None:
    env = _clean(tmp_path)
    with Served(env, "--max-sessions", "2") as served:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            await client.get(served.url)
            ws = await _open(client, served)
            await _first_screen(ws)
            await _keys(ws, "n", "Lead name")
            await _keys(ws, "Ada", "Ada")
            await _keys(ws, "\x13", "Answer, then Enter")  # Ctrl+S starts the interview
            await _keys(ws, "half typed", "typed")  # not submitted: a draft
            assert len(served.apps()) == 1
            served.signal(signal.SIGKILL)
            served.proc.wait(5)
            # The kernel tells each app its server is gone: it saves the draft and exits.
            took = await asyncio.to_thread(wait_until, lambda: not served.apps(), 10)
            assert took < 5
    database = env["QUALIFY_DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(database) as db:
        payloads = [json.loads(p) for (p,) in db.execute("SELECT payload FROM events WHERE kind = 'note'")]
    assert [p["text"] for p in payloads if p.get("draft")] == ["half typed"]


async def test_the_pages_speak_the_settings_language(tmp_path: Path) -> None:
    env = {**_clean(tmp_path), "QUALIFY_LANG": "fr"}
    with Served(env) as served:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            async with client.get(served.base + "/") as refused:
                assert refused.status == 401 and "adresse complète" in await refused.text()
            async with client.get(served.url) as page:
                text = await page.text()
                assert '<html lang="fr">' in text and "Session terminée." in text


async def test_behind_a_signing_in_proxy_each_tab_is_its_user(tmp_path: Path) -> None:
    with Served(_clean(tmp_path), "--user-header", "X-Forwarded-User") as served:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            await client.get(served.url)
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await _open(client, served)  # the proxy did not say who: refused
            assert refused.value.status == 403
            ws = await _open(client, served, **{"X-Forwarded-User": "Lea Martin"})
            screen = await _first_screen(ws)
            assert "Lea Martin" in screen  # the sub-title: the rep of this tab
            (app,) = served.apps()
            assert app.environ()["QUALIFY_REP"] == "Lea Martin"
            await ws.close()


def test_the_user_header_must_be_a_header_name() -> None:
    from interview.web.options import ServeError, check_options
    from interview.web.server import _user_name

    assert _user_name(" Léa \x1b[31mMartin\n ") == "Léa \\x1b[31mMartin"  # data, visible
    assert len(_user_name("x" * 500)) == 80

    with pytest.raises(ServeError):
        check_options(user_header="X-User: admin")
    assert check_options(user_header="X-Forwarded-User").user_header == "X-Forwarded-User"


async def test_behind_tls_the_cookie_is_secure_and_the_socket_wss(tmp_path: Path) -> None:
    """As a proxy on this machine forwards it: the browser's Host, the public URL's Origin."""
    public = "https://qualify.example.com"
    with Served(_clean(tmp_path), "--public-url", public) as served:
        assert served.url.startswith(f"{public}/?token=")  # what is printed: the address people use
        local = f"http://127.0.0.1:{served.port}"
        headers = {"Host": "qualify.example.com"}
        async with aiohttp.ClientSession() as client:
            async with client.get(
                f"{local}/?token={served.token}", headers=headers, allow_redirects=False
            ) as r:
                assert r.status == 303
                cookie = r.headers["Set-Cookie"]
                assert "Secure" in cookie and "HttpOnly" in cookie
            signed = {"Cookie": cookie.split(";", 1)[0]}  # a client keeps a Secure cookie for https only
            async with client.get(f"{local}/", headers={**headers, **signed}) as page:
                assert "wss://qualify.example.com/ws" in await page.text()
            with pytest.raises(aiohttp.WSServerHandshakeError):  # the loopback origin is not the public one
                await client.ws_connect(f"{local}/ws", headers={**signed, "Origin": local})
            ws = await client.ws_connect(f"{local}/ws", headers={**headers, **signed, "Origin": public})
            await _first_screen(ws)
            await ws.close()
