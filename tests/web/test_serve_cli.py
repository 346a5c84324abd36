"""`qualify serve`'s refusals, as a user sees them: a clear line, exit 2, nothing served."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from interview.web.options import ServeError, ServeOptions, check_options, is_loopback
from tests.conftest import ROOT, run_cli


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--host", "0.0.0.0"], "--allow-remote"),
        (["--host", "192.168.1.20", "--allow-remote"], "needs --public-url"),
        (["--host", "qualify.lan", "--allow-remote"], "needs --public-url"),
        (["--public-url", "ftp://x"], "http:// or https://"),
        (["--public-url", "https://x.example/qualify"], "root only"),
        (["--port", "70000"], "between 1 and 65535"),
        (["--max-sessions", "0"], "at least one"),
    ],
)
def test_unsafe_or_impossible_options_are_refused(
    clean_env: dict[str, str], args: list[str], says: str
) -> None:
    result = run_cli("serve", *args, env=clean_env)
    assert result.returncode == 2
    assert says in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""  # no address printed: nothing was served


def test_a_taken_port_is_said_plainly(clean_env: dict[str, str], tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}"}
        result = run_cli("serve", "--port", str(port), env=env)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr


def test_without_the_web_extra_the_install_command_is_given(clean_env: dict[str, str]) -> None:
    code = "import sys; sys.modules['textual_serve'] = None; from interview.cli import run; run()"
    result = subprocess.run(
        [sys.executable, "-c", code, "serve"],
        capture_output=True,
        text=True,
        env=clean_env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert 'pip install "qualify[web]"' in result.stderr


def test_a_remote_address_needs_both_the_flag_and_the_public_url() -> None:
    options = check_options(host="0.0.0.0", allow_remote=True, public_url="https://qualify.example.com/")
    assert options.secure and options.public_url == "https://qualify.example.com"
    assert options.origins(8765) == {"https://qualify.example.com"}
    assert options.hosts(8765) == {"qualify.example.com"}  # not bound to loopback: no local names
    assert options.base_url(8765) == "https://qualify.example.com"
    with pytest.raises(ServeError):
        check_options(host="0.0.0.0", public_url="https://qualify.example.com")


def test_behind_a_local_proxy_the_loopback_names_still_work() -> None:
    options = check_options(public_url="https://qualify.example.com:8443")
    assert options.origins(8765) == {"https://qualify.example.com:8443"}
    assert options.hosts(8765) == {
        "qualify.example.com:8443",
        "127.0.0.1:8765",
        "localhost:8765",
        "[::1]:8765",
    }


def test_loopback_defaults() -> None:
    options = ServeOptions()
    assert not options.secure
    assert options.base_url(4000) == "http://127.0.0.1:4000"
    assert "http://localhost:4000" in options.origins(4000)
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "10.0.0.1", "example.com", "::"))


def test_broken_banks_are_said_once_before_serving(clean_env: dict[str, str], tmp_path: Path) -> None:
    broken = ROOT / "tests" / "fixtures" / "banks" / "broken"
    env = {**clean_env, "QUALIFY_DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}"}
    result = run_cli("serve", "--port", "0", "--banks", str(broken), env=env)
    assert result.returncode == 2
    assert "fix the problems above" in result.stderr and ".yaml:" in result.stderr
    assert result.stdout == ""  # nothing served
