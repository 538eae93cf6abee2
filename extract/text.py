"""Reader for plain-text exports of annexes.

Such an export has one table row per line, cells separated by tabs, and may
hold HTML fragments (<p>, <i>) inside cells. Lines without a tab are
paragraphs (titles, table captions, footnotes). A blank line stands where the
original had a page break, so a row may go on in the first row after it.
A cell whose <p> is still open at the end of a line goes on on the next line.
"""

from __future__ import annotations

import re
from pathlib import Path

from bilag.errors import NotAnAnnex
from bilag.settings import Settings

from .blocks import Block, Body, PageBreak, Paragraph, Row, Table
from .markup import fragment_text

OPEN_P = re.compile(r"<p\b", re.IGNORECASE)
CLOSE_P = re.compile(r"</p\s*>", re.IGNORECASE)


def read(path: Path, settings: Settings) -> Body:
    """Read a text export into paragraphs, tables and page breaks."""
    return Body(format="text", blocks=tuple(parse(decode(path))))


def decode(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # "Unicode text" from Excel or Notepad
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise NotAnAnnex(str(path), "the text claims UTF-16 but is not") from None
    if b"\x00" in data:  # anywhere: a NUL is no text, and PostgreSQL refuses it in a text column
        raise NotAnAnnex(str(path), "binary data, not a text export")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise NotAnAnnex(str(path), "text is neither UTF-8 nor Windows-1252")


def parse(text: str) -> list[Block]:
    """The blocks of a text export's content."""
    blocks: list[Block] = []
    rows: list[Row] = []

    def end_table() -> None:
        if rows:
            blocks.append(Table(rows=tuple(rows)))
            rows.clear()

    for line in _logical_lines(text):
        if not line.strip():
            end_table()
            if blocks and not isinstance(blocks[-1], PageBreak):
                blocks.append(PageBreak())
            continue
        cells = line.split("\t")
        filled = [c for c in cells if c.strip()]
        if len(cells) == 1 or (len(filled) == 1 and cells[0].strip() and not rows):
            # A lone cell outside a table is a paragraph (a caption, a footnote).
            end_table()
            blocks.append(Paragraph(text=fragment_text(filled[0] if filled else line)))
            continue
        rows.append(Row(cells=tuple(fragment_text(c) for c in cells)))
    end_table()
    while blocks and isinstance(blocks[-1], PageBreak):
        blocks.pop()
    return blocks


def _logical_lines(text: str) -> list[str]:
    """Lines, with a line whose <p> is left open joined to the next one."""
    lines: list[str] = []
    pending: list[str] = []
    open_paragraphs = 0  # of the pending lines, counted line by line: a file of unclosed <p>s stays linear
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        pending.append(line)
        open_paragraphs += len(OPEN_P.findall(line)) - len(CLOSE_P.findall(line))
        if open_paragraphs > 0:
            continue
        lines.append("\n".join(pending))
        pending, open_paragraphs = [], 0
    if pending:
        lines.append("\n".join(pending))
    return lines
