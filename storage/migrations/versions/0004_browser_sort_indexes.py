"""Indexes for the interview browser's sorts: each sort column with the id that breaks its ties.

Keyset paging (after the (value, id) of the last row shown) then walks one index in order, as deep
into 100,000 interviews as the first page. Sorting by lead or company walks leads' name/company
indexes and each lead's interviews (ix_interviews_lead_id): no index is needed there. Sorting by a
framework's verdict or score walks interview_banks by (bank, verdict|score, interview).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_interviews_rep_id", "interviews", ["rep", "id"]),
    ("ix_interviews_duration_id", "interviews", ["duration_s", "id"]),
    ("ix_interviews_stage_id", "interviews", ["stage", "id"]),
    ("ix_interviews_red_flags_id", "interviews", ["red_flags", "id"]),
    ("ix_interview_banks_verdict_id", "interview_banks", ["bank_id", "verdict", "interview_id"]),
    ("ix_interview_banks_score_id", "interview_banks", ["bank_id", "score", "interview_id"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
