"""exports_log: every file an interview was exported to, so that `qualify forget` can name them.

An export is a copy of personal data outside the database: erasing a lead cannot reach it, but it
can tell the user where the copies are.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exports_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer(),
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("fmt", sa.String(8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_exports_log_interview_id", "exports_log", ["interview_id"])


def downgrade() -> None:
    op.drop_index("ix_exports_log_interview_id", table_name="exports_log")
    op.drop_table("exports_log")
