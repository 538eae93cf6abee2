"""Tables without rules in a PDF: found and cut into columns and rows from
where the words stand.

pdfplumber's text strategy guesses columns from aligned word edges, which
fails on the ragged, wrapped cell text of annex tables. Here a table is a run
of lines whose words leave the same vertical white-space gaps: the gaps at
least `column_gap` wide in the union of all the lines' word extents are the
column borders. A line that crosses a border (a paragraph after the table)
ends it. A new row starts where a column left of the last one gets text it
did not have on the line before, or follows a paragraph-sized gap.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from bilag.settings import Settings

from .blocks import Row, Table
from .columns import header_role, is_goal_table_header
from .pdf_lines import Line, Word, join_lines, new_paragraph

MIN_TABLE_LINES = 2  # lines with text in two or more columns
Bands = tuple[tuple[float, float], ...]  # the x ranges of a table's columns


@dataclass(frozen=True)
class Region:
    """Lines that form one borderless table, and its columns as x ranges."""

    lines: tuple[Line, ...]
    bands: Bands


def find_regions(lines: list[Line], pitch: float, settings: Settings,
                 carried: Bands | None = None) -> list[Region | Line]:
    """The lines of a stretch of page, with runs that form a table made regions.
    `carried`: the columns of a table the page before ended with; lines at the
    top that cross none of its borders go on with it (the rest of a split row
    may have text in one column only)."""
    result: list[Region | Line] = []
    i = 0
    if carried:
        while i < len(lines) and not _crosses(lines[i], carried):
            i += 1
        if i:
            result.append(Region(tuple(lines[:i]), carried))
    while i < len(lines):
        region = _grow(lines, i, pitch, settings)
        if region is None:
            result.append(lines[i])
            i += 1
        else:
            result.append(region)
            i += len(region.lines)
    return result


def _grow(lines: list[Line], start: int, pitch: float, settings: Settings) -> Region | None:
    first = lines[start]
    bands = column_bands([first], settings.column_gap)
    if len(bands) < 2:
        return None
    taken = [first]
    for line in lines[start + 1:]:
        before = taken[-1]
        if (abs(line.size - first.size) > 0.15 * first.size
                or (line.top - before.top) / before.size > 2 * pitch * settings.row_gap_ratio):
            break  # another kind of text (a footnote) or a wide gap
        widened = column_bands([*taken, line], settings.column_gap)
        if len(widened) < len(bands):
            break  # the line runs across a column border
        taken.append(line)
        bands = widened
    multi = sum(1 for line in taken if len({_column(w.middle, bands) for w in line.words}) > 1)
    if multi < MIN_TABLE_LINES:
        return None
    return Region(tuple(taken), tuple(bands))


def _crosses(line: Line, bands: Bands) -> bool:
    """Whether a word of the line covers the middle of a gap between columns."""
    middles = [(a[1] + b[0]) / 2 for a, b in zip(bands, bands[1:])]
    return any(w.x0 < m < w.x1 for w in line.words for m in middles)


def column_bands(lines: list[Line], gap: float) -> list[tuple[float, float]]:
    """The x ranges covered by words, merged where less than `gap` apart."""
    spans = sorted((w.x0, w.x1) for line in lines for w in line.words)
    bands: list[list[float]] = []
    for x0, x1 in spans:
        if bands and x0 - bands[-1][1] < gap:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    return [(a, b) for a, b in bands]


def _column(x: float, bands: Bands | list[tuple[float, float]]) -> int:
    for i, (_, x1) in enumerate(bands):
        if x <= x1:
            return i
    return len(bands) - 1


def region_table(region: Region, pitch: float, page: int, settings: Settings) -> Table:
    """The region's rows, each cell the text of its column's lines in that row."""
    width = len(region.bands)
    columns: list[list[Line]] = [[] for _ in range(width)]
    for line in region.lines:
        by_column: dict[int, list[Word]] = {}
        for word in line.words:
            by_column.setdefault(_column(word.middle, region.bands), []).append(word)
        for c, words in by_column.items():
            columns[c].append(Line(tuple(words), line.top, line.bottom, line.size))
    starts = _row_starts(columns, pitch, settings)
    after_header = _header_end(region, pitch, settings)
    if after_header is not None and after_header not in starts:
        starts = sorted([*starts, after_header])
    cells: list[list[list[Line]]] = [[[] for _ in range(width)] for _ in starts]
    for c, lines in enumerate(columns):
        for line in lines:
            row = max(0, bisect_right(starts, line.top + 0.5 * line.size) - 1)
            cells[row][c].append(line)
    return Table(rows=tuple(
        Row(cells=tuple(join_lines(cell, pitch, settings) for cell in row), pages=(page,)) for row in cells))


def _row_starts(columns: list[list[Line]], pitch: float, settings: Settings) -> list[float]:
    """Tops where rows begin: where a paragraph begins in one of the columns
    left of the one with the most text (the report; its paragraphs are not rows)."""
    widest = max(range(len(columns)), key=lambda c: sum(len(line.words) for line in columns[c]))
    tops = [min(line.top for lines in columns for line in lines)]
    for lines in columns[:max(widest, 1)]:
        tops += [line.top for before, line in zip(lines, lines[1:])
                 if new_paragraph(before, line, pitch, settings)]
        if lines:
            tops.append(lines[0].top)
    starts: list[float] = []
    for top in sorted(tops):
        if not starts or top - starts[-1] > 0.5 * pitch * _text_size(columns):
            starts.append(top)
    return starts


def _header_end(region: Region, pitch: float, settings: Settings) -> float | None:
    """Where the first row ends if it is a goal table's header row: at the
    first paragraph gap below it. Taken apart here because on a new page the
    rest of a split row may follow with text in the report column only."""
    first = region.lines[0]
    texts = ["" for _ in region.bands]
    for word in first.words:
        c = _column(word.middle, region.bands)
        texts[c] = f"{texts[c]} {word.text}".strip()
    if not is_goal_table_header(tuple(header_role(t) for t in texts), settings.min_header_roles):
        return None
    for before, line in zip(region.lines, region.lines[1:]):
        if new_paragraph(before, line, pitch, settings):
            return line.top
    return None


def _text_size(columns: list[list[Line]]) -> float:
    return next((lines[0].size for lines in columns if lines), 10.0)
