"""An import killed with SIGKILL half-way leaves every stored document whole,
and running the same command again completes the batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLES
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from bilag.pipeline import process
from bilag.store.schema import Document, Flag, Footnote, Goal, GoalTable, Quantity

COPIES = 3
BILAG = Path(sys.executable).with_name("bilag")


def _counts(session: Session, document_id: int) -> tuple[int, ...]:
    goal_ids = select(Goal.id).where(Goal.document_id == document_id)
    return tuple(session.scalar(select(func.count()).select_from(t).where(where)) for t, where in (
        (GoalTable, GoalTable.document_id == document_id),
        (Footnote, Footnote.document_id == document_id),
        (Goal, Goal.document_id == document_id),
        (Quantity, Quantity.goal_id.in_(goal_ids)),
        (Flag, Flag.goal_id.in_(goal_ids)),
    ))


def _expected(originals: list[Path]) -> dict[str, tuple[int, ...]]:
    """Row counts of a fresh extraction of each original."""
    found = {}
    for path in originals:
        record = process(path)
        found[path.stem] = (len(record.tables), len(record.document.footnotes), len(record.goals),
                            sum(len(g.targets) + len(g.actuals) for g in record.goals),
                            sum(len(set(g.flags)) for g in record.goals))
    return found


def _check_whole(url: str, expected: dict[str, tuple[int, ...]]) -> int:
    """Assert every stored document has all its rows; return how many are stored."""
    engine = create_engine(url)
    with Session(engine) as session:
        documents = session.execute(select(Document.id, Document.file_name)).all()
        for document_id, file_name in documents:
            original = file_name.split("__")[1].removesuffix(".txt")
            assert _counts(session, document_id) == expected[original], file_name
    engine.dispose()
    return len(documents)


@pytest.mark.slow  # two real `bilag import` processes per backend: about 6 s each
def test_a_killed_import_leaves_whole_documents_and_a_rerun_completes(db_url: str, tmp_path: Path) -> None:
    originals = sorted(SAMPLES.rglob("*.txt"))
    folder = tmp_path / "batch"
    folder.mkdir()
    for copy in range(COPIES):
        for path in originals:
            # Different bytes (trailing blank lines), the same annex.
            (folder / f"{copy:02d}__{path.name}").write_bytes(path.read_bytes() + b"\n" * (copy + 1))
    total = COPIES * len(originals)
    command = [str(BILAG), "import", str(folder), "--db", db_url, "--jobs", "1"]
    engine = create_engine(db_url)

    import_run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 60
    while import_run.poll() is None and time.monotonic() < deadline:
        try:
            with engine.connect() as connection:
                stored = connection.scalar(select(func.count()).select_from(Document))
        except Exception:  # noqa: BLE001 - the schema may not exist yet
            stored = 0
        if stored >= 3:
            os.kill(import_run.pid, signal.SIGKILL)
            break
        time.sleep(0.02)
    import_run.wait()
    engine.dispose()
    assert import_run.returncode == -signal.SIGKILL, "the import ended before it could be killed"

    expected = _expected(originals)
    stored = _check_whole(db_url, expected)
    assert 3 <= stored < total

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{total - stored} imported" in rerun.stdout and f"{stored} unchanged" in rerun.stdout
    assert _check_whole(db_url, expected) == total
