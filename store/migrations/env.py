"""Alembic environment: run migrations on the connection `database.migrate`
hands over (or on `sqlalchemy.url` when Alembic is run by hand)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from bilag.store.schema import Base
from bilag.store.views import drop_views

config = context.config


def run_migrations(connection) -> None:  # noqa: ANN001 - Alembic passes a Connection
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things in place: batch mode copies the table.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        # SQLite checks every view when a batch migration renames a table;
        # `database.migrate` makes the views again afterwards.
        drop_views(connection)
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as connection:
        run_migrations(connection)
