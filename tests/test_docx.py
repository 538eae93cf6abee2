"""What the Word reader hands the shared layout, beyond what the record shows:
cells on the table grid, header-row marks, footnote numbering and marks set
by a character style. The record-level cases are fixtures in fixtures/docx/."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from bilag.extract import read_body
from bilag.extract.blocks import Block, Paragraph, Table

FIXTURES = Path(__file__).parent / "fixtures" / "docx"


def read(path: Path) -> tuple[Block, ...]:
    return read_body(path, format="docx").blocks


def tables(path: Path) -> list[Table]:
    return [b for b in read(path) if isinstance(b, Table)]


def test_vertically_merged_cell_is_none_below_its_first_row() -> None:
    rows = tables(FIXTURES / "merged_cells_vertical.docx")[0].rows
    assert [r.cells[0] for r in rows] == ["Målgruppe", "1. Børn og unge", None, None, "2. Voksne"]
    assert all(r.spans == (1, 1, 1) for r in rows)


def test_horizontally_merged_cell_is_given_once_with_its_span() -> None:
    rows = tables(FIXTURES / "merged_cells_horizontal.docx")[0].rows
    assert rows[1].cells == ("Tryghed i boligområderne", None, None)
    assert rows[1].spans == (3, 1, 1)
    assert rows[-1].cells == ("", "Indsatsen for ledige over 50 år er sat i bero i 2024.", None)
    assert rows[-1].covered_from_left(2)


def test_repeating_header_rows_are_marked() -> None:
    for table in tables(FIXTURES / "repeated_header_row.docx"):
        assert [r.is_header for r in table.rows] == [True, False, False]


def test_footnotes_are_numbered_in_the_order_they_are_referenced(tmp_path: Path) -> None:
    document = docx.Document(str(FIXTURES / "word_footnote.docx"))
    references = list(document.element.body.iter(qn("w:footnoteReference")))
    references[0].set(qn("w:id"), "2")  # Word's ids need not follow the reading order
    references[1].set(qn("w:id"), "1")
    document.save(str(tmp_path / "swapped.docx"))

    blocks = read(tmp_path / "swapped.docx")
    assert blocks[1].rows[1].cells[2] == "Målet er nået. 272¹ fagpersoner har deltaget."
    assert blocks[-2:] == (Paragraph("¹ Henvendelser via telefon og mail."),
                           Paragraph("² Heraf 40 fagpersoner fra klubber."))


def test_digits_in_a_superscript_character_style_are_a_mark(tmp_path: Path) -> None:
    document = docx.Document()
    style = document.styles.add_style("Fodnotehenvisning", WD_STYLE_TYPE.CHARACTER)
    style.font.superscript = True
    paragraph = document.add_paragraph("272 fagpersoner")
    paragraph.add_run("3", style=style)
    paragraph.add_run(" har deltaget i 2024.")
    document.save(str(tmp_path / "style.docx"))

    assert read(tmp_path / "style.docx") == (Paragraph("272 fagpersoner³ har deltaget i 2024."),)
