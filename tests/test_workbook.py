"""The audit workbook of the samples, read back with openpyxl: its sheets,
the colour of each verdict, the contradicted verdict highlighted with its
evidence in a comment, attainment as a percentage and quantities as numbers."""

from __future__ import annotations

import openpyxl
import pytest
from samples_store import samples_store

from bilag.store import export, open_store
from bilag.store.workbook import CONTRADICTED_FILL, VERDICT_FILLS

PLANS = ["Bilag 2 Status på handleplan", "Handleplan til forebyggelse"]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory, sample_records) -> openpyxl.Workbook:
    folder = tmp_path_factory.mktemp("workbook")
    path = folder / "audit.xlsx"
    export(open_store(str(samples_store(folder, sample_records))), "xlsx", path)
    return openpyxl.load_workbook(path)


def _fill(cell) -> str:
    return cell.fill.fgColor.rgb[-6:]


def test_the_sheets(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == ["Summary", *PLANS, "Flags", "Quantities", "Goals"]
    summary = book["Summary"]
    header = [c.value for c in summary[1]]
    assert header[:4] == ["publisher", "plan", "report_year", "goals"]
    rows = [dict(zip(header, r)) for r in summary.iter_rows(min_row=2, max_row=5, values_only=True)]
    assert [(r["report_year"], r["goals"], r["flagged"]) for r in rows] == \
        [(2024, 10, 1), (2025, 10, 0), (2024, 10, 0), (2025, 10, 0)]
    assert summary.freeze_panes == "A2" and summary.auto_filter.ref.startswith("A1:")


def test_a_plan_sheet_has_a_row_per_series_and_the_years_as_column_groups(book: openpyxl.Workbook) -> None:
    sheet = book[PLANS[0]]
    assert {str(r) for r in sheet.merged_cells.ranges} == {"E2:H2", "I2:L2"}
    assert (sheet["E2"].value, sheet["I2"].value) == (2024, 2025)
    assert [c.value for c in sheet[3]][4:8] == ["targets", "actuals", "status", "attainment"]
    assert sheet.freeze_panes == "E4" and sheet.auto_filter.ref.startswith("A3:")
    series = [r for r in sheet.iter_rows(min_row=4, values_only=True)]
    assert len(series) == 11  # ten goals of 2024, one new in 2025
    first = series[0]
    assert first[4:8] == ("2000 grundskoleelev (annual)", "2425 grundskoleelev; 7050 elev", "achieved",
                          1.2125)
    assert "bilag2_negativ_social_kontrol_2024.pdf, page 1, table 1, row 1" in first[-1]
    assert sheet["H4"].number_format == "0%"
    assert sheet["D4"].alignment.wrap_text


def test_each_verdict_has_its_colour(book: openpyxl.Workbook) -> None:
    seen: dict[str, set[str]] = {}
    for name in PLANS:
        sheet = book[name]
        for row in sheet.iter_rows(min_row=4):
            for cell in row:
                if cell.value in VERDICT_FILLS and cell.comment is None:
                    seen.setdefault(cell.value, set()).add(_fill(cell))
    assert seen == {status: {colour} for status, colour in VERDICT_FILLS.items()}


def test_the_contradiction_is_highlighted_with_its_evidence(book: openpyxl.Workbook) -> None:
    flagged = [c for name in PLANS for row in book[name].iter_rows(min_row=4) for c in row if c.comment]
    assert len(flagged) == 1
    cell = flagged[0]
    assert cell.value == "achieved" and _fill(cell) == CONTRADICTED_FILL and cell.font.bold
    assert book[PLANS[0]].cell(row=3, column=cell.column).value == "status"
    assert book[PLANS[0]].cell(row=2, column=cell.column - 2).value == 2024
    text = cell.comment.text
    assert "status_contradicts_numbers" in text and 'stated: achieved ("Målet er nået")' in text
    assert "numbers: 2 møde (annual) → 1 møde; attainment 50%" in text
    assert "bilag2_negativ_social_kontrol_2024.pdf, page 2, table 1, row 8" in text


def test_quantities_are_numbers(book: openpyxl.Workbook) -> None:
    sheet = book["Quantities"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, r)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == 82  # as quantity_overview: each edition's goal once
    held = next(r for r in rows if r["text"] == "et møde")
    assert held["kind"] == "actual" and held["value"] == 1 and isinstance(held["value"], int | float)
    target = next(r for r in rows if r["text"] == "to årlige møder")
    assert (target["low"], target["high"], target["unit"], target["period"]) == (2, 2, "møde", "annual")
    assert all(isinstance(r["low"], int | float) for r in rows if r["kind"] == "target")
    assert all(isinstance(r["value"], int | float) for r in rows if r["kind"] == "actual")


def test_the_flags_sheet_lists_the_finding(book: openpyxl.Workbook) -> None:
    sheet = book["Flags"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, r)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert [(r["flag"], r["file"], r["row"]) for r in rows] == \
        [("status_contradicts_numbers", "bilag2_negativ_social_kontrol_2024.txt", 8)]
