"""Where the store lives and how it is opened.

`connect()` picks the database URL (argument, else ``BILAG_DATABASE_URL``,
else ``bilag.db`` in the working directory), opens it and brings its schema
up to date with the packaged Alembic migrations, so an older database is
upgraded on first use and no ``alembic.ini`` is needed.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from bilag.errors import StoreError

ENVIRONMENT_VARIABLE = "BILAG_DATABASE_URL"
DEFAULT_URL = "sqlite:///bilag.db"
MIGRATIONS = Path(__file__).parent / "migrations"
# Any fixed number: serializes concurrent first-use upgrades of one PostgreSQL database.
_MIGRATION_LOCK = 4242_0001


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument, else the environment, else the default file."""
    return url or os.environ.get(ENVIRONMENT_VARIABLE) or DEFAULT_URL


def shown(url: str) -> str:
    """The URL as it may be printed (no password)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def connect(url: str | None = None) -> Engine:
    """Open the store at `url` (see `database_url`) with its schema up to date.

    Raises `StoreError` with a one-line reason when the URL is malformed or
    the database cannot be reached.
    """
    url = database_url(url)
    try:
        engine = _engine(url)
        migrate(engine)
    except ArgumentError as e:
        raise StoreError(f"not a database URL: {shown(url)} ({e})") from None
    except (SQLAlchemyError, OSError) as e:
        reason = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
        raise StoreError(f"cannot open the database {shown(url)}: {reason}") from None
    return engine


def _engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # SQLite ignores ON DELETE CASCADE without it
    cursor.execute("PRAGMA busy_timeout=30000")  # wait for another writer instead of failing
    cursor.execute("PRAGMA journal_mode=WAL")  # readers are not blocked by an import
    cursor.close()


def migration_config() -> Config:
    """Alembic's configuration, built in code around the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest schema revision if it is behind."""
    config = migration_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations copy a table and drop the old one: with foreign
            # keys on, that drop would cascade into every row that refers to it.
            # The pragma only takes effect outside a transaction.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
                if MigrationContext.configure(connection).get_current_revision() == head:
                    return
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
