"""Queries and exports: goals filters, the audit list, exports identical on
every backend."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import SAMPLES, stored_record
from sqlalchemy import Engine

from bilag.cli import main
from bilag.store import audit, connect, export, goals, import_paths, save_record

ANNOTATED = ("record_bilag2_2024.json", "record_bilag3_2024.json")


@pytest.fixture
def annotated(db_url: str) -> Engine:
    """The two seed annexes with their annotated verdicts, numbers and flags."""
    engine = connect(db_url)
    for name in ANNOTATED:
        save_record(engine, stored_record(name))
    yield engine
    engine.dispose()


def test_audit_lists_the_contradicting_row_with_its_numbers_and_place(annotated: Engine) -> None:
    found = audit(annotated)
    assert len(found) == 1
    row = found.iloc[0]
    assert row["flag"] == "status_contradicts_numbers"
    assert (row["file"], row["table"], row["row"]) == ("000_ee788f8e76b54271.txt", 1, 8)
    assert row["status"] == "achieved" and row["status_text"] == "Målet er nået"
    assert row["targets"] == "2 møde (annual)"
    assert row["actuals"] == "1 møde; 15 aktør"
    assert row["measured"] == "2 møde (annual) → 1 møde"
    assert row["attainment"] == 0.5


def test_audit_command_shows_file_table_row_and_numbers(annotated: Engine) -> None:
    url = annotated.url.render_as_string(hide_password=False)
    result = CliRunner(env={"COLUMNS": "250"}).invoke(main, ["audit", "--db", url])
    assert result.exit_code == 0, result.output
    for text in ("status_contradicts_numbers: 000_ee788f8e76b54271.txt, table 1, row 8",
                 "2 møde (annual) → 1 møde; attainment 50%"):
        assert text in result.output


def test_goal_filters(annotated: Engine) -> None:
    assert len(goals(annotated)) == 20
    assert len(goals(annotated, year=2024)) == 20
    assert len(goals(annotated, year=2023)) == 0
    assert set(goals(annotated, plan="bilag 3")["file"]) == {"003_07629f909be1d81f.txt"}
    assert set(goals(annotated, plan="ÅRLIGE MÅL")["file"]) == {"000_ee788f8e76b54271.txt"}
    assert len(goals(annotated, status="not_achieved")) == 1
    assert len(goals(annotated, status="not_stated")) == 4
    flagged = goals(annotated, flagged=True)
    assert list(zip(flagged["table"], flagged["row"])) == [(1, 8)]
    row = goals(annotated, plan="bilag 3").iloc[0]
    assert row["targets"] == "4000 folkeskoleelev (annual); 800 friskoleelev (annual)"


def test_goals_command_filters(annotated: Engine) -> None:
    url = annotated.url.render_as_string(hide_password=False)
    wide = CliRunner(env={"COLUMNS": "250"})
    result = wide.invoke(main, ["goals", "--db", url, "--status", "not_achieved"])
    assert result.exit_code == 0, result.output
    assert re.search(r"\b1 goal\b(?!s)", result.output)
    assert "17 kurser" in result.output


def test_csv_export_is_identical_from_sqlite_and_postgresql(tmp_path: Path, postgres_url: str,
                                                           cached_reader) -> None:
    exports = []
    for url in (f"sqlite:///{tmp_path / 'bilag.db'}", postgres_url):
        engine = connect(url)
        import_paths([SAMPLES], engine, jobs=1, reader=cached_reader)
        for name in ANNOTATED:
            save_record(engine, stored_record(name))
        for table in ("goals", "quantities", "audit", "compare"):
            for renderings in ([], ["--all-renderings"]):
                result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", url, "--table", table,
                                                   *renderings])
                assert result.exit_code == 0, result.output
                exports.append(result.output)
        engine.dispose()
    half = len(exports) // 2
    assert exports[:half] == exports[half:]
    every_file = exports[1]
    assert every_file.count("\n") > 140  # a header and every goal row of every file, reports span lines
    assert exports[0].count("\n") < every_file.count("\n")  # by default each edition's goal once


@pytest.mark.parametrize("format", ["xlsx", "parquet"])
def test_binary_exports_read_back(annotated: Engine, tmp_path: Path, format: str) -> None:
    path = tmp_path / f"goals.{format}"
    export(annotated, format, path)
    frame = pd.read_excel(path, sheet_name="Goals") if format == "xlsx" else pd.read_parquet(path)
    assert len(frame) == 20
    assert list(frame.columns) == list(goals(annotated).columns)


def test_csv_export_of_the_audit(annotated: Engine) -> None:
    out = io.StringIO()
    export(annotated, "csv", out, table="audit")
    assert out.getvalue().splitlines()[1].startswith("status_contradicts_numbers,000_ee788f8e76b54271.txt")


def test_audit_of_the_imported_samples_finds_the_seed_row_once(db_url: str, cached_reader) -> None:
    engine = connect(db_url)
    import_paths([SAMPLES / "2024"], engine, jobs=1, reader=cached_reader)
    found = audit(engine)
    contradicting = found[found["flag"] == "status_contradicts_numbers"]
    # The annex is stored as text, DOCX and PDF: one finding, led by the text, naming the others.
    assert len(contradicting) == 1
    row = contradicting.iloc[0]
    assert (row["file"], row["pages"], row["table"], row["row"]) == (
        "bilag2_negativ_social_kontrol_2024.txt", None, 1, 8)  # a text file has no pages
    assert "2 møde" in row["targets"] and "1 møde" in row["actuals"]
    docx, pdf = row["also_in"].split("; ")
    assert docx == "bilag2_negativ_social_kontrol_2024.docx (table 1, row 8)"
    assert re.fullmatch(r"bilag2_negativ_social_kontrol_2024\.pdf \(pages? [\d, ]+, table 1, row 8\)", pdf)
    result = CliRunner(env={"COLUMNS": "250"}).invoke(
        main, ["audit", "--db", engine.url.render_as_string(hide_password=False)])
    assert f"also in: {docx}\n" in result.output and f"{pdf}\n" in result.output
    engine.dispose()


def test_a_ceiling_target_is_stored_and_shown_as_one(db_url: str) -> None:
    from bilag.pipeline import process

    path = Path(__file__).parent / "fixtures" / "text" / "ceiling_target.txt"
    engine = connect(db_url)
    save_record(engine, process(path))
    row = goals(engine).iloc[0]
    assert row["targets"] == "at most 20 klage (annual)"
    assert row["actuals"] == "23 klage"
    assert row["flags"] == ["status_contradicts_numbers"]  # "nået" with more complaints than allowed
    engine.dispose()
