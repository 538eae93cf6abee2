"""Table rules of scanned pages: found in each page's picture, drawn into the
searchable PDF as vector lines over the picture's own, so that the PDF reader
reads a scanned ruled table as ruled (a scan's grid is only pixels; without it,
cells would be guessed from the gaps between words). The words Tesseract read
from a vertical rule itself (a bar, "I", "l") are taken out of the text layer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy
    import pikepdf

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in a page picture's pixels
RULE_GLYPHS = {"|", "I", "l", "1", "!", "[", "]", "i"}  # what Tesseract makes of a vertical rule
RULE_GAP = 3  # pixels missing either side of a point on a scanned rule, at most, still closed


def draw_rules(pdf: Path, pictures: list[Path], min_length: float, glyphs: dict[int, list[Box]]) -> None:
    """Draw the rules of each page picture (`pictures`, named NNNNNN_… by page,
    as OCRmyPDF names them) into `pdf`, and drop the words read from vertical
    rules (`glyphs`: each page's boxes of words that may be a rule's glyph)."""
    import numpy
    import pikepdf  # with OCRmyPDF, in the ocr extra
    from PIL import Image

    with pikepdf.open(pdf, allow_overwriting_input=True) as document:
        for image_path in pictures:
            number = int(image_path.name.split("_")[0])
            if number > len(document.pages) or int(document.pages[number - 1].obj.get("/Rotate", 0)) % 360:
                continue  # a page OCRmyPDF turned upright: its picture no longer matches the page
            page = document.pages[number - 1]
            with Image.open(image_path) as image:
                dark = numpy.asarray(image.convert("L")) < 128
            _, _, width, height = (float(v) for v in page.mediabox)
            scale = width / dark.shape[1]
            rules = find_rules(dark, min_length / scale)
            verticals = [(x, top, bottom) for x, top, x1, bottom in rules if x == x1]
            on_rules = [(x0, top, x1, bottom) for x0, top, x1, bottom in glyphs.get(number, [])
                        if any(x0 - 2 <= x <= x1 + 2 and rule_top <= bottom and top <= rule_bottom
                               for x, rule_top, rule_bottom in verticals)]
            _drop_rule_glyphs(page, on_rules)
            operators = [f"{x0 * scale:.2f} {height - y0 * scale:.2f} m {x1 * scale:.2f} "
                         f"{height - y1 * scale:.2f} l S" for x0, y0, x1, y1 in rules]
            if operators:
                drawing = " ".join(["q 0 G 0.5 w", *operators, "Q"]).encode()
                page.contents_add(pikepdf.Stream(document, drawing))
        document.save(pdf)


def _drop_rule_glyphs(page: pikepdf.Page, on_rules: list[Box]) -> None:
    """Take out of the text layer the words Tesseract read from a vertical rule
    itself (`on_rules`: their hOCR boxes): a bar, "I", "l" or "1" where the rule
    is ("800 | friskoleelever")."""
    import pikepdf

    for text_layer in page.Resources.get("/XObject", {}).values():
        if text_layer.get("/Subtype") != "/Form" or not on_rules:
            continue
        # OCRmyPDF's hOCR text layer: per line a "cm" to its start in the
        # picture's pixels, per word a "Tm" with its offset along the line and a "TJ".
        instructions = pikepdf.parse_content_stream(text_layer)
        line_x = line_y = word_x = 0.0
        changed = False
        for i, instruction in enumerate(instructions):
            operands, operator = instruction.operands, instruction.operator
            if str(operator) == "cm" and len(operands) == 6 and abs(float(operands[0])) > 0.9:
                line_x, line_y = float(operands[4]), float(operands[5])
            elif str(operator) == "Tm" and len(operands) == 6:
                word_x = float(operands[4])
            elif str(operator) == "TJ":
                text = "".join(bytes(part).decode("utf-16-be", errors="replace")
                               for part in operands[0] if isinstance(part, pikepdf.String))
                x = line_x + word_x
                if text.strip() in RULE_GLYPHS and any(abs(x - x0) <= 3 and top - 10 <= line_y <= bottom + 10
                                                       for x0, top, _, bottom in on_rules):
                    instructions[i] = pikepdf.ContentStreamInstruction([pikepdf.Array()], operator)
                    changed = True
        if changed:
            text_layer.write(pikepdf.unparse_content_stream(instructions))


def find_rules(dark: numpy.ndarray, min_length: float) -> list[tuple[float, float, float, float]]:
    """Horizontal and vertical rules of a page's dark pixels: runs at least
    `min_length` pixels long (longer than any letter's stroke), neighbouring
    pixel rows (or columns) of one rule taken together, as (x0, y0, x1, y1)."""
    import numpy

    found = []
    for axis, grid in ((0, dark), (1, dark.T)):
        # One pixel's wobble (noise, what deskewing left) must not break a rule.
        thick = grid[:-2] | grid[1:-1] | grid[2:]
        segments = []
        for row in numpy.flatnonzero(thick.sum(axis=1) >= min_length):
            if not any(end - start >= min_length for start, end in _runs(thick[row])):
                continue
            # A row that holds a rule: a few light pixels along it (a thin rule
            # through JPEG and noise) do not end it.
            line = thick[row].copy()
            for step in range(1, RULE_GAP + 1):
                line[step:-step] |= thick[row][:-2 * step] & thick[row][2 * step:]
            segments += [(row + 1, start, end) for start, end in _runs(line) if end - start >= min_length]
        merged: list[list[float]] = []
        for row, start, end in segments:  # rows in order: a rule is a stack of rows of overlapping runs
            touching = [rule for rule in merged if row - rule[3] <= 2
                        and start <= rule[2] + RULE_GAP and end >= rule[1] - RULE_GAP]
            for rule in touching[1:]:  # runs of a thick rule that one row joins are one rule
                merged.remove(rule)
            if touching:
                rule = touching[0]
                rule[:] = [min(r[0] for r in touching), min(start, *(r[1] for r in touching)),
                           max(end, *(r[2] for r in touching)), row]
            else:
                merged.append([row, start, end, row])
        for first, start, end, last in merged:
            middle = (first + last) / 2
            found.append((start, middle, end, middle) if axis == 0 else (middle, start, middle, end))
    return found


def _runs(line: numpy.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of dark pixels in one pixel row."""
    import numpy

    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], line.view(numpy.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))
