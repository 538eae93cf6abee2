"""A DataFrame as plain text for pipes and narrow terminals: a grid whose
cells wrap at spaces, a word never split."""

from __future__ import annotations

import shutil
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def grid(frame: pd.DataFrame, width: int | None = None) -> str:
    """A frame as a plain text grid fitted to `width` (default: the
    terminal's, else 100 columns): cells wrap at spaces and a word is never
    split (a column is never narrower than its longest word). Where even
    that does not fit, each row becomes a block of "column  value" lines."""
    from bilag.store.export import records

    width = width or shutil.get_terminal_size((100, 24)).columns
    headers = [str(c).replace("_", " ") for c in frame.columns]
    rows = [[_text(v) for v in r.values()] for r in records(frame)]
    cells = [headers, *rows]
    columns = range(len(headers))
    natural = [max(len(line) for row in cells for line in row[i].splitlines() or [""]) for i in columns]
    least = [max((len(w) for row in cells for w in row[i].split()), default=1) for i in columns]
    room = width - 3 * (len(headers) - 1)
    if sum(least) > room:
        return _blocks(headers, rows, width)
    widths = list(natural)
    if sum(natural) > room:
        spare = room - sum(least)
        extra = [n - m for n, m in zip(natural, least)]
        widths = [m + e * spare // sum(extra) for m, e in zip(least, extra)]
    lines = []
    for number, row in enumerate(cells):
        wrapped = [_wrap(text, w) for text, w in zip(row, widths)]
        for i in range(max(len(w) for w in wrapped)):
            parts = [(w[i] if i < len(w) else "").ljust(n) for w, n in zip(wrapped, widths)]
            lines.append(" | ".join(parts).rstrip())
        if number == 0:
            lines.append("-+-".join("-" * n for n in widths))
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def _blocks(headers: list[str], rows: list[list[str]], width: int) -> str:
    """Rows as blocks, one "column  value" line each, for a terminal too narrow for a grid."""
    label = max(len(h) for h in headers) + 2
    lines = []
    for row in rows:
        lines.append("-" * min(width, 40))
        for header, text in zip(headers, row):
            wrapped = _wrap(text, max(width - label, 20))
            lines.append((header.ljust(label) + wrapped[0]).rstrip())
            lines.extend(" " * label + more for more in wrapped[1:])
    return "\n".join(lines) + "\n"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split())
