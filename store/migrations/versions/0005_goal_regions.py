"""Where a PDF row stands on its pages: `goals.regions`, a list of
{"page": n, "bbox": [x0, top, x1, bottom]} in PDF points from the page's
top-left corner (the record's `regions`); null for other formats.

Rows stored before this revision have no regions (null) until their file is
imported again with `bilag import --force`.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("goals") as batch:
        batch.add_column(sa.Column("regions", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("goals") as batch:
        batch.drop_column("regions")
