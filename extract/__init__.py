"""Stage 1: read an annex file into a `bilag/1` record with its rows' text.

One reader per format (`pdf`, `docx`, `text`, `html`), each ``read(path,
settings) -> Body``; everything after the readers (finding the goal tables,
column roles, joining rows, footnotes, title and year) is shared. Other
formats are converted first (`convert`): `.doc`, `.odt` and `.rtf` to DOCX
by LibreOffice, scans (a PDF without text, page images) to a searchable PDF
by OCR; the record keeps the original file's name, sha256 and format.
"""

from __future__ import annotations

import hashlib
import importlib
import stat
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path

from bilag.errors import (
    BilagError,
    CorruptFile,
    EmptyFile,
    EncryptedDocument,
    NoTextLayer,
    UnknownFormat,
    printable,
)
from bilag.record import DocumentInfo, Goal, Record, Source, TableInfo
from bilag.settings import DEFAULT, Settings

from . import convert, document
from .blocks import Body
from .tables import GoalTable, layout

FORMATS = ("pdf", "docx", "text", "html") + convert.OFFICE_FORMATS + convert.IMAGE_FORMATS
TEXT_SUFFIXES = {".txt", ".tsv", ".text", ".csv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

__all__ = ["FORMATS", "detect_format", "extract", "read_body"]


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
IMAGE_MAGIC = {b"II*\x00": "tiff", b"MM\x00*": "tiff", b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}


def detect_format(path: Path) -> str:
    """The format of a file, from its first bytes and then its name (a .doc
    renamed .docx is a .doc)."""
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise UnknownFormat(str(path), "is a folder, not a file")
        if not stat.S_ISREG(mode):  # a FIFO or a device would block the read, or never end
            raise UnknownFormat(str(path), "is not a regular file (a pipe, socket or device)")
        with path.open("rb") as f:
            head = f.read(2048)
    except OSError as e:
        raise UnknownFormat(str(path), f"cannot be read ({e.strerror or e})") from None
    if not head.strip():
        raise EmptyFile(str(path), "the file is empty")
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(OLE2):
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedDocument(str(path), "an Office document saved with a password (an encrypted "
                                    ".docx); it cannot be read without the password")
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        raise UnknownFormat(str(path), "an old binary Office file that is not a Word document (.xls, .ppt?)")
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        if (zipped := _zip_format(path)) is not None:
            return zipped
        if suffix != ".docx":  # a damaged .docx is a corrupt Word file, not an unknown ZIP
            raise UnknownFormat(str(path), "a ZIP archive that is neither a Word (.docx) document "
                                "nor an OpenDocument text (.odt)")
    for magic, image in IMAGE_MAGIC.items():
        if head.startswith(magic):
            return image
    lowered = head.lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if suffix in HTML_SUFFIXES or lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in (".pdf", ".docx"):
        return suffix[1:]  # named so, but damaged: its reader says what is wrong
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "text"
    raise UnknownFormat(str(path), f"unknown format {suffix!r}: bilag reads .pdf, .docx, .txt and .html, "
                        "and by conversion .doc, .odt, .rtf and scans (.tif, .png, .jpg)")


def _zip_format(path: Path) -> str | None:
    """docx or odt for a ZIP package that is one, else None."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and z.read("mimetype").strip() == ODT_MIMETYPE:
                return "odt"
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, zlib.error):  # a damaged or encrypted member
        return None
    return None


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
        body, ocr = _read(path, format, settings)
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
    goals = [g for t in found.tables for g in _goals(t)]
    if ocr is not None:
        goals = [_with_doubtful(g, ocr) for g in goals]
    return Record(
        source=Source(file=printable(path.name), sha256=hashlib.sha256(data).hexdigest(), format=format,
                      pages=body.pages, ocr=ocr is not None, ocr_confidence=ocr and ocr.confidence),
        document=info,
        tables=tuple(TableInfo(t.index, t.title, t.columns, t.headers) for t in found.tables),
        goals=tuple(goals),
        warnings=tuple(warnings),
    )


def _read(path: Path, format: str, settings: Settings) -> tuple[Body, convert.OcrText | None]:
    """The file's body, converted first where its format needs it, and what OCR read (for a scan)."""
    try:
        if format in convert.OFFICE_FORMATS:
            with convert.office_to_docx(path, format, settings) as converted:
                return read_body(converted, settings, "docx"), None
        if format not in convert.IMAGE_FORMATS:
            try:
                return read_body(path, settings, format), None
            except NoTextLayer as e:
                if (missing := convert.missing_ocr(settings.ocr_language)) is not None:
                    raise NoTextLayer(str(path), f"{e.reason}: {missing}") from None
        with convert.ocr_to_pdf(path, format, settings) as ocr:
            try:
                return convert.tidy(read_body(ocr.pdf, settings, "pdf")), ocr
            except NoTextLayer:
                raise NoTextLayer(str(path), "OCR found no text on its pages (blank pages, or pictures "
                                             "without words?)") from None
    except BilagError as e:
        if e.file == str(path):
            raise
        raise type(e)(str(path), e.reason) from None  # named after the file given, not the temporary copy


def _with_doubtful(goal: Goal, ocr: convert.OcrText) -> Goal:
    """The goal with the words of its text that OCR read with doubt where the row stands."""
    text = " ".join(t for t in (goal.target_group, goal.goal, goal.report, goal.status_cell) if t)
    words = {convert.word_key(w) for w in text.split()}

    def inside(word: convert.DoubtfulWord) -> bool:
        if not goal.regions:
            return word.page in goal.pages
        return any(r.page == word.page and r.bbox[0] <= word.x <= r.bbox[2]
                   and r.bbox[1] <= word.y <= r.bbox[3] for r in goal.regions)

    doubtful = frozenset(w.text for w in ocr.doubtful if w.text in words and inside(w))
    return replace(goal, ocr_doubtful=doubtful)


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
