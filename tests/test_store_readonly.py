"""Query commands read without writing: a read-only file, a read-only folder,
a read-only PostgreSQL role; a missing or foreign database is one line and
creates nothing; an older store asks for `bilag upgrade`."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from click.testing import CliRunner
from conftest import SAMPLES
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bilag.cli import main
from bilag.store import connect, import_paths
from bilag.store.database import head_revision, migration_config

QUERIES = [["goals"], ["audit"], ["compare"], ["log"], ["show", "1"], ["goals", "--json"],
           ["export", "--format", "csv", "--table", "quantities"]]


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sample_file(tmp_path: Path, cached_reader) -> Path:
    """A SQLite store of the 2024 sample annexes (text renderings)."""
    path = tmp_path / "store" / "bilag.db"
    path.parent.mkdir()
    engine = connect(str(path))
    import_paths([SAMPLES / "2024" / "*.txt"], engine, jobs=1, reader=cached_reader)
    engine.dispose()
    return path


@pytest.mark.parametrize("query", QUERIES, ids=" ".join)
def test_a_missing_database_is_one_line_and_nothing_is_created(tmp_path: Path, query: list[str]) -> None:
    missing = tmp_path / "typo" / "bilag.db"
    result = run(*query, "--db", missing)
    assert result.exit_code == 1
    assert result.output == f"Error: no bilag database at {missing}; run bilag import first\n"
    assert not missing.parent.exists()


def test_a_database_that_is_not_a_bilag_store_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    before = _digest(other)
    result = run("goals", "--db", other)
    assert result.exit_code == 1
    assert result.output == f"Error: no bilag database at {other}; run bilag import first\n"
    assert _digest(other) == before


def test_unsupported_schemes_name_the_supported_ones() -> None:
    result = run("goals", "--db", "mysql://someone@localhost/bilag")
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert "unsupported database 'mysql'" in result.output
    assert "sqlite:///PATH" in result.output and "postgresql://" in result.output


def test_a_plain_path_and_a_read_only_file(sample_file: Path) -> None:
    sample_file.chmod(0o444)
    before = _digest(sample_file)
    for query in QUERIES:
        result = run(*query, "--db", sample_file)
        assert result.exit_code == 0, (query, result.output)
    assert "1 audit finding" in run("audit", "--db", sample_file).output
    assert _digest(sample_file) == before


@pytest.fixture
def read_only_folder(sample_file: Path) -> Iterator[Path]:
    """The store's folder, read only: a read-only bind mount where this runs
    as root (whom file modes do not stop), else the folder's mode."""
    folder = sample_file.parent
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = folder.parent / "read-only"
    mounted.mkdir()
    steps = [["mount", "--bind", str(folder), str(mounted)], ["mount", "-o", "remount,bind,ro", str(mounted)]]
    if shutil.which("mount") is None or any(subprocess.run(s, capture_output=True).returncode for s in steps):
        subprocess.run(["umount", str(mounted)], capture_output=True)
        pytest.skip("a read-only folder needs a bind mount here (root without mount privileges)")
    try:
        yield mounted
    finally:
        subprocess.run(["umount", "--lazy", str(mounted)], check=True)


def test_a_read_only_folder(read_only_folder: Path) -> None:
    assert not os.access(read_only_folder, os.W_OK)
    path = read_only_folder / "bilag.db"
    for query in QUERIES:
        result = run(*query, "--db", path)
        assert result.exit_code == 0, (query, result.output)
    assert "1 audit finding" in run("audit", "--db", path).output
    assert "Handleplan til forebyggelse af ekstremisme" in run("compare", "--db", path).output


def test_an_older_store_asks_for_an_upgrade_and_upgrade_brings_it_up(sample_file: Path) -> None:
    old = create_engine(f"sqlite:///{sample_file}")
    with old.begin() as connection:
        config = migration_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    old.dispose()
    result = run("goals", "--db", sample_file)
    assert result.exit_code == 1
    assert result.output == (f"Error: the bilag database at {sample_file} has an older schema "
                             "(revision 0003); run bilag upgrade\n")
    upgraded = run("upgrade", "--db", sample_file)
    assert upgraded.exit_code == 0 and f"revision 0003 → {head_revision()}" in upgraded.output
    assert run("upgrade", "--db", sample_file).output == f"Up to date (revision {head_revision()})\n"
    assert "20 goals" in run("goals", "--db", sample_file).output


def test_an_empty_postgresql_database_gets_no_tables(postgres_url: str) -> None:
    result = run("goals", "--db", postgres_url)
    assert result.exit_code == 1
    shown = make_url(postgres_url).render_as_string(hide_password=True)
    assert result.output == f"Error: no bilag database at {shown}; run bilag import first\n"
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        tables = connection.scalar(text("SELECT count(*) FROM information_schema.tables "
                                        "WHERE table_schema = 'public'"))
    engine.dispose()
    assert tables == 0


def test_a_read_only_postgresql_role(postgres_url: str, cached_reader) -> None:
    engine = connect(postgres_url)
    import_paths([SAMPLES / "2024" / "*.txt"], engine, jobs=1, reader=cached_reader)
    engine.dispose()
    role = f"bilag_reader_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        connection.execute(text(f'ALTER ROLE "{role}" SET default_transaction_read_only = on'))
        connection.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"'))
    try:
        url = make_url(postgres_url).set(username=role).render_as_string(hide_password=False)
        for query in QUERIES:
            result = run(*query, "--db", url)
            assert result.exit_code == 0, (query, result.output)
        assert "1 audit finding" in run("audit", "--db", url).output
        refused = run("import", SAMPLES / "2024" / "bilag2_negativ_social_kontrol_2024.txt", "--db", url)
        assert refused.exit_code == 1 and "Traceback" not in refused.output
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()
