"""What `qualify serve` was asked for, checked before any web library is imported.

Safe by default: loopback only. Another address is refused unless the user says so twice: the
`--allow-remote` flag, and a `--public-url` that browsers will use (the Origin and Host checks
compare against it, so a server reachable by other names refuses them).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_MAX_SESSIONS = 4
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
HEADER_NAME = re.compile(r"[A-Za-z0-9-]{1,64}")


class ServeError(ValueError):
    """Options that cannot be served safely; the message says what to do instead."""


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False


def _origin(url: str) -> tuple[str, str]:
    """(origin, netloc) of a public URL: scheme://host[:port], default ports left out."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServeError(
            f"--public-url {url!r}: give an http:// or https:// address, e.g. https://qualify.example.com"
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ServeError(
            f"--public-url {url!r}: give the address of the site's root only (no path, query or user); "
            "serve qualify at the root of its own host name behind the proxy"
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise ServeError(f"--public-url {url!r}: {exc}") from None
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    default = 443 if parts.scheme == "https" else 80
    netloc = host if port in (None, default) else f"{host}:{port}"
    return f"{parts.scheme}://{netloc}", netloc


@dataclass(frozen=True)
class ServeOptions:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT  # 0: any free port, printed at start
    public_url: str | None = None
    max_sessions: int = DEFAULT_MAX_SESSIONS
    user_header: str | None = None  # set by a signing-in proxy: whose interviews they are

    @property
    def secure(self) -> bool:
        """Behind TLS: the cookie gets `Secure`, WebSockets are wss://."""
        return bool(self.public_url and self.public_url.startswith("https:"))

    def base_url(self, port: int) -> str:
        """What browsers type: the public URL, else the loopback address and the bound port."""
        if self.public_url:
            return _origin(self.public_url)[0]
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{port}"

    def origins(self, port: int) -> frozenset[str]:
        """WebSocket Origins accepted: the public URL's, or this machine's own names for the port."""
        if self.public_url:
            return frozenset({_origin(self.public_url)[0]})
        return frozenset(f"http://{name}:{port}" for name in LOOPBACK_NAMES)

    def hosts(self, port: int) -> frozenset[str]:
        """Host headers accepted (a DNS-rebinding page sends its own name): the public URL's, and
        the loopback names while bound to loopback (a proxy on this machine may not forward Host)."""
        hosts: set[str] = set()
        if self.public_url:
            hosts.add(_origin(self.public_url)[1])
        if is_loopback(self.host):
            hosts.update(f"{name}:{port}" for name in LOOPBACK_NAMES)
        return frozenset(hosts)


def check_options(
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    public_url: str | None = None,
    allow_remote: bool = False,
    max_sessions: int = DEFAULT_MAX_SESSIONS,
    user_header: str | None = None,
) -> ServeOptions:
    if not 0 <= port <= 65535:
        raise ServeError(f"--port {port}: give a port between 1 and 65535 (0 picks a free one)")
    if max_sessions < 1:
        raise ServeError(f"--max-sessions {max_sessions}: allow at least one session")
    if public_url is not None:
        _origin(public_url)  # refuses what the checks could not compare against
        public_url = public_url.rstrip("/")
    if not is_loopback(host):
        if not allow_remote:
            raise ServeError(
                f"--host {host}: qualify serves this machine only by default (its data is personal "
                "data). To serve other machines, add --allow-remote and --public-url with the address "
                "browsers will use; better, keep 127.0.0.1 behind a reverse proxy with TLS and sign-in "
                "(see the README)"
            )
        if public_url is None:
            raise ServeError(
                f"--host {host} needs --public-url: the address browsers will use (e.g. "
                "https://qualify.example.com); connections from any other origin are refused"
            )
    if user_header is not None and not HEADER_NAME.fullmatch(user_header):
        raise ServeError(f"--user-header {user_header!r}: give a header name, e.g. X-Forwarded-User")
    return ServeOptions(
        host=host, port=port, public_url=public_url, max_sessions=max_sessions, user_header=user_header
    )
