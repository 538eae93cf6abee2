"""Stage 1: read an annex file into a `bilag/1` record with its rows' text.

One reader per format (`pdf`, `docx`, `text`, `html`), each ``read(path,
settings) -> Body``; everything after the readers (finding the goal tables,
column roles, joining rows, footnotes, title and year) is shared.
"""

from __future__ import annotations

import hashlib
import importlib
import zipfile
from pathlib import Path

from bilag.errors import CorruptFile, EmptyFile, UnknownFormat
from bilag.record import DocumentInfo, Goal, Record, Source, TableInfo
from bilag.settings import DEFAULT, Settings

from . import document
from .blocks import Body
from .tables import GoalTable, layout

FORMATS = ("pdf", "docx", "text", "html")
TEXT_SUFFIXES = {".txt", ".tsv", ".text", ".csv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

__all__ = ["FORMATS", "detect_format", "extract", "read_body"]


def detect_format(path: Path) -> str:
    """The format of a file, from its first bytes and then its name."""
    try:
        with path.open("rb") as f:
            head = f.read(2048)
    except IsADirectoryError:
        raise UnknownFormat(str(path), "is a folder, not a file") from None
    except OSError as e:
        raise UnknownFormat(str(path), f"cannot be read ({e.strerror or e})") from None
    if not head.strip():
        raise EmptyFile(str(path), "the file is empty")
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF") or suffix == ".pdf":
        return "pdf"
    if head.startswith(b"PK\x03\x04") or suffix == ".docx":
        if suffix == ".docx" or _is_docx(path):
            return "docx"
        raise UnknownFormat(str(path), "a ZIP archive that is not a Word (.docx) document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnknownFormat(str(path), "an old binary Office file (.doc/.xls); save it as .docx or PDF")
    lowered = head.lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if suffix in HTML_SUFFIXES or lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "text"
    raise UnknownFormat(str(path), f"unknown format {suffix!r}: bilag reads .pdf, .docx, .txt and .html")


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def read_body(path: Path, settings: Settings = DEFAULT, format: str | None = None) -> Body:
    """Run the reader for the file's format (imported only when needed: a text
    file should not pay for loading the PDF machinery)."""
    format = format or detect_format(path)
    reader = importlib.import_module(f"{__name__}.{format}")
    return reader.read(path, settings)


def extract(path: str | Path, settings: Settings = DEFAULT) -> Record:
    """Read one annex file into a record: structure and text, no verdicts yet."""
    path = Path(path)
    format = detect_format(path)
    data = path.read_bytes()
    try:
        body = read_body(path, settings, format)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as e:
        raise CorruptFile(str(path), f"not a readable {format} file ({type(e).__name__}: {e})") from None
    found = layout(body, settings)
    warnings = list(found.warnings)
    title = document.title(found.paragraphs)
    if title and len(title) > settings.max_title_chars:
        warnings.append(f"the title of {len(title):,} characters was cut to {settings.max_title_chars}")
        title = title[:settings.max_title_chars]
    info = DocumentInfo(
        title=title,
        annex=document.annex(title, found.paragraphs),
        report_year=document.report_year(found.tables, title, found.paragraphs),
        plan=document.plan(title, found.tables, found.paragraphs),
        municipality=document.municipality(title, found.paragraphs, body.furniture),
        footnotes=found.footnotes,
    )
    if not found.tables:
        warnings.append("no goal/result table found (no header row names a report or status column "
                        "beside a goal or target group)")
    return Record(
        source=Source(file=path.name, sha256=hashlib.sha256(data).hexdigest(), format=format,
                      pages=body.pages),
        document=info,
        tables=tuple(TableInfo(t.index, t.title, t.columns, t.headers) for t in found.tables),
        goals=tuple(g for t in found.tables for g in _goals(t)),
        warnings=tuple(warnings),
    )


def _goals(table: GoalTable) -> list[Goal]:
    def column(role: str) -> int | None:
        return table.columns.index(role) if role in table.columns else None

    group, goal, report, status = (column(r) for r in ("target_group", "goal", "report", "status"))
    theme = table.theme
    goals = []
    for number, row in enumerate(table.rows, start=1):
        goals.append(Goal(
            table=table.index,
            row=number,
            pages=row.pages,
            target_group=row.cells[group] if group is not None else row.section,
            goal=row.cells[goal] if goal is not None else None,
            report=row.cells[report] if report is not None else None,
            status_cell=row.cells[status] if status is not None else None,
            theme=(row.cells[theme] or None) if theme is not None else None,
            regions=row.regions,
        ))
    return goals
