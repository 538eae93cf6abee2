"""Batch import: find the files, read them in worker processes, write them
one document per transaction in this process, log every file's outcome.

A document is written in one transaction, so an import that fails or is
killed half-way leaves every stored document whole; the files it did not
reach are simply imported by the next run (the ones it did are "unchanged").
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bilag.errors import BilagError
from bilag.record import Record
from bilag.settings import DEFAULT, Settings
from bilag.workers import Limits, Stop, read_each

from .schema import Document
from .series import link_series, plan_keys
from .writer import log_entry, save_record

SUFFIXES = (".pdf", ".docx", ".txt", ".html", ".htm", ".doc", ".odt", ".rtf", ".tif", ".tiff", ".png", ".jpg",
            ".jpeg")
"""The files a folder import picks up (a file named on its own may have any name)."""
SKIPPED_PREFIXES = (".", "~$")
"""Names a folder import passes over: hidden files and folders, and the lock
files Word keeps beside an open document ("~$bilag2.docx")."""

Reader = Callable[[Path], Record]


@dataclass
class ImportSummary:
    """How many files ended how, and why the failed ones failed."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # what a folder walk did not read, and why
    interrupted: bool = False  # stopped by Ctrl-C: the files not reached are left for the next run

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def __str__(self) -> str:
        done = ", ".join(f"{self.counts[o]} {o}" for o in ("imported", "replaced", "unchanged", "failed"))
        done += f", {len(self.skipped)} skipped" if self.skipped else ""
        return done + (" (interrupted: the other files were not read)" if self.interrupted else "")


@dataclass(frozen=True)
class FoundFiles:
    """What the arguments of an import name: the files to read, each once;
    the arguments that matched nothing; and what a folder walk passed over,
    with the reason (an unknown suffix, not a regular file, a link out of the
    folders being imported)."""

    files: tuple[Path, ...]
    missing: tuple[str, ...] = ()
    skipped: tuple[tuple[Path, str], ...] = ()


def find_files(arguments: Iterable[str | Path], follow_links: bool = False) -> FoundFiles:
    """The files named by `arguments` (files, folders searched recursively,
    glob patterns). A folder's hidden files and Office lock files are left
    out silently; other files a folder walk does not read are listed as
    skipped. A link out of the given folders is not followed unless
    `follow_links` (a shared upload folder must not read /etc/passwd)."""
    files: dict[Path, None] = {}
    missing: list[str] = []
    skipped: list[tuple[Path, str]] = []
    folders = [Path(a).resolve() for a in arguments if Path(a).is_dir()]
    for argument in arguments:
        path = Path(argument)
        matches = [path] if path.exists() else [Path(p) for p in sorted(glob.glob(str(path), recursive=True))]
        if not matches:
            missing.append(str(argument))
        for match in matches:
            if not match.is_dir():
                files[match] = None
                continue
            for found in sorted(match.rglob("*")):
                if _skipped(found, match) or found.is_dir():
                    continue
                reason = _not_read(found, folders, follow_links)
                if reason:
                    skipped.append((found, reason))
                else:
                    files[found] = None
    return FoundFiles(tuple(files), tuple(missing), tuple(skipped))


def _not_read(path: Path, folders: list[Path], follow_links: bool) -> str | None:
    """Why a folder walk leaves a file unread, or None to read it."""
    if path.is_symlink() and not follow_links:
        target = path.resolve()
        if not any(target.is_relative_to(folder) for folder in folders):
            return "a link out of the folders being imported (--follow-links to read it)"
    if not path.is_file():
        return "not a regular file (a pipe, socket or device)"
    if path.suffix.lower() not in SUFFIXES:
        return f"not an annex format ({path.suffix or 'no suffix'})"
    return None


def _skipped(path: Path, folder: Path) -> bool:
    return any(part.startswith(SKIPPED_PREFIXES) for part in path.relative_to(folder).parts)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_paths(paths: Iterable[str | Path], engine: Engine, jobs: int | None = None, force: bool = False,
                 progress: bool = False, reader: Reader | None = None,
                 municipality: str | None = None, follow_links: bool = False,
                 settings: Settings = DEFAULT, stop: Stop | None = None) -> ImportSummary:
    """Import annex files, folders and globs into the store at `engine`.

    Files already stored (same sha256) are "unchanged" unless `force`, which
    re-reads them and replaces their rows in one transaction. Reading runs in
    `jobs` worker processes (default: the number of cores), each file within
    the settings' time and memory limits (`bilag.workers`); `jobs=0` reads
    here, in this process, without limits. `reader` is the function that
    reads one file (default `bilag.pipeline.process`). When `stop` is
    requested (Ctrl-C), the queued files are left for the next run, the
    files read so far are stored and the summary says so. `municipality` names the publisher of every
    file, over what the documents say. A folder's links that point out of the
    given folders are skipped unless `follow_links`. The series of the plans
    the stored documents belong to are relinked at the end.
    """
    warm_up = None
    if reader is None:
        from bilag.normalize import warm_up as load_language
        from bilag.pipeline import process

        reader, warm_up = partial(process, settings=settings), partial(load_language, settings)
    found = find_files(paths, follow_links)
    files, missing = found.files, found.missing
    summary = ImportSummary(skipped=[(str(path), reason) for path, reason in found.skipped])
    for argument in missing:
        _fail(engine, summary, argument, None, "no such file or folder")
    todo: list[tuple[Path, str]] = []
    with Session(engine) as session:
        stored = set(session.scalars(select(Document.sha256)))
    seen: set[str] = set()
    twins: list[tuple[Path, str]] = []  # files with the same bytes as one read in this batch
    for path in files:
        try:
            digest = sha256_of(path)
        except OSError as e:
            _fail(engine, summary, str(path), None, f"cannot be read ({e.strerror or e})")
            continue
        if digest in seen:
            twins.append((path, digest))
        elif digest in stored and not force:
            _log(engine, summary, str(path), digest, "unchanged")
        else:
            todo.append((path, digest))
        seen.add(digest)
    replaced_plans = plan_keys(engine, [digest for _, digest in todo])  # --force: the plans they leave

    # Workers are forked before the progress bar starts its thread (forking a
    # process with threads is unsafe); a worker that replaces one later runs
    # only the reader, which never takes the bar's lock.
    unread = dict.fromkeys(path for path, _ in todo)
    scanned_pages = 0
    digests = dict(todo)
    reasons: dict[str, str] = {}  # why the files that failed failed, by their bytes
    with _reading(todo, jobs, reader, warm_up, engine, settings, stop) as results, \
            _progress_bar(progress, len(todo)) as advance:
        for path, result in results:
            digest = digests[path]
            del unread[path]
            if isinstance(result, Record) and result.source.ocr:
                scanned_pages += result.source.pages or 0
            if isinstance(result, BilagError):
                reasons[digest] = result.reason
                _fail(engine, summary, str(path), digest, result.reason)
            else:
                if municipality:
                    result = dataclasses.replace(
                        result, document=dataclasses.replace(result.document, municipality=municipality))
                try:
                    summary.counts[save_record(engine, result, str(path), replace=force)] += 1
                except SQLAlchemyError as e:
                    reasons[digest] = f"could not be stored: {_first_line(e)}"
                    _fail(engine, summary, str(path), digest, reasons[digest])
            advance(_reading_now(unread, jobs, scanned_pages))
    summary.interrupted = bool(stop and stop.requested)
    not_read = {digests[path] for path in unread}
    for path, digest in twins:  # a copy ends as the file it copies
        if digest in reasons:
            _fail(engine, summary, str(path), digest, reasons[digest])
        elif digest not in not_read:
            _log(engine, summary, str(path), digest, "unchanged")
    if municipality:  # files stored before take the publisher given now as well
        named = sorted(seen)
        with Session(engine) as session, session.begin():
            for chunk in (named[i:i + 500] for i in range(0, len(named), 500)):
                session.execute(update(Document).where(Document.sha256.in_(chunk)).values(municipality=municipality))
    # Relink the plans of the documents stored now (of every file named, where their publisher was set).
    touched = seen if municipality else [digest for _, digest in todo]
    link_series(engine, settings, plans=replaced_plans | plan_keys(engine, touched))
    return summary


@contextmanager
def _reading(todo: list[tuple[Path, str]], jobs: int | None, reader: Reader,
             warm_up: Callable[[], None] | None, engine: Engine, settings: Settings,
             stop: Stop | None) -> Iterator[Iterator[tuple[Path, Record | BilagError]]]:
    """Start reading the files (worker processes forked now, each running
    `warm_up` first) and yield each file's record or error, as they finish."""
    if jobs != 0:
        # A forked worker must not inherit the pool's open connections: were it
        # to close them, it would end this process's database sessions.
        engine.dispose()
    with read_each([path for path, _ in todo], reader, Limits.of(settings), jobs, stop=stop,
                   on_start=warm_up) as results:
        yield results


def _log(engine: Engine, summary: ImportSummary, path: str, sha256: str | None, outcome: str,
         reason: str | None = None) -> None:
    with Session(engine) as session, session.begin():
        session.add(log_entry(path, sha256, outcome, reason))
    summary.counts[outcome] += 1


def _fail(engine: Engine, summary: ImportSummary, path: str, sha256: str | None, reason: str) -> None:
    _log(engine, summary, path, sha256, "failed", reason)
    summary.failures.append((path, reason))


def _first_line(error: Exception) -> str:
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0]


def _reading_now(unread: dict[Path, None], jobs: int | None, scanned_pages: int) -> str:
    """The progress bar's line: the files the workers are on (the first ones not
    yet read: a scan's OCR takes a while) and the pages read by OCR so far."""
    workers = min(jobs or os.cpu_count() or 1, len(unread))
    names = [path.name for path in list(unread)[:workers]]
    text = "Importing" + (f" ({scanned_pages} scanned pages read by OCR)" if scanned_pages else "")
    return text + (f", reading {', '.join(names)}" if names else "")


@contextmanager
def _progress_bar(show: bool, total: int) -> Iterator[Callable[[str], None]]:
    """A rich progress bar on stderr when it is a terminal; `advance(line)` per file."""
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), disable=not show or total == 0, transient=True) as bar:
        task = bar.add_task("Importing", total=total)
        yield lambda line: bar.update(task, advance=1, description=line)
