"""The audit workbook (`bilag export --format xlsx`): an Excel file an auditor
can use at once.

- "Summary": goals, verdicts, flags and mean attainment per publisher,
  plan and year, and the colour of each verdict.
- One sheet per plan: a row per goal series, each report year a group of
  columns (targets, actuals, verdict, attainment); verdicts coloured, a
  verdict the numbers contradict highlighted with a comment holding the
  evidence; where each year's row stands (file, page, table, row).
- "Flags": every audit finding with its numbers and place.
- "Quantities": every target and actual as numbers.
- "Goals": every goal as the goals query lists it.

Frozen headers, filters, widths to read and wrapped text everywhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine

from . import queries

VERDICT_FILLS = {
    "achieved": "C6EFCE",
    "partially_achieved": "FFEB9C",
    "not_achieved": "FFC7CE",
    "on_track": "DDEBF7",
    "not_stated": "EDEDED",
}
"""The fill colour (RGB) of each stated verdict."""
CONTRADICTED_FILL = "FF6A4D"
"""A verdict its row's numbers contradict (it carries a comment with the evidence)."""
YEAR_COLUMNS = ("targets", "actuals", "status", "attainment")
_BAD_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\]")


def write_workbook(engine: Engine, output: str | Path | IO[bytes], **filters: Any) -> None:
    """Write the audit workbook of the store (filters as the queries take
    them: year, plan, municipality) to a path or a binary stream."""
    from openpyxl import Workbook

    from .export import frame_of, records

    goals = records(frame_of(engine, "goals", **filters))
    every = records(frame_of(engine, "goals", **{**filters, "all_renderings": True}))
    series = records(frame_of(engine, "compare", **filters))
    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    _summary(summary, goals)
    places = _places(every)
    by_goal = {g["goal_id"]: g for g in goals}
    taken = {"Summary", "Flags", "Quantities", "Goals"}
    plans: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for row in series:
        plans[(row["municipality"], row["plan"])].append(row)
    for (publisher, plan), rows in plans.items():
        name = _sheet_name(plan or "(no plan)", taken)
        _plan_sheet(book.create_sheet(name), publisher, plan, rows, by_goal, places)
    _table(book.create_sheet("Flags"), records(frame_of(engine, "audit", **filters)))
    _table(book.create_sheet("Quantities"), records(frame_of(engine, "quantities", **filters)))
    _table(book.create_sheet("Goals"), goals)
    book.save(output)


def _places(goals: list[dict[str, Any]]) -> dict[tuple[Any, Any], list[str]]:
    """Every file, page, table and row of each edition's goal (series and year)."""
    found: dict[tuple[Any, Any], list[str]] = defaultdict(list)
    for g in goals:
        pages = f", page {queries.pages_text(g['pages'])}" if g["pages"] else ""
        place = f"{g['file']}{pages}, table {g['table']}, row {g['row']}"
        found[(g["series_id"], g["report_year"])].append(place)
    return found


def _sheet_name(plan: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, no []:*?/\\), unique in the book."""
    base = " ".join(_BAD_SHEET_CHARACTERS.sub(" ", plan).split())[:28].strip() or "Plan"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base[:27]} {n}"
    taken.add(name)
    return name


def _header(sheet: Any, row: int, values: list[Any]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=value)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _widths(sheet: Any, widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width


def _wrap_all(sheet: Any, first_row: int) -> None:
    from openpyxl.styles import Alignment

    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _summary(sheet: Any, goals: list[dict[str, Any]]) -> None:
    from openpyxl.styles import Font, PatternFill

    columns = ["publisher", "plan", "report_year", "goals", *VERDICT_FILLS, "flagged", "mean attainment"]
    _header(sheet, 1, columns)
    groups: dict[tuple[Any, Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for g in goals:
        groups[(g["municipality"], g["plan"], g["report_year"])].append(g)
    for (publisher, plan, year), rows in groups.items():
        shares = [r["attainment"] for r in rows if r["attainment"] is not None]
        sheet.append([publisher, plan, year, len(rows), *(sum(r["status"] == s for r in rows)
                                                         for s in VERDICT_FILLS),
                      sum(bool(r["flags"]) for r in rows), sum(shares) / len(shares) if shares else None])
        sheet.cell(row=sheet.max_row, column=len(columns)).number_format = "0%"
    for i, status in enumerate(VERDICT_FILLS, start=5):
        sheet.cell(row=1, column=i).fill = PatternFill("solid", fgColor=VERDICT_FILLS[status])
    last = sheet.max_row
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{sheet.cell(row=last, column=len(columns)).coordinate}"
    _wrap_all(sheet, 2)
    _widths(sheet, [22, 50, 12, 8, *[12] * len(VERDICT_FILLS), 9, 12])
    legend = last + 3
    sheet.cell(row=legend, column=1, value="Colours").font = Font(bold=True)
    for i, (status, colour) in enumerate([*VERDICT_FILLS.items(), ("contradicted by its numbers",
                                                                   CONTRADICTED_FILL)], start=1):
        cell = sheet.cell(row=legend + i, column=1, value=status)
        cell.fill = PatternFill("solid", fgColor=colour)


def _plan_sheet(sheet: Any, publisher: str | None, plan: str | None, rows: list[dict[str, Any]],
                by_goal: dict[int, dict[str, Any]], places: dict[tuple[Any, Any], list[str]]) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    years = sorted({r["report_year"] for r in rows if r["report_year"] is not None})
    fixed = ["series", "series_key", "target group", "goal"]
    sheet.cell(row=1, column=1, value=f"{plan or ''}" + (f" ({publisher})" if publisher else "")).font = \
        Font(bold=True, size=13)
    for i, year in enumerate(years):
        first = len(fixed) + 1 + i * len(YEAR_COLUMNS)
        last = first + len(YEAR_COLUMNS) - 1
        sheet.merge_cells(start_row=2, start_column=first, end_row=2, end_column=last)
        cell = sheet.cell(row=2, column=first, value=year)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    _header(sheet, 3, [*fixed, *[name for _ in years for name in YEAR_COLUMNS], "changes", "provenance"])
    series: dict[Any, dict[Any, dict[str, Any]]] = defaultdict(dict)
    for r in rows:
        series[r["series_id"]][r["report_year"]] = r
    for by_year in series.values():
        first_row = next(iter(by_year.values()))
        line: list[Any] = [first_row["series"], first_row["series_key"], first_row["target_group"],
                           first_row["goal"]]
        for year in years:
            r = by_year.get(year)
            line += [r["targets"], r["actuals"], r["status"], r["attainment"]] if r else [None] * 4
        line.append("; ".join(c for r in by_year.values() for c in r["changes"] or ()) or None)
        line.append("\n".join(f"{y}: {p}" for y in years if y in by_year
                              for p in places.get((by_year[y]["series_id"], y), [])) or None)
        sheet.append(line)
        at = sheet.max_row
        for i, year in enumerate(years):
            r = by_year.get(year)
            if r is None:
                continue
            first = len(fixed) + 1 + i * len(YEAR_COLUMNS)
            status = sheet.cell(row=at, column=first + 2)
            status.fill = PatternFill("solid", fgColor=VERDICT_FILLS.get(r["status"], "FFFFFF"))
            sheet.cell(row=at, column=first + 3).number_format = "0%"
            goal = by_goal.get(r["goal_id"])
            if goal and goal["flags"]:
                status.fill = PatternFill("solid", fgColor=CONTRADICTED_FILL)
                status.font = Font(bold=True)
                status.comment = Comment(_evidence(goal, places.get((r["series_id"], year), [])), "bilag",
                                         width=420, height=220)
    sheet.freeze_panes = sheet.cell(row=4, column=len(fixed) + 1)
    sheet.auto_filter.ref = f"A3:{sheet.cell(row=max(sheet.max_row, 3), column=sheet.max_column).coordinate}"
    _wrap_all(sheet, 4)
    _widths(sheet, [14, 14, 22, 50, *[16, 16, 14, 10] * len(years), 30, 60])


def _evidence(goal: dict[str, Any], places: list[str]) -> str:
    """A comment's text: the flags, the stated verdict with its words, the numbers, where it stands."""
    share = f"{goal['attainment']:.0%}" if goal["attainment"] is not None else "-"
    return "\n".join([
        ", ".join(goal["flags"]),
        f"stated: {goal['status']}" + (f' ("{goal["status_text"]}")' if goal["status_text"] else ""),
        f"numbers: {goal['measured'] or '-'}; attainment {share}",
        *places,
    ])


def _table(sheet: Any, rows: list[dict[str, Any]]) -> None:
    """A plain sheet of rows: lists as "a, b", numbers as numbers, attainment as a percentage."""
    if not rows:
        sheet.append(["(none)"])
        return
    columns = list(rows[0])
    _header(sheet, 1, columns)
    for r in rows:
        sheet.append([", ".join(map(str, v)) if isinstance(v, list) else v for v in r.values()])
    if "attainment" in columns:
        column = columns.index("attainment") + 1
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = "0%"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    longest = [max([len(str(c)), *(len(str(r[c] or "")) for r in rows)]) for c in columns]
    _widths(sheet, [min(max(n + 2, 8), 60) for n in longest])
    if max(longest) > 60:
        _wrap_all(sheet, 2)

