"""Batch import into the store: idempotence, atomic replace, failures, schema."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from click.testing import CliRunner
from conftest import SAMPLES, row_counts, stored_record
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bilag.cli import main
from bilag.record import Record
from bilag.store import connect, import_paths, save_record
from bilag.store.database import migration_config
from bilag.store.importer import find_files
from bilag.store.schema import Base, Document, ImportLogEntry

HEAD = ScriptDirectory.from_config(migration_config()).get_current_head()


def _schema_is_current(engine: Engine) -> bool:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        return context.get_current_revision() == HEAD and compare_metadata(context, Base.metadata) == []


def test_a_new_database_gets_the_whole_schema(db_url: str) -> None:
    engine = connect(db_url)
    assert _schema_is_current(engine)
    connect(db_url)  # a second open finds it up to date
    engine.dispose()


def _long_record() -> Record:
    """A text annex whose first line (its title, so its plan's identity) is 800 characters."""
    record = stored_record("record_bilag2_2024.json")
    title = "Bilag 2: Status på " + "handleplanens indsatser " * 32
    goal = record.goals[0]
    target = dataclasses.replace(goal.targets[0], unit="deltager" * 40)
    source = dataclasses.replace(record.source, file="annex_" + "x" * 600 + ".txt", sha256="1" * 64)
    return dataclasses.replace(
        record, source=source,
        document=dataclasses.replace(record.document, title=title, plan=None),
        goals=(dataclasses.replace(goal, targets=(target,), actuals=()),))


def test_long_titles_file_names_and_units_are_stored(db_url: str) -> None:
    engine = connect(db_url)
    record = _long_record()
    assert save_record(engine, record) == "imported"
    with Session(engine) as session:
        document = session.scalars(select(Document)).one()
        assert document.title == record.document.title and len(document.plan_key) > 700
        assert document.file_name == record.source.file
        assert document.goals[0].quantities[0].unit == record.goals[0].targets[0].unit
    engine.dispose()


def test_a_database_of_the_first_revision_is_upgraded_on_first_use(db_url: str) -> None:
    # Rows are written by today's models, then the schema is taken back to the
    # first revision (as an older bilag left it) with the rows in it.
    current = connect(db_url)
    save_record(current, stored_record("record_bilag2_2024.json"))
    counts = row_counts(current)
    current.dispose()
    old = create_engine(db_url)
    with old.begin() as connection:
        config = migration_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    old.dispose()
    engine = connect(db_url)
    assert _schema_is_current(engine)
    assert row_counts(engine) == counts  # SQLite copies tables: nothing may cascade away
    assert save_record(engine, _long_record()) == "imported"
    engine.dispose()


def test_importing_the_samples_twice_changes_nothing(db_url: str, cached_reader) -> None:
    engine = connect(db_url)
    first = import_paths([SAMPLES], engine, jobs=1, reader=cached_reader)
    counts = row_counts(engine)
    second = import_paths([SAMPLES], engine, jobs=1, reader=cached_reader)
    assert first.counts["imported"] == 12 and first.failed == 0
    assert second.counts["unchanged"] == 12 and second.counts["imported"] == 0
    assert row_counts(engine) == counts
    assert counts["documents"] == 12 and counts["goals"] == 120
    engine.dispose()


def test_force_replaces_the_rows_of_a_stored_document(db_url: str, cached_reader) -> None:
    engine = connect(db_url)
    import_paths([SAMPLES / "2024"], engine, jobs=1, reader=cached_reader)
    counts = row_counts(engine)
    with Session(engine) as session:
        before = set(session.scalars(select(Document.id)))
    summary = import_paths([SAMPLES / "2024"], engine, jobs=1, force=True, reader=cached_reader)
    assert summary.counts["replaced"] == 6
    assert row_counts(engine) == counts
    with Session(engine) as session:
        assert set(session.scalars(select(Document.id))).isdisjoint(before)  # new rows, not the old ones
    engine.dispose()


def test_a_replace_that_fails_half_way_keeps_the_old_rows(db_url: str) -> None:
    engine = connect(db_url)
    record = stored_record("record_bilag2_2024.json")
    assert save_record(engine, record) == "imported"
    counts = row_counts(engine)
    # Same file, but two goals claim the same table row: the insert fails
    # after the old document was deleted in the same transaction.
    broken = dataclasses.replace(record, goals=record.goals + record.goals[:1])
    with pytest.raises(IntegrityError):
        save_record(engine, broken, replace=True)
    assert row_counts(engine) == counts
    engine.dispose()


def test_a_bad_file_is_logged_and_the_batch_goes_on(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "annexes"
    folder.mkdir()
    shutil.copy(SAMPLES / "2024" / "bilag2_negativ_social_kontrol_2024.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 not really a pdf")
    result = CliRunner().invoke(main, ["import", str(folder), str(tmp_path / "missing*.pdf"),
                                       "--db", db_url, "--jobs", "1"])
    assert result.exit_code == 1
    assert "1 imported, 0 replaced, 0 unchanged, 3 failed" in result.output
    assert "Traceback" not in result.output
    engine = connect(db_url)
    with Session(engine) as session:
        failed = {Path(e.path).name: e.reason for e in session.scalars(
            select(ImportLogEntry).where(ImportLogEntry.outcome == "failed"))}
    assert set(failed) == {"empty.txt", "broken.pdf", "missing*.pdf"}
    assert all(failed.values())
    assert row_counts(engine)["documents"] == 1
    engine.dispose()


def test_worker_processes_read_the_files(db_url: str) -> None:
    engine = connect(db_url)
    summary = import_paths([SAMPLES / "2024" / "*.txt", SAMPLES / "2025" / "*.txt"], engine, jobs=2)
    assert summary.counts["imported"] == 4 and summary.failed == 0
    assert row_counts(engine)["goals"] == 40
    engine.dispose()


def test_an_unreachable_database_is_one_line() -> None:
    result = CliRunner().invoke(main, ["goals", "--db", "postgresql+psycopg://nobody@127.0.0.1:9/none"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot open the database")
    assert len(result.output.strip().splitlines()) == 1


def test_a_folder_import_skips_hidden_files_and_office_lock_files(tmp_path: Path) -> None:
    for name in ("bilag2.docx", "~$bilag2.docx", ".bilag2.txt", ".cache/bilag3.txt", "2025/bilag3.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Bilag")
    assert find_files([tmp_path]).files == (tmp_path / "2025" / "bilag3.txt", tmp_path / "bilag2.docx")
    lock_file = tmp_path / "~$bilag2.docx"
    assert find_files([lock_file]).files == (lock_file,)  # named on its own, it is read


def test_a_folder_import_passes_over_links_out_pipes_and_other_files(tmp_path: Path) -> None:
    folder, outside = tmp_path / "upload", tmp_path / "private"
    folder.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("hemmelig")
    shutil.copy(SAMPLES / "2024" / "bilag2_negativ_social_kontrol_2024.txt", folder / "bilag2.txt")
    (folder / "link_out.txt").symlink_to(outside / "secret.txt")
    (folder / "link_in.txt").symlink_to(folder / "bilag2.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "notes.xlsx").write_bytes(b"PK")
    found = find_files([folder])
    assert found.files == (folder / "bilag2.txt", folder / "link_in.txt")
    assert dict(found.skipped) == {
        folder / "link_out.txt": "a link out of the folders being imported (--follow-links to read it)",
        folder / "notes.xlsx": "not an annex format (.xlsx)",
        folder / "pipe.txt": "not a regular file (a pipe, socket or device)",
    }
    assert folder / "link_out.txt" in find_files([folder], follow_links=True).files
    db = tmp_path / "bilag.db"
    result = CliRunner().invoke(main, ["import", str(folder), "--db", str(db), "--jobs", "1", "--verbose"])
    assert result.exit_code == 0, result.output
    assert "Imported: 1 imported, 0 replaced, 1 unchanged, 0 failed, 3 skipped" in result.stdout
    assert f"Skipped: {folder / 'pipe.txt'}: not a regular file" in result.stderr
