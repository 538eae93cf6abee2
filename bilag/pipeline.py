"""The whole reading of files: extract, then normalize."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from bilag.errors import BilagError
from bilag.extract import extract
from bilag.record import Record
from bilag.settings import DEFAULT, Settings


def process(path: str | Path, settings: Settings = DEFAULT) -> Record:
    """Read one annex into a complete `bilag/1` record."""
    from bilag.normalize import normalize_record  # spaCy loads on first use only

    return normalize_record(extract(path, settings), settings)


def process_all(paths: Iterable[str | Path], settings: Settings = DEFAULT,
                jobs: int | None = None) -> Iterator[tuple[Path, Record | BilagError]]:
    """Each file's record, or the error that stopped it, in the order given.

    Extraction runs in forked worker processes while this process loads the
    Danish language pipeline and normalizes: the two start-up costs (parsing a
    PDF, setting up spaCy) overlap instead of adding up. Where fork is not
    available the files are read one after the other here.
    """
    paths = [Path(p) for p in paths]
    jobs = min(jobs or os.cpu_count() or 1, len(paths))
    if jobs < 1 or "fork" not in multiprocessing.get_all_start_methods():
        for path in paths:
            yield path, _try(process, path, settings, path)
        return
    from bilag import normalize

    # Fork before spaCy loads here, so the workers stay small and start fast.
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        futures: list[Future] = [pool.submit(_try, extract, path, settings, path) for path in paths]
        normalize.warm_up(settings)
        for path, future in zip(paths, futures):
            try:
                result = future.result()
            except BrokenProcessPool:
                result = BilagError(str(path), "the worker process reading it died")
            if isinstance(result, Record):
                result = _try(normalize.normalize_record, result, settings, path)
            yield path, result


def _try(step: Callable[[Any, Settings], Record], source: Path | Record, settings: Settings,
         path: Path) -> Record | BilagError:
    """`step(source, settings)`, or the error that stopped it, as a value: one
    bad file must not stop the others, nor a rule nobody foresaw the run."""
    try:
        return step(source, settings)
    except BilagError as e:
        return e
    except Exception as e:  # noqa: BLE001
        return BilagError(str(path), f"could not be read ({type(e).__name__}: {e})")
