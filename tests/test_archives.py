"""Archive formats against the gold: the 2024 samples saved as .doc, .odt and
.rtf by LibreOffice, and scanned (200 dpi, 0.5° skew, noise, JPEG), built by
tests/fixtures/make_archive_fixtures.py into tests/archives/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from converters import require
from gold_scoring import score
from test_samples_gold import REQUIRED, gold_for

from bilag.errors import ConversionFailed, MissingTool
from bilag.extract import extract
from bilag.pipeline import process
from bilag.record import Record
from bilag.settings import Settings

ROOT = Path(__file__).parent.parent
ARCHIVES = Path(__file__).parent / "archives"
OFFICE = sorted((ARCHIVES / "office").iterdir())
SCANS = sorted((ARCHIVES / "scans").iterdir())
DIGITAL = {  # each scan's digital original, for what OCR must read alike
    "000_ee788f8e76b54271": ROOT / "samples" / "2024" / "bilag2_negativ_social_kontrol_2024.pdf",
    "003_07629f909be1d81f": ROOT / "samples" / "2024" / "bilag3_forebyggelse_af_ekstremisme_2024.pdf",
}
# What a scan must reach (the issue's figures), over both annexes.
SCAN_REQUIRED = {"row_recall": 0.95, "report_text": 0.95, "status": 0.95, "target_recall": 0.9}


@pytest.mark.parametrize("path", OFFICE, ids=lambda p: p.name)
def test_office_formats_score_like_their_docx(path: Path) -> None:
    require(path)
    record = process(path).to_dict()
    assert record["source"]["format"] == path.suffix[1:]
    figures = score(gold_for(record), record)
    short = {k: round(v, 3) for k, v in figures.items() if v < REQUIRED[k]}
    assert not short, f"below the required figures: {short}"


def test_a_doc_named_docx_is_read_as_doc_under_its_own_name(tmp_path: Path) -> None:
    source = ARCHIVES / "office" / "000_ee788f8e76b54271.doc"
    require(source)
    misnamed = tmp_path / "bilag2.docx"
    shutil.copyfile(source, misnamed)
    record = extract(misnamed)
    assert (record.source.format, record.source.file) == ("doc", "bilag2.docx")
    assert record.source.sha256 == extract(source).source.sha256
    assert len(record.goals) == 10


def test_without_libreoffice_one_line_says_what_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice to be found
    source = ARCHIVES / "office" / "003_07629f909be1d81f.rtf"
    with pytest.raises(MissingTool) as caught:
        extract(source)
    assert str(caught.value) == (f"{source}: cannot read a .rtf file: LibreOffice is not installed "
                                 "(apt-get install libreoffice-writer-nogui)")


def test_a_conversion_past_its_time_limit_is_stopped() -> None:
    source = ARCHIVES / "office" / "003_07629f909be1d81f.odt"
    require(source)
    with pytest.raises(ConversionFailed, match="LibreOffice took longer than 0.2 s"):
        extract(source, Settings(conversion_timeout=0.2))


@pytest.fixture(scope="module")
def scans() -> dict[str, tuple[Record, Record]]:
    """Each scan's record beside its digital original's."""
    for path in SCANS:
        require(path, scanned=True)
    return {path.stem: (process(path), process(DIGITAL[path.stem])) for path in SCANS}


@pytest.mark.slow
def test_scans_score_as_the_issue_asks(scans) -> None:
    totals: dict[str, float] = {}
    for scanned, _ in scans.values():
        assert scanned.source.ocr and scanned.source.ocr_confidence > 80
        record = scanned.to_dict()
        for key, value in score(gold_for(record), record).items():
            totals[key] = totals.get(key, 0.0) + value / len(scans)
    short = {k: round(totals[k], 3) for k, v in SCAN_REQUIRED.items() if totals[k] < v}
    assert not short, f"below the required figures: {short}"


@pytest.mark.slow
def test_no_number_misread_without_a_low_ocr_confidence_flag(scans) -> None:
    unflagged = []
    for name, (scanned, digital) in scans.items():
        assert len(scanned.goals) == len(digital.goals)
        for ocr_goal, goal in zip(scanned.goals, digital.goals):
            right = {q.low for q in goal.targets} | {q.value for q in goal.actuals}
            wrong = [q.text for q in ocr_goal.targets + ocr_goal.actuals
                     if (q.low if hasattr(q, "low") else q.value) not in right]
            if wrong and "low_ocr_confidence" not in ocr_goal.flags:
                unflagged.append((name, ocr_goal.table, ocr_goal.row, wrong))
    assert not unflagged
