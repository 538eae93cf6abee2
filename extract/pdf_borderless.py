"""Tables without rules in a PDF: found and cut into columns and rows from
where the words stand.

pdfplumber's text strategy guesses columns from aligned word edges, which
fails on the ragged, wrapped cell text of annex tables. Here a table is a run
of lines whose words leave the same vertical white-space gaps: the gaps at
least `column_gap` wide in the union of all the lines' word extents are the
column borders. A line that crosses a border (a paragraph after the table)
ends it. Rows start where the cells of a row start on one baseline
(`_row_starts`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from bilag.settings import Settings

from .blocks import Row, Table
from .columns import header_role, is_goal_table_header
from .pdf_lines import (
    Line,
    Word,
    group_lines,
    join_lines,
    lines_box,
    new_paragraph,
    row_region,
    typical_pitch,
)

MIN_TABLE_LINES = 2  # lines with text in two or more columns
BLANK_LINE = 1.8  # line pitches from one line to the next in a column with a blank line between
Bands = tuple[tuple[float, float], ...]  # the x ranges of a table's columns


@dataclass(frozen=True)
class Region:
    """Lines that form one borderless table, and its columns as x ranges;
    `sections`: bold lines set across the columns, heading the rows below."""

    lines: tuple[Line, ...]
    bands: Bands
    sections: tuple[Line, ...] = ()


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
            i += len(region.lines) + len(region.sections)
    return result


def _grow(lines: list[Line], start: int, pitch: float, settings: Settings) -> Region | None:
    first = lines[start]
    bands = column_bands([first], settings.column_gap)
    if len(bands) < 2:
        return None
    taken = [first]
    sections: list[Line] = []
    for i in range(start + 1, len(lines)):
        line, before = lines[i], lines[i - 1]
        if (abs(line.size - first.size) > 0.15 * first.size
                or (line.top - before.top) / before.size > 2 * pitch * settings.row_gap_ratio):
            break  # another kind of text (a footnote) or a wide gap
        widened = column_bands([*taken, line], settings.column_gap)
        if len(widened) < len(bands):
            if _section_line(line, lines[i + 1:i + 2], taken, bands, settings):
                sections.append(line)
                continue
            break  # the line runs across a column border
        taken.append(line)
        bands = widened
    multi = sum(1 for line in taken if len({_column(w.middle, bands) for w in line.words}) > 1)
    if multi < MIN_TABLE_LINES:
        return None
    last = taken[-1].top
    return Region(tuple(taken), tuple(bands), tuple(s for s in sections if s.top < last))


def _section_line(line: Line, after: list[Line], taken: list[Line], bands: list[tuple[float, float]],
                  settings: Settings) -> bool:
    """A bold line across the columns with the table going on below it in the
    same columns: a section heading ("Indsatsområde 1: Børn og unge")."""
    return (line.bold and bool(after)
            and len(column_bands([*taken, *after], settings.column_gap)) == len(bands))


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
    sections = {line.top: line for line in region.sections}
    placed: list[list[Word]] = [[] for _ in range(width)]
    for line in region.lines:
        for word in line.words:
            placed[_column(word.middle, region.bands)].append(word)
    # Each column's lines from its own words: a cell's paragraph may start a
    # few points off the baseline the other columns' lines stand on.
    columns = [group_lines(words, settings) for words in placed]
    pitch = typical_pitch(columns, pitch)
    starts = _row_starts(columns, pitch, settings)
    after_header = _header_end(region, pitch, settings)
    if after_header is not None and after_header not in starts:
        starts = sorted([*starts, after_header])
    # A section heading is a row of its own, and the next row starts under it.
    starts = sorted({*starts, *sections, *(line.bottom for line in region.sections)})
    cells: list[list[list[Line]]] = [[[] for _ in range(width)] for _ in starts]
    for c, lines in enumerate(columns):
        for line in lines:
            row = max(0, bisect_right(starts, line.top + 0.5 * line.size) - 1)
            cells[row][c].append(line)
    # The column's right edge as far as its text reaches, to tell a word cut at the edge.
    rights = [max((line.x1 for line in lines), default=0.0) for lines in columns]
    rows = []
    for number, row in enumerate(cells):
        if starts[number] in sections:
            heading = sections[starts[number]]
            rows.append(Row(cells=(join_lines([heading], pitch, settings), *[None] * (width - 1)),
                            pages=(page,), regions=(row_region(page, lines_box([heading])),)))
            continue
        texts: list[str | None] = [join_lines(cell, pitch, settings, right=rights[c])
                                   for c, cell in enumerate(row)]
        if number > 0 and _section_row(row):
            texts[1:] = [None] * (width - 1)  # as a ruled table's merged cell reads
        placed_lines = [line for cell in row for line in cell]
        regions = (row_region(page, lines_box(placed_lines)),) if placed_lines else ()
        rows.append(Row(cells=tuple(texts), pages=(page,), regions=regions))
    return Table(rows=tuple(rows))


def _section_row(row: list[list[Line]]) -> bool:
    """A row with bold text in its first column only: a section heading set
    across the table (a borderless table shows no merged cell)."""
    return bool(row[0]) and all(line.bold for line in row[0]) and not any(row[1:])


def _row_starts(columns: list[list[Line]], pitch: float, settings: Settings) -> list[float]:
    """Tops where rows begin. Every cell of a row starts on the row's first
    baseline, so a row begins where, in a column left of the one with the most
    text (the report, whose paragraphs are not rows), text starts after a
    blank line (it had none on the line before), or where text starts after a
    paragraph gap and every other column with text there starts too (a
    paragraph inside a goal cell has the report going on beside it), be it
    in two columns or more, or in one where the font changes to or from bold
    (a section row across the table, the row after a bold header). Rows set
    without any spacing, whose longest cells run on into the next row's
    first line, can only be told apart by the blank lines of the others."""
    size = _text_size(columns)
    widest = max(range(len(columns)), key=lambda c: sum(len(line.words) for line in columns[c]))
    begins: list[tuple[float, int, bool, bool]] = []  # (top, column, after a blank line, bold changes)
    for c, lines in enumerate(columns):
        for before, line in zip([None, *lines], lines):
            if before is None:
                begins.append((line.top, c, True, False))
            elif new_paragraph(before, line, pitch, settings):
                blank = (line.top - before.top) / before.size > BLANK_LINE * pitch
                begins.append((line.top, c, blank, before.bold != line.bold))

    def near(top: float, tops: list[tuple[float, int]]) -> set[int]:
        return {c for t, c in tops if abs(t - top) < 0.5 * size}

    lines_at = [(line.top, c) for c, lines in enumerate(columns) for line in lines]
    begins_at = [(top, c) for top, c, _, _ in begins]
    tops = [min(top for top, _ in lines_at)]
    for top, c, blank, font_change in begins:
        if c >= max(widest, 1):
            continue
        with_text = near(top, lines_at)
        if blank or ((len(with_text) > 1 or font_change) and with_text == near(top, begins_at)):
            tops.append(top)
    starts: list[float] = []
    for top in sorted(tops):
        if not starts or top - starts[-1] > 0.5 * pitch * size:
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
