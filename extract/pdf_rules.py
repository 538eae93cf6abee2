"""Table grids from what a PDF page draws: rules and cell fills.

Producers draw tables in many ways. A word processor closes every cell with
rules; a browser printing a CSS table draws a hairline under each cell
(``border-bottom``), shades every other row (zebra) and sets the header on a
dark band; some draw nothing but fills. Here the evidence is sorted first:

* a *rule* is a line, or a rectangle thin in one direction (a hairline drawn
  as a filled box); a stroked rectangle's sides are rules too;
* a *fill* is a filled rectangle: its sides bound a row or a cell, but a fill
  alone is no table (a zebra row must not become a table of its own).

Ruled tables come from pdfplumber's table finder on the rules alone. Where
rows are marked only by horizontal rules and fills, the columns are taken
from where those rules and fills begin and end, else from the white space
between the words, and vertical edges are laid there over the stack of
rows; pdfplumber's finder then makes the cells, so that a cell with no rule
below it (a target group merged over several rows) is one cell over them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pdfplumber.table import Table as Grid
from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from bilag.settings import Settings

from .pdf_borderless import column_bands
from .pdf_lines import Word, group_lines
from .pdf_page import Box, PageView

RULE_WIDTH = 2.0  # points: a rectangle thinner than this is a drawn line
MIN_FILL = 4.0  # points: a fill smaller than this in either direction is a dot or a glyph part

PAGE_SHARE = 0.5  # a fill over this share of the page is its background
SNAP = 3.0  # points within which edges meet (pdfplumber's default tolerances)


@dataclass(frozen=True)
class Segment:
    """A horizontal or vertical stretch that bounds cells."""

    horizontal: bool
    x0: float
    top: float
    x1: float
    bottom: float

    def edge(self) -> dict[str, object]:
        """The segment as a pdfplumber edge, for its table finder."""
        return {"object_type": "bilag_edge", "orientation": "h" if self.horizontal else "v",
                "x0": self.x0, "x1": self.x1, "top": self.top, "bottom": self.bottom,
                "width": self.x1 - self.x0, "height": self.bottom - self.top}


@dataclass(frozen=True)
class Drawing:
    """What a page draws that can bound cells."""

    rules: tuple[Segment, ...]
    fills: tuple[Box, ...]

    @property
    def fill_sides(self) -> list[Segment]:
        return [side for box in self.fills for side in _sides(*box)]


def page_drawing(page: PageView) -> Drawing:
    """A page's rules and the sides of its fills."""
    rules: list[Segment] = []
    fills: list[Box] = []
    area = page.width * page.height
    for line in page.lines:
        x0, top, x1, bottom = line.box
        horizontal = abs(bottom - top) <= abs(x1 - x0)
        rules.append(_segment(horizontal, x0, top, x1, bottom))
    for rect in page.rects:
        x0, top, x1, bottom = rect.box
        width, height = x1 - x0, bottom - top
        if height <= RULE_WIDTH and width > height:
            rules.append(_segment(True, x0, top, x1, bottom))
        elif width <= RULE_WIDTH and height > width:
            rules.append(_segment(False, x0, top, x1, bottom))
        elif rect.stroked:
            rules.extend(_sides(x0, top, x1, bottom))
        elif rect.filled and width >= MIN_FILL and height >= MIN_FILL and width * height < PAGE_SHARE * area:
            fills.append(rect.box)
    return Drawing(tuple(rules), tuple(fills))


def _segment(horizontal: bool, x0: float, top: float, x1: float, bottom: float) -> Segment:
    """A drawn line or thin box as a segment along its middle."""
    if horizontal:
        middle = (top + bottom) / 2
        return Segment(True, x0, middle, x1, middle)
    middle = (x0 + x1) / 2
    return Segment(False, middle, top, middle, bottom)


def _sides(x0: float, top: float, x1: float, bottom: float) -> list[Segment]:
    return [Segment(True, x0, top, x1, top), Segment(True, x0, bottom, x1, bottom),
            Segment(False, x0, top, x0, bottom), Segment(False, x1, top, x1, bottom)]


# A table's width and its column borders: (x0, x1, borders).
Columns = tuple[float, float, tuple[float, ...]]


def table_columns(table: Grid) -> Columns:
    """Where a found table stands across the page and where its columns part."""
    x0, _, x1, _ = table.bbox
    borders = sorted({cell[0] for row in table.rows for cell in row.cells if cell is not None} - {x0})
    return (x0, x1, tuple(borders))


def find_tables(page: PageView, settings: Settings, before: tuple[Columns, ...] = ()) -> list[Grid]:
    """The page's tables, top to bottom: those its rules close, then those
    whose rows only horizontal rules or fills mark. `before`: the columns of
    the tables on the page before; a table as wide as one of them goes on
    with its column borders (a page may hold too little text to show them)."""
    drawing = page_drawing(page)
    words = list(page.words)
    ruled = _tables(_closed(drawing.rules))
    # Inside a ruled table a fill's side is a border too: a header band whose
    # rule below was left out (a typesetter's repeated header over a split row).
    inner_fills = [s for s in drawing.fill_sides if any(_inside(s, t.bbox) for t in ruled)]
    if inner_fills:
        ruled = _tables(_closed([*drawing.rules, *inner_fills]))
    boxes = [t.bbox for t in ruled]
    loose = [s for s in (*drawing.rules, *drawing.fill_sides) if not any(_inside(s, b) for b in boxes)]
    tables = list(ruled)
    for stack in _stacks([s for s in loose if s.horizontal]):
        edges = _open_table_edges(stack, [s for s in loose if not s.horizontal], drawing.fills, words,
                                  before, settings)
        tables.extend(t for t in _tables(edges) if len(t.rows) > 1 and len(t.rows[0].cells) > 1)
    return sorted(tables, key=lambda t: t.bbox[1])


def _tables(segments: Iterable[Segment]) -> list[Grid]:
    """The cells the segments close, grouped into tables (pdfplumber's table
    finder, fed these edges instead of a page's)."""
    edges = merge_edges([s.edge() for s in segments], snap_x_tolerance=SNAP, snap_y_tolerance=SNAP,
                        join_x_tolerance=SNAP, join_y_tolerance=SNAP)
    edges = [e for e in edges if max(e["x1"] - e["x0"], e["bottom"] - e["top"]) >= SNAP]
    cells = intersections_to_cells(edges_to_intersections(edges, SNAP, SNAP))
    return [t for t in (Grid(None, group) for group in cells_to_tables(cells)) if t.rows]


def _closed(rules: list[Segment] | tuple[Segment, ...]) -> list[Segment]:
    """The rules, with an edge added where several vertical rules end (or
    begin) at one height with no horizontal rule there: a row that a page
    break split is left open at the page's foot or head."""
    added: list[Segment] = []
    horizontal = [r for r in rules if r.horizontal]
    vertical = [r for r in rules if not r.horizontal]
    for end in ("top", "bottom"):
        groups: dict[int, list[Segment]] = {}
        for rule in vertical:
            groups.setdefault(round(getattr(rule, end) / SNAP), []).append(rule)
        for group in groups.values():
            if len(group) < 2:
                continue
            y = getattr(group[0], end)
            x0, x1 = min(r.x0 for r in group), max(r.x0 for r in group)
            if not any(abs(h.top - y) <= SNAP and h.x0 <= x0 + SNAP and h.x1 >= x1 - SNAP
                       for h in horizontal):
                added.append(Segment(True, x0, y, x1, y))
    return [*rules, *added]


def _inside(segment: Segment, box: tuple[float, float, float, float]) -> bool:
    slack = SNAP
    return (box[0] - slack <= segment.x0 and segment.x1 <= box[2] + slack
            and box[1] - slack <= segment.top and segment.bottom <= box[3] + slack)


def _stacks(horizontal: list[Segment]) -> list[list[Segment]]:
    """Horizontal segments grouped into the row borders of one table each:
    rules at three heights at least, one above the other, over much the same
    width (a rule under a heading elsewhere on the page is no table)."""
    levels: list[list[Segment]] = []
    for segment in sorted(horizontal, key=lambda s: (s.top, s.x0)):
        if levels and segment.top - levels[-1][0].top <= SNAP:
            levels[-1].append(segment)
        else:
            levels.append([segment])
    stacks: list[list[list[Segment]]] = []
    for level in levels:
        extent = (min(s.x0 for s in level), max(s.x1 for s in level))
        if stacks and _overlap(extent, _extent(stacks[-1])) >= 0.6:
            stacks[-1].append(level)
        else:
            stacks.append([level])
    return [[s for level in stack for s in level] for stack in stacks if len(stack) >= 3]


def _extent(levels: list[list[Segment]]) -> tuple[float, float]:
    return min(s.x0 for level in levels for s in level), max(s.x1 for level in levels for s in level)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(0.0, shared) / max(1e-6, min(a[1] - a[0], b[1] - b[0]))


def _open_table_edges(stack: list[Segment], vertical: list[Segment], fills: tuple[Box, ...],
                      words: list[Word], before: tuple[Columns, ...], settings: Settings) -> list[Segment]:
    """The cell edges of a table whose rows rules or fills mark: its rules,
    vertical edges at the column borders (but not through a fill that spans
    the border: a section row shaded across the table is one cell), and a top
    and bottom edge where the first or last row has no rule of its own (a
    header over a rule, a last row under one)."""
    x0, x1 = min(s.x0 for s in stack), max(s.x1 for s in stack)
    top, bottom = min(s.top for s in stack), max(s.top for s in stack)
    inner = [w for w in words if x0 - SNAP <= w.middle <= x1 + SNAP]
    beside = [s for s in vertical if s.bottom > top and s.top < bottom]
    drawn = _column_borders(stack, beside, x0, x1)
    for was_x0, was_x1, was_borders in before:
        if abs(was_x0 - x0) <= SNAP and abs(was_x1 - x1) <= SNAP:
            drawn = _cluster([*drawn, *was_borders])
    gaps = _gaps([w for w in inner if top <= w.top and w.bottom <= bottom], settings)
    # The drawing's borders where it shows them, the white space's where it shows none.
    borders = sorted([*drawn, *((a + b) / 2 for a, b in gaps
                                if not any(a - SNAP <= d <= b + SNAP for d in drawn))])
    top = _reach(inner, top, borders, settings, up=True)
    bottom = _reach(inner, bottom, borders, settings, up=False)
    edges = [*stack, Segment(True, x0, top, x1, top), Segment(True, x0, bottom, x1, bottom)]
    for x in (x0, x1):
        edges.append(Segment(False, x, top, x, bottom))
    for x in borders:
        edges += _border(x, top, bottom, fills, inner)
    return edges


def _border(x: float, top: float, bottom: float, fills: tuple[Box, ...], words: list[Word]) -> list[Segment]:
    """A column border from top to bottom, left open where a fill spans it
    and holds no text right of it (a section row shaded across the table; a
    zebra row's fill holds text in every column and keeps its borders)."""
    across = sorted((f[1], f[3]) for f in fills if f[0] < x - SNAP and f[2] > x + SNAP
                    and f[3] > top and f[1] < bottom
                    and not any(w.x0 > x and f[1] <= (w.top + w.bottom) / 2 <= f[3] for w in words))
    pieces: list[Segment] = []
    start = top
    for fill_top, fill_bottom in across:
        if fill_top > start:
            pieces.append(Segment(False, x, start, x, fill_top))
        start = max(start, fill_bottom)
    if start < bottom:
        pieces.append(Segment(False, x, start, x, bottom))
    return pieces


def _reach(words: list[Word], edge: float, borders: list[float], settings: Settings, up: bool) -> float:
    """How far the table reaches beyond its first (or last) rule: over the
    lines of text that stand right against it, one after the other (a header
    row above its bottom rule), stopping at a wider gap or at a line that runs
    across a column border (a title or a paragraph around the table)."""
    lines = group_lines([w for w in words if (w.bottom <= edge + 1 if up else w.top >= edge - 1)], settings)
    lines = sorted(lines, key=lambda line: line.top, reverse=up)
    reach = edge
    for line in lines:
        gap = (reach - line.bottom) if up else (line.top - reach)
        crosses = any(w.x0 < x < w.x1 for w in line.words for x in borders)
        if gap > max(6.0, 0.8 * line.size) or crosses:
            break
        reach = line.top - 1 if up else line.bottom + 1
    return reach


def _column_borders(stack: list[Segment], vertical: list[Segment], x0: float, x1: float) -> list[float]:
    """Column borders where the drawing shows them: where rule segments end
    inside the table (one cell's rule meeting the next, or stopping beside a
    cell merged over the rows: at two heights, or on a rule from the table's
    edge, so an underline in a cell is none), and the sides of fills."""
    ends: dict[int, set[int]] = {}
    edged: set[int] = set()  # ends of segments that reach the table's left or right edge
    for segment in stack:
        reaches_edge = segment.x0 <= x0 + SNAP or segment.x1 >= x1 - SNAP
        for x in (segment.x0, segment.x1):
            if x0 + SNAP < x < x1 - SNAP:
                ends.setdefault(round(x / SNAP), set()).add(round(segment.top / SNAP))
                if reaches_edge:
                    edged.add(round(x / SNAP))
    found = [key * SNAP for key, levels in ends.items() if len(levels) >= 2 or key in edged]
    found += [s.x0 for s in vertical if x0 + SNAP < s.x0 < x1 - SNAP]
    return _cluster(found)


def _gaps(words: list[Word], settings: Settings) -> list[tuple[float, float]]:
    """The stretches of white space that run down between the words: where
    columns part."""
    bands = column_bands(group_lines(words, settings), settings.column_gap)
    return [(a[1], b[0]) for a, b in zip(bands, bands[1:])]


def _cluster(xs: list[float]) -> list[float]:
    result: list[float] = []
    for x in sorted(xs):
        if result and x - result[-1] <= SNAP:
            continue
        result.append(x)
    return result
