"""Stage 3: keep `bilag/1` records in a SQL database (SQLite or PostgreSQL)
and answer questions about them as pandas DataFrames.

    from bilag.store import connect, import_paths, goals, audit, compare
    engine = connect()                      # bilag.db, or BILAG_DATABASE_URL; open_store() to read only
    import_paths(["samples"], engine)
    compare(engine, plan="ekstremisme")
"""

from .database import connect, open_store, upgrade
from .export import export
from .importer import ImportSummary, import_paths
from .queries import audit, compare, compare_long, goal, goals, import_log, quantities
from .series import link_series
from .writer import save_record

__all__ = ["ImportSummary", "audit", "compare", "compare_long", "connect", "export", "goal", "goals",
           "import_log", "import_paths", "link_series", "open_store", "quantities", "save_record", "upgrade"]
