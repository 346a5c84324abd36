"""Settings, layered: command-line flags, then QUALIFY_* variables, then the config file, then defaults.

Every value remembers where it came from, so `qualify config show` can explain it.
"""

from __future__ import annotations

import difflib
import getpass
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "qualify"
LANGUAGES = ("en", "fr")
ENV_PREFIX = "QUALIFY_"
CONFIG_ENV = "QUALIFY_CONFIG"

# name -> (environment variable, config file key, command-line flag)
FIELDS: dict[str, tuple[str, str, str]] = {
    "lang": ("QUALIFY_LANG", "lang", "--lang"),
    "rep": ("QUALIFY_REP", "rep", "--rep"),
    "database_url": ("QUALIFY_DATABASE_URL", "database_url", "--db"),
    "banks": ("QUALIFY_BANKS_PATH", "banks", "--banks"),
    "profile": ("QUALIFY_PROFILE", "profile", "--profile"),
    "keymap": ("QUALIFY_KEYMAP", "keymap", "--keymap"),
}


class SettingsError(Exception):
    """A setting that cannot be used; the message names where it came from."""


@dataclass(frozen=True)
class Settings:
    lang: str
    rep: str
    database_url: str
    banks: tuple[Path, ...]
    profile: Path
    keymap: dict[str, str]
    config_path: Path
    sources: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "rep": self.rep,
            "database_url": self.database_url,
            "banks": [str(p) for p in self.banks],
            "profile": str(self.profile),
            "keymap": dict(self.keymap),
        }


def default_config_path(environ: Mapping[str, str]) -> Path:
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV]).expanduser()
    return platformdirs.user_config_path(APP_NAME) / "config.toml"


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME) / "qualify.db"


def _default_lang(environ: Mapping[str, str]) -> tuple[str, str]:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if value:
            if value.lower().startswith("fr"):
                return "fr", f"default (from {var}={value})"
            break
    return "en", "default"


def _default_rep() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "rep"


def read_config(path: Path) -> dict[str, Any]:
    """The config file's table; an absent file is an empty one."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read the config file: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: not a valid TOML config file: {exc}") from None
    known = {key for _, key, _ in FIELDS.values()}
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(key, sorted(known), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f"; known keys: {', '.join(sorted(known))}"
            raise SettingsError(f"{path}: unknown setting '{key}'{hint}")
    return data


def parse_keymap(spec: str, where: str) -> dict[str, str]:
    """'next_question=n,lens=l' -> {'next_question': 'n', 'lens': 'l'}."""
    out: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        binding_id, sep, keys = item.partition("=")
        if not sep or not binding_id.strip() or not keys.strip():
            raise SettingsError(f"{where}: keymap entries look like action=key, got '{item}'")
        out[binding_id.strip()] = keys.strip()
    return out


def load_settings(
    flags: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    config_path: Path | None = None,
) -> Settings:
    """Resolve every setting; `flags` holds only the flags the user actually gave."""
    flags = flags or {}
    environ = os.environ if environ is None else environ
    path = config_path or default_config_path(environ)
    config = read_config(path)
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}

    for name, (env_var, key, flag) in FIELDS.items():
        if flags.get(name) not in (None, [], ()):
            values[name], sources[name] = flags[name], f"flag {flag}"
        elif environ.get(env_var):
            values[name], sources[name] = environ[env_var], f"environment {env_var}"
        elif key in config:
            values[name], sources[name] = config[key], f"config file {path}"

    if "lang" not in values:
        values["lang"], sources["lang"] = _default_lang(environ)
    if "rep" not in values:
        values["rep"], sources["rep"] = _default_rep(), "default (OS user)"
    if "database_url" not in values:
        values["database_url"] = f"sqlite:///{default_database_path()}"
        sources["database_url"] = "default (per-user data directory)"
    if "banks" not in values:
        values["banks"], sources["banks"] = [], "default (shipped banks only)"
    if "profile" not in values:
        from question_banks.profile import DEFAULT_PROFILE

        values["profile"], sources["profile"] = str(DEFAULT_PROFILE), "default (shipped example)"
    if "keymap" not in values:
        values["keymap"], sources["keymap"] = {}, "default"

    return Settings(
        lang=_check_lang(values["lang"], sources["lang"]),
        rep=_check_text(values["rep"], "rep", sources["rep"]),
        database_url=_check_url(values["database_url"], sources["database_url"]),
        banks=_as_paths(values["banks"], sources["banks"]),
        profile=Path(_check_text(values["profile"], "profile", sources["profile"])).expanduser(),
        keymap=_as_keymap(values["keymap"], sources["keymap"]),
        config_path=path,
        sources=sources,
    )


def _check_text(value: Any, name: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{where}: '{name}' must be a non-empty text")
    return value.strip()


def _check_lang(value: Any, where: str) -> str:
    lang = _check_text(value, "lang", where).lower()
    if lang not in LANGUAGES:
        raise SettingsError(f"{where}: language '{value}' is not supported (choose en or fr)")
    return lang


def _check_url(value: Any, where: str) -> str:
    url = _check_text(value, "database_url", where)
    if "://" not in url:
        raise SettingsError(
            f"{where}: '{url}' is not a database URL "
            "(e.g. sqlite:////path/to/qualify.db or postgresql+psycopg://user@host/db)"
        )
    return url


def _as_paths(value: Any, where: str) -> tuple[Path, ...]:
    if isinstance(value, str):  # environment: a path list
        parts = [p for p in value.split(os.pathsep) if p]
    elif isinstance(value, (list, tuple)) and all(isinstance(p, str) for p in value):
        parts = list(value)
    else:
        raise SettingsError(f"{where}: 'banks' must be a list of folders")
    return tuple(Path(p).expanduser() for p in parts)


def _as_keymap(value: Any, where: str) -> dict[str, str]:
    if isinstance(value, str):
        return parse_keymap(value, where)
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return {str(k): v for k, v in value.items()}
    raise SettingsError(f"{where}: 'keymap' must map action ids to keys, e.g. lens = \"l\"")
