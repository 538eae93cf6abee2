"""Write the store's contents to CSV, Excel or Parquet (via pandas).

The output depends only on what is stored: rows in a fixed order, no
database ids, no timestamps, so the same import exports byte for byte the
same from SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

import pandas as pd
from sqlalchemy import Engine

from . import queries

FORMATS = ("csv", "xlsx", "parquet")
TABLES: dict[str, Callable[[Engine], pd.DataFrame]] = {
    "goals": queries.goals,
    "audit": queries.audit,
    "compare": queries.compare,
}


def export(engine: Engine, format: str, output: str | Path | IO[str], table: str = "goals") -> None:
    """Write `table` ("goals", "audit" or "compare") to `output` as CSV or
    Parquet; an Excel workbook gets every table as a sheet of its own."""
    if format == "xlsx":
        with pd.ExcelWriter(output, engine="openpyxl") as workbook:
            for name, frame in TABLES.items():
                frame(engine).to_excel(workbook, sheet_name=name, index=False)
        return
    frame = TABLES[table](engine)
    if format == "csv":
        frame.to_csv(output, index=False, lineterminator="\n")
    elif format == "parquet":
        frame.to_parquet(output, index=False)
    else:
        raise ValueError(f"unknown export format {format!r}: one of {', '.join(FORMATS)}")
