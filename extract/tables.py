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
from dataclasses import dataclass, field, replace

from bilag.record import Footnote, Region
from bilag.settings import Settings

from .blocks import Body, PageBreak, Paragraph, Row, Table
from .columns import column_roles, header_role, is_goal_table_header, theme_column
from .footnotes import as_footnote, remove_marks
from .markup import clean_lines, join_hyphenated

CAPTION = re.compile(r"^(tabel|tabellen|skema|oversigt)\b\s*\d*", re.IGNORECASE)
# What a cell's text starting after a page break begins with when it goes on
# from the row before: a comma, a closing parenthesis, or an aside in
# parentheses or after a dash ("(Det bemærkes, at målet gælder …").
CONTINUING = (",", ";", ")", "(", "–", "—", "…")
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
    regions: tuple[Region, ...] = ()


@dataclass(frozen=True)
class GoalTable:
    index: int
    title: str | None
    headers: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[LogicalRow, ...]
    theme: int | None = None  # the column holding the rows' theme, beside a Målgruppe column


@dataclass(frozen=True)
class Header:
    """A table's header: the rows it takes, each column's heading as shown and
    the text its role is read from (a sub-heading under a spanning heading)."""

    end: int  # index of the first row after the header
    headers: tuple[str, ...]
    role_texts: tuple[str, ...]


@dataclass(frozen=True)
class Layout:
    """What the body holds: goal tables, footnotes, and the other paragraphs."""

    tables: tuple[GoalTable, ...]
    footnotes: tuple[Footnote, ...]
    paragraphs: tuple[str, ...]
    warnings: tuple[str, ...] = ()


@dataclass
class _PendingRow:
    cells: list[str | None]
    pages: list[int]
    is_section: bool = False  # one cell spanning the whole width
    regions: list[Region] = field(default_factory=list)


@dataclass
class _OpenTable:
    index: int
    title: str | None
    headers: tuple[str, ...]
    columns: tuple[str, ...]
    theme: int | None = None
    role_texts: tuple[str, ...] = ()
    rows: list[_PendingRow] = field(default_factory=list)

    def add(self, rows: list[Row], after_break: bool) -> None:
        width = len(self.headers)
        for i, row in enumerate(rows):
            cells = _fit(row.cells, width)
            if row.is_header or _same_header(cells, self.headers):
                continue  # a header row repeated on a new page, or one the format marks
            if i == 0 and after_break and self.rows and _continues(self.rows[-1].cells, cells, self.columns):
                _join(self.rows[-1], cells, row)
                continue
            spanning = row.spans[:1] == (width,) if row.spans else all(c is None for c in cells[1:])
            section = width > 1 and bool(cells[0]) and (row.is_section or spanning)
            # Only a span from above fills a cell; a span from the left leaves it empty.
            own = [("" if c is None and row.covered_from_left(k) else c) for k, c in enumerate(cells)]
            self.rows.append(_PendingRow(own, list(row.pages), section, list(row.regions)))

    def close(self, settings: Settings) -> GoalTable:
        # The roles once more, from all the table's rows: its first part may
        # have held the header alone, and whether a "Status" column holds
        # verdicts or the report shows in the cells.
        sample = [tuple(c or "" for c in row.cells) for row in self.rows]
        self.columns = column_roles(self.role_texts, settings, sample)
        self.theme = theme_column(self.role_texts, self.columns)
        return GoalTable(self.index, self.title, self.headers, self.columns, tuple(_resolve(self)),
                         self.theme)


def layout(body: Body, settings: Settings) -> Layout:
    """Find the goal tables of a body and the footnotes and paragraphs around them."""
    footnotes: list[Footnote] = []
    paragraphs: list[str] = []
    tables: list[_OpenTable] = []
    current: _OpenTable | None = None
    since_table: list[str] = []  # paragraphs since the last table, for the caption

    broke = False  # a page break since the last table: its next part may go on a split row
    for block in body.blocks:
        if isinstance(block, PageBreak):
            broke = True  # a part after a break is recognised by having no header of its own
            continue
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
        header = find_header(rows, settings)
        if header is not None:
            continued = current is not None and _same_header(header.headers, current.headers)
            if continued and not _caption(since_table):
                current.add(rows[header.end:], after_break=broke)
            else:
                sample = [tuple(c or "" for c in r.cells) for r in rows[header.end:]]
                roles = column_roles(header.role_texts, settings, sample)
                current = _OpenTable(len(tables) + 1, _caption(since_table), header.headers, roles,
                                     theme_column(header.role_texts, roles), header.role_texts)
                tables.append(current)
                current.add(rows[header.end:], after_break=False)
        elif current is not None and rows and _width(rows) == len(current.headers):
            # A part without a header continues the open table (it ran over a
            # page, or the producer drew its rows as boxes of their own).
            current.add(rows, after_break=broke)
        else:
            current = None
            # A table that holds no goals (a layout grid, an introduction set in
            # columns) still holds the document's headings: read it column by column.
            for column in range(_width(rows) if rows else 0):
                for row in rows:
                    cell = row.cells[column] if column < len(row.cells) else None
                    text = clean_lines(remove_marks(cell or ""))
                    if text:
                        paragraphs.append(text)
        since_table = []
        broke = False

    closed = [_capped(t.close(settings), settings.max_cell_chars) for t in tables]
    return Layout(tuple(t for t, _ in closed), _unique(footnotes), tuple(paragraphs),
                  tuple(w for _, warnings in closed for w in warnings))


def _capped(table: GoalTable, most: int) -> tuple[GoalTable, list[str]]:
    """The table with each cell cut to `most` characters, and a warning for
    each cut: a cell that long is a broken or hostile file, and its row is
    better kept in part than the document lost."""
    warnings: list[str] = []
    rows = []
    for number, row in enumerate(table.rows, start=1):
        if all(len(c) <= most for c in row.cells):
            rows.append(row)
            continue
        for cell in row.cells:
            if len(cell) > most:
                warnings.append(f"table {table.index}, row {number}: a cell of {len(cell):,} characters "
                                f"was cut to {most:,}")
        rows.append(LogicalRow(tuple(c[:most] for c in row.cells), row.pages, row.section, row.regions))
    return (table if not warnings else replace(table, rows=tuple(rows))), warnings


def find_header(rows: list[Row], settings: Settings) -> Header | None:
    """The header among the first rows of a table, or None. Rows above it (a
    title row spanning the table) are passed over; where the row below it holds
    sub-headings under a spanning heading ("Status for 2025" over "Vurdering" |
    "Resultater"), the two rows are one header and the roles come from the
    sub-headings."""
    for i, row in enumerate(rows[:4]):
        texts = tuple(clean_lines(remove_marks(c or "")) for c in row.cells)
        if any(len(t.split()) > settings.max_header_words for t in texts):
            continue
        if not is_goal_table_header(column_roles(texts, settings), settings.min_header_roles):
            continue
        below = rows[i + 1] if i + 1 < len(rows) else None
        subs = _sub_headings(row, below, settings) if below is not None else None
        if subs is None:
            return Header(i + 1, texts, texts)
        spanning = _spanning_texts(row, texts)
        headers = tuple(f"{top}: {sub}" if sub and top and top != sub else (sub or top)
                        for top, sub in zip(spanning, subs))
        return Header(i + 2, headers, tuple(sub or top for top, sub in zip(spanning, subs)))
    return None


def _spanning_texts(row: Row, texts: tuple[str, ...]) -> tuple[str, ...]:
    """Each column's heading in a header row, a spanning heading repeated over
    the columns it covers (a None cell after it, covered from the left)."""
    result: list[str] = []
    for column, cell in enumerate(row.cells):
        covered = cell is None and result and (not row.spans or row.covered_from_left(column))
        result.append(result[-1] if covered else texts[column])
    return tuple(result)


def _sub_headings(row: Row, below: Row, settings: Settings) -> tuple[str, ...] | None:
    """The sub-headings of a two-row header, or None where the row below is
    content: short cells, one at least naming a role, and standing under a
    heading that spans several columns."""
    if len(below.cells) != len(row.cells):
        return None
    subs = tuple(clean_lines(remove_marks(c or "")) for c in below.cells)
    if any(len(t.split()) > settings.max_header_words for t in subs):
        return None
    if not any(header_role(t) != "other" for t in subs if t):
        return None
    spans = any(cell is None and column > 0 and row.cells[column - 1] is not None or
                (row.spans and row.spans[column] > 1) for column, cell in enumerate(row.cells))
    return subs if spans else None


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
    """Whether a header row repeats the open table's: the same wording, give or
    take a stray mark OCR read from a speck ("Målgruppe ”T"), with the same numbers."""
    from rapidfuzz import fuzz

    def same(cell: str | None, header: str) -> bool:
        a, b = _norm(cell), _norm(header)
        return a == b or (re.findall(r"\d+", a) == re.findall(r"\d+", b) and fuzz.ratio(a, b) >= 90)

    return len(cells) == len(headers) and all(same(c, h) for c, h in zip(cells, headers))


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
        # ("… i forhold til" | "2021."), leaves a parenthesis open, or another
        # cell goes on in lower case ("… omkring" | "3-årsalderen …" beside
        # "borgere har deltaget …").
        text = remove_marks(cells[key] or "").lstrip()
        return (text[:1].islower() or text[:1] in CONTINUING
                or any(text and _cut_off(previous[i]) for i, text in enumerate(cells))
                or _open_parenthesis(previous[key])
                or any(remove_marks(t).lstrip()[:1].islower() for i, t in enumerate(cells) if t and i != key))
    if columns[key] == "goal":
        return True  # every goal row states a goal; an empty one is the rest of a split row
    return any(_continues_text(previous[i] or "", remove_marks(text))
               for i, text in enumerate(cells) if text)


def _open_parenthesis(text: str | None) -> bool:
    return (text or "").count("(") > (text or "").count(")")


def _cut_off(text: str | None) -> bool:
    """Whether a cell's text stops where no sentence can: on a comma, a hyphen,
    an open parenthesis or a word that needs a next one ("og", "til", "med")."""
    words = (text or "").split()
    return bool(words) and (words[-1][-1] in ",-(–" or words[-1].lower() in LINKING_WORDS)


def _join(row: _PendingRow, cells: tuple[str | None, ...], part: Row) -> None:
    for i, text in enumerate(cells):
        if not text:
            continue
        before = row.cells[i] or ""
        if not before:
            row.cells[i] = text
        elif (joined := join_hyphenated(before, text.lstrip())) is not None:
            row.cells[i] = joined  # a word hyphenated where the page broke
        else:
            joint = " " if _continues_text(before, text) else "\n"  # a sentence cut by the break goes on
            row.cells[i] = before + joint + text
    row.pages.extend(p for p in part.pages if p not in row.pages)
    row.regions.extend(part.regions)


def _resolve(table: _OpenTable) -> list[LogicalRow]:
    """Fill spans and merged cells, take section headings out, clean the text."""
    group_col = table.columns.index("target_group") if "target_group" in table.columns else None
    # Columns that name a group: left blank under it, a cell belongs to the group above.
    grouping = [i for i in (group_col, table.theme) if i is not None]
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
        for i in grouping:
            if not (filled[i] or "").strip():
                filled[i] = above[i] or (section if i == group_col else None) or ""
        above = filled
        texts = tuple(clean_lines(remove_marks(c or "")) for c in filled)
        if content and not any(texts[i] for i in content):
            continue  # a row with a target group only heads the rows below it
        result.append(LogicalRow(texts, tuple(sorted(row.pages)), section, tuple(row.regions)))
    return result


def _unique(footnotes: list[Footnote]) -> tuple[Footnote, ...]:
    seen: dict[tuple[str, str], Footnote] = {}
    for note in footnotes:
        seen.setdefault((note.mark, note.text), note)
    return tuple(seen.values())
