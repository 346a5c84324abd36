"""Schema versions: upgrade with Alembic, and refuse a database newer than this program."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SchemaState = Literal["empty", "current", "behind", "newer", "foreign"]


class SchemaTooNew(Exception):
    pass


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def schema_state(engine: Engine) -> tuple[SchemaState, str | None]:
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if current is None:
        return ("empty" if not tables else "foreign"), None
    script = ScriptDirectory.from_config(_config())
    if current == script.get_current_head():
        return "current", current
    try:
        script.get_revision(current)
    except Exception:  # alembic raises several kinds for an unknown revision
        return "newer", current
    return "behind", current


def upgrade(engine: Engine) -> None:
    state, current = schema_state(engine)
    if state == "newer":
        raise SchemaTooNew(current)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
