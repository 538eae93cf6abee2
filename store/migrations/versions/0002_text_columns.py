"""Columns that hold document text become unbounded Text: PostgreSQL refused
a file name, plan name (plan_key), unit, annex or footnote mark longer than
its VARCHAR, where SQLite stored it.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table: (column, its length in 0001)
WIDENED = {
    "documents": [("file_name", 500), ("annex", 10), ("plan_key", 500)],
    "goal_series": [("plan_key", 500)],
    "footnotes": [("mark", 20)],
    "quantities": [("unit", 200)],
}


def upgrade() -> None:
    # Batch mode: SQLite copies each table; PostgreSQL alters the columns in place.
    for table, columns in WIDENED.items():
        with op.batch_alter_table(table) as batch:
            for column, length in columns:
                batch.alter_column(column, type_=sa.Text(), existing_type=sa.String(length))


def downgrade() -> None:
    for table, columns in WIDENED.items():
        with op.batch_alter_table(table) as batch:
            for column, length in columns:
                batch.alter_column(column, type_=sa.String(length), existing_type=sa.Text())
