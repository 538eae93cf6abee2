"""Reader for PDF annexes (pdfplumber).

Page by page (`pdf_page` reads each into plain values): tables come from the
rules and fills the page draws (`pdf_rules`), one Table per page (the shared
layout joins a table's parts across pages); the words outside
them are grouped into lines, runs of lines with common column gaps become
borderless tables (`pdf_borderless`), and the rest paragraphs. Running
headers, footers and page numbers are left out: lines in the page's top and
bottom margin, lines that are only a page number, and lines that repeat at the
same place on most pages. Small raised digits are written as superscript
footnote marks, and a footnote at the page bottom becomes a paragraph starting
with its mark.

Each page is closed after use, so memory does not grow with the page count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pdfplumber.table import Table as Grid

from bilag.errors import CorruptFile, NotAnAnnex, NoTextLayer
from bilag.settings import Settings

from .blocks import Block, Body, PageBreak, Paragraph, Row, Table
from .pdf_borderless import Bands, Region, find_regions, region_table
from .pdf_lines import (
    Line,
    Word,
    body_size,
    group_lines,
    join_lines,
    new_paragraph,
    row_region,
    starts_with_note_mark,
    typical_pitch,
)
from .pdf_page import PageView, open_pages
from .pdf_rules import Columns, find_tables, table_columns

# Up to three digits: a bare four-digit number is a year (a title's "2023-" + "2025").
UNMAPPED = re.compile(r"\(cid:\d+\)|[\ufffd\ue000-\uf8ff]")  # a glyph without a character
PAGE_NUMBER = re.compile(
    r"^(?:(?:side|page|s\.)\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:af|of|/|ud af)\s*\d{1,3})?$", re.IGNORECASE)


@dataclass(frozen=True)
class PageContent:
    """One page, read: its tables and its other lines (not yet paragraphs, as
    running headers are only known once every page is read), top to bottom."""

    number: int
    items: tuple[tuple[float, Table | Line], ...]
    pitch: float
    size: float
    open_table: Bands | None = None  # columns of a borderless table that ends the page
    columns: tuple[Columns, ...] = ()  # the drawn tables' columns, for the page after
    margins: tuple[str, ...] = ()  # text in the top and bottom margins: running headers and footers


def read(path: Path, settings: Settings) -> Body:
    """Read a PDF into paragraphs, tables (one per page part) and page breaks."""
    text = TextCount()
    pages = list(read_pages(text.counting(open_pages(path)), settings))
    if not pages:
        raise CorruptFile(str(path), "the PDF has no pages that can be read (a damaged page tree?)")
    if text.chars and text.unmapped > settings.max_unmapped_share * text.chars:
        raise NotAnAnnex(str(path), "its fonts carry no text mapping (ToUnicode), so its text cannot be "
                                    "read; try OCR on the printed pages")
    if pages and not any(page.items or page.size for page in pages):
        raise NoTextLayer(str(path), "the PDF has no text layer (a scan?) and needs OCR")
    repeated = _repeated_lines(pages, settings.running_header_share)
    return Body(format="pdf", blocks=tuple(assemble(pages, repeated, settings)), pages=len(pages),
                furniture=_furniture(pages, repeated))


@dataclass
class TextCount:
    """The characters of the pages read, and how many are glyphs that the
    fonts map to no character ("(cid:12)", the replacement character)."""

    chars: int = 0
    unmapped: int = 0

    def counting(self, views: Iterator[PageView]) -> Iterator[PageView]:
        for view in views:
            for word in view.words:
                self.chars += len(word.text)
                self.unmapped += sum(len(m) for m in UNMAPPED.findall(word.text))
            yield view


def read_pages(views: Iterator[PageView], settings: Settings) -> Iterator[PageContent]:
    """Each page read, a borderless table at a page's end carried to the next."""
    carried: Bands | None = None
    columns: tuple[Columns, ...] = ()
    for view in views:
        content = read_page(view, settings, carried, columns)
        carried, columns = content.open_table, content.columns
        yield _shown_regions(content, view) if view.turn else content


def _shown_regions(content: PageContent, view: PageView) -> PageContent:
    """The page's rows with their regions on the page as shown, for a page read turned."""
    def shown(table: Table) -> Table:
        return replace(table, rows=tuple(
            replace(row, regions=tuple(replace(r, bbox=tuple(round(v, 1) for v in view.shown(r.bbox)))
                                       for r in row.regions)) for row in table.rows))
    return replace(content, items=tuple((top, shown(item) if isinstance(item, Table) else item)
                                        for top, item in content.items))


def read_page(page: PageView, settings: Settings, carried: Bands | None = None,
              columns: tuple[Columns, ...] = ()) -> PageContent:
    """The tables and free lines of one page; `carried`: the columns of a
    borderless table the page before ended with; `columns`: those of the
    drawn tables on the page before."""
    number = page.number
    words = list(page.words)
    ruled = find_tables(page, settings, columns)
    inside: set[int] = set()
    table_words: list[list[list[list[Word]]]] = []
    for table in ruled:
        rows = []
        for row in table.rows:
            cells = []
            for bbox in row.cells:
                if bbox is None:
                    cells.append(None)
                    continue
                found = [i for i, w in enumerate(words) if _within(w, bbox)]
                inside.update(found)
                cells.append([words[i] for i in found])
            rows.append(cells)
        table_words.append(rows)
    free = group_lines([w for i, w in enumerate(words) if i not in inside], settings)
    size = body_size(words)
    height = page.height
    margins = tuple(_text(line) for line in free if _in_margin(line, height, settings))
    free = [line for line in free if not _in_margin(line, height, settings) and not _page_number(line)]

    table_lines = [[[None if cell is None else group_lines(cell, settings) for cell in row] for row in rows]
                   for rows in table_words]
    cell_lines = [[cell for row in rows for cell in row if cell] for rows in table_lines]
    pitch = typical_pitch([*(lines for cells in cell_lines for lines in cells), free])

    items: list[tuple[float, Table | Line]] = []
    for table, rows, cells in zip(ruled, table_lines, cell_lines):
        # Each table's own line pitch: tables are often set tighter than the text around them.
        table_pitch = typical_pitch(cells, pitch)
        items.append((table.bbox[1], _ruled_table(table, rows, number, table_pitch, settings)))
    first_table = min((t.bbox[1] for t in ruled), default=height)
    last: tuple[float, Bands] | None = None
    for part in _between_tables(free, [t.bbox for t in ruled]):
        goes_on = carried if part[0].top < first_table else None
        for found in find_regions(part, pitch, settings, goes_on):
            if isinstance(found, Region):
                items.append((found.lines[0].top, region_table(found, pitch, number, settings)))
                last = (found.lines[0].top, found.bands)
            else:
                items.append((found.top, found))
    items.sort(key=lambda item: item[0])
    ends_page = last is not None and items[-1][0] == last[0]
    free_pitch = typical_pitch([[line for line in free if line.size == size]], pitch)
    return PageContent(number, tuple(items), free_pitch, size,
                       open_table=last[1] if last and ends_page else None,
                       columns=tuple(table_columns(t) for t in ruled), margins=margins)


def _within(word: Word, bbox: tuple[float, float, float, float]) -> bool:
    x = word.middle
    y = (word.top + word.bottom) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _ruled_table(table: Grid, rows: list[list[list[Line] | None]], page: int, pitch: float,
                 settings: Settings) -> Table:
    """A table's cells as text: None where a merged cell covers the place. A
    row with bold text in its first cell only, in a table whose rows are not
    bold, is a section heading (a shaded band across a browser's table may
    draw no cell border to tell it)."""
    plain = sum(1 for row in rows if row[0] and not all(line.bold for line in row[0]))
    return Table(rows=tuple(
        Row(cells=tuple(None if lines is None else _cell_text(lines, bbox, pitch, settings)
                        for lines, bbox in zip(row, found.cells)), pages=(page,),
            regions=(row_region(page, _row_band(table, found)),),
            is_section=plain > len(rows) / 2 and _bold_heading(row))
        for row, found in zip(rows, table.rows)))


def _bold_heading(row: list[list[Line] | None]) -> bool:
    first, rest = row[0], row[1:]
    return bool(first) and len(row) > 1 and all(line.bold for line in first) and not any(rest)


def _row_band(table: Grid, row: object) -> tuple[float, float, float, float]:
    """A row's own band across the table: a cell merged down over the rows
    below would make pdfplumber's row box reach over them."""
    bottom = min(cell[3] for cell in row.cells if cell is not None)  # type: ignore[attr-defined]
    return (table.bbox[0], row.bbox[1], table.bbox[2], bottom)  # type: ignore[attr-defined]



def _cell_text(lines: list[Line], bbox: tuple[float, float, float, float] | None, pitch: float,
               settings: Settings) -> str:
    right = None
    if bbox is not None and lines:
        # The cell's inner right edge, taking the right padding as wide as the left one.
        right = bbox[2] - (min(line.x0 for line in lines) - bbox[0])
    return join_lines(lines, pitch, settings, right=right)


def _between_tables(lines: list[Line], boxes: list[tuple[float, float, float, float]]) -> list[list[Line]]:
    """The free lines cut where a ruled table stands between them, so a
    borderless table is never sought across a ruled one."""
    cuts = sorted(box[1] for box in boxes)
    parts: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
    for line in lines:
        parts[sum(1 for cut in cuts if cut < line.top)].append(line)
    return [p for p in parts if p]


def _in_margin(line: Line, height: float, settings: Settings) -> bool:
    band = settings.page_margin_ratio * height
    return line.bottom <= band or line.top >= height - band


def _page_number(line: Line) -> bool:
    return bool(PAGE_NUMBER.match(_text(line)))


def _text(line: Line) -> str:
    return " ".join(w.text for w in line.words)


def _furniture(pages: list[PageContent], repeated: set[tuple[str, int]]) -> tuple[str, ...]:
    """The running headers and footers: margin text, and lines repeated on most pages."""
    seen: dict[str, None] = {}
    for page in pages:
        seen.update(dict.fromkeys(page.margins))
        seen.update(dict.fromkeys(_text(item) for _, item in page.items
                                  if isinstance(item, Line) and _line_key(item) in repeated))
    return tuple(seen)


def assemble(pages: list[PageContent], repeated: set[tuple[str, int]], settings: Settings) -> Iterator[Block]:
    """The pages' blocks in reading order, without running headers (`repeated`),
    with a PageBreak before each new page."""
    for page in pages:
        if page.number > 1:
            yield PageBreak(page.number)
        pending: list[Line] = []
        for _, item in page.items:
            if isinstance(item, Line):
                if _line_key(item) not in repeated:
                    pending.append(item)
                continue
            yield from _paragraphs(pending, page, settings)
            pending = []
            if len(item.rows[0].cells) == 1:  # a framed box, not a table
                yield from (Paragraph(r.cells[0] or "", page.number) for r in item.rows if r.cells[0])
            else:
                yield item
        yield from _paragraphs(pending, page, settings)


def _line_key(line: Line) -> tuple[str, int]:
    text = re.sub(r"\d+", "#", " ".join(w.text for w in line.words))
    return text, round(line.top / 4)


def _repeated_lines(pages: list[PageContent], share: float) -> set[tuple[str, int]]:
    if len(pages) < 2:
        return set()
    counts: Counter[tuple[str, int]] = Counter()
    for page in pages:
        counts.update({_line_key(item) for _, item in page.items if isinstance(item, Line)})
    least = max(2, share * len(pages))
    return {key for key, n in counts.items() if n >= least}


def _paragraphs(lines: list[Line], page: PageContent, settings: Settings) -> Iterator[Paragraph]:
    """Free lines as paragraphs: a new one after a wider gap, at a change of
    font size, and at each footnote. Lines in another size than the body text
    (a heading) are measured against their own pitch, as headings are often
    set with other line spacing."""
    pitches = {size: typical_pitch([[line for line in lines if line.size == size]], page.pitch)
               for size in {line.size for line in lines} if size != page.size}
    current: list[Line] = []
    note = False

    def flush() -> Iterator[Paragraph]:
        if current:
            pitch = pitches.get(current[0].size, page.pitch)
            yield Paragraph(join_lines(current, pitch, settings, note=note), page.number)

    for line in lines:
        starts_note = starts_with_note_mark(line, page.size, settings)
        if current and (starts_note or abs(line.size - current[-1].size) > 0.1 * line.size
                        or new_paragraph(current[-1], line, pitches.get(line.size, page.pitch), settings)):
            yield from flush()
            current = []
        if not current:
            note = starts_note
        current.append(line)
    yield from flush()
