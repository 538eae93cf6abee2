"""Typeset PDFs of a layout with reportlab: justified cells with Danish
hyphenation (pyphen), ligature glyphs, superscript footnote marks, section
rows spanning the table, running header and "Side N af M" footer."""

from __future__ import annotations

import io
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable

from .content import Annex
from .model import MARK, Layout, footnotes, table

FONTS = Path("/usr/share/fonts/truetype")
FONT_FILES = {
    "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVu Serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "Liberation Sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
}
WEIGHTS = {"theme": 1.0, "group": 1.0, "goal": 1.6, "report": 2.4, "verdict": 0.9}
LIGATURES = (("ffi", "\ufb03"), ("fi", "\ufb01"), ("fl", "\ufb02"), ("ff", "\ufb00"))


def fonts(name: str) -> tuple[str, str]:
    regular, bold = FONT_FILES[name]
    for face, file in ((name, regular), (f"{name} Bold", bold)):
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(face, str(FONTS / file)))
    return name, f"{name} Bold"


def markup(text: str, layout: Layout) -> str:
    """Paragraph markup: escaped text, ligature glyphs, marks as <super>."""
    text = escape(text, quote=False)
    if layout.ligatures:
        for letters, glyph in LIGATURES:
            text = text.replace(letters, glyph)
    return MARK.sub(lambda m: f"<super>{m.group(1)}</super>", text)


def build(annex: Annex, layout: Layout) -> bytes:
    """The annex typeset as a PDF (the same bytes for the same content)."""
    pages = _render(annex, layout, None)[1]
    return _render(annex, layout, pages)[0]


def _render(annex: Annex, layout: Layout, total: int | None) -> tuple[bytes, int]:
    regular, bold = fonts(layout.font)
    size = landscape(A4) if layout.landscape else A4
    margin = layout.margin_mm * mm
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, invariant=1, title=annex.title, author=annex.municipality,
                            subject="Fiktivt eksempel til test", creator="reportlab")
    count = [0]

    def decorate(canvas, _doc) -> None:
        count[0] += 1
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(colors.HexColor("#595959"))
        if layout.running_header:
            canvas.drawRightString(size[0] - margin, size[1] - margin / 2, annex.municipality)
        if layout.page_numbers:
            text = layout.page_numbers.format(page=count[0], pages=total or 9)
            canvas.drawCentredString(size[0] / 2, margin / 2, text)
        canvas.restoreState()

    body = ParagraphStyle("body", fontName=regular, fontSize=layout.font_size,
                          leading=layout.font_size * 1.25,
                          alignment=TA_JUSTIFY if layout.justify else TA_LEFT,
                          hyphenationLang="da_DK" if layout.hyphenate else "", embeddedHyphenation=1,
                          uriWasteReduce=0.3, spaceAfter=3)
    strong = ParagraphStyle("strong", parent=body, fontName=bold, alignment=TA_LEFT, hyphenationLang="")
    title = ParagraphStyle("title", parent=strong, fontSize=15, leading=19, spaceAfter=10)
    story = [Paragraph(markup(annex.title, layout), title),
             Paragraph(markup(f"{annex.municipality}, {annex.department}", layout), strong)]
    story += [Paragraph(markup(t, layout), body) for t in annex.intro]
    if layout.caption:
        story.append(Paragraph(markup(layout.caption, layout), strong))
    story += [Spacer(1, 4 * mm), goal_table(annex, layout, body, strong, size[0] - 2 * margin)]
    note = ParagraphStyle("note", parent=body, fontSize=7.5, leading=9, alignment=TA_LEFT)
    story += [Paragraph(f"<super>{m}</super> {markup(t, layout)}", note) for m, t in footnotes(annex, layout)]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue(), count[0]


def goal_table(annex: Annex, layout: Layout, body: ParagraphStyle, strong: ParagraphStyle,
               width: float) -> RLTable:
    drawn = table(annex, layout)
    weights = [WEIGHTS[k] for k in layout.keys()]
    widths = [width * w / sum(weights) for w in weights]
    data, style = [], []
    head = ParagraphStyle("head", parent=strong, textColor=colors.HexColor(f"#{layout.header_color}"))
    for r, header in enumerate(drawn.header_rows):
        row, c = [], 0
        for text, span in header:
            row.append(Paragraph(markup(text, layout), head))
            row += [""] * (span - 1)
            if span > 1:
                style.append(("SPAN", (c, r), (c + span - 1, r)))
            c += span
        data.append(row)
    first = len(data)
    for item in drawn.body:
        r = len(data)
        if isinstance(item, str):
            data.append([Paragraph(markup(item, layout), strong)] + [""] * (drawn.width - 1))
            style.append(("SPAN", (0, r), (-1, r)))
            continue
        row = []
        for c, cell in enumerate(item):
            row.append([Paragraph(markup(t, layout), body) for t in cell.paragraphs] if cell.span else "")
            if cell.span > 1:
                style.append(("SPAN", (c, r), (c, r + cell.span - 1)))
        data.append(row)
    style += [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
              ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if layout.rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")))
    elif layout.rules == "hrules":
        style.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")))
    if layout.header_fill:
        style.append(("BACKGROUND", (0, 0), (-1, first - 1), colors.HexColor(f"#{layout.header_fill}")))
    if layout.zebra:
        style.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, colors.HexColor("#EEF1F5")]))
    # Page breaks fall between rows: reportlab's in-row split (splitInRow) draws the
    # repeated header twice on the first page (5.1), so the split rows of the matrix
    # come from LibreOffice.
    return RLTable(data, colWidths=widths, repeatRows=first if layout.repeat_header else 0, style=style)

