"""A layout (which columns, which header, how the page looks) and what it
makes of an annex: the table every renderer draws, and the gold record.

Footnote marks travel inside cell text as ``[^1]``; each renderer draws
them as superscripts, the gold drops them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .content import Annex, Quantity, Row

MARK = re.compile(r"\[\^(\d+)\]")
ROLE = {"group": "target_group", "goal": "goal", "report": "report", "verdict": "status"}

# Verdict columns: the word each verdict is written with.
VERDICT_WORDS = {
    "ja_nej": {"achieved": "Ja", "partially_achieved": "Delvis", "not_achieved": "Nej",
               "on_track": "I gang", "not_stated": ""},
    "symbol": {"achieved": "● Opfyldt", "partially_achieved": "◐ Delvist opfyldt",
               "not_achieved": "○ Ikke opfyldt", "on_track": "◔ I gang", "not_stated": ""},
    "vurdering": {"achieved": "Målet er nået", "partially_achieved": "Delvist nået",
                  "not_achieved": "Ikke nået", "on_track": "Forventes nået", "not_stated": ""},
    "short": {"achieved": "Nået", "partially_achieved": "Delvist nået", "not_achieved": "Ikke nået",
              "on_track": "På rette vej", "not_stated": ""},
}


@dataclass(frozen=True)
class Layout:
    """How one corpus file looks. `tags` name the layouts it stands for in
    the per-layout figures."""

    name: str
    producer: str  # libreoffice, chromium, reportlab, docx, cms
    tags: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]  # (content key, header): theme, group, goal, report, verdict
    group_cells: str = "merged"  # merged (one cell over the group's rows), blank, repeat, section (rows)
    verdict_style: str | None = None  # a key of VERDICT_WORDS where the table has a verdict column
    rules: str = "grid"  # grid, hrules, none
    zebra: bool = False
    header_fill: str | None = "D9D9D9"
    header_color: str = "000000"
    repeat_header: bool = True
    title_row: str | None = None  # a first row spanning the whole table
    group_heading: tuple[str, int, int] | None = None  # (text, first column, span) over sub-headings
    caption: str | None = None
    landscape: bool = False
    intro_columns: int = 1
    running_header: bool = True  # the municipality at the top of each page
    page_numbers: str | None = "Side {page} af {pages}"
    browser_header_footer: bool = False
    notes: bool = False
    font: str = "Liberation Sans"
    font_size: float = 10
    margin_mm: float = 25
    justify: bool = False
    hyphenate: bool = False
    ligatures: bool = False
    web: str = "cms"  # cms or word (for HTML pages)
    css: str = "plain"
    via_odt: bool = False  # Word document saved by LibreOffice from an ODT

    def keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.columns)


@dataclass(frozen=True)
class Cell:
    paragraphs: tuple[str, ...]
    span: int = 1  # rows a merged cell covers; 0: covered by the merged cell above


@dataclass(frozen=True)
class Table:
    """The table as drawn: header rows of (text, column span), then body
    items, each a section heading (str) or a row of cells."""

    title_row: str | None
    header_rows: tuple[tuple[tuple[str, int], ...], ...]
    body: tuple[str | tuple[Cell, ...], ...]
    width: int


def section_title(index: int, group: str) -> str:
    name = re.sub(r"^\d+\.\s*", "", group)
    return f"Indsatsområde {index}: {name}"


def header_text(header: str, annex: Annex) -> str:
    return header.format(year=annex.year)


def report_paragraphs(row: Row, layout: Layout, marks: dict[int, int]) -> tuple[str, ...]:
    """The report cell: verdict sentence (unless a column holds it) and result."""
    result = list(row.result)
    mark = marks.get(id(row))
    if mark is not None and row.actuals:
        result = [with_mark(p, row.actuals[0], mark) for p in result]
    if layout.verdict_style or row.verdict is None:
        return tuple(result)
    if row.verdict_inline:
        return (f"{row.verdict} {result[0]}", *result[1:])
    return (row.verdict, *result)


def with_mark(paragraph: str, actual: Quantity, mark: int) -> str:
    """The footnote mark after the actual's number (after its text where it has no digits)."""
    at = paragraph.find(actual.text)
    if at < 0:
        return paragraph
    number = re.search(r"\d[\d.,]*\d|\d", actual.text)
    end = at + (number.end() if number else len(actual.text))
    return f"{paragraph[:end]}[^{mark}]{paragraph[end:]}"


def footnote_marks(annex: Annex, layout: Layout) -> dict[int, int]:
    """Mark number of each row that carries a footnote, in reading order."""
    if not layout.notes:
        return {}
    rows = [r for r in annex.rows if r.footnote and r.actuals]
    return {id(r): i for i, r in enumerate(rows, start=1)}


def footnotes(annex: Annex, layout: Layout) -> list[tuple[int, str]]:
    marks = footnote_marks(annex, layout)
    return [(marks[id(r)], r.footnote) for r in annex.rows if id(r) in marks]


def cell_paragraphs(row: Row, key: str, layout: Layout, marks: dict[int, int]) -> tuple[str, ...]:
    if key == "theme":
        return (row.theme,)
    if key == "group":
        return (row.group,)
    if key == "goal":
        return row.goal
    if key == "report":
        return report_paragraphs(row, layout, marks)
    if key == "verdict":
        word = VERDICT_WORDS[layout.verdict_style][row.status]
        return (word,) if word else ()
    raise ValueError(key)


def table(annex: Annex, layout: Layout) -> Table:
    """The table of the annex in this layout."""
    keys = layout.keys()
    headers = tuple(header_text(h, annex) for _, h in layout.columns)
    if layout.group_heading:
        text, first, span = layout.group_heading
        top = [(h, 1) for h in headers[:first]] + [(header_text(text, annex), span)]
        top += [(h, 1) for h in headers[first + span:]]
        header_rows = (tuple(top), tuple((h, 1) for h in headers))
    else:
        header_rows = (tuple((h, 1) for h in headers),)
    marks = footnote_marks(annex, layout)
    body: list[str | tuple[Cell, ...]] = []
    sections = 0
    for i, row in enumerate(annex.rows):
        if layout.group_cells == "section" and (i == 0 or row.group != annex.rows[i - 1].group):
            sections += 1
            body.append(section_title(sections, row.group))
        cells = []
        for k, key in enumerate(keys):
            paragraphs, span = cell_paragraphs(row, key, layout, marks), 1
            if key in ("theme", "group"):
                run = _run(annex.rows, i, key)
                if layout.group_cells == "merged":
                    span = run
                elif layout.group_cells == "blank" and k == 0 and run == 0:
                    paragraphs = ()  # a group's later rows leave the first cell empty
            cells.append(Cell(paragraphs, span))
        body.append(tuple(cells))
    return Table(layout.title_row.format(year=annex.year) if layout.title_row else None,
                 header_rows, tuple(body), len(keys))


def _run(rows: tuple[Row, ...], i: int, key: str) -> int:
    """Rows from i on with the same value in the key's column; 0 where row i goes on from the row above."""
    value = getattr(rows[i], key)
    if i > 0 and getattr(rows[i - 1], key) == value:
        return 0
    n = 1
    while i + n < len(rows) and getattr(rows[i + n], key) == value:
        n += 1
    return n


def plain(text: str) -> str:
    return MARK.sub("", text)


def gold_record(annex: Annex, layout: Layout, file: str, format: str) -> dict[str, Any]:
    """The bilag/1 record the file must give, from the same content."""
    keys = layout.keys()
    roles = [ROLE.get(k, "other") for k in keys]
    if "theme" in keys:
        roles[keys.index("theme")] = "other" if "group" in keys else "target_group"
    marks = footnote_marks(annex, layout)
    goals = []
    sections = 0
    previous = None
    for number, row in enumerate(annex.rows, start=1):
        if row.group != previous:
            sections += 1
            previous = row.group
        if "group" in keys:
            group = row.group
        elif "theme" in keys:
            group = row.theme
        elif layout.group_cells == "section":
            group = section_title(sections, row.group)
        else:
            group = None
        goal = {
            "table": 1, "row": number,
            "target_group": group,
            "goal": "\n".join(row.goal) if "goal" in keys else None,
            "report": plain("\n".join(report_paragraphs(row, layout, marks))),
        }
        if "theme" in keys and "group" in keys:
            goal["theme"] = row.theme
        if layout.verdict_style:
            word = VERDICT_WORDS[layout.verdict_style][row.status]
            status_text = word.lstrip("●◐○◔ ") or None
        else:
            status_text = row.verdict.rstrip(".") if row.verdict else None
        goal.update(status=row.status, status_text=status_text, **quantities(row))
        goals.append(goal)
    return {
        "schema": "bilag/1",
        "source": {"file": file, "format": format, "pages": None},
        "document": {
            "title": annex.title, "annex": annex.annex, "report_year": annex.year, "plan": annex.plan,
            "municipality": annex.municipality,
            "footnotes": [{"mark": str(m), "text": t} for m, t in footnotes(annex, layout)],
        },
        "tables": [{"index": 1, "title": layout.caption or layout.title_row, "columns": roles,
                    "headers": [header_text(h, annex) for _, h in layout.columns]}],
        "goals": goals,
    }


def quantities(row: Row) -> dict[str, Any]:
    """Targets, actuals, attainment and the contradiction flag of a row."""
    targets = []
    for t in row.targets:
        target = {"low": t.low, "high": t.high if t.high is not None else t.low, "unit": t.unit,
                  "text": t.text, "period": t.period}
        if t.ceiling:
            target["ceiling"] = True
        targets.append(target)
    actuals = [{"value": a.low, "unit": a.unit, "text": a.text, "target": a.target} for a in row.actuals]
    ratios, misses, meets = [], [], []
    for a in row.actuals:
        if a.target is None:
            continue
        t = row.targets[a.target]
        if t.ceiling:
            (meets if a.low <= t.low else misses).append(t)
        else:
            ratios.append(a.low / t.low)
            (meets if a.low >= t.low else misses).append(t)
    flagged = (row.status == "achieved" and bool(misses)) or (
        row.status == "not_achieved" and bool(row.targets) and len(meets) == len(row.targets))
    return {"targets": targets, "actuals": actuals, "attainment": min(ratios) if ratios else None,
            "flags": ["status_contradicts_numbers"] if flagged else []}
