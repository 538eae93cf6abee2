"""Two imports of the same files at the same moment: the second to commit a
document finds it stored ("unchanged"), relinking series leaves no orphans,
and two first imports on a new store both make it."""

from __future__ import annotations

import multiprocessing
import multiprocessing.synchronize
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from conftest import SAMPLES, stored_record
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bilag.record import Record
from bilag.store import ImportSummary, connect, import_paths, save_record
from bilag.store.schema import Document, Goal, GoalSeries
from bilag.store.writer import document_rows


def test_a_document_committed_meanwhile_by_another_import_is_unchanged(postgres_url: str) -> None:
    engine = connect(postgres_url)
    record = stored_record("record_bilag2_2024.json")
    outcome: list[str] = []
    with Session(engine) as other, other.begin():
        other.add(document_rows(record))
        other.flush()  # inserted, not committed: the save below waits on its unique sha256
        saving = threading.Thread(target=lambda: outcome.append(save_record(engine, record)))
        saving.start()
        time.sleep(0.5)
    saving.join(timeout=30)
    assert outcome == ["unchanged"]
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1
    engine.dispose()


def test_two_imports_of_the_same_files_at_once(db_url: str, cached_reader: Callable[[Path], Record]) -> None:
    connect(db_url).dispose()  # the schema first: only the imports should race
    together = threading.Barrier(2)

    def read_in_step(path: Path) -> Record:
        together.wait(timeout=30)  # both imports hold a file read and write it at once
        return cached_reader(path)

    summaries: list[ImportSummary] = []

    def run() -> None:
        engine = connect(db_url)
        summaries.append(import_paths([SAMPLES / "2024" / "*.txt"], engine, jobs=0, reader=read_in_step))
        engine.dispose()

    imports = [threading.Thread(target=run) for _ in range(2)]
    for thread in imports:
        thread.start()
    for thread in imports:
        thread.join(timeout=60)
    total = sum((s.counts for s in summaries), Counter())
    assert len(summaries) == 2 and total == Counter(imported=2, unchanged=2)
    engine = connect(db_url)
    with Session(engine) as session:
        linked = set(session.scalars(select(Goal.series_id)))
        assert None not in linked and linked == set(session.scalars(select(GoalSeries.id)))
    engine.dispose()


def _open_new_store(url: str, start: multiprocessing.synchronize.Barrier,
                    results: multiprocessing.Queue) -> None:
    start.wait(timeout=30)
    try:
        connect(url).dispose()
        results.put("ok")
    except Exception as error:  # noqa: BLE001 - the test reports what the other process met
        results.put(f"{type(error).__name__}: {error}")


def test_two_first_imports_on_a_new_store_both_make_it(db_url: str) -> None:
    """Two processes open one new store at the same moment: the migration runs
    once, under the database's lock, and both go on with the store made."""
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    openers = [context.Process(target=_open_new_store, args=(db_url, start, results)) for _ in range(2)]
    for process in openers:
        process.start()
    for process in openers:
        process.join(timeout=120)
    assert sorted(results.get(timeout=5) for _ in openers) == ["ok", "ok"]
    engine = connect(db_url)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0
    engine.dispose()
