"""Footnote marks and footnote texts, for every format alike.

Readers write marks as superscript digits (see `blocks.superscript`); here
they are taken out of cell text and the notes ("¹ Forside - On undervisning")
are recognised among the paragraphs.
"""

from __future__ import annotations

import re

from bilag.record import Footnote

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
PLAIN = str.maketrans(SUPERSCRIPTS, "0123456789")
# A superscript right after a unit of area or volume (m², km³) is no mark.
MARK = re.compile(rf"(?<![mM])[{SUPERSCRIPTS}]+")
NOTE = re.compile(rf"^\s*([{SUPERSCRIPTS}]+)\s*(\S.*)$", re.DOTALL)


def remove_marks(text: str) -> str:
    """Cell text without its footnote marks: 'ON-undervisning ¹ ,' -> 'ON-undervisning  ,'."""
    return MARK.sub("", text)


def as_footnote(paragraph: str) -> Footnote | None:
    """The footnote a paragraph holds ('² Vurderingsværktøj …'), or None."""
    match = NOTE.match(paragraph)
    if not match:
        return None
    return Footnote(mark=match.group(1).translate(PLAIN), text=match.group(2).strip())
