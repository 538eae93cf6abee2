"""Files read by conversion: office documents through LibreOffice, scans through OCRmyPDF.

Both tools run as child processes in a temporary folder of their own, under a
time limit, in a process group of their own (so a hung converter and every
helper it started are killed together), and the folder is removed afterwards.

- ``.doc``, ``.odt``, ``.rtf``: ``soffice --headless --convert-to docx`` with
  a LibreOffice user profile per conversion (``-env:UserInstallation``), so
  parallel workers never share, or lock, one profile. The DOCX reader reads
  the result.
- A PDF without a text layer, or a page image (TIFF, PNG, JPEG): OCRmyPDF with
  Tesseract's Danish data, deskewed and with pages rotated upright, into a
  searchable PDF that the PDF reader reads. Tesseract's hOCR (kept from
  OCRmyPDF's work folder) gives each word's confidence; `scan_rules` draws
  the table rules printed on the page into the PDF.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import html

from bilag.errors import ConversionFailed, MissingTool, NotAnAnnex
from bilag.settings import Settings
from bilag.workers import die_with_parent

from . import scan_rules
from .blocks import Body, Paragraph, Table
from .package import check_package

OFFICE_FORMATS = ("doc", "odt", "rtf")
IMAGE_FORMATS = ("tiff", "png", "jpeg")
OFFICE_PACKAGE = "libreoffice-writer-nogui"

# Where OCR tends to misread a number: a letter that looks like a digit inside it
# ("2.42S", "1O0", "l5"), or a thousands point read as a comma ("2,425").
SUSPECT_NUMBER = re.compile(r"\d[\d.,]*[OoSsIlBZ][\d.,]*\d?|[OoSsIlB]\d[\d.,]*|^\d{1,3},\d{3}$")
# Number words that OCR makes of others by one accent: "en forskningsbaseret"
# read as "én" (one), "et" as "ét".
ACCENTED_NUMBER_WORDS = {"én", "ét"}
# A bar standing as a word, not on a rule (those leave the text layer), is a
# capital I that Tesseract read as a bar: "| 2024 blev …".
BAR_FOR_I = re.compile(r"(?<!\S)\|(?!\S)")
WORD_EDGES = "\"'“”„«»()[]{}.,:;!?"


@dataclass(frozen=True)
class DoubtfulWord:
    """A word read below the confidence threshold, shaped like a misread number
    or a number word one accent from another word ("én"), with its centre on
    the page in PDF points from the top-left corner."""

    text: str
    page: int
    x: float
    y: float


@dataclass(frozen=True)
class OcrText:
    """What OCR recognised, beside the searchable PDF: the mean word
    confidence (0-100) and the doubtful words."""

    pdf: Path
    confidence: float | None
    doubtful: tuple[DoubtfulWord, ...]


def word_key(word: str) -> str:
    """A word as compared between the OCR's hOCR and the record's text."""
    return word.strip(WORD_EDGES)


def missing_office() -> str | None:
    """What to install to read .doc/.odt/.rtf, or None where LibreOffice is there."""
    if _soffice() is None:
        return f"LibreOffice is not installed (apt-get install {OFFICE_PACKAGE})"
    return None


def missing_ocr(language: str = "dan") -> str | None:
    """What to install to read scans, or None where OCRmyPDF, Tesseract with
    `language` and Ghostscript are all there."""
    if importlib.util.find_spec("ocrmypdf") is None:
        return "OCRmyPDF is not installed (pip install 'bilag[ocr]')"
    if shutil.which("tesseract") is None:
        return f"Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-{language})"
    if language not in _tesseract_languages():
        return f"Tesseract has no '{language}' language data (apt-get install tesseract-ocr-{language})"
    if shutil.which("gs") is None:
        return "Ghostscript is not installed (apt-get install ghostscript)"
    return None


@contextmanager
def office_to_docx(path: Path, format: str, settings: Settings) -> Iterator[Path]:
    """`path` (a .doc, .odt or .rtf) converted to a temporary .docx, removed afterwards."""
    if format == "odt":
        check_package(path, settings)  # a zip bomb is refused before LibreOffice inflates it
    if (missing := missing_office()) is not None:
        raise MissingTool(str(path), f"cannot read a .{format} file: {missing}")
    with tempfile.TemporaryDirectory(prefix="bilag-convert-") as tmp:
        work = Path(tmp)
        # A copy with a plain name and the suffix of its real format: LibreOffice
        # must not be misled by a misnamed file ("report.docx" holding a .doc).
        source = work / f"source.{format}"
        shutil.copyfile(path, source)
        _run([_soffice(), "--headless", "--norestore", "--nologo", "--nolockcheck",
              f"-env:UserInstallation={(work / 'profile').as_uri()}",
              "--convert-to", "docx", "--outdir", str(work / "out"), str(source)],
             path, "LibreOffice", settings.conversion_timeout, work)
        result = work / "out" / "source.docx"
        if not result.exists():
            raise ConversionFailed(str(path), f"LibreOffice could not convert the .{format} file to .docx")
        yield result


@contextmanager
def ocr_to_pdf(path: Path, format: str, settings: Settings) -> Iterator[OcrText]:
    """`path` (a PDF without text, or a page image) made a temporary searchable PDF."""
    if (missing := missing_ocr(settings.ocr_language)) is not None:
        raise MissingTool(str(path), f"cannot read a scan: {missing}")
    with tempfile.TemporaryDirectory(prefix="bilag-ocr-") as tmp:
        work = Path(tmp)
        source = work / ("source.pdf" if format == "pdf" else f"source.{format}")
        shutil.copyfile(path, source)
        output = work / "ocr.pdf"
        command = [sys.executable, "-m", "ocrmypdf", "--quiet", "-l", settings.ocr_language,
                   "--deskew", "--rotate-pages", "--pdf-renderer", "hocr", "--output-type", "pdf",
                   "--optimize", "0", "--jobs", "1", "--keep-temporary-files"]
        if format in IMAGE_FORMATS and not _has_dpi(source, path, settings.max_image_pixels):
            command += ["--image-dpi", str(settings.ocr_image_dpi)]
        # OCRmyPDF keeps its work folder (with Tesseract's hOCR) under TMPDIR: ours.
        # Tesseract on one thread: the import runs one worker per core already.
        env = {"OMP_THREAD_LIMIT": "1", **os.environ, "TMPDIR": str(work)}
        _run(command + [str(source), str(output)], path, "OCR", settings.ocr_timeout, work, env)
        glyphs: dict[int, list[scan_rules.Box]] = {}
        confidences, doubtful = _read_hocr(work, settings.ocr_min_confidence, glyphs)
        scan_rules.draw_rules(output, sorted(work.glob("ocrmypdf.io.*/*_ocr.png")),
                              settings.ocr_min_rule_length, glyphs)
        mean = round(sum(confidences) / len(confidences), 1) if confidences else None
        yield OcrText(output, mean, doubtful)


def tidy(body: Body) -> Body:
    """The text OCR read, with its known misreadings of letters undone (a bar
    standing for "I"); numbers are left as read, for the audit to question."""
    def fix(text: str | None) -> str | None:
        return BAR_FOR_I.sub("I", text) if text else text

    blocks = []
    for block in body.blocks:
        if isinstance(block, Paragraph):
            block = replace(block, text=fix(block.text))
        elif isinstance(block, Table):
            rows = tuple(replace(row, cells=tuple(fix(cell) for cell in row.cells)) for row in block.rows)
            block = replace(block, rows=rows)
        blocks.append(block)
    return replace(body, blocks=tuple(blocks))


def _run(command: list[str], path: Path, tool: str, timeout: float, cwd: Path,
         env: dict[str, str] | None = None) -> None:
    """Run a converter to its end within `timeout` seconds, or kill it and all it started."""
    # A session of its own, so a time-out kills all it started; and it dies
    # with the worker reading the file, were that killed at its limit.
    process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True, preexec_fn=die_with_parent)
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ConversionFailed(str(path), f"{tool} took longer than {timeout:g} s (the time limit)") from None
    if process.returncode != 0:
        lines = [line for line in err.decode(errors="replace").splitlines() if line.strip()]
        reason = lines[-1].strip() if lines else f"exit status {process.returncode}"
        raise ConversionFailed(str(path), f"{tool} failed: {reason}")


def _read_hocr(work: Path, threshold: float,
               boxes: dict[int, list[scan_rules.Box]]) -> tuple[list[float], tuple[DoubtfulWord, ...]]:
    """All word confidences, and the doubtful words, from OCRmyPDF's hOCR files;
    the boxes (in pixels) of the words that may be a rule's glyph go to `boxes`."""
    confidences: list[float] = []
    doubtful = []
    for hocr in sorted(work.glob("ocrmypdf.io.*/*_ocr_hocr.hocr")):
        page = int(hocr.name.split("_")[0])
        root = html.parse(str(hocr)).getroot()
        resolution = re.search(r"scan_res (\d+)", root.find(".//div[@class='ocr_page']").get("title", ""))
        scale = 72 / (float(resolution.group(1)) if resolution else 300.0)
        for span in root.iterfind(".//span[@class='ocrx_word']"):
            text = word_key(span.text_content())
            title = span.get("title", "")
            confidence = re.search(r"x_wconf (\d+)", title)
            box = re.search(r"bbox (\d+) (\d+) (\d+) (\d+)", title)
            if not text or confidence is None or box is None:
                continue
            confidences.append(float(confidence.group(1)))
            if text in scan_rules.RULE_GLYPHS or span.text_content().strip() in scan_rules.RULE_GLYPHS:
                boxes.setdefault(page, []).append(tuple(float(v) for v in box.groups()))
            if (float(confidence.group(1)) < threshold or text.lower() in ACCENTED_NUMBER_WORDS
                    or (any(c.isdigit() for c in text) and SUSPECT_NUMBER.search(text))):
                x0, top, x1, bottom = (float(v) for v in box.groups())
                doubtful.append(DoubtfulWord(text, page, (x0 + x1) / 2 * scale, (top + bottom) / 2 * scale))
    return confidences, tuple(doubtful)


def _has_dpi(image: Path, path: Path, max_pixels: int) -> bool:
    """Whether a page image states its resolution; an image too large to be
    a scanned page (a decompression bomb) is refused before it is decoded."""
    from PIL import Image

    bound, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None  # checked here, with the reason
    try:
        with Image.open(image) as img:
            width, height = img.size
            dpi = img.info.get("dpi")
    finally:
        Image.MAX_IMAGE_PIXELS = bound
    if width * height > max_pixels:
        raise NotAnAnnex(str(path), f"an image of {width:,} × {height:,} pixels is too large to be a scanned "
                                    f"page (at most {max_pixels:,} pixels; a decompression bomb?)")
    return bool(dpi) and min(dpi) >= 50


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@functools.cache
def _tesseract_languages() -> frozenset[str]:
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:])
