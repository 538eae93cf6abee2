"""An import killed with SIGKILL half-way leaves every stored document whole
and no process behind, and running the same command again completes the
batch; one stopped by Ctrl-C keeps what it read, says so and exits with 130."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLES
from sqlalchemy import Engine, create_engine, func, select
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


def _children(pid: int) -> set[int]:
    """The processes a process started (its import workers)."""
    found: set[int] = set()
    for thread in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(c) for c in (thread / "children").read_text().split())
    return found


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie waiting for its parent does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][0] != "Z"
    except OSError:
        return False


def _batch(tmp_path: Path, copies: int, suffix: str = ".txt") -> tuple[list[Path], Path]:
    """A folder of `copies` copies of each sample annex (different bytes, the same annex)."""
    originals = sorted(SAMPLES.rglob(f"*{suffix}"))
    folder = tmp_path / "batch"
    folder.mkdir()
    for copy in range(copies):
        for path in originals:
            (folder / f"{copy:02d}__{path.name}").write_bytes(path.read_bytes() + b"\n" * (copy + 1))
    return originals, folder


def _stored(engine: Engine) -> int:
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(Document))
    except Exception:  # noqa: BLE001 - the schema may not exist yet
        return 0


def _check_whole(url: str, expected: dict[str, tuple[int, ...]]) -> int:
    """Assert every stored document has all its rows; return how many are stored."""
    engine = create_engine(url)
    with Session(engine) as session:
        documents = session.execute(select(Document.id, Document.file_name)).all()
        for document_id, file_name in documents:
            original = Path(file_name.split("__")[1]).stem
            assert _counts(session, document_id) == expected[original], file_name
    engine.dispose()
    return len(documents)


@pytest.mark.slow  # two real `bilag import` processes per backend: about 6 s each
def test_a_killed_import_leaves_whole_documents_and_a_rerun_completes(db_url: str, tmp_path: Path) -> None:
    originals, folder = _batch(tmp_path, COPIES)
    total = COPIES * len(originals)
    command = [str(BILAG), "import", str(folder), "--db", db_url, "--jobs", "2"]
    engine = create_engine(db_url)

    import_run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while import_run.poll() is None and time.monotonic() < deadline:
        workers |= _children(import_run.pid)
        if _stored(engine) >= 3:
            os.kill(import_run.pid, signal.SIGKILL)
            break
        time.sleep(0.02)
    import_run.wait()
    engine.dispose()
    assert import_run.returncode == -signal.SIGKILL, "the import ended before it could be killed"
    assert workers, "the import read its files in worker processes"
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived the killed import"

    expected = _expected(originals)
    stored = _check_whole(db_url, expected)
    assert 3 <= stored < total

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{total - stored} imported" in rerun.stdout and f"{stored} unchanged" in rerun.stdout
    assert _check_whole(db_url, expected) == total


@pytest.mark.slow  # a real `bilag import` of some 80 PDFs, stopped early, per backend
def test_ctrl_c_stops_an_import_within_seconds_keeping_what_was_read(db_url: str, tmp_path: Path) -> None:
    originals, folder = _batch(tmp_path, 20, ".pdf")
    total = 20 * len(originals)
    command = [str(BILAG), "import", str(folder), "--db", db_url, "--jobs", "2"]
    engine = create_engine(db_url)
    import_run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while import_run.poll() is None and _stored(engine) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    import_run.send_signal(signal.SIGINT)
    interrupted = time.monotonic()
    out, err = import_run.communicate(timeout=60)
    waited = time.monotonic() - interrupted
    engine.dispose()

    assert import_run.returncode == 130, err
    assert waited < 10, f"the import went on for {waited:.1f} s after Ctrl-C"
    assert "interrupted" in out and "Traceback" not in err
    expected = _expected(originals)
    stored = _check_whole(db_url, expected)
    assert f"Imported: {stored} imported" in out and 3 <= stored < total
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{total - stored} imported" in rerun.stdout and f"{stored} unchanged" in rerun.stdout
