"""Word documents of a layout with python-docx, and raw WordprocessingML
where python-docx has no API (borders, shading, repeated header rows,
columns of a section, page fields)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from .content import Annex
from .model import MARK, Layout, footnotes, table

FIXED_TIME = datetime(2025, 3, 1, 12, 0, 0)
ZIP_TIME = (2025, 3, 1, 12, 0, 0)
# Relative column widths by content key.
WEIGHTS = {"theme": 1.0, "group": 1.0, "goal": 1.6, "report": 2.4, "verdict": 0.8}


def build(annex: Annex, layout: Layout) -> bytes:
    """The annex as a .docx in this layout (the same bytes for the same content)."""
    document = Document()
    setup(document, annex, layout)
    document.add_heading(annex.title, level=1)
    if layout.intro_columns > 1:
        for text in annex.intro:
            document.add_paragraph(text)
        document.add_section(WD_SECTION.CONTINUOUS)
        columns = OxmlElement("w:cols")
        columns.set(qn("w:num"), str(layout.intro_columns))
        columns.set(qn("w:space"), "567")
        document.sections[0]._sectPr.append(columns)
    else:
        for text in annex.intro:
            document.add_paragraph(text)
    if layout.caption:
        caption = document.add_paragraph()
        caption.add_run(layout.caption).bold = True
    add_table(document, annex, layout)
    for mark, text in footnotes(annex, layout):
        note = document.add_paragraph()
        run = note.add_run(str(mark))
        run.font.superscript = True
        note.add_run(f" {text}").font.size = Pt(8)
    properties = document.core_properties
    properties.title, properties.author = annex.title, annex.municipality
    properties.subject = "Fiktivt eksempel til test"
    properties.created = properties.modified = FIXED_TIME
    properties.revision = 1
    return saved(document)


def setup(document: WordDocument, annex: Annex, layout: Layout) -> None:
    """Page size and margins, fonts, the running header and the page numbers."""
    section = document.sections[0]
    width, height = Mm(210), Mm(297)
    if layout.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    margin = Mm(layout.margin_mm)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = margin
    section.header_distance = section.footer_distance = Mm(10)
    normal = document.styles["Normal"]
    normal.font.name = layout.font
    normal.font.size = Pt(layout.font_size)
    normal.paragraph_format.space_after = Pt(3)
    heading = document.styles["Heading 1"]
    heading.font.name = layout.font
    heading.font.size = Pt(15)
    heading.font.color.rgb = RGBColor(0, 0, 0)
    if layout.running_header:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        small(header.add_run(f"{annex.municipality} · {annex.department}"))
    if layout.page_numbers:
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece in re.split(r"(\{page\}|\{pages\})", layout.page_numbers):
            if piece == "{page}":
                add_field(footer, "PAGE")
            elif piece == "{pages}":
                add_field(footer, "NUMPAGES")
            elif piece:
                small(footer.add_run(piece))


def small(run) -> None:
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def add_field(paragraph: Paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = paragraph.add_run("1")
    small(run)
    field.append(run._r)
    paragraph._p.append(field)


def add_table(document: WordDocument, annex: Annex, layout: Layout) -> None:
    """The goal table: title row and header rows with their spans (gridSpan, vMerge),
    repeated on each page where the layout says so, then the body."""
    drawn = table(annex, layout)
    width = drawn.width
    rows = (1 if drawn.title_row else 0) + len(drawn.header_rows) + len(drawn.body)
    word = document.add_table(rows=rows, cols=width)
    word.autofit = False
    borders(word, layout.rules)
    inner = (297 if layout.landscape else 210) - 2 * layout.margin_mm
    weights = [WEIGHTS[k] for k in layout.keys()]
    widths = [Mm(inner * w / sum(weights)) for w in weights]
    grid = word._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w.twips)))
    r = 0
    if drawn.title_row:
        cell = word.rows[0].cells[0].merge(word.rows[0].cells[width - 1])
        write(cell, (drawn.title_row,), bold=True)
        header_row(word.rows[0], layout)
        r = 1
    header_at = r
    top = drawn.header_rows[0]
    sub = drawn.header_rows[1] if len(drawn.header_rows) == 2 else None
    c = 0
    for text, span in top:
        cell = word.rows[r].cells[c]
        if span > 1:
            cell = cell.merge(word.rows[r].cells[c + span - 1])
            for k in range(c, c + span):  # the sub-headings under a spanning heading
                head(word.rows[r + 1].cells[k], sub[k][0], layout)
        elif sub:
            cell = cell.merge(word.rows[r + 1].cells[c])  # a heading without sub-headings fills both rows
        head(cell, text, layout)
        c += span
    for row in word.rows[r:r + len(drawn.header_rows)]:
        header_row(row, layout)
    r += len(drawn.header_rows)
    stripe = 0
    for item in drawn.body:
        cells = word.rows[r].cells
        if isinstance(item, str):
            cell = cells[0].merge(cells[width - 1])
            write(cell, (item,), bold=True)
        else:
            stripe += 1
            for c, cell_model in enumerate(item):
                if cell_model.span == 0:
                    continue
                write(cells[c], cell_model.paragraphs)
                if layout.zebra and stripe % 2 == 0:
                    fill(cells[c], "EEF1F5")
        r += 1
    merge_down(word, drawn, header_at + len(drawn.header_rows))
    for row in word.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def merge_down(word, drawn, first: int) -> None:
    """vMerge each merged cell over the rows it spans."""
    r = first
    for item in drawn.body:
        if not isinstance(item, str):
            for c, cell in enumerate(item):
                if cell.span > 1:
                    word.rows[r].cells[c].merge(word.rows[r + cell.span - 1].cells[c])
        r += 1


def head(cell: _Cell, text: str, layout: Layout) -> None:
    write(cell, (text,), bold=True, color=layout.header_color)
    fill(cell, layout.header_fill)


def header_row(row, layout: Layout) -> None:
    if layout.repeat_header:
        marker = OxmlElement("w:tblHeader")
        marker.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(marker)


def write(cell: _Cell, paragraphs: tuple[str, ...], bold: bool = False, color: str | None = None) -> None:
    """A cell's paragraphs as runs, footnote marks as superscript."""
    for i, text in enumerate(paragraphs):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        position = 0
        for m in list(MARK.finditer(text)) + [None]:
            end = m.start() if m else len(text)
            if end > position:
                run = paragraph.add_run(text[position:end])
                run.bold = bold or None
                if color and color != "000000":
                    run.font.color.rgb = RGBColor.from_string(color)
            if m:
                paragraph.add_run(m.group(1)).font.superscript = True
                position = m.end()


def fill(cell: _Cell, color: str | None) -> None:
    if not color:
        return
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), color)
    cell._tc.get_or_add_tcPr().append(shading)


def borders(word, rules: str) -> None:
    """Table borders: a full grid, horizontal rules only, or none."""
    sides = {"grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
             "hrules": ("top", "bottom", "insideH"), "none": ()}[rules]
    element = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "single" if side in sides else "nil")
        if side in sides:
            border.set(qn("w:sz"), "4")
            border.set(qn("w:space"), "0")
            border.set(qn("w:color"), "808080")
        element.append(border)
    word._tbl.tblPr.append(element)


def saved(document: WordDocument) -> bytes:
    """The saved document with fixed ZIP dates, so the same content gives the same bytes."""
    out = io.BytesIO()
    document.save(out)
    result = io.BytesIO()
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME), source.read(entry),
                            compress_type=zipfile.ZIP_DEFLATED)
    return result.getvalue()
