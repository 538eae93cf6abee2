"""Stage 2: the verdict and the numbers of each goal row."""

from __future__ import annotations

from bilag.record import Record


def normalize_record(record: Record) -> Record:
    """Fill status, targets, actuals, attainment and flags of every goal."""
    return record
