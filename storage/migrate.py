"""Schema versions: upgrade with Alembic, and refuse a database newer than this program."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Engine, inspect, text

from storage.precheck import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SchemaState = Literal["empty", "current", "behind", "newer", "foreign"]
# The newest revision in migrations/versions (a test keeps them equal). A database already at it,
# the usual case, opens without importing Alembic: ~10 MB and tens of ms off every start.
HEAD = SCHEMA_HEAD


class SchemaTooNew(Exception):
    pass


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def schema_state(engine: Engine) -> tuple[SchemaState, str | None]:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = None
        if "alembic_version" in tables:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
            current = rows[0][0] if len(rows) == 1 else None
    if current == HEAD:
        return "current", current
    from alembic.script import ScriptDirectory

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
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
