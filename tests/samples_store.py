"""The sample annexes imported once into a SQLite store, for the tests of
the views, the evidence, the workbook, the report and `bilag serve`."""

from __future__ import annotations

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
