"""Stage 2: the verdict and the numbers of each goal row.

For every goal row: the stated verdict (`verdict`), the targets of the goal
cell and the actuals of the report cell (`quantities`, `targets`,
`actuals`), which actual measures which target (`pairing`), and the
attainment and audit flags (`audit`). spaCy loads on the first call.
"""

from __future__ import annotations

from dataclasses import replace

from bilag.record import Record, TableInfo
from bilag.settings import DEFAULT, Settings

ANNUAL_HEADER_WORDS = ("årlige mål", "årlig mål", "mål pr. år", "årligt mål", "årlige måltal")


def normalize_record(record: Record, settings: Settings = DEFAULT) -> Record:
    """Fill status, targets, actuals, attainment and flags of every goal."""
    from .audit import with_ocr_flag
    from .row import normalize_goal  # spaCy loads here, on first use only

    tables = {t.index: t for t in record.tables}
    goals = tuple(with_ocr_flag(normalize_goal(goal, record.document.report_year,
                                               _annual_column(tables.get(goal.table)), settings,
                                               time_column=_time_column(tables.get(goal.table))))
                  for goal in record.goals)
    return replace(record, goals=goals)


def warm_up(settings: Settings = DEFAULT) -> None:
    """Load the Danish language pipeline now rather than on the first row
    (for callers that can overlap its start-up with other work)."""
    from . import row  # noqa: F401 - the rules' modules, with spaCy
    from .language import lexicon, pipeline

    pipeline(settings.lemma_cache_dir)
    lexicon(settings.lemma_cache_dir)


def _annual_column(table: TableInfo | None) -> bool:
    """Whether the table's goal column is headed as yearly ("Årlige mål")."""
    if table is None:
        return False
    for role, header in zip(table.columns, table.headers):
        if role == "goal" and any(words in header.lower() for words in ANNUAL_HEADER_WORDS):
            return True
    return False


def _time_column(table: TableInfo | None) -> bool:
    """Whether the table's goal column is headed as a time ("Frist", "Svarfrist",
    "Sagsbehandlingstid", "Servicemål"): its bare durations are the rows' targets."""
    from .families import TIME_COLUMN_HEADS

    if table is None:
        return False
    for role, header in zip(table.columns, table.headers):
        words = [word.strip(".:,()") for word in header.lower().split()]
        if role == "goal" and any(word.endswith(TIME_COLUMN_HEADS) for word in words):
            return True
    return False


__all__ = ["normalize_record"]
