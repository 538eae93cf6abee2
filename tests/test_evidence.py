"""The evidence of a stored goal: the seed's contradicted row ("to årlige
møder", one held) on page 2 of the sample PDF, its region holding exactly
that row's words, its phrases boxed where they stand; the same row's text
rendering as its cells with the phrases marked."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from PIL import Image
from samples_store import samples_store

from bilag.cli import main
from bilag.evidence import COLOURS, RESOLUTION, SourceNotFound, evidence_image, marked_cells
from bilag.store import goal, open_store

PDF = "bilag2_negativ_social_kontrol_2024.pdf"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, sample_records) -> Path:
    return samples_store(tmp_path_factory.mktemp("evidence"), sample_records)


def seed_goal(store: Path, format: str) -> dict:
    engine = open_store(str(store))
    with engine.connect() as connection:
        goal_id = connection.exec_driver_sql(
            "SELECT g.id FROM goals g JOIN documents d ON d.id = g.document_id "
            "JOIN flags f ON f.goal_id = g.id "
            "WHERE d.format = ? AND d.report_year = 2024", (format,)).scalar_one()
    return goal(engine, goal_id)


def _words(text: str) -> list[str]:
    return [w for w in (re.sub(r"^\W+|\W+$", "", t) for t in text.split()) if w]


def test_the_region_holds_the_rows_words_on_page_2(store: Path) -> None:
    found = seed_goal(store, "pdf")
    assert found["document"]["file"] == PDF and found["row"] == 8
    assert [r["page"] for r in found["regions"]] == [2]
    bbox = found["regions"][0]["bbox"]
    with pdfplumber.open(found["document"]["paths"][0]) as pdf:
        page_words = pdf.pages[1].extract_words()
    inside = [w["text"] for w in page_words if bbox[0] <= (w["x0"] + w["x1"]) / 2 <= bbox[2]
              and bbox[1] <= (w["top"] + w["bottom"]) / 2 <= bbox[3]]
    row_text = " ".join(found[k] or "" for k in ("target_group", "goal", "report", "status_text"))
    assert _words(" ".join(inside)) == [w for w in _words(" ".join(inside)) if w in _words(row_text)]
    assert set(_words(found["goal"])) <= set(_words(" ".join(inside)))
    assert "Der er afholdt et møde i 2024" in " ".join(inside)
    assert "Kortlægning" not in inside and "Videreudvikling" not in inside  # the rows around it


def test_show_image_marks_the_region_and_the_phrases(store: Path, tmp_path: Path) -> None:
    found = seed_goal(store, "pdf")
    out = tmp_path / "evidence.png"
    result = CliRunner().invoke(main, ["show", str(found["goal_id"]), "--db", str(store),
                                       "--image", str(out)])
    assert result.exit_code == 0, result.output
    phrases = evidence_image(found, tmp_path / "again.png")
    bbox = found["regions"][0]["bbox"]
    by_text = {p.text: p for p in phrases}
    target, held = by_text["to årlige møder"], by_text["et møde"]
    assert (target.kind, held.kind) == ("target", "actual")
    assert len(target.boxes) == 3 and len(held.boxes) == 2
    for page, (x0, top, x1, bottom) in target.boxes + held.boxes:
        assert page == 2 and bbox[0] <= x0 and x1 <= bbox[2] and bbox[1] <= top and bottom <= bbox[3]
    with pdfplumber.open(found["document"]["paths"][0]) as pdf:
        page = pdf.pages[1]
        boxed = [page.crop(box).extract_text() for _, box in target.boxes]
        height = page.height
    assert [t.strip(".") for t in boxed] == ["to", "årlige", "møder"]
    # The picture: the page under a caption; the region outlined in the flag colour, tinted inside.
    image = Image.open(out).convert("RGB")
    scale = RESOLUTION / 72
    offset = image.height - round(height * scale)
    x = round((bbox[0] + bbox[2]) / 2 * scale)
    edge = image.getpixel((x, offset + round(bbox[1] * scale)))
    assert edge == COLOURS["flagged"]
    tinted = [image.getpixel((round((bbox[0] + 3) * scale), offset + round(y * scale)))
              for y in range(round(bbox[1]) + 3, round(bbox[3]) - 3, 4)]
    assert all(p != (255, 255, 255) for p in tinted)  # the whole row, top to bottom, is tinted


def test_a_text_row_shows_its_cells_with_the_phrases_marked(store: Path, tmp_path: Path) -> None:
    found = seed_goal(store, "text")
    assert not found["regions"]
    cells = dict(marked_cells(found))
    assert ("to årlige møder", "target") in cells["Goal"]
    assert ("et møde", "actual") in cells["Report"]
    assert ("15 lokale kommunale og civile aktører", "actual") in cells["Report"]
    out = tmp_path / "cells.png"
    evidence_image(found, out)
    assert Image.open(out).size[0] > 500


def test_a_moved_source_file_is_one_clear_line(store: Path, tmp_path: Path) -> None:
    found = seed_goal(store, "pdf")
    moved = {**found, "document": {**found["document"], "paths": [str(tmp_path / "gone.pdf")]}}
    with pytest.raises(SourceNotFound, match=f"^{PDF}: the source file is not found"):
        evidence_image(moved, tmp_path / "x.png")
    folder = Path(found["document"]["paths"][0]).parent
    evidence_image(moved, tmp_path / "x.png", [folder])  # --files DIR finds it by name and content


@pytest.mark.parametrize("path,row,phrase,words", [
    # a number with a superscript footnote mark set close to it
    ("tests/fixtures/pdf/superscript_footnote.pdf", 3, "2.425 grundskoleelever",
     ["2.425", "grundskoleelever"]),
    # a word hyphenated at the end of a line of its cell
    ("tests/corpus/files/rl_ruled_verdict.pdf", 8, "20 rettighedskurser", ["20", "rettigheds-", "kurser"]),
    ("tests/corpus/files/chrome_symbols.pdf", 10, "520 erhvervsskole- og FGU-elever",
     ["520", "erhvervsskole-", "og", "FGU-", "elever"]),
    # a landscape table on a page turned by /Rotate: its words read upright
    ("tests/fixtures/pdf/rotated_page_90.pdf", 1, "2.000 grundskoleelever", ["2.000", "grundskoleelever"]),
    ("tests/fixtures/pdf/rotated_page_270.pdf", 1, "2.425 grundskoleelever", ["2.425", "grundskoleelever"]),
])
def test_phrases_are_found_across_line_ends_and_footnote_marks(path: str, row: int, phrase: str,
                                                               words: list[str]) -> None:
    from conftest import ROOT

    from bilag.evidence import find_phrase, region_words
    from bilag.extract.pdf_page import page_view
    from bilag.pipeline import process

    record = process(ROOT / path)
    (found,) = [g for g in record.goals if g.row == row]
    assert phrase in [q.text for q in found.targets + found.actuals]
    region = found.regions[0]
    chain = find_phrase(region_words(page_view(ROOT / path, region.page), region.bbox), phrase)
    assert [w["text"] for w in chain] == words
