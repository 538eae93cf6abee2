"""Archive formats against the gold: the 2024 samples saved as .doc, .odt and
.rtf by LibreOffice, and scanned (200 dpi, 0.5° skew, noise, JPEG), built by
tests/fixtures/make_archive_fixtures.py into tests/archives/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from converters import require
from gold_scoring import score
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_samples_gold import REQUIRED, gold_for

from bilag.errors import ConversionFailed, MissingTool
from bilag.extract import extract
from bilag.pipeline import process
from bilag.record import Record
from bilag.settings import Settings
from bilag.store import connect, import_paths
from bilag.store.schema import Document, ImportLogEntry

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


def test_ocr_past_its_time_limit_is_stopped() -> None:
    source = Path(__file__).parent / "fixtures" / "scan" / "page_image_150dpi.jpg"
    require(source)
    with pytest.raises(ConversionFailed, match="OCR took longer than 0.5 s"):
        extract(source, Settings(ocr_timeout=0.5))


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


def _folder_of(tmp_path: Path, files: list[Path]) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for path in files:
        require(path, scanned=path in SCANS)
        shutil.copyfile(path, folder / path.name)
    return folder


@pytest.mark.slow
def test_import_reads_a_folder_of_every_format(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures"
    files = [ROOT / "samples" / "2024" / f"bilag2_negativ_social_kontrol_2024.{suffix}"
             for suffix in ("txt", "docx", "pdf")]
    files += [ARCHIVES / "office" / f"003_07629f909be1d81f.{suffix}" for suffix in ("doc", "odt", "rtf")]
    files += [p for p in sorted((fixtures / "scan").iterdir()) if p.suffix != ".json"] + [SCANS[1]]
    engine = connect(f"sqlite:///{tmp_path / 'bilag.db'}")
    summary = import_paths([_folder_of(tmp_path, files)], engine, jobs=2)
    assert (summary.counts["imported"], summary.failed) == (len(files), 0), summary.failures
    with Session(engine) as session:
        formats = sorted(session.scalars(select(Document.format)))
    assert formats == sorted(["text", "docx", "pdf", "doc", "odt", "rtf", "jpeg", "tiff", "png", "pdf"])


@pytest.mark.slow
def test_a_scan_holds_up_only_itself(tmp_path: Path) -> None:
    """With two workers, one reads the scan while the other reads every other
    file: they are all stored before the scan is."""
    quick = [ROOT / "samples" / "2025" / f"{stem}_2025.{suffix}" for suffix in ("txt", "docx")
             for stem in ("bilag2_negativ_social_kontrol", "bilag3_forebyggelse_af_ekstremisme")]
    folder = _folder_of(tmp_path, [SCANS[0], *quick])  # the scan's name sorts first: it is read first
    engine = connect(f"sqlite:///{tmp_path / 'bilag.db'}")
    summary = import_paths([folder], engine, jobs=2)
    assert summary.counts["imported"] == 5, summary.failures
    with Session(engine) as session:
        logged = session.scalars(select(ImportLogEntry.path).order_by(ImportLogEntry.id))
        order = [Path(path).name for path in logged]
    assert order[-1] == SCANS[0].name, order


@pytest.mark.parametrize(("word", "suspect"), [
    ("2.42S", True), ("2,425", True), ("1O0", True), ("l5", True),
    ("2.425", False), ("1,5", False), ("2024", False), ("15-årige", False), ("88%", False)])
def test_words_shaped_like_a_misread_number_are_doubtful(word: str, suspect: bool) -> None:
    from bilag.extract.convert import SUSPECT_NUMBER

    assert bool(SUSPECT_NUMBER.search(word)) is suspect


@pytest.mark.parametrize("misread", ["2.42S", "2,425", "2.425"])
def test_a_number_read_from_a_doubtful_ocr_word_flags_its_row(misread: str) -> None:
    """A number read from a doubtful word flags its row ("2.42S" is read as no
    number at all); a doubtful word that is no number leaves its row alone."""
    from bilag.normalize import normalize_record
    from bilag.record import DocumentInfo, Goal, Source

    goals = (Goal(1, 1, (1,), "1. Børn og unge", "2.000 elever skal modtage undervisning årligt.",
                  f"Målet er nået. {misread} elever har modtaget undervisning.",
                  ocr_doubtful=frozenset({misread})),
             Goal(1, 2, (1,), "1. Børn og unge", "200 fagpersoner opkvalificeres årligt.",
                  "Målet er nået. 272 fagpersoner har deltaget.", ocr_doubtful=frozenset({"Målet"})))
    record = normalize_record(Record(Source("scan.pdf", "", "pdf", 1, ocr=True, ocr_confidence=90.0),
                                     DocumentInfo(report_year=2024), goals=goals))
    flagged, clean = record.goals
    assert ("low_ocr_confidence" in flagged.flags) is bool(flagged.actuals)
    assert flagged.actuals or misread == "2.42S"
    assert clean.actuals and "low_ocr_confidence" not in clean.flags
    assert "ocr_doubtful" not in json.dumps(record.to_dict())
