"""Training: a trainee's graded practice attempts and quiz results.

A practice run is an interview with status "practice" (the listings and the dashboard leave those
out); its attempt row keeps the grading report. Quiz results keep the score of each finished quiz.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-15
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practice_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "interview_id", sa.Integer(), sa.ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("trainee", sa.String(200), nullable=False),
        sa.Column("scenario_id", sa.String(64), nullable=False),
        sa.Column("exam", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("graded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_practice_attempts_interview_id", "practice_attempts", ["interview_id"])
    op.create_index("ix_practice_attempts_scenario_id", "practice_attempts", ["scenario_id"])
    op.create_index("ix_practice_attempts_trainee", "practice_attempts", ["trainee", "graded_at"])
    op.create_table(
        "quiz_results",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("trainee", sa.String(200), nullable=False),
        sa.Column("bank_id", sa.String(64), nullable=True),
        sa.Column("asked", sa.Integer(), nullable=False),
        sa.Column("right", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_quiz_results_trainee", "quiz_results", ["trainee", "taken_at"])


def downgrade() -> None:
    op.drop_index("ix_quiz_results_trainee", table_name="quiz_results")
    op.drop_table("quiz_results")
    for name in ("trainee", "scenario_id", "interview_id"):
        op.drop_index(f"ix_practice_attempts_{name}", table_name="practice_attempts")
    op.drop_table("practice_attempts")
