"""Where the store lives and how it is opened.

The database is named by a URL or a plain file path (argument, else
``BILAG_DATABASE_URL``, else ``bilag.db`` in the working directory).
`connect()` opens it to write and brings its schema up to date with the
packaged Alembic migrations (no ``alembic.ini`` needed); `open_store()`
opens an existing store to read only (SQLite ``mode=ro``, PostgreSQL
transactions read only) and never changes it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from bilag.errors import StoreError

from .views import install_views, views_current

ENVIRONMENT_VARIABLE = "BILAG_DATABASE_URL"
DEFAULT_URL = "sqlite:///bilag.db"
MIGRATIONS = Path(__file__).parent / "migrations"
# Any fixed number: serializes concurrent first-use upgrades of one PostgreSQL database.
_MIGRATION_LOCK = 4242_0001


SUPPORTED = "a file path, sqlite:///PATH or postgresql://USER@HOST/DATABASE"
_BACKENDS = ("sqlite", "postgresql")


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument, else the environment, else the default
    file; a plain file path ("bilag.db") is a SQLite URL."""
    url = url or os.environ.get(ENVIRONMENT_VARIABLE) or DEFAULT_URL
    if "://" not in url and not url.startswith("sqlite:"):
        return "sqlite:///" + url
    return url


def _parse(url: str) -> URL:
    """The URL as SQLAlchemy reads it, on a backend bilag supports (PostgreSQL
    through psycopg 3, the driver bilag installs)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {shown(url)} (use {SUPPORTED})") from None
    if parsed.get_backend_name() not in _BACKENDS:
        raise StoreError(f"unsupported database {parsed.get_backend_name()!r} in {shown(url)}: "
                         f"use {SUPPORTED}")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


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
    parsed = _parse(url)
    try:
        engine = _engine(parsed)
        migrate(engine)
    except ArgumentError as e:
        raise StoreError(f"not a database URL: {shown(url)} ({e})") from None
    except (SQLAlchemyError, OSError) as e:
        raise StoreError(f"cannot open the database {shown(url)}: {_reason(e)}") from None
    return engine


def open_store(url: str | None = None) -> Engine:
    """Open an existing store to read, without writing to it or migrating it.

    Raises `StoreError` with one line when there is no database, it is not
    a bilag store ("run bilag import first"), its schema is older than this
    bilag's ("run bilag upgrade") or it cannot be reached.
    """
    engine, revision, where = _inspect(database_url(url))
    if revision != head_revision():
        engine.dispose()
        raise StoreError(_revision_problem(revision, where))
    return engine


def upgrade(url: str | None = None) -> tuple[str, str]:
    """Bring an existing store's schema up to date; returns the revisions
    before and after. A database that is no bilag store is left alone."""
    url = database_url(url)
    engine, before, where = _inspect(url)
    engine.dispose()
    if before not in _known_revisions():
        raise StoreError(_revision_problem(before, where))
    connect(url).dispose()
    return before, head_revision()


def _inspect(url: str) -> tuple[Engine, str | None, str]:
    """A read-only engine on the database at `url`, its schema revision and
    where it is, as messages name it."""
    parsed = _parse(url)
    engine = _reader(parsed, url)
    try:
        revision = current_revision(engine)
    except (SQLAlchemyError, OSError) as e:
        engine.dispose()
        raise StoreError(f"cannot open the database {shown(url)}: {_reason(e)}") from None
    return engine, revision, _where(parsed, url)


def head_revision() -> str:
    """The schema revision this bilag writes."""
    return ScriptDirectory.from_config(migration_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None: no bilag schema in it)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(migration_config()).walk_revisions()}


def _revision_problem(revision: str | None, where: str) -> str:
    if revision is None:
        return f"no bilag database at {where}; run bilag import first"
    if revision in _known_revisions():
        return f"the bilag database at {where} has an older schema (revision {revision}); run bilag upgrade"
    return f"the bilag database at {where} was written by a newer bilag (revision {revision}); update bilag"


def _where(parsed: URL, url: str) -> str:
    return parsed.database or ":memory:" if parsed.get_backend_name() == "sqlite" else shown(url)


def _reason(error: Exception) -> str:
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0]


def _engine(url: URL) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _reader(url: URL, given: str) -> Engine:
    """An engine that cannot write: SQLite opened with mode=ro (immutable in
    a folder it may not write, where it could not keep its shared-memory
    file), PostgreSQL with every transaction read only."""
    if url.get_backend_name() == "postgresql":
        return create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})
    path = Path(url.database or "")
    if not url.database or url.database == ":memory:" or not path.is_file():
        raise StoreError(f"no bilag database at {url.database or ':memory:'}; run bilag import first")
    location = path.resolve()
    flags = "mode=ro" + ("" if os.access(location.parent, os.W_OK) else "&immutable=1")
    uri = f"file:{quote(str(location))}?{flags}"

    def open_file() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    # No pool: a query command leaves no file open behind it.
    engine = create_engine("sqlite://", creator=open_file, poolclass=NullPool)
    event.listen(engine, "connect", _sqlite_reading)
    return engine


def _sqlite_reading(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # SQLite ignores ON DELETE CASCADE without it
    cursor.execute("PRAGMA busy_timeout=30000")  # wait for another writer instead of failing
    # Readers are not blocked by an import. The mode stays with the file once
    # set; setting it needs a lock that another importer may hold for a moment,
    # so it is set where it is not yet, and left to the next connection then.
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            pass
    cursor.close()


def migration_config() -> Config:
    """Alembic's configuration, built in code around the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest schema revision if it is behind.
    Two importers starting on one new store migrate it once: PostgreSQL
    waits for an advisory lock, SQLite for its write lock, taken first."""
    config = migration_config()
    head = head_revision()
    sqlite = engine.dialect.name == "sqlite"
    migrator = _sqlite_migrator(engine) if sqlite else engine
    try:
        with migrator.connect() as connection, connection.begin():
            if not sqlite:
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            if MigrationContext.configure(connection).get_current_revision() != head:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            if sqlite and not views_current(connection):
                install_views(connection)
    finally:
        if sqlite:
            migrator.dispose()


def _sqlite_migrator(engine: Engine) -> Engine:
    """An engine for migrating a SQLite store, foreign keys off, whose
    transactions begin with SQLite's write lock (BEGIN IMMEDIATE): the revision is read under the
    lock, so a second importer waits and then finds the store up to date.
    pysqlite's own BEGIN comes only before the first write, too late."""
    migrator = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(migrator, "connect")
    def _connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
        dbapi_connection.isolation_level = None  # bilag says when a transaction begins
        dbapi_connection.execute("PRAGMA busy_timeout=30000")  # wait for the other importer's migration
        # Batch migrations copy a table and drop the old one: with foreign keys
        # on, that drop would cascade into every row that refers to it. The
        # pragma only takes effect outside a transaction, so here. (The journal
        # mode is left to the store's own connections: changing it needs a lock
        # that another importer's migration may hold.)
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(migrator, "begin")
    def _begin(connection) -> None:  # noqa: ANN001 - a SQLAlchemy connection
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return migrator
