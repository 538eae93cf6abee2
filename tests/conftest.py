"""Fixtures of the store tests: a fresh database per test on SQLite and on
PostgreSQL, and the sample annexes read once per session."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url

from bilag.record import Record
from bilag.store import schema

ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).parent / "data"
POSTGRES_VARIABLE = "BILAG_TEST_POSTGRES_URL"
POSTGRES_HINT = (f"PostgreSQL store tests need a server: set {POSTGRES_VARIABLE}="
                 "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session", autouse=True)
def lemma_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache folder of this test run for the Danish lemma index (built once,
    some 2 s), so the suite never writes into the user's ~/.cache; child
    processes (the CLI tests) inherit it."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder))
        yield folder


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A PostgreSQL database of this test run (random name), dropped at the end."""
    server = os.environ.get(POSTGRES_VARIABLE)
    if not server:
        pytest.skip(POSTGRES_HINT)
    name = f"bilag_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url(postgres_database: str) -> Iterator[str]:
    """The run's PostgreSQL database, emptied again after the test."""
    yield postgres_database
    engine = create_engine(postgres_database)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database for one test, on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bilag.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="session")
def sample_records() -> dict[Path, Record]:
    """Every sample annex read once (extract + normalize) for the session."""
    from bilag.pipeline import process

    return {path: process(path) for path in sorted(SAMPLES.rglob("*"))
            if path.suffix in (".txt", ".docx", ".pdf")}


@pytest.fixture
def cached_reader(sample_records: dict[Path, Record]) -> Callable[[Path], Record]:
    """A reader for `import_paths` that serves the samples from the session's
    cache and reads anything else for real."""
    from bilag.pipeline import process

    def read(path: Path) -> Record:
        return sample_records.get(Path(path)) or process(path)

    return read


def stored_record(name: str) -> Record:
    """A `bilag/1` record kept in tests/data (the annotated seed annexes)."""
    return Record.from_dict(json.loads((DATA / name).read_text(encoding="utf-8")))


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per table of the stored documents (the import log left out)."""
    tables = [schema.Document, schema.GoalTable, schema.Footnote, schema.Goal, schema.Quantity,
              schema.Flag, schema.GoalSeries]
    with engine.connect() as connection:
        return {t.__tablename__: connection.scalar(select(func.count()).select_from(t)) for t in tables}
