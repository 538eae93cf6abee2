"""The worker pool (bilag/workers.py): per-file time and memory limits, a
worker that dies, order of results, stopping a batch. The tasks here are
small functions standing in for a reader that hangs, grows or crashes on a
hostile file; the real files are in test_bad_inputs.py and test_store_kill.py."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from bilag.errors import BilagError, LimitExceeded, WorkerDied
from bilag.normalize import warm_up
from bilag.pipeline import process
from bilag.record import Record
from bilag.workers import Limits, Stop, read_each

FIXTURES = Path(__file__).parent / "fixtures"
ANNEX = FIXTURES / "text" / "page_break_split_row.txt"
pytestmark = pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="the limits need Linux's /proc")


def reader_with_hostile_names(path: Path) -> Record | int:
    """A real reader, except for files whose names say how they misbehave."""
    if path.name == "hangs":
        time.sleep(60)
    if path.name == "grows":  # 20 MB more every 50 ms, up to 1.5 GB: the resident-memory watch ends it
        grown = []
        for _ in range(75):
            grown.append(b"x" * 20_000_000)
            time.sleep(0.05)
    if path.name == "explodes":  # one allocation far past the limit: the address-space cap ends it
        return len(b"x" * 8 * 2**30)
    if path.name == "crashes":
        os.kill(os.getpid(), signal.SIGKILL)
    if path.name == "pid":
        return os.getpid()
    return process(path)


def read(names: list[str | Path], limits: Limits, jobs: int = 2, ordered: bool = True) -> list:
    paths = [Path(n) for n in names]
    with read_each(paths, reader_with_hostile_names, limits, jobs, ordered, on_start=warm_up) as results:
        return list(results)


def test_a_file_past_the_time_limit_fails_and_its_worker_is_replaced() -> None:
    started = time.monotonic()
    results = read(["pid", "hangs", ANNEX, "pid", ANNEX], Limits(seconds=1.5), jobs=1)
    assert time.monotonic() - started < 30  # not the 60 s the file would hang
    (_, first_pid), (_, hung), (_, annex), (_, second_pid), _ = results
    assert isinstance(hung, LimitExceeded) and "1.5 s (the per-file time limit)" in hung.reason
    assert isinstance(annex, Record) and annex.goals[0].status == "achieved"
    assert first_pid != second_pid  # the worker that hung was replaced


def test_a_file_past_the_memory_limit_fails_and_the_batch_goes_on() -> None:
    results = dict(read(["grows", "explodes", ANNEX], Limits(memory=400 * 2**20)))
    grows, explodes, annex = results[Path("grows")], results[Path("explodes")], results[ANNEX]
    assert isinstance(grows, LimitExceeded) and "400 MiB" in grows.reason
    assert isinstance(explodes, LimitExceeded) and "memory" in explodes.reason
    assert isinstance(annex, Record) and len(annex.goals) == 3


def test_a_worker_that_dies_fails_its_file_only() -> None:
    results = read(["crashes", ANNEX, ANNEX], Limits(), jobs=1)
    (_, crashed), (_, first), (_, second) = results
    assert isinstance(crashed, WorkerDied) and "signal 9" in crashed.reason
    assert isinstance(first, Record) and isinstance(second, Record)


def test_results_come_in_the_order_asked_or_as_they_finish() -> None:
    names = ["hangs", ANNEX, "pid"]
    ordered = read(names, Limits(seconds=2))
    assert [path for path, _ in ordered] == [Path(n) for n in names]
    finished = read(names, Limits(seconds=2), ordered=False)
    assert [path for path, _ in finished][-1] == Path("hangs")  # the slow one last


def test_a_stop_request_cancels_the_queued_files_at_once() -> None:
    stop = Stop()
    paths = [ANNEX] + [Path("hangs")] * 2 + [ANNEX] * 5
    started = time.monotonic()
    seen: list[tuple[Path, object]] = []
    with read_each(paths, reader_with_hostile_names, Limits(), jobs=2, ordered=False, stop=stop) as results:
        for item in results:
            seen.append(item)
            stop.requested = True
    assert time.monotonic() - started < 20
    assert seen and len(seen) < len(paths) and not isinstance(seen[0][1], BilagError)


def test_jobs_zero_reads_in_this_process() -> None:
    with read_each([Path("pid")], reader_with_hostile_names, Limits(), jobs=0) as results:
        assert list(results) == [(Path("pid"), os.getpid())]
