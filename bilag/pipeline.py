"""The whole reading of files: extract, then normalize."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from bilag.errors import BilagError
from bilag.extract import extract
from bilag.record import Record
from bilag.settings import DEFAULT, Settings
from bilag.workers import Limits, Stop, attempt, read_each, time_limit


def process(path: str | Path, settings: Settings = DEFAULT) -> Record:
    """Read one annex into a complete `bilag/1` record."""
    from bilag.normalize import normalize_record  # spaCy loads on first use only

    return normalize_record(extract(path, settings), settings)


def process_all(paths: Iterable[str | Path], settings: Settings = DEFAULT, jobs: int | None = None,
                stop: Stop | None = None) -> Iterator[tuple[Path, Record | BilagError]]:
    """Each file's record, or the error that stopped it, in the order given.

    Extraction runs in worker processes (`bilag.workers`, with the per-file
    time and memory limits) while this process loads the Danish language
    pipeline and normalizes: the two start-up costs (parsing a PDF, setting
    up spaCy) overlap instead of adding up. Normalizing a file here has the
    time limit too. A `stop` request ends the run after the files already read.
    """
    from bilag import normalize

    # The workers fork before spaCy loads here, so they stay small and start fast.
    task = partial(extract, settings=settings)
    paths = [Path(p) for p in paths]
    with read_each(paths, task, Limits.of(settings), jobs, ordered=True, stop=stop) as results:
        normalize.warm_up(settings)
        for path, result in results:
            if isinstance(result, Record):
                result = attempt(partial(_normalize, result, settings), path)
            yield path, result


def _normalize(record: Record, settings: Settings, path: Path) -> Record:
    from bilag.normalize import normalize_record

    with time_limit(settings.file_time_limit, path):
        return normalize_record(record, settings)
