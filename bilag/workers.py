"""Reading files in worker processes, each file within a time and a memory limit.

One pool serves `bilag extract` and `bilag import`. Each worker is a forked
process that reads one file at a time and sends back the result. The parent
watches the clock and each worker's own memory: a worker past either
limit is killed with everything it started, its file ends as `LimitExceeded`,
a fresh worker takes its place and the batch goes on. Workers die with the
parent (Linux's parent-death signal), so a killed import leaves no process
behind, and they ignore Ctrl-C: the parent decides, through a `Stop`, to
cancel the queued files and keep what was read.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Generic, TypeVar

from bilag.errors import BilagError, LimitExceeded, WorkerDied
from bilag.settings import Settings

T = TypeVar("T")
Task = Callable[[Path], T]

_POLL = 0.1  # seconds between looks at the clock, the workers' memory and a stop request
_PR_SET_PDEATHSIG = 1
_READY = "ready"  # a worker's first message once its `on_start` has run


@dataclass(frozen=True)
class Limits:
    """What one file may take: wall-clock seconds, and bytes of memory its
    worker holds of its own (None: no limit)."""

    seconds: float | None = None
    memory: int | None = None

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        """The limits the settings give (`file_time_limit`, `file_memory_limit`)."""
        return cls(seconds=settings.file_time_limit, memory=settings.file_memory_limit)


@dataclass
class Stop:
    """A request to stop a batch: set by the first Ctrl-C (`stop_on_interrupt`)."""

    requested: bool = False


@contextmanager
def stop_on_interrupt() -> Iterator[Stop]:
    """While inside, the first Ctrl-C only sets `Stop.requested` (the batch
    then stops within a fraction of a second, keeping what was read); a
    second one interrupts as usual. Outside the main thread nothing changes."""
    stop = Stop()

    def request(signum: int, frame: Any) -> None:
        stop.requested = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        previous = signal.signal(signal.SIGINT, request)
    except ValueError:  # not the main thread: signals cannot be handled here
        yield stop
        return
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def time_limit(seconds: float | None, path: Path) -> Iterator[None]:
    """Raise `LimitExceeded` for `path` should the block run past `seconds`:
    the limit for work done in this process rather than in a worker (the
    normalizing of `bilag extract`). Only the main thread can be timed."""
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise LimitExceeded(str(path), _too_long(seconds))

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _too_long(seconds: float) -> str:
    return f"took longer than {seconds:g} s (the per-file time limit)"


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (elsewhere a no-op).
    Used as the first step of every worker and as `preexec_fn` of converters."""
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def can_fork() -> bool:
    """Whether files can be read in forked workers (not on Windows or macOS' spawn-only setups)."""
    return "fork" in multiprocessing.get_all_start_methods()


@contextmanager
def read_each(paths: Iterable[Path], task: Task, limits: Limits = Limits(), jobs: int | None = None,
              ordered: bool = False, stop: Stop | None = None,
              on_start: Callable[[], None] | None = None) -> Iterator[Iterator[tuple[Path, T | BilagError]]]:
    """Read `paths` with `task` in up to `jobs` worker processes (default: the
    number of cores) and yield each path with its result or the `BilagError`
    that ended it: in the order given if `ordered`, else as they finish.

    The workers are forked and given their first files on entry, before the
    caller's own start-up work; leaving the block kills every worker. When
    `stop.requested` turns true, queued files are cancelled (not yielded) and
    the files being read are abandoned. `on_start` runs first in every
    worker (to load what each file needs, once per worker). With `jobs=0`,
    or where fork is not available, the files are read here, one after the
    other, without limits.
    """
    paths = list(paths)
    if jobs == 0 or not can_fork():
        yield _inline(paths, task, stop)
        return
    pool = _Pool(task, limits, min(jobs or os.cpu_count() or 1, max(len(paths), 1)), on_start)
    try:
        pool.start(paths)
        yield pool.results(ordered, stop or Stop())
    finally:
        pool.close()


def _inline(paths: list[Path], task: Task, stop: Stop | None) -> Iterator[tuple[Path, Any]]:
    for path in paths:
        if stop and stop.requested:
            return
        yield path, attempt(task, path)


def attempt(task: Task, path: Path) -> Any:
    """`task(path)`, or the error that stopped it, as a value: one bad file must
    not stop the others, nor a rule nobody foresaw the batch."""
    try:
        return task(path)
    except BilagError as e:
        return e
    except MemoryError:
        return LimitExceeded(str(path), "ran out of memory (the per-file memory limit)")
    except Exception as e:  # noqa: BLE001
        return BilagError(str(path), f"could not be read ({type(e).__name__}: {e})")


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection
    ready: bool = True  # False while its `on_start` runs: a file's clock starts after it
    job: tuple[int, Path] | None = None
    started: float = 0.0


@dataclass
class _Pool(Generic[T]):
    task: Task
    limits: Limits
    size: int
    on_start: Callable[[], None] | None = None
    queue: deque[tuple[int, Path]] = field(default_factory=deque)
    workers: list[_Worker] = field(default_factory=list)

    def start(self, paths: list[Path]) -> None:
        self.queue.extend(enumerate(paths))
        for _ in range(min(self.size, len(paths))):
            self.workers.append(self._spawn())
        self._dispatch()

    def results(self, ordered: bool, stop: Stop) -> Iterator[tuple[Path, T | BilagError]]:
        done: dict[int, tuple[Path, Any]] = {}
        expected = 0
        while (self.queue or any(w.job for w in self.workers)) and not stop.requested:
            for index, path, result in self._collect():
                done[index] = (path, result)
            self._dispatch()
            if ordered:
                while expected in done:
                    yield done.pop(expected)
                    expected += 1
            else:
                for index in sorted(done):
                    yield done.pop(index)

    def close(self) -> None:
        for worker in self.workers:
            _kill(worker.process)
            worker.connection.close()
        self.workers.clear()

    def _spawn(self) -> _Worker:
        ours, theirs = multiprocessing.Pipe()
        process = multiprocessing.get_context("fork").Process(
            target=_serve, args=(theirs, self.task, self.limits.memory, self.on_start, os.getpid()))
        process.start()
        theirs.close()
        return _Worker(process, ours, ready=self.on_start is None)

    def _dispatch(self) -> None:
        for worker in list(self.workers):
            if worker.ready and worker.job is None and self.queue:
                job = self.queue.popleft()
                try:
                    worker.connection.send(job[1])
                except OSError:  # the idle worker is gone: a new one takes the file
                    self.queue.appendleft(job)
                    self._replace(worker)
                    continue
                worker.job, worker.started = job, time.monotonic()

    def _collect(self) -> Iterator[tuple[int, Path, Any]]:
        """Wait a moment for results; end the files past a limit or whose worker died."""
        busy = {w.connection: w for w in self.workers if w.job or not w.ready}
        for connection in wait(list(busy), timeout=_POLL):
            worker = busy[connection]
            try:
                result = connection.recv()
            except (EOFError, OSError):
                if worker.job is None:  # it died starting up (out of memory?): start another
                    self._replace(worker)
                    continue
                result = self._died(worker)
            if not worker.ready and result == _READY:
                worker.ready = True
                continue
            yield self._finish(worker, result, replace=isinstance(result, WorkerDied | LimitExceeded))
        for worker in [w for w in self.workers if w.job]:
            breach = self._breach(worker)
            if breach:
                yield self._finish(worker, LimitExceeded(str(worker.job[1]), breach), replace=True)

    def _breach(self, worker: _Worker) -> str | None:
        seconds = self.limits.seconds
        if seconds is not None and time.monotonic() - worker.started > seconds:
            return _too_long(seconds)
        memory = self.limits.memory
        if memory is not None and (_resident(worker.process.pid) or 0) > memory:
            return f"used more than {memory / 2**20:,.0f} MiB of memory (the per-file memory limit)"
        return None

    def _died(self, worker: _Worker) -> BilagError:
        worker.process.join(1)
        code = worker.process.exitcode
        how = f"was killed by signal {-code}" if code is not None and code < 0 else f"ended ({code})"
        hint = " (by the system: out of memory?)" if code == -signal.SIGKILL else ""
        return WorkerDied(str(worker.job[1]), f"the worker process reading it {how}{hint}")

    def _finish(self, worker: _Worker, result: Any, replace: bool) -> tuple[int, Path, Any]:
        index, path = worker.job
        worker.job = None
        if replace:  # a worker past a limit, or half-dead, is not given another file
            self._replace(worker)
        return index, path, result

    def _replace(self, worker: _Worker) -> None:
        _kill(worker.process)
        worker.connection.close()
        self.workers[self.workers.index(worker)] = self._spawn()


def _serve(connection: Connection, task: Task, memory: int | None,
           on_start: Callable[[], None] | None, parent: int) -> None:
    """A worker's life: read the files sent to it, one at a time, until the pipe closes."""
    die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    with suppress(OSError):
        os.setpgid(0, 0)  # a group of its own: a Ctrl-C at the terminal reaches the parent only
    if memory is not None:
        _cap_address_space(memory)
    if on_start is not None:
        with suppress(Exception):  # were it to fail, each file fails with the reason
            on_start()
        connection.send(_READY)
    while True:
        try:
            path = connection.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            os._exit(0)
        result = attempt(task, path)
        try:
            connection.send(result)
        except Exception as e:  # noqa: BLE001 - a result that cannot cross the pipe
            connection.send(BilagError(str(path), f"could not be read ({type(e).__name__}: {e})"))


def _cap_address_space(memory: int) -> None:
    """A hard stop beside the parent's watch on resident memory: an allocation
    that would take the address space far past the limit fails at once with
    MemoryError instead of pushing the machine into swap between two looks."""
    import resource

    size = _address_space(os.getpid())
    if size is None:
        return
    cap = size + 2 * memory
    with suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _statm(pid: int) -> list[int] | None:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return [int(n) * os.sysconf("SC_PAGE_SIZE") for n in f.read().split()[:2]]
    except (OSError, ValueError):
        return None


def _resident(pid: int) -> int | None:
    """Bytes of memory a process holds of its own (Linux; None elsewhere): its
    private pages, not the ones it still shares with the parent it was forked
    from, which its resident size would count too."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return 1024 * sum(int(line.split()[1]) for line in f
                              if line.startswith(("Private_Clean:", "Private_Dirty:", "Swap:")))
    except (OSError, ValueError, IndexError):
        statm = _statm(pid)
        return statm[1] if statm else None


def _address_space(pid: int) -> int | None:
    statm = _statm(pid)
    return statm[0] if statm else None


def _descendants(pid: int) -> list[int]:
    """A process's children, their children and so on (Linux's /proc)."""
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for thread in tasks:
            try:
                with open(f"/proc/{parent}/task/{thread}/children") as f:
                    children = [int(c) for c in f.read().split()]
            except (OSError, ValueError):
                continue
            found.extend(children)
            todo.extend(children)
    return found


def _kill(process: multiprocessing.process.BaseProcess) -> None:
    """Kill a worker and everything it started (converters run in sessions of
    their own, so they are found by descent, not by process group)."""
    if process.pid is None:
        return
    for pid in [*_descendants(process.pid), process.pid]:
        with suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    process.join(5)
