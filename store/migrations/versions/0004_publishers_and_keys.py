"""Who published an annex, and keys that outputs can give out.

- `documents.municipality`: the publisher (null where unknown); an edition
  and a plan's series belong to one publisher.
- `goal_series.key`: a stable name of a series, and `goal_series.municipality`.
  A stored series gets the key `link_series` would give it (from its earliest
  goal), and keeps its id.
- SQLite: documents and goals get AUTOINCREMENT ids, so a deleted document's
  id is never given to another one (PostgreSQL's sequences never reuse them).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key(municipality: str | None, plan_key: str, sha256: str, table: int, row: int) -> str:
    # As bilag.store.series.series_key at this revision.
    seed = "\x1f".join([municipality or "", plan_key, sha256, str(table), str(row)])
    return "s" + hashlib.sha256(seed.encode()).hexdigest()[:11]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    autoincrement = {"recreate": "always", "table_kwargs": {"sqlite_autoincrement": True}} if sqlite else {}
    with op.batch_alter_table("documents", **autoincrement) as batch:
        batch.add_column(sa.Column("municipality", sa.Text(), nullable=True))
    if sqlite:
        with op.batch_alter_table("goals", **autoincrement):
            pass
    with op.batch_alter_table("goal_series") as batch:
        batch.add_column(sa.Column("key", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("municipality", sa.Text(), nullable=True))

    connection = op.get_bind()
    earliest = connection.execute(sa.text(
        "SELECT g.series_id, s.plan_key, d.report_year, d.sha256, g.table_number, g.row_number "
        "FROM goals g JOIN documents d ON d.id = g.document_id JOIN goal_series s ON s.id = g.series_id"))
    first: dict[int, tuple] = {}
    for series_id, plan_key, year, sha256, table, row in earliest:
        place = (year if year is not None else 9999, sha256, table, row, plan_key)
        first[series_id] = min(first.get(series_id, place), place)
    series = connection.execute(sa.text("SELECT id, plan_key FROM goal_series")).all()
    for series_id, plan_key in series:
        _, sha256, table, row, _ = first.get(series_id, (0, f"empty {series_id}", 0, 0, plan_key))
        connection.execute(sa.text("UPDATE goal_series SET key = :key WHERE id = :id"),
                           {"key": _key(None, plan_key, sha256, table, row), "id": series_id})
    with op.batch_alter_table("goal_series") as batch:
        batch.alter_column("key", existing_type=sa.String(length=20), nullable=False)
        batch.create_unique_constraint("uq_goal_series_key", ["key"])


def downgrade() -> None:
    with op.batch_alter_table("goal_series") as batch:
        batch.drop_constraint("uq_goal_series_key", type_="unique")
        batch.drop_column("municipality")
        batch.drop_column("key")
    sqlite = op.get_bind().dialect.name == "sqlite"
    plain = {"recreate": "always", "table_kwargs": {"sqlite_autoincrement": False}} if sqlite else {}
    if sqlite:
        with op.batch_alter_table("goals", **plain):
            pass
    with op.batch_alter_table("documents", **plain) as batch:
        batch.drop_column("municipality")
