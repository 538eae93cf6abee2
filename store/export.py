"""The store's tables as data files: CSV, TSV, JSON, JSON Lines, Parquet; the
audit workbook (Excel) and a SQLite copy of the store.

In the conventions of sqlite-utils: JSON is one array of objects, JSON Lines
one object per line, lists (pages, flags) are arrays in JSON and Parquet and
JSON text in a CSV cell, missing values are null (an empty CSV cell), and a
table has the same columns and types when it is empty. `excel=True` makes a
CSV that Danish Excel opens as it is: `;` between fields, decimal comma and
a UTF-8 byte order mark.

The output depends only on what is stored, in a fixed order, so the same
import exports byte for byte the same from SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import inspect
import io
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import pandas as pd
from sqlalchemy import Engine

from bilag.errors import MissingDependency

from . import queries

FORMATS = ("csv", "tsv", "json", "nl", "xlsx", "parquet", "sqlite")
BINARY = ("xlsx", "parquet", "sqlite")
TABLES: dict[str, Callable[..., pd.DataFrame]] = {
    "goals": queries.goals,
    "quantities": queries.quantities,
    "audit": queries.audit,
    "compare": queries.compare_long,
    "compare-wide": queries.compare,
    "log": queries.import_log,
}
"""What can be exported as a table (xlsx and sqlite take the whole store)."""


def frame_of(engine: Engine, name: str, **filters: Any) -> pd.DataFrame:
    """The frame of table `name`, with the filters (year, plan, municipality,
    all_renderings …) that its query takes; the others are left out."""
    query = TABLES[name]
    accepted = inspect.signature(query).parameters
    return query(engine, **{k: v for k, v in filters.items() if k in accepted and v not in (None, False)})


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as plain Python values: None for every kind of missing."""
    return [{column: _plain(value) for column, value in row.items()} for row in frame.to_dict("records")]


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):  # a numpy scalar
        return value.item()
    return value


def export(engine: Engine, format: str, output: str | Path | IO, table: str = "goals", *,
           excel: bool = False, **filters: Any) -> None:
    """Write `table` (see `TABLES`) to `output` (a path or a stream; binary
    for xlsx and parquet) as `format` (see `FORMATS`); xlsx is the audit
    workbook of the whole store (`workbook.write_workbook`), sqlite a copy of
    the whole store in a new file. `filters` as in `frame_of`."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}: one of {', '.join(FORMATS)}")
    if format == "xlsx":
        from .workbook import write_workbook

        write_workbook(engine, output, **filters)
        return
    if format == "sqlite":
        from .copy import copy_to_sqlite

        copy_to_sqlite(engine, output)
        return
    write(frame_of(engine, table, **filters), format, output, excel=excel)


def write(frame: pd.DataFrame, format: str, output: str | Path | IO, excel: bool = False) -> None:
    """Write one frame as csv, tsv, json, nl or parquet to a path or a stream
    (text formats: a text or binary stream, UTF-8)."""
    if format == "parquet":
        _write_parquet(frame, output)
        return
    text = ("\ufeff" if excel else "") + render(frame, format, excel=excel)
    if isinstance(output, str | Path):
        Path(output).write_bytes(text.encode("utf-8"))
    elif isinstance(output, io.TextIOBase):
        output.write(text)
    else:
        output.write(text.encode("utf-8"))
        output.flush()


def render(frame: pd.DataFrame, format: str, excel: bool = False) -> str:
    """A frame as CSV, TSV, a JSON array or JSON Lines text."""
    rows = records(frame)
    if format == "json":
        return "[" + ",\n ".join(_json(r) for r in rows) + "]\n"
    if format == "nl":
        return "".join(_json(r) + "\n" for r in rows)
    if format in ("csv", "tsv"):
        out = io.StringIO()
        delimiter = "\t" if format == "tsv" else ";" if excel else ","
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        writer.writerow(frame.columns)
        writer.writerows([_cell(v, excel) for v in r.values()] for r in rows)
        return out.getvalue()
    raise ValueError(f"unknown text format {format!r}")


def _json(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False)


def _cell(value: Any, excel: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
        return text.replace(".", ",") if excel else text
    return str(value)


def _arrow_type(column: str) -> Any:
    import pyarrow as pa

    # The wide compare view's "2024 attainment" columns are shares as well.
    kind = "float" if column.endswith(" attainment") else queries.COLUMN_TYPES.get(column, "str")
    return {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string(),
            "list[int]": pa.list_(pa.int64()), "list[str]": pa.list_(pa.string())}[kind]


def _write_parquet(frame: pd.DataFrame, output: str | Path | IO[bytes]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependency("parquet", "Parquet needs pyarrow: pip install 'bilag[parquet]'") from None
    schema = pa.schema([(str(c), _arrow_type(str(c))) for c in frame.columns])
    rows = records(frame)
    arrow = pa.Table.from_pydict({c.name: [r[c.name] for r in rows] for c in schema}, schema=schema)
    pq.write_table(arrow, output)
