"""The one place where the PDF reader meets its parser, pdfplumber.

Everything the reader uses of a page is taken here, once, into plain values:
its size and rotation, its words (text, box, font size, bold, the width of
the first letter), and what it draws (lines, and rectangles with whether
they are filled or stroked). The rest of the reader sees only `PageView`s, so
another parser can be put behind `open_pages` and checked for identical
views.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from bilag.errors import CorruptFile, EncryptedPDF

from .pdf_lines import Word

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points from the top-left corner


@dataclass(frozen=True)
class Shape:
    """A drawn line or rectangle."""

    box: Box
    filled: bool = False
    stroked: bool = True


@dataclass(frozen=True)
class PageView:
    number: int
    width: float
    height: float
    rotation: int
    words: tuple[Word, ...]
    lines: tuple[Shape, ...]
    rects: tuple[Shape, ...]


def open_pages(path: Path) -> Iterator[PageView]:
    """Each page of a PDF as a view, read and then released, so memory does
    not grow with the page count. A damaged or encrypted file raises the
    library's named error."""
    try:
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    yield _view(page, number)
                finally:
                    page.close()
    except (PdfminerException, PSException, PDFSyntaxError) as e:
        cause = e.args[0] if isinstance(e, PdfminerException) and e.args else e
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise EncryptedPDF(str(path), "the PDF is encrypted (password protected)") from None
        raise CorruptFile(str(path), f"not a readable PDF ({type(cause).__name__}: {cause})") from None


def _view(page: pdfplumber.page.Page, number: int) -> PageView:
    clean = page.dedupe_chars() if _has_doubled_chars(page) else page
    return PageView(
        number=number,
        width=float(page.width),
        height=float(page.height),
        rotation=int(page.rotation or 0),
        words=tuple(_words(clean)),
        lines=tuple(Shape(_box(line)) for line in clean.lines),
        rects=tuple(Shape(_box(rect), bool(rect.get("fill")), bool(rect.get("stroke")))
                    for rect in clean.rects),
    )


def _box(obj: dict) -> Box:
    return (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def _has_doubled_chars(page: pdfplumber.page.Page) -> bool:
    """Whether the page prints characters twice at (nearly) one place, as some
    PDF makers simulate bold. pdfplumber's dedupe_chars is slow, so it is only
    run on such pages."""
    seen = Counter((c["text"], round(c["x0"]), round(c["top"])) for c in page.chars if c["text"] != " ")
    return any(n > 1 for n in seen.values())


def _words(page: pdfplumber.page.Page) -> list[Word]:
    """The words of a page, split where the font or its size changes, so a
    superscript digit is a word of its own."""
    words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, return_chars=True)
    return [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], round(w["size"], 1),
                 w["chars"][0]["x1"] - w["chars"][0]["x0"], "bold" in w["fontname"].lower())
            for w in words if w["text"].strip()]
