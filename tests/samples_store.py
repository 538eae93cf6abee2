"""The sample annexes imported once into a SQLite store, for the tests of
the views, the evidence, the workbook, the report and `bilag serve`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import SAMPLES

from bilag.record import Record
from bilag.store import connect, import_paths


def samples_store(folder: Path, sample_records: dict[Path, Record]) -> Path:
    """A store at folder/bilag.db holding every sample, imported from their absolute paths."""
    path = folder / "bilag.db"
    engine = connect(str(path))
    import_paths([SAMPLES], engine, jobs=1, reader=lambda p: sample_records[Path(p)])
    engine.dispose()
    return path


def canned(path: Path, name: str, **params: str) -> list[dict]:
    """The rows of a canned query of `bilag serve`, run as Datasette runs it
    (missing parameters empty)."""
    from bilag.serve import QUERIES

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    sql = QUERIES[name]["sql"]
    values = {n: params.get(n, "") for n in ("publisher", "plan", "year", "series") if f":{n}" in sql}
    rows = [dict(r) for r in connection.execute(sql, values)]
    connection.close()
    return rows
