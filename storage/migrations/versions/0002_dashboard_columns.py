"""Denormalised, indexed outcome columns for the interview browser and the manager dashboard.

interviews: stage, red_flags, duration_s, and an index covering a period's totals. interview_banks:
one row per framework (content_hash may be unknown), with verdict, score, coverage, and an index by
bank. New interview_signals and interview_criteria (with copies of started_at and rep for the
period scans) and their small key tables signal_keys and criterion_keys. Existing rows are
backfilled from the summary JSON and the end time.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BATCH = 2_000
TZ = sa.DateTime(timezone=True)
OUTCOMES = ("verdicts", "scores", "coverage")  # summary keys, each {bank id: value}


def upgrade() -> None:
    # ADD COLUMN in place: a batch copy of interviews would cascade-delete its children (see below).
    op.add_column("interviews", sa.Column("stage", sa.String(16)))
    op.add_column("interviews", sa.Column("red_flags", sa.Integer()))
    op.add_column("interviews", sa.Column("duration_s", sa.Float()))
    op.create_index(
        "ix_interviews_period",
        "interviews",
        ["started_at", "rep", "status", "stage", "duration_s", "red_flags"],
    )
    # SQLite rebuilds interview_banks for the nullability changes (nothing references it).
    with op.batch_alter_table("interview_banks") as batch:
        batch.alter_column("content_hash", existing_type=sa.String(64), nullable=True)
        batch.add_column(sa.Column("started_at", TZ))  # NOT NULL once backfilled, below
        batch.add_column(sa.Column("rep", sa.String(200)))
        batch.add_column(sa.Column("verdict", sa.String(16)))
        batch.add_column(sa.Column("score", sa.Float()))
        batch.add_column(sa.Column("coverage", sa.Float()))
    op.create_table(
        "interview_signals",
        sa.Column(
            "interview_id",
            sa.Integer(),
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("bank_id", sa.String(64), primary_key=True),
        sa.Column("signal_id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("rep", sa.String(200), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_interview_signals_key",
        "interview_signals",
        ["bank_id", "signal_id", "kind", "scope", "started_at", "rep"],
    )
    op.create_table(
        "interview_criteria",
        sa.Column(
            "interview_id",
            sa.Integer(),
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("bank_id", sa.String(64), primary_key=True),
        sa.Column("criterion_id", sa.String(64), primary_key=True),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("rep", sa.String(200), nullable=False),
        sa.Column("coverage", sa.Float(), nullable=False),
        sa.Column("score", sa.Float()),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_interview_criteria_key",
        "interview_criteria",
        ["bank_id", "criterion_id", "started_at", "rep", "coverage", "score"],
    )
    op.create_table(
        "verdict_keys",
        sa.Column("bank_id", sa.String(64), primary_key=True),
        sa.Column("verdict", sa.String(16), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "signal_keys",
        sa.Column("bank_id", sa.String(64), primary_key=True),
        sa.Column("signal_id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("scope", sa.String(16), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "criterion_keys",
        sa.Column("bank_id", sa.String(64), primary_key=True),
        sa.Column("criterion_id", sa.String(64), primary_key=True),
        sqlite_with_rowid=False,
    )
    _backfill(op.get_bind())
    with op.batch_alter_table("interview_banks") as batch:
        batch.alter_column("started_at", existing_type=TZ, nullable=False)
        batch.alter_column("rep", existing_type=sa.String(200), nullable=False)
    op.create_index("ix_interview_banks_bank", "interview_banks", ["bank_id", "interview_id"])
    op.create_index(
        "ix_interview_banks_outcome",
        "interview_banks",
        ["bank_id", "verdict", "started_at", "rep", "coverage", "score"],
    )
    op.execute(
        "INSERT INTO verdict_keys (bank_id, verdict) "
        "SELECT DISTINCT bank_id, COALESCE(verdict, '') FROM interview_banks "
        "WHERE verdict IS NOT NULL OR score IS NOT NULL OR coverage IS NOT NULL"
    )
    op.execute(
        "INSERT INTO signal_keys (bank_id, signal_id, kind, scope) "
        "SELECT DISTINCT bank_id, signal_id, kind, scope FROM interview_signals"
    )
    op.execute(
        "INSERT INTO criterion_keys (bank_id, criterion_id) "
        "SELECT DISTINCT bank_id, criterion_id FROM interview_criteria"
    )


def downgrade() -> None:
    op.drop_table("criterion_keys")
    op.drop_table("signal_keys")
    op.drop_table("verdict_keys")
    op.drop_table("interview_criteria")
    op.drop_table("interview_signals")
    op.drop_index("ix_interviews_period", table_name="interviews")
    op.drop_index("ix_interview_banks_outcome", table_name="interview_banks")
    op.drop_index("ix_interview_banks_bank", table_name="interview_banks")
    op.execute("DELETE FROM interview_banks WHERE content_hash IS NULL")
    with op.batch_alter_table("interview_banks") as batch:
        batch.drop_column("coverage")
        batch.drop_column("score")
        batch.drop_column("verdict")
        batch.drop_column("rep")
        batch.drop_column("started_at")
        batch.alter_column("content_hash", existing_type=sa.String(64), nullable=False)
    # Plain ALTER TABLE DROP COLUMN (SQLite 3.35+), never a batch copy of interviews: with foreign
    # keys on, dropping the old table would cascade-delete every event and bank row.
    for column in ("duration_s", "red_flags", "stage"):
        op.drop_column("interviews", column)


# --- backfill -------------------------------------------------------------------------------------
# A frozen copy of the derivation in storage/repository.py as it stood at this revision: a migration
# must give the same result whatever the application code becomes later.

interviews = sa.table(
    "interviews",
    sa.column("id", sa.Integer()),
    sa.column("rep", sa.String()),
    sa.column("frameworks", sa.JSON()),
    sa.column("summary", sa.JSON()),
    sa.column("started_at", sa.DateTime(timezone=True)),
    sa.column("ended_at", sa.DateTime(timezone=True)),
    sa.column("stage", sa.String()),
    sa.column("red_flags", sa.Integer()),
    sa.column("duration_s", sa.Float()),
)
banks = sa.table(
    "interview_banks",
    sa.column("interview_id", sa.Integer()),
    sa.column("bank_id", sa.String()),
    sa.column("content_hash", sa.String()),
    sa.column("started_at", TZ),
    sa.column("rep", sa.String()),
    sa.column("verdict", sa.String()),
    sa.column("score", sa.Float()),
    sa.column("coverage", sa.Float()),
)
signals = sa.table(
    "interview_signals",
    sa.column("interview_id", sa.Integer()),
    sa.column("bank_id", sa.String()),
    sa.column("signal_id", sa.String()),
    sa.column("kind", sa.String()),
    sa.column("scope", sa.String()),
    sa.column("started_at", TZ),
    sa.column("rep", sa.String()),
)
criteria = sa.table(
    "interview_criteria",
    sa.column("interview_id", sa.Integer()),
    sa.column("bank_id", sa.String()),
    sa.column("criterion_id", sa.String()),
    sa.column("started_at", TZ),
    sa.column("rep", sa.String()),
    sa.column("coverage", sa.Float()),
    sa.column("score", sa.Float()),
)


def _short(value: Any, limit: int) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= limit else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if value == value else None  # NaN is no figure


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _signals(summary: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    listed = summary.get("signals")
    for item in listed if isinstance(listed, list) else ():
        if not isinstance(item, Mapping):
            continue
        bank_id, signal_id = _short(item.get("bank_id"), 64), _short(item.get("signal"), 64)
        kind = item.get("kind")
        if bank_id is None or signal_id is None or kind not in ("positive", "warning", "red_flag"):
            continue
        rows[(bank_id, signal_id)] = {
            "bank_id": bank_id,
            "signal_id": signal_id,
            "kind": kind,
            "scope": _short(item.get("scope"), 16) or "lead",
        }
    return list(rows.values())


def _criteria(summary: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for bank_id, by_criterion in _mapping(summary.get("criteria")).items():
        if _short(bank_id, 64) is None:
            continue
        for criterion_id, figures in _mapping(by_criterion).items():
            coverage = _number(_mapping(figures).get("coverage"))
            if _short(criterion_id, 64) is None or coverage is None:
                continue
            score = _number(_mapping(figures).get("score"))
            rows.append(
                {"bank_id": bank_id, "criterion_id": criterion_id, "coverage": coverage, "score": score}
            )
    return rows


def _red_flags(summary: Mapping[str, Any]) -> int | None:
    count = summary.get("red_flags")
    if isinstance(count, int) and not isinstance(count, bool):
        return count
    if isinstance(summary.get("signals"), list):
        return sum(1 for s in _signals(summary) if s["kind"] == "red_flag")
    return None


def _duration(started: dt.datetime | None, ended: dt.datetime | None) -> float | None:
    if started is None or ended is None:
        return None
    # SQLite gives naive datetimes (stored as UTC), PostgreSQL aware ones: never mixed in one row.
    if (started.tzinfo is None) != (ended.tzinfo is None):
        started, ended = started.replace(tzinfo=None), ended.replace(tzinfo=None)
    return (ended - started).total_seconds()


def _backfill(connection: sa.Connection) -> None:
    last = 0
    while True:
        rows = connection.execute(
            sa.select(
                interviews.c.id,
                interviews.c.rep,
                interviews.c.frameworks,
                interviews.c.summary,
                interviews.c.started_at,
                interviews.c.ended_at,
            )
            .where(interviews.c.id > last)
            .order_by(interviews.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        last = rows[-1].id
        ids = [r.id for r in rows]
        known: dict[int, list[str]] = {i: [] for i in ids}
        for interview_id, bank_id in connection.execute(
            sa.select(banks.c.interview_id, banks.c.bank_id).where(banks.c.interview_id.in_(ids))
        ):
            known[interview_id].append(bank_id)
        updates: list[dict[str, Any]] = []
        copies: list[dict[str, Any]] = []
        new_banks: list[dict[str, Any]] = []
        outcomes: list[dict[str, Any]] = []
        new_signals: list[dict[str, Any]] = []
        new_criteria: list[dict[str, Any]] = []
        for row in rows:
            summary = _mapping(row.summary)
            updates.append(
                {
                    "b_id": row.id,
                    "stage": _short(summary.get("stage"), 16),
                    "red_flags": _red_flags(summary) if summary else None,
                    "duration_s": _duration(row.started_at, row.ended_at),
                }
            )
            copies.append({"b_interview": row.id, "started_at": row.started_at, "rep": row.rep})
            # Every framework gets its row, as Store.start_interview now makes them.
            frameworks = row.frameworks if isinstance(row.frameworks, list) else []
            for bank_id in dict.fromkeys(f for f in frameworks if _short(f, 64)):
                if bank_id not in known[row.id]:
                    known[row.id].append(bank_id)
                    new_banks.append(
                        {
                            "interview_id": row.id,
                            "bank_id": bank_id,
                            "content_hash": None,
                            "started_at": row.started_at,
                            "rep": row.rep,
                        }
                    )
            if not summary:
                continue
            verdicts, scores, coverage = (_mapping(summary.get(k)) for k in OUTCOMES)
            outcomes += [
                {
                    "b_interview": row.id,
                    "b_bank": bank_id,
                    "verdict": _short(verdicts.get(bank_id), 16),
                    "score": _number(scores.get(bank_id)),
                    "coverage": _number(coverage.get(bank_id)),
                }
                for bank_id in known[row.id]
            ]
            copied = {"interview_id": row.id, "started_at": row.started_at, "rep": row.rep}
            new_signals += [{**copied, **item} for item in _signals(summary)]
            new_criteria += [{**copied, **item} for item in _criteria(summary)]
        connection.execute(
            interviews.update()
            .where(interviews.c.id == sa.bindparam("b_id"))
            .values(
                stage=sa.bindparam("stage"),
                red_flags=sa.bindparam("red_flags"),
                duration_s=sa.bindparam("duration_s"),
            ),
            updates,
        )
        connection.execute(
            banks.update()
            .where(banks.c.interview_id == sa.bindparam("b_interview"))
            .values(started_at=sa.bindparam("started_at"), rep=sa.bindparam("rep")),
            copies,
        )
        if new_banks:
            connection.execute(banks.insert(), new_banks)
        if outcomes:
            connection.execute(
                banks.update()
                .where(banks.c.interview_id == sa.bindparam("b_interview"))
                .where(banks.c.bank_id == sa.bindparam("b_bank"))
                .values(
                    verdict=sa.bindparam("verdict"),
                    score=sa.bindparam("score"),
                    coverage=sa.bindparam("coverage"),
                ),
                outcomes,
            )
        if new_signals:
            connection.execute(signals.insert(), new_signals)
        if new_criteria:
            connection.execute(criteria.insert(), new_criteria)
