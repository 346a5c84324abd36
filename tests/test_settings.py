"""Flags, then QUALIFY_* variables, then the config file, then defaults; each value knows its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.settings import SettingsError, default_config_path, load_settings


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_defaults(clean_env: dict[str, str], tmp_path: Path) -> None:
    s = load_settings({}, clean_env)
    assert s.lang == "en" and s.sources["lang"] == "default"
    assert s.database_url.startswith("sqlite:///") and s.database_url.endswith("qualify/qualify.db")
    assert str(tmp_path) in s.database_url  # per-user data dir, here inside the test's HOME
    assert s.banks == () and s.keymap == {}
    assert s.profile.name == "example.yaml"
    assert s.config_path == default_config_path(clean_env)
    assert str(s.config_path).startswith(str(tmp_path))


def test_french_locale_gives_french_by_default(clean_env: dict[str, str]) -> None:
    s = load_settings({}, {**clean_env, "LANG": "fr_FR.UTF-8"})
    assert s.lang == "fr" and "LANG=fr_FR.UTF-8" in s.sources["lang"]


def test_precedence_flag_env_config_default(clean_env: dict[str, str], tmp_path: Path) -> None:
    cfg = _config(tmp_path, 'lang = "fr"\nrep = "Config Rep"\ndatabase_url = "sqlite:///c.db"\n')
    env = {**clean_env, "QUALIFY_REP": "Env Rep", "QUALIFY_DATABASE_URL": "sqlite:///e.db"}
    s = load_settings({"database_url": "sqlite:///f.db"}, env, cfg)
    assert s.database_url == "sqlite:///f.db" and s.sources["database_url"] == "flag --db"
    assert s.rep == "Env Rep" and s.sources["rep"] == "environment QUALIFY_REP"
    assert s.lang == "fr" and s.sources["lang"] == f"config file {cfg}"
    assert s.sources["keymap"] == "default"


def test_bank_folders_from_env_path_list_and_config(clean_env: dict[str, str], tmp_path: Path) -> None:
    env = {**clean_env, "QUALIFY_BANKS_PATH": f"{tmp_path}/a:{tmp_path}/b"}
    assert load_settings({}, env).banks == (tmp_path / "a", tmp_path / "b")
    cfg = _config(tmp_path, f'banks = ["{tmp_path}/c"]\n')
    assert load_settings({}, clean_env, cfg).banks == (tmp_path / "c",)
    assert load_settings({"banks": [str(tmp_path / "d")]}, env, cfg).banks == (tmp_path / "d",)


def test_keymap_from_env_and_config(clean_env: dict[str, str], tmp_path: Path) -> None:
    env = {**clean_env, "QUALIFY_KEYMAP": "toggle_language=f3, quit=ctrl+x"}
    assert load_settings({}, env).keymap == {"toggle_language": "f3", "quit": "ctrl+x"}
    cfg = _config(tmp_path, '[keymap]\ntoggle_language = "f4"\n')
    assert load_settings({}, clean_env, cfg).keymap == {"toggle_language": "f4"}


def test_config_file_via_environment(clean_env: dict[str, str], tmp_path: Path) -> None:
    cfg = _config(tmp_path, 'rep = "From file"\n')
    s = load_settings({}, {**clean_env, "QUALIFY_CONFIG": str(cfg)})
    assert s.config_path == cfg and s.rep == "From file"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('lnag = "fr"\n', "unknown setting 'lnag' (did you mean 'lang'?)"),
        ('lang = "de"\n', "language 'de' is not supported"),
        ("lang = [\n", "not a valid TOML config file"),
        ('database_url = "qualify.db"\n', "is not a database URL"),
        ("banks = 3\n", "'banks' must be a list of folders"),
        ('keymap = "nonsense"\n', "keymap entries look like action=key"),
    ],
)
def test_bad_config_is_a_clear_error(
    clean_env: dict[str, str], tmp_path: Path, text: str, fragment: str
) -> None:
    cfg = _config(tmp_path, text)
    with pytest.raises(SettingsError) as err:
        load_settings({}, clean_env, cfg)
    assert fragment in str(err.value)
    assert str(cfg) in str(err.value)


def test_bad_environment_names_the_variable(clean_env: dict[str, str]) -> None:
    with pytest.raises(SettingsError, match="environment QUALIFY_LANG: language 'xx'"):
        load_settings({}, {**clean_env, "QUALIFY_LANG": "xx"})
