"""The bad-input corpus: hostile, huge and broken files in tests/data/bad,
written by ``tests/data/bad/make_bad.py``, each with its outcome in
``tests/data/bad/expected.json``:

* ``imported``: a record, without warnings (with ``goals`` goals where given);
* ``imported_with_warning``: a record with a warning holding ``warning``;
* ``refused``: the named error ``error`` with ``message`` in its reason,
  never another exception.

``text`` stands in some goal's text; ``absent`` in no text of the record (a
system file pulled in through an XML entity, a control character). A case
refused with LimitExceeded ends only by the per-file time or memory limit, so
it is read through the worker pool; every other case is read in-process by
`bilag.pipeline.process` and takes a second or two.
"""

from __future__ import annotations

import json
import re
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from converters import require

from bilag.errors import BilagError
from bilag.pipeline import process, process_all
from bilag.record import Record
from bilag.settings import DEFAULT
from tests.data.bad import make_bad

CORPUS = make_bad.HERE
EXPECTED: dict[str, dict[str, Any]] = json.loads((CORPUS / make_bad.MANIFEST).read_text(encoding="utf-8"))
CASES = {make_bad.manifest_name(case): case for case in make_bad.CASES}
LIMIT = "LimitExceeded"
NOT_CASES = {make_bad.MANIFEST, "make_bad.py", ".gitattributes"}


def case_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.is_file()} - NOT_CASES


def strings(value: Any) -> Iterator[str]:
    """Every text in a record's dictionary."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def case_path(name: str, tmp_path: Path) -> Path:
    case = CASES[name]
    return CORPUS / case.name if case.committed else make_bad.write_case(case, tmp_path)


def check_record(record: Record, expected: dict[str, Any]) -> None:
    if expected["outcome"] == "imported":
        assert record.warnings == (), f"unexpected warnings: {record.warnings}"
    else:
        assert any(expected["warning"] in w for w in record.warnings), record.warnings
    if "goals" in expected:
        assert len(record.goals) == expected["goals"]
    if "text" in expected:
        assert any(expected["text"] in (text or "") for goal in record.goals
                   for text in (goal.target_group, goal.goal, goal.report))
    texts = list(strings(record.to_dict()))
    if "absent" in expected:
        assert not any(expected["absent"] in text for text in texts)
    if "file" in expected:
        assert record.source.file == expected["file"]


def params() -> list:
    slow = [pytest.mark.slow]  # cases of a limit, and cases marked slow in the manifest
    return [pytest.param(name, marks=slow if expected.get("error") == LIMIT or expected.get("slow") else [],
                         id=name) for name, expected in EXPECTED.items()]


@pytest.mark.parametrize("name", params())
def test_bad_input(name: str, tmp_path: Path) -> None:
    expected = EXPECTED[name]
    path = case_path(name, tmp_path)
    if expected.get("error") == LIMIT:
        check_limit(path, expected)
        return
    if expected.get("converts"):
        require(path)
    if expected["outcome"] != "refused":
        check_record(process(path), expected)
        return
    with pytest.raises(BilagError) as caught:
        process(path)
    error = caught.value
    assert type(error).__name__ == expected["error"], f"{type(error).__name__}: {error.reason}"
    assert expected["message"] in error.reason
    assert error.file == str(path)


def check_limit(path: Path, expected: dict[str, Any]) -> None:
    """A file that only the per-file limits stop: read through `process_all`
    (the worker pool) with a short time limit."""
    settings = replace(DEFAULT, file_time_limit=10.0, file_memory_limit=1 * 2**30)
    [(_, result)] = list(process_all([path], settings, jobs=1))
    assert type(result).__name__ == expected["error"], result
    assert expected["message"] in result.reason


def test_every_case_has_its_file_and_every_file_its_case() -> None:
    committed = {name for name, expected in EXPECTED.items() if expected.get("committed", True)}
    assert case_files(CORPUS) == committed
    assert set(EXPECTED) == set(CASES)
    assert len(EXPECTED) >= 40


def test_the_corpus_stays_small() -> None:
    assert sum((CORPUS / name).stat().st_size for name in case_files(CORPUS)) < 3_000_000


def fingerprint(path: Path) -> Any:
    """What a file holds, beyond zlib's own choices (another zlib build packs
    otherwise): a ZIP package's members by name, size and CRC-32; a PNG's
    chunks with the image data inflated; a PDF's bytes with Flate-packed
    stream data left out; other files' bytes."""
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04") and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as package:
            return [(i.filename, i.file_size, i.CRC) for i in package.infolist()]
    if data.startswith(b"\x89PNG"):
        chunks, at = [], 8
        while at < len(data):
            size, kind = int.from_bytes(data[at:at + 4], "big"), data[at + 4:at + 8]
            body = data[at + 8:at + 8 + size]
            chunks.append((kind, zlib.decompress(body) if kind == b"IDAT" else body))
            at += 12 + size
        return chunks
    if data.startswith(b"%PDF") and b"/FlateDecode" in data:
        data = re.sub(rb"/Length \d+", b"/Length", data)
        data = re.sub(rb"stream\n.*?\nendstream", b"stream endstream", data, flags=re.DOTALL)
        return re.sub(rb"\d{10} 00000 n", b"offset", data)
    return data


@pytest.mark.slow  # the generator packs a gigabyte of blanks
def test_the_generator_writes_the_committed_files(tmp_path: Path) -> None:
    make_bad.main(tmp_path)
    assert case_files(tmp_path) == case_files(CORPUS)
    for name in [*case_files(tmp_path), make_bad.MANIFEST]:
        assert fingerprint(tmp_path / name) == fingerprint(CORPUS / name), name


def test_unclosed_paragraphs_take_time_in_proportion_to_their_lines() -> None:
    """A text export whose every line opens a <p> and never closes it is one
    logical line: joining its lines must cost time in proportion to them
    (eight times the lines some eight times the time; joined anew at each
    line, it was some 40 times)."""
    from bilag.extract.text import parse

    def seconds(lines: int) -> float:
        text = "<p>Nået\n" * lines
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            parse(text)
            best = min(best, time.perf_counter() - start)
        return best

    assert seconds(16_000) / seconds(2_000) < 20


def _tree_memory(pid: int) -> int:
    """Bytes a process and all it started hold of their own (private pages)."""
    from bilag.workers import _descendants, _resident

    return sum(_resident(p) or 0 for p in [pid, *_descendants(pid)])


@pytest.mark.slow  # a real `bilag import` of the whole corpus and the samples: some 30 s on 2 cores
def test_a_batch_of_bad_files_and_the_samples_finishes_in_bounds(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from sqlalchemy import create_engine, select

    from bilag.store.importer import sha256_of
    from bilag.store.schema import Document, ImportLogEntry

    time_limit, memory_limit, jobs = 15, 1, 2
    samples = Path(__file__).parent.parent / "samples"
    sample_files = [p for p in samples.rglob("*") if p.suffix in (".txt", ".docx", ".pdf")]
    files = len(case_files(CORPUS)) + len(sample_files)
    database = tmp_path / "bilag.db"
    command = [str(Path(sys.executable).with_name("bilag")), "import", str(CORPUS), str(samples),
               "--db", str(database), "--jobs", str(jobs), "--time-limit", str(time_limit),
               "--memory-limit", str(memory_limit)]
    started = time.monotonic()
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env={**os.environ, "COLUMNS": "200"})
    peak = 0
    while run.poll() is None:
        peak = max(peak, _tree_memory(run.pid))
        time.sleep(0.05)
    out, err = run.communicate()
    took = time.monotonic() - started

    assert run.returncode == 1, err
    assert "Traceback" not in err and "Imported:" in out
    assert took < time_limit * files / jobs
    assert peak < (1 + jobs * memory_limit) * 2**30  # the main process, and each worker within its limit
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        stored = set(connection.scalars(select(Document.sha256)))
        failed = dict(connection.execute(select(ImportLogEntry.path, ImportLogEntry.reason)
                                         .where(ImportLogEntry.outcome == "failed")).all())
    engine.dispose()
    assert {sha256_of(p) for p in sample_files} <= stored
    refused = {name for name, e in EXPECTED.items() if e["outcome"] == "refused" and e.get("committed", True)}
    assert {Path(p).name for p in failed} == refused
    assert all(reason for reason in failed.values())
    for name in refused:  # each logged with its reason, on its own line
        assert f"Error: {CORPUS / name}: " in err
