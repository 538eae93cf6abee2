"""The initial schema: documents, goal tables, goals, quantities, flags,
footnotes, goal series and the import log (see `bilag.store.schema`).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("annex", sa.String(length=10), nullable=True),
        sa.Column("plan", sa.Text(), nullable=True),
        sa.Column("plan_key", sa.String(length=500), nullable=False),
        sa.Column("report_year", sa.Integer(), nullable=True),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sha256"),
    )
    op.create_index("ix_documents_plan_key", "documents", ["plan_key"])
    op.create_index("ix_documents_report_year", "documents", ["report_year"])

    op.create_table(
        "goal_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_key", sa.String(length=500), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=True),
        sa.Column("last_year", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_goal_series_plan_key", "goal_series", ["plan_key"])

    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('imported', 'unchanged', 'replaced', 'failed')", name="import_outcome"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_import_log_sha256", "import_log", ["sha256"])

    op.create_table(
        "footnotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("mark", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_footnotes_document_id", "footnotes", ["document_id"])

    op.create_table(
        "goal_tables",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_id", "number"),
    )
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("table_number", sa.Integer(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("pages", sa.JSON(), nullable=False),
        sa.Column("target_group", sa.Text(), nullable=True),
        sa.Column("goal_text", sa.Text(), nullable=True),
        sa.Column("report_text", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_text", sa.Text(), nullable=True),
        sa.Column("attainment", sa.Float(), nullable=True),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('achieved', 'partially_achieved', 'not_achieved', 'on_track', 'not_stated')",
            name="goal_status",
        ),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["series_id"], ["goal_series.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["table_id"], ["goal_tables.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_id", "table_number", "row_number"),
    )
    op.create_index("ix_goals_series_id", "goals", ["series_id"])
    op.create_index("ix_goals_status", "goals", ["status"])
    op.create_index("ix_goals_table_id", "goals", ["table_id"])

    op.create_table(
        "flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("goal_id", "name"),
    )
    op.create_index("ix_flags_name", "flags", ["name"])

    op.create_table(
        "quantities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("low", sa.Float(), nullable=True),
        sa.Column("high", sa.Float(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=200), nullable=True),
        sa.Column("period", sa.String(length=20), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("measures_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('target', 'actual')", name="quantity_kind"),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["measures_id"], ["quantities.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("goal_id", "kind", "position"),
    )
    op.create_index("ix_quantities_measures_id", "quantities", ["measures_id"])
    op.create_index("ix_quantities_unit", "quantities", ["unit"])


def downgrade() -> None:
    op.drop_table("quantities")
    op.drop_table("flags")
    op.drop_table("goals")
    op.drop_table("goal_tables")
    op.drop_table("footnotes")
    op.drop_table("import_log")
    op.drop_table("goal_series")
    op.drop_table("documents")
