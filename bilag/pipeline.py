"""The whole reading of one file: extract, then normalize."""

from __future__ import annotations

from pathlib import Path

from bilag.extract import extract
from bilag.record import Record
from bilag.settings import DEFAULT, Settings


def process(path: str | Path, settings: Settings = DEFAULT) -> Record:
    """Read one annex into a complete `bilag/1` record."""
    from bilag.normalize import normalize_record  # spaCy loads on first use only

    return normalize_record(extract(path, settings))
