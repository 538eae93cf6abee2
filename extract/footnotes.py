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
MARK = re.compile(rf"[{SUPERSCRIPTS}]+")
NOTE = re.compile(rf"^\s*([{SUPERSCRIPTS}]+)\s*(\S.*)$", re.DOTALL)
# "m²", "km³": the power of a unit of area or volume, not a footnote mark.
UNIT_BEFORE_POWER = re.compile(r"\b[kcdm]?m$")


def remove_marks(text: str) -> str:
    """Cell text without its footnote marks: 'ON-undervisning ¹ ,' -> 'ON-undervisning  ,'."""
    return MARK.sub(lambda mark: mark.group() if is_unit_power(text, mark) else "", text)


def is_unit_power(text: str, mark: re.Match[str]) -> bool:
    """Whether a superscript is the power of a unit (m², km³) rather than a mark."""
    return mark.group() in ("²", "³") and bool(UNIT_BEFORE_POWER.search(text, 0, mark.start()))


def as_footnote(paragraph: str) -> Footnote | None:
    """The footnote a paragraph holds ('² Vurderingsværktøj …'), or None."""
    match = NOTE.match(paragraph)
    if not match:
        return None
    return Footnote(mark=match.group(1).translate(PLAIN), text=match.group(2).strip())
