"""The intermediate form every reader yields: the document's body in reading
order, as paragraphs, tables (rows of cells) and page breaks.

Readers render footnote marks as Unicode superscript digits ("¹", "²") in the
text, whatever the format used (a raised small glyph in a PDF, a
``vertAlign=superscript`` run or a footnote reference in Word, ``<sup>`` in
HTML); `bilag.extract.footnotes` then takes them out once for all formats.
"""

from __future__ import annotations

from dataclasses import dataclass

from bilag.record import Region

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(mark: str) -> str:
    """'12' -> '¹²': how readers write a footnote mark into cell text."""
    return mark.translate(SUPERSCRIPT_DIGITS)


@dataclass(frozen=True)
class Paragraph:
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Row:
    """One row as the format stores it. A cell is None where the row has no
    cell of its own (covered by a span from the left or from above) and ""
    where the cell exists but is empty."""

    cells: tuple[str | None, ...]
    pages: tuple[int, ...] = ()
    is_header: bool = False  # the format marks it as a (repeating) header row
    spans: tuple[int, ...] = ()
    """Columns each cell covers, where a reader knows (colspan, gridSpan): a
    None right of a cell spanning over it is covered from the left, any other
    None from above. Empty: every cell covers one column."""
    regions: tuple[Region, ...] = ()  # where the row stands on its page (PDF)
    is_section: bool = False  # the format shows it as a heading across the table

    def covered_from_left(self, column: int) -> bool:
        """Whether the grid position is part of a cell that starts further left."""
        return any(i + span > column for i, span in enumerate(self.spans[:column]))


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class PageBreak:
    """The body continues on a new page (or, in a text export, after a gap)."""

    page: int | None = None


Block = Paragraph | Table | PageBreak


@dataclass(frozen=True)
class Body:
    """What a reader returns for one file."""

    format: str  # pdf, docx, text, html
    blocks: tuple[Block, ...]
    pages: int | None = None
    furniture: tuple[str, ...] = ()
    """Text that frames the document rather than belongs to its body: page
    headers and footers, a web page's own title. Read for the publisher only."""
