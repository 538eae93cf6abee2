"""Text of HTML elements and fragments, the way cells should read: one line
per paragraph, inline markup (<i>, <b>, <span>) dropped, <sup> digits kept as
superscript footnote marks, runs of white space made one space."""

from __future__ import annotations

import re

import lxml.html

from .blocks import superscript

# Elements that end a line of their own; everything else is inline.
BLOCK_TAGS = frozenset(
    "p div li ul ol br h1 h2 h3 h4 h5 h6 tr table blockquote pre section article header footer".split()
)
# White space, and the C0 control characters (BEL, ESC …) that are no text and that XML
# (lxml, openpyxl) refuses: each run becomes one space.
SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\r\f\v\x00-\x08\x0e-\x1f\x7f]+")
# Typographic ligatures that PDF fonts and some word processors leave as one code point.
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


def clean_lines(text: str) -> str:
    """Collapse white space inside each line, drop empty lines, join with "\\n";
    ligature glyphs (ﬁ ﬂ) become their letters."""
    lines = (SPACES.sub(" ", line).strip() for line in text.translate(LIGATURES).split("\n"))
    return "\n".join(line for line in lines if line)


def element_text(element: lxml.html.HtmlElement) -> str:
    """The clean text of an element (a table cell, a paragraph)."""
    parts: list[str] = []
    _walk(element, parts)
    return clean_lines("".join(parts))


def fragment_text(html: str) -> str:
    """The clean text of an HTML fragment such as a text export's cell:
    '<p>Målet er nået.</p> <p>2.425 …</p>' -> 'Målet er nået.\\n2.425 …'."""
    if "<" not in html and "&" not in html:
        return clean_lines(html)
    # Parsed as a page's body, as a browser would: lxml's fragment parser fails on
    # document tags in the text ("<html>", "<!doctype") and on control characters.
    page = lxml.html.document_fromstring(f"<html><body>{html}")
    body = page.find("body")
    return element_text(body if body is not None else page)


def _walk(element: lxml.html.HtmlElement, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("script", "style"):
        return
    if tag in BLOCK_TAGS:
        parts.append("\n")
    elif tag in ("td", "th"):
        parts.append(" ")  # cells of a nested table's row stand on one line
    if tag == "sup":
        text = element.text_content().strip()
        parts.append(superscript(text) if text.isdigit() else text)
    else:
        # A line break in HTML source is only white space.
        parts.append((element.text or "").replace("\n", " "))
        for child in element:
            _walk(child, parts)
            parts.append((child.tail or "").replace("\n", " "))
    if tag in BLOCK_TAGS:
        parts.append("\n")


# Words after which a hyphen ends a shortened compound ("fri- og privatskoler").
COMPOUND_LINKS = frozenset({"og", "eller", "samt", "til", "som", "and", "or"})
HYPHEN_END = re.compile(r"\w-$")


def join_hyphenated(text: str, rest: str) -> str | None:
    """`text` ending in a hyphen at a line end, joined with the next line's
    `rest`: without the hyphen where a word was hyphenated ("grundskole-" +
    "elever"), with it where it belongs to the word ("FGU-" + "elever",
    "3-" + "årsalderen", "2024-" + "2026"); None where a shortened compound
    goes on after a space ("erhvervsskole-" + "og FGU-elever") or the text
    ends in no hyphen."""
    if not HYPHEN_END.search(text):
        return None
    first = rest.split(" ", 1)[0]
    if not first[:1].isalnum() or first.lower() in COMPOUND_LINKS:
        return None
    if text[-2].isdigit() or text[-2].isupper() or not first[:1].islower():
        return text + rest
    return text[:-1] + rest
