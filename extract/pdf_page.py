"""The one place where the PDF reader meets its parser, pdfplumber.

Everything the reader uses of a page is taken here, once, into plain values:
its size and rotation, its words (text, box, font size, bold, the width of
the first letter), and what it draws (lines, and rectangles with whether
they are filled or stroked). A page whose text runs down or up the page as
shown (a portrait page turned by ``/Rotate``, or content set sideways) is
turned back so that its text reads left to right: the view is in the frame
where the words are upright. The rest of the reader sees only `PageView`s, so
another parser can be put behind `open_pages` and checked for identical
views.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils import extract_words
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
    """One page in the frame where its words are upright; `turn`: the degrees
    it was turned back from the page as shown (0, 90 or 270)."""

    number: int
    width: float
    height: float
    rotation: int
    words: tuple[Word, ...]
    lines: tuple[Shape, ...]
    rects: tuple[Shape, ...]
    turn: int = 0

    def shown(self, box: Box) -> Box:
        """A box of this view on the page as shown (as a viewer renders it)."""
        x0, top, x1, bottom = box
        if self.turn == 90:
            return (self.height - bottom, x0, self.height - top, x1)
        if self.turn == 270:
            return (top, self.width - x1, bottom, self.width - x0)
        return box

    def upright(self, box: Box) -> Box:
        """A box of the page as shown in this view's frame (`shown` undone)."""
        x0, top, x1, bottom = box
        if self.turn == 90:
            return (top, self.height - x1, bottom, self.height - x0)
        if self.turn == 270:
            return (self.width - bottom, x0, self.width - top, x1)
        return box


def open_pages(path: Path) -> Iterator[PageView]:
    """Each page of a PDF as a view, read and then released, so memory does
    not grow with the page count. A damaged or encrypted file raises the
    library's named error."""
    try:
        with _opened(path) as pdf:
            for number, page in enumerate(_pages(pdf, path), start=1):
                try:
                    yield _view(page, number)
                finally:
                    page.close()
    except (PdfminerException, PSException, PDFSyntaxError) as e:
        cause = e.args[0] if isinstance(e, PdfminerException) and e.args else e
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise EncryptedPDF(str(path), "the PDF is encrypted (password protected)") from None
        if isinstance(cause, MemoryError):  # the worker's memory limit, not a damaged file
            raise cause from None
        if isinstance(cause, RecursionError):
            raise CorruptFile(str(path), "not a readable PDF: its drawings nest deeper than can be read "
                                         "(form XObjects inside form XObjects, hundreds deep)") from None
        raise CorruptFile(str(path), f"not a readable PDF ({type(cause).__name__}: {cause})") from None


@contextmanager
def _opened(path: Path) -> Iterator[pdfplumber.PDF]:
    """The PDF open, and closed afterwards even where its pages cannot be listed
    (pdfplumber's close lists them once more)."""
    pdf = pdfplumber.open(path)
    try:
        yield pdf
    finally:
        try:
            pdf.close()
        except (TypeError, ValueError, PdfminerException):
            pdf.stream.close()


def _pages(pdf: pdfplumber.PDF, path: Path) -> list[pdfplumber.page.Page]:
    """The PDF's pages; pdfplumber sizes each page as it lists them and fails on a
    page without a valid MediaBox (which PDF requires) with a TypeError."""
    try:
        return pdf.pages
    except (TypeError, ValueError):
        raise CorruptFile(str(path), "not a readable PDF: a page has no valid size (its MediaBox is "
                                     "missing or broken)") from None


def page_view(path: Path, number: int) -> PageView:
    """Page `number` (from 1) of a PDF as a view."""
    with pdfplumber.open(path) as pdf:
        return _view(pdf.pages[number - 1], number)


# Control characters a font may map its glyphs to (U+0000 among them, which
# PostgreSQL refuses in text): no letters, so no part of a word.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


def _view(page: pdfplumber.page.Page, number: int) -> PageView:
    clean = page.dedupe_chars() if _has_doubled_chars(page) else page
    shown_width, shown_height = float(page.width), float(page.height)
    chars = clean.chars
    turn = _turn([c for c in chars if c["text"].strip()])

    def box(obj: dict) -> Box:
        return _turned((float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])),
                       turn, shown_width, shown_height)

    width, height = shown_width, shown_height
    if turn:
        # Words are built from the characters turned upright, as if the page were set so.
        chars = [{**c, **dict(zip(("x0", "top", "x1", "bottom"), box(c))), "upright": True} for c in chars]
        for c in chars:
            c["doctop"], c["width"], c["height"] = c["top"], c["x1"] - c["x0"], c["bottom"] - c["top"]
            c["size"] = c["height"]  # an upright character is as high as its font size
        width, height = shown_height, shown_width
    raw = extract_words(chars, extra_attrs=["size", "fontname"], keep_blank_chars=False, return_chars=True)
    words = tuple(Word(text, w["x0"], w["x1"], w["top"], w["bottom"], round(w["size"], 1),
                       w["chars"][0]["x1"] - w["chars"][0]["x0"], "bold" in w["fontname"].lower())
                  for w in raw if (text := _CONTROLS.sub("", w["text"])).strip())
    return PageView(
        number=number, width=width, height=height, rotation=int(page.rotation or 0), words=words, turn=turn,
        lines=tuple(Shape(box(line)) for line in clean.lines),
        rects=tuple(Shape(box(rect), bool(rect.get("fill")), bool(rect.get("stroke")))
                    for rect in clean.rects),
    )


def _turn(chars: list[dict]) -> int:
    """Degrees the shown page must be turned back for most of its characters
    to stand upright: 90 where the text runs down the page, 270 up it."""
    sideways = [c for c in chars if not c.get("upright", True)]
    if len(sideways) <= len(chars) / 2:
        return 0
    # A character's matrix says which way its text runs, in PDF space (y up): b < 0 is down the page.
    down = sum(1 for c in sideways if c["matrix"][1] < 0)
    return 90 if down >= len(sideways) / 2 else 270


def _turned(box: Box, turn: int, width: float, height: float) -> Box:
    """A box of the shown page (`width` × `height`) in the frame turned back by `turn`."""
    x0, top, x1, bottom = box
    if turn == 90:  # text runs down: the shown page's top is the text's left
        return (top, width - x1, bottom, width - x0)
    if turn == 270:  # text runs up: the shown page's bottom is the text's left
        return (height - bottom, x0, height - top, x1)
    return box


def _has_doubled_chars(page: pdfplumber.page.Page) -> bool:
    """Whether the page prints characters twice at (nearly) one place, as some
    PDF makers simulate bold. pdfplumber's dedupe_chars is slow, so it is only
    run on such pages."""
    seen = Counter((c["text"], round(c["x0"]), round(c["top"])) for c in page.chars if c["text"] != " ")
    return any(n > 1 for n in seen.values())
