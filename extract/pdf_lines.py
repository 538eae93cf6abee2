"""Words and text lines of a PDF page, and how lines read as text.

The parser gives words with their box and font size (`pdf_page`); here they are grouped
into lines, small raised digits become superscript footnote marks, and lines
are joined into paragraphs the way a person reads them: lines of a paragraph
with a space, paragraphs (a larger vertical gap) with "\\n".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bilag.record import Region
from bilag.settings import Settings

from .blocks import superscript
from .markup import join_hyphenated

DIGITS = re.compile(r"^\d{1,3}$")
CUT_TOLERANCE = 0.3  # points a letter may stand out beyond a cell's estimated right edge


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    first_width: float = 0.0  # the width of its first letter
    bold: bool = False

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Line:
    """Words on one baseline, left to right, with the size of their body text."""

    words: tuple[Word, ...]
    top: float
    bottom: float
    size: float

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)


def row_region(page: int, bbox: tuple[float, float, float, float]) -> Region:
    """A row's box on its page, in points from the top-left corner."""
    x0, top, x1, bottom = (round(float(v), 1) for v in bbox)
    return Region(page, (x0, top, x1, bottom))


def lines_box(lines: list[Line]) -> tuple[float, float, float, float]:
    """The box around some lines' words."""
    return (min(line.x0 for line in lines), min(line.top for line in lines),
            max(line.x1 for line in lines), max(line.bottom for line in lines))


def group_lines(words: list[Word], settings: Settings) -> list[Line]:
    """Words grouped into lines, top to bottom. A word belongs to a line when
    most of its height lies within the line's (so a raised mark stays on it),
    or when one of the two is a number no larger than the other, raised above
    it and touching its height: a footnote mark over small note text (at 12
    pt the mark can stand mostly above the 8 pt note it numbers)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and _same_line(lines[-1][0], word, settings):
            lines[-1].append(word)
            continue
        lines.append([word])
    return [_line(ws) for ws in lines]


def _same_line(first: Word, word: Word, settings: Settings) -> bool:
    overlap = min(first.bottom, word.bottom) - max(first.top, word.top)
    if overlap > 0.5 * min(first.bottom - first.top, word.bottom - word.top):
        return True
    mark, other = (first, word) if DIGITS.match(first.text) else (word, first)
    return (overlap > 0 and bool(DIGITS.match(mark.text)) and mark.size <= other.size
            and other.bottom - mark.bottom >= settings.superscript_rise)


def _line(words: list[Word]) -> Line:
    words = sorted(words, key=lambda w: w.x0)
    sizes: Counter[float] = Counter()
    for w in words:
        sizes[w.size] += len(w.text)
    size = sizes.most_common(1)[0][0]
    body = [w for w in words if w.size == size]
    return Line(tuple(words), min(w.top for w in body), max(w.bottom for w in body), size)


def is_mark(word: Word, line: Line, settings: Settings) -> bool:
    """A small digit raised above the line's baseline: a footnote mark."""
    return (bool(DIGITS.match(word.text))
            and word.size < settings.superscript_size_ratio * line.size
            and line.bottom - word.bottom >= settings.superscript_rise)


def starts_with_note_mark(line: Line, page_size: float, settings: Settings) -> bool:
    """A footnote's first line: a bare number, then text, where the number is
    raised or small, or the text is smaller than the page's body text (word
    processors set the note's number in several ways)."""
    if len(line.words) < 2 or not DIGITS.match(line.words[0].text):
        return False
    number, rest = line.words[0], line.words[1:]
    raised = rest[0].bottom - number.bottom >= settings.superscript_rise
    small_number = number.size < settings.superscript_size_ratio * rest[0].size
    small_text = max(w.size for w in rest) < settings.superscript_size_ratio * page_size
    return raised or small_number or small_text


def line_text(line: Line, settings: Settings, note: bool = False) -> str:
    """The text of a line with footnote marks as superscript digits; `note`
    marks a footnote's first line, whose leading number is its mark."""
    text = ""
    previous: Word | None = None
    for i, word in enumerate(line.words):
        part = word.text
        if (note and i == 0) or is_mark(word, line, settings):
            part = superscript(word.text)
        # Words split only by a change of size (a mark, the comma after it) touch.
        touching = previous is not None and word.x0 - previous.x1 < 0.15 * line.size
        text += part if previous is None or touching else " " + part
        previous = word
    return text


def typical_pitch(columns: list[list[Line]], default: float = 1.2) -> float:
    """The usual distance from one line's top to the next within a paragraph,
    in font sizes: the lower quartile over all neighbouring lines (most
    neighbours are lines of one paragraph); `default` without any."""
    pitches = sorted((b.top - a.top) / a.size for lines in columns for a, b in zip(lines, lines[1:])
                     if 0.8 * a.size < b.top - a.top < 3 * a.size)
    if not pitches:
        return default
    return pitches[len(pitches) // 4]


def new_paragraph(before: Line, line: Line, pitch: float, settings: Settings) -> bool:
    """Whether a larger gap than between lines of a paragraph comes before `line`."""
    return (line.top - before.top) / before.size > pitch * settings.row_gap_ratio


def join_lines(lines: list[Line], pitch: float, settings: Settings, note: bool = False,
               right: float | None = None) -> str:
    """Lines of one text (a cell, a paragraph) as it reads: lines of a paragraph
    joined by a space, paragraphs by "\\n". `note`: the text is a footnote.
    `right`: where the text's lines end at most (a cell's inner right edge),
    to find words broken without a hyphen."""
    text = ""
    for i, line in enumerate(lines):
        part = line_text(line, settings, note=note and i == 0)
        if i == 0:
            text = part
        elif new_paragraph(lines[i - 1], line, pitch, settings):
            text += "\n" + part
        elif (joined := join_hyphenated(text, part)) is not None:
            text = joined
        elif right is not None and _cut_word(lines[i - 1], line, right):
            text += part
        else:
            text += " " + part
    return text


def _cut_word(before: Line, line: Line, right: float) -> bool:
    """Whether a word too long for its line was cut without a hyphen (word
    processors do so in narrow cells: "Virksomhedssam" + "arbejde"): the line
    before holds that one word, which reaches so close to the right edge that
    not even the next line's first letter would have fit, and the rest goes on
    in lower case. A line with room left for that letter was wrapped before a
    whole word. (A whole word that happens to fill its line to the last letter
    reads the same and is joined too: geometry cannot tell them apart.)"""
    cut, first = before.words[0], line.words[0]
    if len(before.words) != 1 or not first.text[:1].islower() or not cut.text[-1:].isalpha():
        return False
    return cut.x1 + first.first_width > right + CUT_TOLERANCE


def body_size(words: list[Word]) -> float:
    """The page's body text size: the size most of its text is set in (0 for no text)."""
    sizes: Counter[float] = Counter()
    for word in words:
        sizes[word.size] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0
