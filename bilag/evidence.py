"""Where a stored goal's numbers came from, as one picture.

For a PDF row: its page(s) rendered with the row's region (the record's
`regions`) outlined and each target and actual phrase boxed where it stands.
For text, DOCX and HTML rows: the row's cells with the phrases marked. An
auditor sees in one look which words each number was read from.

    from bilag.evidence import evidence_image
    evidence_image(goal(engine, 18), "goal18.png")   # goal: bilag.store.goal()
"""

from __future__ import annotations

import hashlib
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from PIL import Image, ImageDraw, ImageFont

from bilag.errors import BilagError

RESOLUTION = 100  # dots per inch of a rendered page
COLOURS = {  # RGB: outline, and the same with alpha as a fill
    "region": (230, 150, 0),
    "target": (30, 90, 230),
    "actual": (0, 150, 60),
    "flagged": (210, 30, 30),
}
CELLS = (("target_group", "Target group"), ("goal", "Goal"), ("report", "Report"), ("status_text", "Status"))
"""The row's cells as the store keeps them, with their headings in the picture."""
_PHRASE_CELL = {"target": ("goal", "target_group"), "actual": ("report", "status_text")}
_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


class SourceNotFound(BilagError):
    """The file a stored goal came from is not where it was imported from."""


@dataclass(frozen=True)
class Phrase:
    """A quantity's phrase: `kind` "target" or "actual", its text, and where it
    was found (PDF boxes, x0/top/x1/bottom in points; empty if not found)."""

    kind: str
    text: str
    boxes: tuple[tuple[int, tuple[float, float, float, float]], ...] = ()


def phrases(goal: dict[str, Any]) -> list[Phrase]:
    """The goal's target and actual phrases, each once, targets first."""
    seen: dict[tuple[str, str], Phrase] = {}
    for q in goal["quantities"]:
        seen.setdefault((q["kind"], q["text"]), Phrase(q["kind"], q["text"]))
    return list(seen.values())


def source_file(goal: dict[str, Any], folders: list[Path] | None = None) -> Path:
    """The goal's source file: a path it was imported from, or a file of the same
    name in one of `folders`, whose bytes are the stored ones (by sha256)."""
    document = goal["document"]
    candidates = [Path(p) for p in document["paths"]]
    candidates += [Path(f) / document["file"] for f in folders or ()]
    for path in candidates:
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == document["sha256"]:
            return path
    tried = ", ".join(map(str, candidates)) or "no path"
    raise SourceNotFound(document["file"], f"the source file is not found with its stored content "
                                           f"(tried {tried}); run from the folder it was imported from "
                                           "or name its folder with --files")


def evidence_image(goal: dict[str, Any], output: str | Path | IO[bytes],
                   folders: list[Path] | None = None, context: float | None = None) -> list[Phrase]:
    """Write the goal's evidence as a PNG to `output` (see the module's
    docstring); returns the phrases with the boxes where they were found
    (PDF rows). `context`: show only the row and that many points of the
    page above and below it, instead of the whole page. Raises
    `SourceNotFound` when a PDF row's file is missing."""
    if goal.get("regions"):
        image, found = _pdf_evidence(goal, source_file(goal, folders), context)
    else:
        image, found = _cell_evidence(goal), phrases(goal)
    image.save(output, format="PNG")
    return found


def _norm(word: str) -> str:
    return _PUNCTUATION.sub("", word.lower())


def find_phrase(words: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The words (pdfplumber's, of one region) that spell `text`, in reading
    order within one cell: each next word stands right of the one before on
    its line, or further left on one of the next lines (the cell's text
    wrapped). A word hyphenated at a line end ("rettigheds-" "kurser") is
    two words of the page. Empty if the phrase is not there."""
    tokens = [t for t in (_norm(w) for w in text.split()) if t]
    if not tokens:
        return []
    for start in words:
        chain = _spell(words, start, tokens[0])
        for token in tokens[1:]:
            if not chain:
                break
            following = _next_word(words, chain[-1], token)
            chain = chain + following if following else []
        if chain:
            return chain
    return []


def _spell(words: list[dict[str, Any]], word: dict[str, Any], token: str) -> list[dict[str, Any]]:
    """`word` alone if it is `token`, or with the start of the next line when
    it is the token's first part hyphenated there; else nothing."""
    text = _norm(word["text"])
    if text == token:
        return [word]
    if word["text"].endswith("-") and token.startswith(text):
        for rest in _next_lines(words, word):
            if token in (text + _norm(rest["text"]), text + "-" + _norm(rest["text"])):
                return [word, rest]
    return []


def _next_lines(words: list[dict[str, Any]], last: dict[str, Any]) -> list[dict[str, Any]]:
    """The words that may follow `last` where its line wraps, nearest first."""
    height = last["bottom"] - last["top"]
    return sorted((w for w in words if last["top"] + height / 2 < w["top"] < last["bottom"] + 1.5 * height
                   and w["x0"] < last["x0"]), key=lambda w: (w["top"], -w["x0"]))


def _next_word(words: list[dict[str, Any]], last: dict[str, Any], token: str) -> list[dict[str, Any]]:
    height = last["bottom"] - last["top"]
    same_line = sorted((w for w in words if abs(w["top"] - last["top"]) < height / 2
                        and last["x1"] <= w["x0"] <= last["x1"] + 2 * height), key=lambda w: w["x0"])
    for candidate in [*same_line, *_next_lines(words, last)]:
        spelled = _spell(words, candidate, token)
        if spelled:
            return spelled
    return []


def region_words(view: Any, bbox: tuple[float, ...]) -> list[dict[str, Any]]:
    """The words of a page view (`bilag.extract.pdf_page`: upright, a
    superscript footnote mark apart from the number it follows) whose middle
    lies in `bbox` (on the page as shown), with their boxes in the view's frame."""
    x0, top, x1, bottom = view.upright(tuple(bbox))
    return [{"text": w.text, "x0": w.x0, "x1": w.x1, "top": w.top, "bottom": w.bottom} for w in view.words
            if x0 <= w.middle <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]


def _pdf_evidence(goal: dict[str, Any], path: Path,
                  context: float | None) -> tuple[Image.Image, list[Phrase]]:
    import pdfplumber

    from bilag.extract.pdf_page import page_view

    regions = goal["regions"]
    pictures = []
    wanted = phrases(goal)
    boxes: dict[int, list] = {i: [] for i in range(len(wanted))}
    with pdfplumber.open(path) as pdf:
        for page_number in dict.fromkeys(r["page"] for r in regions):
            page = pdf.pages[page_number - 1]
            own = [tuple(r["bbox"]) for r in regions if r["page"] == page_number]
            view = page_view(path, page_number)
            words = [w for bbox in own for w in region_words(view, bbox)]
            picture = page.to_image(resolution=RESOLUTION)
            colour = COLOURS["flagged" if goal["flags"] else "region"]
            for bbox in own:
                picture.draw_rect(bbox, fill=(*COLOURS["region"], 40), stroke=colour, stroke_width=3)
            for i, phrase in enumerate(wanted):
                chain = find_phrase(words, phrase.text)
                for w in chain:
                    box = view.shown((w["x0"] - 1, w["top"] - 1, w["x1"] + 1, w["bottom"] + 1))
                    picture.draw_rect(box, fill=(*COLOURS[phrase.kind], 70), stroke=COLOURS[phrase.kind],
                                      stroke_width=2)
                    boxes[i].append((page_number, box))
            drawn = picture.annotated.convert("RGB")
            if context is not None:
                scale = drawn.height / float(page.height)
                top = max(min(b[1] for b in own) - context, 0) * scale
                bottom = min(max(b[3] for b in own) + context, float(page.height)) * scale
                drawn = drawn.crop((0, round(top), drawn.width, round(bottom)))
            pictures.append(drawn)
    found = [Phrase(p.kind, p.text, tuple(boxes[i])) for i, p in enumerate(wanted)]
    return _with_caption(_stacked(pictures), goal, found), found


def _inside(bbox: tuple[float, ...], page: Any) -> tuple[float, float, float, float]:
    x0, top, x1, bottom = bbox
    return (max(x0, 0), max(top, 0), min(x1, page.width), min(bottom, page.height))


def _stacked(pictures: list[Image.Image]) -> Image.Image:
    width = max(p.width for p in pictures)
    out = Image.new("RGB", (width, sum(p.height for p in pictures)), "white")
    y = 0
    for p in pictures:
        out.paste(p, (0, y))
        y += p.height
    return out


def _font(size: int = 15) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans (matplotlib's copy, else the system's), which has æ, ø and
    å; Pillow's own font otherwise."""
    candidates = []
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    except ImportError:
        pass
    for font in [*candidates, "DejaVuSans.ttf"]:
        try:
            return ImageFont.truetype(str(font), size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def caption(goal: dict[str, Any]) -> str:
    """One line naming the goal, its place and its verdict."""
    doc = goal["document"]
    pages = f", page {', '.join(map(str, goal['pages']))}" if goal.get("pages") else ""
    share = f", attainment {goal['attainment']:.0%}" if goal["attainment"] is not None else ""
    flags = f"; {', '.join(goal['flags'])}" if goal["flags"] else ""
    return (f"goal {goal['goal_id']}: {doc['file']}{pages}, table {goal['table']}, row {goal['row']}; "
            f"stated {goal['status']}{share}{flags}")


def _with_caption(picture: Image.Image, goal: dict[str, Any], found: list[Phrase]) -> Image.Image:
    """The picture under a caption and a legend of the phrases and their colours."""
    font = _font()
    lines = [(caption(goal), COLOURS["flagged"] if goal["flags"] else (0, 0, 0))]
    lines += [(f"{p.kind}: \u201c{p.text}\u201d" + ("" if p.boxes or not goal.get("regions")
                                                    else " (not found on the page)"), COLOURS[p.kind])
              for p in found]
    wrapped = [(line, colour) for text, colour in lines
               for line in textwrap.wrap(text, max(40, picture.width // 8))]
    head = 10 + 20 * len(wrapped)
    out = Image.new("RGB", (picture.width, picture.height + head), "white")
    draw = ImageDraw.Draw(out)
    for i, (line, colour) in enumerate(wrapped):
        draw.text((10, 6 + 20 * i), line, fill=colour, font=font)
    out.paste(picture, (0, head))
    return out


def marked(text: str, found: list[Phrase], kinds: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """`text` cut into pieces, each with the kind of phrase it is (or None):
    the first place each phrase of `kinds` stands in it, compared loosely
    (case, spaces)."""
    spans: list[tuple[int, int, str]] = []
    for phrase in found:
        if phrase.kind not in kinds:
            continue
        pattern = r"\s+".join(re.escape(w) for w in phrase.text.split())
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if all(match.end() <= a or match.start() >= b for a, b, _ in spans):
                spans.append((match.start(), match.end(), phrase.kind))
                break
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for start, end, kind in sorted(spans):
        pieces += [(text[at:start], None), (text[start:end], kind)]
        at = end
    pieces.append((text[at:], None))
    return [p for p in pieces if p[0]]


def marked_cells(goal: dict[str, Any]) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """The row's cells (heading, marked pieces): targets marked in the goal
    cell, actuals in the report, where the normalizer reads them."""
    found = phrases(goal)
    cells = []
    for field, heading in CELLS:
        if goal.get(field):
            kinds = tuple(k for k, fields in _PHRASE_CELL.items() if field in fields)
            cells.append((heading, marked(goal[field], found, kinds)))
    return cells


def _cell_evidence(goal: dict[str, Any], width: int = 900) -> Image.Image:
    """The row's cells as a picture, phrases on a coloured ground."""
    font, bold = _font(15), _font(16)
    line_height, margin = 21, 12
    per_line = (width - 2 * margin) // 8
    layout: list[tuple[int, list[tuple[str, str | None]], bool]] = []  # (y, pieces of one line, heading)
    y = 10
    for heading, pieces in marked_cells(goal):
        layout.append((y, [(heading, None)], True))
        y += line_height
        for line in _wrap_pieces(pieces, per_line):
            layout.append((y, line, False))
            y += line_height
        y += 8
    picture = Image.new("RGB", (width, y + 10), "white")
    draw = ImageDraw.Draw(picture, "RGBA")
    for top, line, is_heading in layout:
        x = margin
        for text, kind in line:
            used = bold if is_heading else font
            right = x + draw.textlength(text, font=used)
            if kind:
                draw.rectangle((x - 1, top - 2, right + 1, top + line_height - 4), fill=(*COLOURS[kind], 70),
                               outline=COLOURS[kind])
            draw.text((x, top), text, fill=(90, 90, 90) if is_heading else (0, 0, 0), font=used)
            x = right
    return _with_caption(picture, goal, phrases(goal))


def _wrap_pieces(pieces: list[tuple[str, str | None]], per_line: int) -> list[list[tuple[str, str | None]]]:
    """Marked pieces wrapped at spaces into lines of about `per_line` characters."""
    lines: list[list[tuple[str, str | None]]] = [[]]
    used = 0
    for text, kind in pieces:
        for paragraph_break, part in _split_lines(text):
            if paragraph_break:
                lines.append([])
                used = 0
            for word in re.findall(r"\S+\s*", part):
                if used + len(word.rstrip()) > per_line and lines[-1]:
                    lines.append([])
                    used = 0
                lines[-1].append((word, kind))
                used += len(word)
    return [_merged(line) for line in lines if line]


def _split_lines(text: str) -> list[tuple[bool, str]]:
    return [(i > 0, part) for i, part in enumerate(text.split("\n"))]


def _merged(line: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for text, kind in line:
        if out and out[-1][1] == kind:
            out[-1] = (out[-1][0] + text, kind)
        else:
            out.append((text, kind))
    return out
