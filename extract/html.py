"""Reader for HTML annexes (lxml).

A web page saved from a municipal site holds the annex in its main content;
its navigation, side menus, cookie banner and site footer are not the annex,
so only ``<main>`` (or ``role="main"``, or the one ``<article>``) is read
where the page has it, and elsewhere such site chrome (by element or by a
class or id naming it) is passed over. The page's own title and site name are
kept as furniture, for the publisher only.

Headings and paragraphs become paragraphs, ``<table>`` elements tables, in
document order. rowspan/colspan are laid out on the table's grid: the cell
text stands at its first position and the positions it covers are None. A
``<caption>`` is read as the paragraph before its table, ``<sup>`` digits as
footnote marks, and an element styled with a page break as a page break.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from bilag.errors import CorruptFile
from bilag.settings import Settings

from .blocks import Block, Body, PageBreak, Paragraph, Row, Table
from .markup import BLOCK_TAGS, clean_lines, element_text
from .text import decode

SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})
# Site chrome around the annex on a saved web page.
CHROME_TAGS = frozenset({"nav", "aside", "header", "footer", "form", "dialog"})
CHROME_NAMES = re.compile(
    r"(^|[\s_-])(cookie\w*|consent|nav\w*|menu\w*|sidebar|side-?menu|breadcrumbs?|footer|site-?header|"
    r"skip\w*|banner|related|share)([\s_-]|$)", re.IGNORECASE)


def read(path: Path, settings: Settings) -> Body:
    """Read an HTML file into paragraphs, tables and page breaks."""
    try:
        # libxml2's limits stay on (no huge_tree): a page past them is refused, not read in part.
        parser = lxml.html.HTMLParser()
        root = lxml.html.document_fromstring(decode(path), parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise CorruptFile(str(path), f"not readable as HTML ({e})") from None
    if any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log):
        raise CorruptFile(str(path), "the page nests its elements deeper than the HTML parser's limit "
                                     "(256 levels), so its tables cannot be read whole")
    blocks: list[Block] = []
    main = _main_content(root)
    if main is not None:
        _visit(main, blocks, False, settings.max_columns)
    else:
        body = root.find("body")
        _visit(body if body is not None else root, blocks, True, settings.max_columns)
    return Body(format="html", blocks=tuple(blocks), furniture=_page_names(root))


def _main_content(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The page's main content element, where it marks one."""
    for path in ("//main", "//*[@role='main']"):
        found = root.xpath(path)
        if found:
            return found[0]
    articles = root.xpath("//article")
    return articles[0] if len(articles) == 1 else None


def _page_names(root: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The page's title and site name ("Bilag 2 … | Aarhus Kommune")."""
    names = [clean_lines(t.text_content()) for t in root.xpath("//head/title")]
    names += [m.get("content", "") for m in root.xpath("//meta[@property='og:site_name' or @name='author']")]
    return tuple(n for n in names if n)


def _is_chrome(element: lxml.html.HtmlElement, tag: str) -> bool:
    names = " ".join(filter(None, (element.get("id"), element.get("class"), element.get("role"))))
    return tag in CHROME_TAGS or bool(CHROME_NAMES.search(names)) or element.get("role") == "navigation"


def _visit(element: lxml.html.HtmlElement, blocks: list[Block], skip_chrome: bool, max_columns: int) -> None:
    """Add the element's blocks; `skip_chrome`: pass over site navigation and
    the like; `max_columns`: the widest colspan taken as it stands."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in SKIP or not tag or (skip_chrome and _is_chrome(element, tag)):
        return
    if "page-break" in (element.get("style") or "").replace(" ", ""):
        blocks.append(PageBreak())
    if tag == "table":
        caption = element.find("caption")
        if caption is not None and element_text(caption):
            blocks.append(Paragraph(element_text(caption)))
        blocks.append(_table(element, max_columns))
        return
    if not _holds_blocks(element):
        text = element_text(element)
        if text:
            blocks.append(Paragraph(text))
        return
    # A container: its loose text and its children, in order.
    _loose_text(element.text, blocks)
    for child in element:
        _visit(child, blocks, skip_chrome, max_columns)
        _loose_text(child.tail, blocks)


def _holds_blocks(element: lxml.html.HtmlElement) -> bool:
    return any(isinstance(c.tag, str) and (c.tag in BLOCK_TAGS and c.tag != "br" or c.tag == "table")
               for c in element.iter() if c is not element)


def _loose_text(text: str | None, blocks: list[Block]) -> None:
    text = clean_lines((text or "").replace("\n", " "))
    if text:
        blocks.append(Paragraph(text))


def _table(table: lxml.html.HtmlElement, max_columns: int) -> Table:
    """The table's rows on its grid; only this table's own rows, not nested ones."""
    grid: dict[tuple[int, int], str | None] = {}
    spans: dict[tuple[int, int], int] = {}
    headers: list[bool] = []
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    for r, tr in enumerate(rows):
        cells = tr.xpath("./td | ./th")
        headers.append(tr.getparent().tag == "thead" or (bool(cells) and all(c.tag == "th" for c in cells)))
        c = 0
        for cell in cells:
            while (r, c) in grid:
                c += 1  # covered by a rowspan from above
            rowspan = min(_span(cell.get("rowspan")), len(rows) - r)
            colspan = min(_span(cell.get("colspan")), max_columns)
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = None
            grid[(r, c)] = element_text(cell)
            spans[(r, c)] = colspan
            c += colspan
    width = max((c for _, c in grid), default=-1) + 1
    return Table(rows=tuple(
        Row(cells=tuple(grid.get((r, c), "") for c in range(width)), is_header=headers[r],
            spans=tuple(spans.get((r, c), 1) for c in range(width)))
        for r in range(len(rows))
    ))


def _span(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1
