"""From a reader's blocks to the goal/result tables and their logical rows,
the same for every format.

* A goal/result table is found by its header row (see `columns`), not by
  its position; tables without one are passed over.
* A table the format broke over pages is one table: a following part with
  no header of its own and the same number of columns continues it, and a
  repeated header row is dropped.
* The first row of such a part may be the rest of a row that the page break
  split; it is joined to the row before.
* A cell covered by a span (None) takes the value of the cell above; a row
  that is one cell spanning the whole width is a section heading whose text
  is the target group of the rows below it; an empty target-group cell takes
  the value from the row above (merged cells).
* Footnote marks are taken out of the text; footnotes and other paragraphs
  are handed on for the document's metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bilag.record import Footnote
from bilag.settings import Settings

from .blocks import Body, PageBreak, Paragraph, Row, Table
from .columns import column_roles, is_goal_table_header
from .footnotes import as_footnote, remove_marks
from .markup import clean_lines

CAPTION = re.compile(r"^(tabel|tabellen|skema|oversigt)\b\s*\d*", re.IGNORECASE)
SENTENCE_END = ('.', '!', '?', ':', ')', '"', '»', '”', ']')
# Words a Danish sentence does not end on: a cell ending with one was cut by a page break.
LINKING_WORDS = frozenset(
    "og eller samt men i på til af for med om at som der den det de en et fra ved mod hvor når efter "
    "under over mellem inden uden blandt hos pr. per via ift. jf. inkl. herunder bl.a. fx".split())


@dataclass(frozen=True)
class LogicalRow:
    """One row of a goal table after joining, with one text per column."""

    cells: tuple[str, ...]
    pages: tuple[int, ...]
    section: str | None = None  # the heading row above it, where the table has such rows


@dataclass(frozen=True)
class GoalTable:
    index: int
    title: str | None
    headers: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[LogicalRow, ...]


@dataclass(frozen=True)
class Layout:
    """What the body holds: goal tables, footnotes, and the other paragraphs."""

    tables: tuple[GoalTable, ...]
    footnotes: tuple[Footnote, ...]
    paragraphs: tuple[str, ...]


@dataclass
class _PendingRow:
    cells: list[str | None]
    pages: list[int]
    is_section: bool = False  # one cell spanning the whole width


@dataclass
class _OpenTable:
    index: int
    title: str | None
    headers: tuple[str, ...]
    columns: tuple[str, ...]
    rows: list[_PendingRow] = field(default_factory=list)

    def add(self, rows: list[Row], after_break: bool) -> None:
        width = len(self.headers)
        for i, row in enumerate(rows):
            cells = _fit(row.cells, width)
            if row.is_header or _same_header(cells, self.headers):
                continue  # a header row repeated on a new page, or one the format marks
            if i == 0 and after_break and self.rows and _continues(self.rows[-1].cells, cells, self.columns):
                _join(self.rows[-1], cells, row.pages)
                continue
            section = width > 1 and bool(cells[0]) and (
                row.spans[:1] == (width,) if row.spans else all(c is None for c in cells[1:]))
            # Only a span from above fills a cell; a span from the left leaves it empty.
            own = [("" if c is None and row.covered_from_left(k) else c) for k, c in enumerate(cells)]
            self.rows.append(_PendingRow(own, list(row.pages), section))

    def close(self) -> GoalTable:
        return GoalTable(self.index, self.title, self.headers, self.columns, tuple(_resolve(self)))


def layout(body: Body, settings: Settings) -> Layout:
    """Find the goal tables of a body and the footnotes and paragraphs around them."""
    footnotes: list[Footnote] = []
    paragraphs: list[str] = []
    tables: list[_OpenTable] = []
    current: _OpenTable | None = None
    since_table: list[str] = []  # paragraphs since the last table, for the caption

    for block in body.blocks:
        if isinstance(block, PageBreak):
            continue  # a part after a break is recognised by having no header of its own
        if isinstance(block, Paragraph):
            note = as_footnote(block.text)
            if note:
                footnotes.append(note)
            elif block.text.strip():
                text = clean_lines(remove_marks(block.text))
                paragraphs.append(text)
                since_table.append(text)
            continue
        assert isinstance(block, Table)
        rows = [r for r in block.rows if any((c or "").strip() for c in r.cells)]
        header_at = _header_index(rows, settings)
        if header_at is not None:
            headers = tuple(clean_lines(remove_marks(c or "")) for c in rows[header_at].cells)
            if current is not None and _same_header(headers, current.headers) and not _caption(since_table):
                current.add(rows[header_at + 1:], after_break=True)
            else:
                sample = [tuple(c or "" for c in r.cells) for r in rows[header_at + 1:]]
                current = _OpenTable(len(tables) + 1, _caption(since_table), headers,
                                     column_roles(headers, settings, sample))
                tables.append(current)
                current.add(rows[header_at + 1:], after_break=False)
        elif current is not None and rows and _width(rows) == len(current.headers):
            # A part without a header continues the open table (it ran over a page).
            current.add(rows, after_break=True)
        else:
            current = None
        since_table = []

    return Layout(tuple(t.close() for t in tables), _unique(footnotes), tuple(paragraphs))


def _header_index(rows: list[Row], settings: Settings) -> int | None:
    """Index of the header row among the first rows of a table, or None."""
    for i, row in enumerate(rows[:3]):
        texts = [clean_lines(c or "") for c in row.cells]
        if any(len(t.split()) > settings.max_header_words for t in texts):
            continue
        if is_goal_table_header(column_roles(tuple(texts), settings), settings.min_header_roles):
            return i
    return None


def _width(rows: list[Row]) -> int:
    return max(len(r.cells) for r in rows)


def _fit(cells: tuple[str | None, ...], width: int) -> tuple[str | None, ...]:
    # A text export may drop trailing empty cells, or a reader see an extra
    # empty column at the edge: pad with empty cells, drop empty extras.
    if len(cells) < width:
        return cells + ("",) * (width - len(cells))
    extra = cells[width:]
    if any((c or "").strip() for c in extra):
        return cells[: width - 1] + ("\n".join(c for c in cells[width - 1:] if c),)
    return cells[:width]


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def _same_header(cells: tuple[str | None, ...], headers: tuple[str, ...]) -> bool:
    return len(cells) == len(headers) and all(_norm(c) == _norm(h) for c, h in zip(cells, headers))


def _caption(paragraphs: list[str]) -> str | None:
    """The table's title among the paragraphs before it: a "Tabel 2: …" line,
    else a short last line that is no sentence and no annex heading."""
    for text in reversed(paragraphs):
        if CAPTION.match(text):
            return text.replace("\n", " ")
    if paragraphs:
        last = paragraphs[-1].replace("\n", " ")
        if len(last) <= 120 and not last.endswith(".") and not last.lower().startswith("bilag"):
            return last
    return None


def _key_column(columns: tuple[str, ...]) -> int:
    """The column that starts a new row: the goal, else the target group, else the first."""
    for role in ("goal", "target_group", "report"):
        if role in columns:
            return columns.index(role)
    return 0


def _continues_text(before: str, text: str) -> bool:
    """Whether `text` reads as the rest of `before` (a sentence cut by a page break)."""
    text = text.lstrip()
    return bool(text) and (text[0].islower() or not before.rstrip().endswith(SENTENCE_END))


def _continues(previous: list[str | None], cells: tuple[str | None, ...], columns: tuple[str, ...]) -> bool:
    """Whether the first row after a page break is the rest of the row before it."""
    key = _key_column(columns)
    if cells[key]:
        # Goals are often terse, without a full stop, so a capital or a digit
        # starts a new row, unless the row before stops mid-sentence
        # ("… i forhold til" | "2021.").
        text = remove_marks(cells[key] or "").lstrip()
        return (text[:1].islower() or text[:1] in (",", ";", ")")
                or any(text and _cut_off(previous[i]) for i, text in enumerate(cells)))
    if columns[key] == "goal":
        return True  # every goal row states a goal; an empty one is the rest of a split row
    return any(_continues_text(previous[i] or "", remove_marks(text))
               for i, text in enumerate(cells) if text)


def _cut_off(text: str | None) -> bool:
    """Whether a cell's text stops where no sentence can: on a comma, a hyphen,
    an open parenthesis or a word that needs a next one ("og", "til", "med")."""
    words = (text or "").split()
    return bool(words) and (words[-1][-1] in ",-(–" or words[-1].lower() in LINKING_WORDS)


def _join(row: _PendingRow, cells: tuple[str | None, ...], pages: tuple[int, ...]) -> None:
    for i, text in enumerate(cells):
        if not text:
            continue
        before = row.cells[i] or ""
        joint = " " if _continues_text(before, text) else "\n"  # a sentence cut by the break goes on
        row.cells[i] = before + joint + text if before else text
    row.pages.extend(p for p in pages if p not in row.pages)


def _resolve(table: _OpenTable) -> list[LogicalRow]:
    """Fill spans and merged cells, take section headings out, clean the text."""
    group_col = table.columns.index("target_group") if "target_group" in table.columns else None
    content = [i for i, role in enumerate(table.columns) if role in ("goal", "report", "status")]
    above: list[str | None] = [None] * len(table.headers)
    section: str | None = None
    result: list[LogicalRow] = []
    for row in table.rows:
        if row.is_section:
            section = clean_lines(remove_marks(row.cells[0] or ""))
            if group_col is not None:
                above[group_col] = section
            continue
        filled = [above[i] if c is None else c for i, c in enumerate(row.cells)]
        if group_col is not None and not (filled[group_col] or "").strip():
            filled[group_col] = above[group_col] or section or ""
        above = filled
        texts = tuple(clean_lines(remove_marks(c or "")) for c in filled)
        if content and not any(texts[i] for i in content):
            continue  # a row with a target group only heads the rows below it
        result.append(LogicalRow(texts, tuple(sorted(row.pages)), section))
    return result


def _unique(footnotes: list[Footnote]) -> tuple[Footnote, ...]:
    seen: dict[tuple[str, str], Footnote] = {}
    for note in footnotes:
        seen.setdefault((note.mark, note.text), note)
    return tuple(seen.values())
