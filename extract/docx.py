"""Reader for Word (.docx) annexes.

python-docx opens the package; the text is read from the document's XML
itself, because python-docx's ``.text`` and ``row.cells`` miss what annexes
hold: text in content controls (``w:sdt``), tables nested in cells, tracked
changes and footnote references, and they repeat a merged cell once per grid
column it covers.

How Word's markup reads:

* The body's paragraphs and tables come in document order, so a caption stands
  before its table; paragraphs inside cells belong to their cell.
* A table row has one cell per grid column: a cell spanning n columns
  (``w:gridSpan``) gives its text once and None for the n-1 columns it covers
  (``Row.spans`` tells the shared layout they are covered from the left);
  a cell continuing a vertical merge (``w:vMerge`` without "restart") is None,
  so the shared layout fills it from the cell above. Rows marked
  ``w:tblHeader`` are header rows.
* A cell's paragraphs are its lines ("\\n"); a table nested in a cell adds one
  line per nested row, its cells joined with a space.
* Tracked changes read as accepted: insertions and moves to are kept,
  deletions and moves from are dropped.
* A superscript run of digits and a footnote reference become superscript
  digits (``blocks.superscript``); the footnotes' texts follow the body as
  paragraphs "¹ text", where the shared footnote code finds them.
* ``w:tab`` reads as a space, ``w:br`` as a new line, a non-breaking hyphen as
  "-", a soft hyphen as nothing. Placeholder text of an empty content control
  ("Klik eller tryk her for at skrive tekst.") is no text.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

from bilag.errors import CorruptFile
from bilag.settings import Settings

from .blocks import Block, Body, Paragraph, Row, Table, superscript
from .package import check_package

P, R, TBL, TR, TC = qn("w:p"), qn("w:r"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
SDT, SDT_CONTENT, CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
VAL = qn("w:val")

# Inline elements whose content is read as if it stood in their place.
INLINE_CONTAINERS = frozenset(qn(f"w:{tag}") for tag in (
    "ins", "moveTo", "hyperlink", "smartTag", "fldSimple", "dir", "bdo"))
# What each run child reads as; children not named here (w:delText, field
# codes in w:instrText, drawings, symbols) read as nothing.
RUN_TEXT = {qn("w:tab"): " ", qn("w:ptab"): " ", qn("w:br"): "\n", qn("w:cr"): "\n",
            qn("w:noBreakHyphen"): "-", qn("w:softHyphen"): ""}
OFF = ("0", "false", "off")


def read(path: Path, settings: Settings) -> Body:
    """Read a Word document into paragraphs and tables, footnotes last."""
    check_package(path, settings)
    try:
        document = docx.Document(str(path))
        footnotes = _footnotes(document)
    except PackageNotFoundError:  # python-docx's word for "not a ZIP archive"
        raise CorruptFile(str(path), "not a readable Word (.docx) file: the ZIP archive is damaged "
                                     "or incomplete") from None
    except zlib.error:
        raise CorruptFile(str(path), "not a readable Word (.docx) file: the compressed data of a part is "
                                     "damaged (cut or changed in transfer?)") from None
    except etree.XMLSyntaxError as e:
        if e.code != etree.ErrorTypes.ERR_RESOURCE_LIMIT:
            raise CorruptFile(str(path), f"not a readable Word (.docx) file: {_first_line(e)}") from None
        raise CorruptFile(str(path), "not a readable Word (.docx) file: its XML goes past the XML parser's "
                                     "limits (elements nested more than 256 deep, or entities that expand "
                                     "without end: an XML bomb)") from None
    except RuntimeError as e:  # zipfile: a member encrypted, or packed by a method it does not know
        raise CorruptFile(str(path), f"not a readable Word (.docx) file: {_first_line(e)}") from None
    except (zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError) as e:
        raise CorruptFile(str(path), f"not a readable Word (.docx) file: {_first_line(e)}") from None
    reader = _WordReader(_superscript_styles(document), footnotes, settings.max_columns)
    blocks = reader.body_blocks(document.element.body)
    blocks += reader.footnote_paragraphs()
    return Body(format="docx", blocks=tuple(blocks), furniture=_headers_and_footers(document, reader))


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0].strip("\"'") if str(error) else type(error).__name__


def _headers_and_footers(document: WordDocument, reader: _WordReader) -> tuple[str, ...]:
    """The text of the sections' page headers and footers (each once)."""
    seen: dict[str, None] = {}
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if part.is_linked_to_previous:
                continue
            for element in part._element.iter(P):  # python-docx offers no iteration in document order
                text = reader.paragraph_text(element).strip()
                if text:
                    seen[text] = None
    return tuple(seen)


def _footnotes(document: WordDocument) -> dict[str, etree._Element]:
    """The footnotes of word/footnotes.xml by id (separators left out)."""
    try:
        part = document.part.part_related_by(RT.FOOTNOTES)
    except KeyError:
        return {}
    root = parse_xml(part.blob)
    return {note.get(qn("w:id")): note for note in root.iter(qn("w:footnote"))
            if note.get(qn("w:type")) in (None, "normal")}


def _superscript_styles(document: WordDocument) -> frozenset[str]:
    """Ids of the character styles that raise text (a "Fodnotehenvisning"
    style makes a hand-typed footnote mark superscript without direct formatting)."""
    raised = set()
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.CHARACTER:
            continue
        current = style
        while current is not None and current.font.superscript is None:
            current = current.base_style
        if current is not None and current.font.superscript:
            raised.add(style.style_id)
    return frozenset(raised)


def _unwrapped(element: etree._Element) -> Iterator[etree._Element]:
    """The element's children, with content controls and custom XML opened:
    their content counts as if it stood in their place."""
    for child in element:
        if child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None and not _is_placeholder(child, content):
                yield from _unwrapped(content)
        elif child.tag == CUSTOM_XML:
            yield from _unwrapped(child)
        else:
            yield child


def _is_placeholder(sdt: etree._Element, content: etree._Element) -> bool:
    """A content control still showing its prompt text (rows and cells are
    always kept, so the table keeps its shape)."""
    showing = sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}")
    return showing is not None and content.find(TC) is None and content.find(TR) is None


def _is_on(element: etree._Element | None) -> bool:
    """Whether a Word on/off property is set (present, and not val="0"/"false")."""
    return element is not None and element.get(VAL, "1").lower() not in OFF


def _number(element: etree._Element | None, default: int) -> int:
    value = element.get(VAL) if element is not None else None
    return int(value) if value and value.isdigit() else default


class _WordReader:
    """Reads one document's XML; numbers footnotes in the order they are referenced."""

    def __init__(self, superscript_styles: frozenset[str], footnotes: dict[str, etree._Element],
                 max_columns: int) -> None:
        self.superscript_styles = superscript_styles
        self.footnotes = footnotes
        self.max_columns = max_columns  # a wider gridSpan is a broken or hostile file
        self.footnote_numbers: dict[str, int] = {}

    def body_blocks(self, body: etree._Element) -> list[Block]:
        """The body's paragraphs (blank ones left out) and tables, in document order."""
        blocks: list[Block] = []
        for child in _unwrapped(body):
            if child.tag == P:
                text = self.paragraph_text(child)
                if text.strip():
                    blocks.append(Paragraph(text=text))
            elif child.tag == TBL:
                blocks.append(Table(rows=tuple(self.table_rows(child))))
        return blocks

    def footnote_paragraphs(self) -> list[Paragraph]:
        """One paragraph "¹ text" per footnote referenced in the body."""
        paragraphs = []
        for note_id, number in self.footnote_numbers.items():
            note = self.footnotes.get(note_id)
            if note is None:
                continue
            text = " ".join(self.paragraph_text(p).strip() for p in note.iter(P))
            if text.strip():
                paragraphs.append(Paragraph(text=f"{superscript(str(number))} {text.strip()}"))
        return paragraphs

    # Tables

    def table_rows(self, table: etree._Element) -> Iterator[Row]:
        for row in _unwrapped(table):
            if row.tag != TR:
                continue
            properties = row.find(qn("w:trPr"))
            if properties is not None and properties.find(qn("w:del")) is not None:
                continue  # a row deleted with tracked changes on
            yield self.row(row, properties)

    def row(self, row: etree._Element, properties: etree._Element | None) -> Row:
        """One cell text per grid column; None where a merged cell covers it."""
        before = after = 0
        is_header = False
        if properties is not None:
            before = min(_number(properties.find(qn("w:gridBefore")), 0), self.max_columns)
            after = min(_number(properties.find(qn("w:gridAfter")), 0), self.max_columns)
            is_header = _is_on(properties.find(qn("w:tblHeader")))
        cells: list[str | None] = [""] * before  # grid columns the row leaves out
        spans = [1] * before
        for cell in _unwrapped(row):
            if cell.tag != TC:
                continue
            cell_properties = cell.find(qn("w:tcPr"))
            span = 1 if cell_properties is None else _number(cell_properties.find(qn("w:gridSpan")), 1)
            span = max(1, min(span, self.max_columns - len(cells)))
            if cell_properties is not None and _continues_merge(cell_properties):
                # Every grid column of a continued merge is covered from above.
                cells.extend([None] * span)
                spans.extend([1] * span)
            else:
                cells.append(self.cell_text(cell))
                cells.extend([None] * (span - 1))
                spans.extend([span] + [1] * (span - 1))
        cells.extend([""] * after)
        spans.extend([1] * after)
        return Row(cells=tuple(cells), is_header=is_header, spans=tuple(spans))

    def cell_text(self, cell: etree._Element) -> str:
        """A cell's paragraphs, one per line, and the lines of tables nested in it."""
        lines: list[str] = []
        for child in _unwrapped(cell):
            if child.tag == P:
                lines.append(self.paragraph_text(child))
            elif child.tag == TBL:
                for row in self.table_rows(child):
                    texts = (c.replace("\n", " ").strip() for c in row.cells if c)
                    lines.append(" ".join(t for t in texts if t))
        return "\n".join(lines).strip("\n")

    # Paragraphs and runs

    def paragraph_text(self, paragraph: etree._Element) -> str:
        """The text of a paragraph (or any inline container) as Word shows it
        with all tracked changes accepted."""
        parts: list[str] = []
        for child in _unwrapped(paragraph):
            if child.tag == R:
                parts.append(self.run_text(child))
            elif child.tag in INLINE_CONTAINERS:
                parts.append(self.paragraph_text(child))
            # w:del and w:moveFrom (deleted text), w:pPr and the rest: nothing
        return "".join(parts)

    def run_text(self, run: etree._Element) -> str:
        parts: list[str] = []
        for child in run:
            if child.tag == qn("w:t"):
                parts.append(child.text or "")
            elif child.tag == qn("w:footnoteReference"):
                parts.append(self.footnote_mark(child.get(qn("w:id"), "")))
            else:
                parts.append(RUN_TEXT.get(child.tag, ""))
        text = "".join(parts)
        if text.strip().isdigit() and self.is_superscript(run):
            return superscript(text)  # a hand-made footnote mark, not part of a number
        return text

    def footnote_mark(self, note_id: str) -> str:
        # Word numbers footnotes 1, 2, 3 … in the order they are referenced.
        number = self.footnote_numbers.setdefault(note_id, len(self.footnote_numbers) + 1)
        return superscript(str(number))

    def is_superscript(self, run: etree._Element) -> bool:
        properties = run.find(qn("w:rPr"))
        if properties is None:
            return False
        align = properties.find(qn("w:vertAlign"))
        if align is not None:  # direct formatting wins over the run's style
            return align.get(VAL) == "superscript"
        style = properties.find(qn("w:rStyle"))
        return style is not None and style.get(VAL) in self.superscript_styles


def _continues_merge(cell_properties: etree._Element) -> bool:
    """Whether a cell continues a merge from above (w:vMerge) or, in old
    documents, from the left (w:hMerge): it has no text of its own."""
    for tag in ("w:vMerge", "w:hMerge"):
        merge = cell_properties.find(qn(tag))
        if merge is not None and merge.get(VAL, "continue") != "restart":
            return True
    return False
