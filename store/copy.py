"""A copy of a store in a new SQLite file (`bilag export --format sqlite`):
a PostgreSQL store becomes a file that `bilag serve`, Datasette or sqlite3
can open, with the same rows, ids and views."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from sqlalchemy import Engine, select

from bilag.errors import StoreError

from .database import connect
from .schema import Base


def copy_to_sqlite(engine: Engine, output: str | Path | IO[bytes]) -> None:
    """Copy every table of the store at `engine` into a new SQLite file at
    `output` (a path; the file must not exist yet)."""
    if not isinstance(output, str | Path):
        raise StoreError("a SQLite copy is written to a file: give -o PATH")
    path = Path(output)
    if path.exists():
        path.unlink()  # the CLI asked for --force before
    target = connect(f"sqlite:///{path}")
    try:
        with engine.connect() as source, target.connect() as copy:
            copy.exec_driver_sql("PRAGMA foreign_keys=OFF")  # rows that point at each other (quantities)
            copy.commit()  # the pragma takes effect outside a transaction
            with copy.begin():
                for table in Base.metadata.sorted_tables:
                    rows = [dict(r._mapping) for r in source.execute(select(table))]
                    if rows:
                        copy.execute(table.insert(), rows)
    finally:
        target.dispose()
