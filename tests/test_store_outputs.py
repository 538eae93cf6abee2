"""Data out as data: every query command's --json, --nl, --csv, --tsv and
--table; exports with numbers as numbers, lists as lists, null for missing,
the same schema on an empty store; Excel CSV; -o - and --force."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from bilag.cli import main
from bilag.grid import grid
from bilag.record import Record
from bilag.store import connect, goals, import_paths, open_store

COMMANDS = [["goals"], ["goals", "--quantities"], ["audit"], ["compare"], ["log"]]
KEYS = {"goals": ["document_id", "sha256", "goal_id", "series_id", "series_key"],
        "audit": ["document_id", "sha256", "goal_id", "series_id", "series_key"],
        "compare": ["series_id", "series_key", "goal_id", "document_id", "sha256", "report_year"],
        "log": ["path", "outcome", "sha256"]}


@pytest.fixture(scope="module")
def samples_url(tmp_path_factory: pytest.TempPathFactory, sample_records: dict[Path, Record]) -> str:
    path = tmp_path_factory.mktemp("outputs") / "bilag.db"
    engine = connect(str(path))
    import_paths([SAMPLES], engine, jobs=1, reader=lambda p: sample_records[Path(p)])
    engine.dispose()
    return str(path)


def run(*args: str, width: int = 250):
    return CliRunner(env={"COLUMNS": str(width)}).invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_query_command_gives_json_json_lines_csv_and_tsv(samples_url: str, command: list[str]) -> None:
    outputs = {}
    for option in ("--json", "--nl", "--csv", "--tsv"):
        result = run(*command, "--db", samples_url, option)
        assert result.exit_code == 0, result.output
        outputs[option] = result.stdout
    array = json.loads(outputs["--json"])
    lines = [json.loads(line) for line in outputs["--nl"].splitlines()]
    rows = list(csv.DictReader(io.StringIO(outputs["--csv"])))
    tabbed = list(csv.DictReader(io.StringIO(outputs["--tsv"]), delimiter="\t"))
    assert array and array == lines
    assert len(rows) == len(tabbed) == len(array)
    assert list(rows[0]) == list(array[0])
    for key in KEYS.get(command[0] if len(command) == 1 else "goals", []):
        assert key in array[0]


def test_goals_json_has_numbers_lists_and_nulls(samples_url: str) -> None:
    rows = json.loads(run("goals", "--db", samples_url, "--json").stdout)
    assert len(rows) == 40  # each annex once, not once per format
    first = rows[0]
    assert isinstance(first["goal_id"], int) and len(first["sha256"]) == 64
    assert first["pages"] is None  # the text rendering leads: no pages
    assert first["renderings"] == ["bilag2_negativ_social_kontrol_2024.txt",
                                   "bilag2_negativ_social_kontrol_2024.docx",
                                   "bilag2_negativ_social_kontrol_2024.pdf"]
    flagged = [r for r in rows if r["flags"]]
    assert [r["flags"] for r in flagged] == [["status_contradicts_numbers"]]
    assert all(isinstance(r["flags"], list) for r in rows)
    assert {type(r["attainment"]) for r in rows} == {float, type(None)}
    assert all(r["status_text"] is None or r["status_text"] for r in rows)  # null, never ''
    pdf = json.loads(run("goals", "--db", samples_url, "--json", "--all-renderings").stdout)
    assert all(isinstance(p, int) for r in pdf if r["format"] == "pdf" for p in r["pages"])


def test_the_quantities_export_reads_back_as_numbers(samples_url: str,
                                                    sample_records: dict[Path, Record]) -> None:
    result = run("export", "--format", "csv", "--table", "quantities", "--db", samples_url)
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    targets = frame[frame["kind"] == "target"]
    # Each annex once: its text rendering's targets.
    expected = [t for path, r in sample_records.items() if path.suffix == ".txt" for g in r.goals
                for t in g.targets]
    assert len(targets) == len(expected)
    assert targets["low"].sum() == pytest.approx(sum(t.low for t in expected))
    assert targets["high"].sum() == pytest.approx(sum(t.high for t in expected))
    assert frame["low"].dtype == float and frame["goal_id"].dtype == int
    actuals = frame[frame["kind"] == "actual"]
    assert actuals["low"].isna().all() and actuals["value"].notna().all()
    measured = actuals.dropna(subset=["measures"])
    assert len(measured) and (measured["measures"] >= 0).all()


def test_an_empty_store_has_the_same_schema(tmp_path: Path, samples_url: str) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    empty = tmp_path / "empty.db"
    connect(str(empty)).dispose()
    for table in ("goals", "quantities", "audit", "compare", "log"):
        schemas = []
        for db in (empty, samples_url):
            out = tmp_path / f"{table}-{Path(db).stem}.parquet"
            result = run("export", "--format", "parquet", "--table", table, "-o", out, "--db", db)
            assert result.exit_code == 0, result.output
            schemas.append(pq.read_schema(out))
        assert schemas[0] == schemas[1], table
    assert run("goals", "--db", empty, "--json").stdout == "[]\n"
    header = run("goals", "--db", empty, "--csv").stdout
    assert header.startswith("document_id,sha256,goal_id,") and header.count("\n") == 1


def test_parquet_keeps_lists(samples_url: str, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "goals.parquet"
    result = run("export", "--format", "parquet", "-o", out, "--db", samples_url, "--all-renderings")
    assert result.exit_code == 0
    frame = pd.read_parquet(out)
    pdf = frame[frame["format"] == "pdf"].iloc[0]
    assert pdf["pages"].tolist() and all(isinstance(p, int) for p in pdf["pages"].tolist())
    assert frame["report_year"].dtype.kind == "i"


def test_every_table_exports_in_every_format(samples_url: str, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    for table in ("goals", "quantities", "audit", "compare", "compare-wide", "log"):
        for format in ("csv", "tsv", "json", "nl", "parquet"):
            out = tmp_path / f"{table}.{format}"
            result = run("export", "--format", format, "--table", table, "-o", out, "--db", samples_url)
            assert result.exit_code == 0, (table, format, result.output)
            assert out.stat().st_size > 100
    wide = pd.read_parquet(tmp_path / "compare-wide.parquet")
    assert wide["2025 attainment"].dtype == float and len(wide) == 22  # one row per series
    workbook = tmp_path / "bilag.xlsx"
    assert run("export", "--format", "xlsx", "-o", workbook, "--db", samples_url).exit_code == 0
    sheets = pd.read_excel(workbook, sheet_name=None)  # the audit workbook (tests/test_workbook.py)
    assert list(sheets)[0] == "Summary" and list(sheets)[-3:] == ["Flags", "Quantities", "Goals"]
    assert len(sheets["Goals"]) == 40
    copy = tmp_path / "copy.db"  # the whole store as SQLite
    assert run("export", "--format", "sqlite", "-o", copy, "--db", samples_url).exit_code == 0
    assert len(goals(open_store(str(copy)))) == 40


def test_excel_csv(samples_url: str) -> None:
    result = run("export", "--format", "csv", "--excel", "--db", samples_url)
    data = result.stdout_bytes
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    shares = [r["attainment"] for r in rows if r["attainment"]]
    assert "1,21" in [s[:4] for s in shares] and not any("." in s for s in shares)
    assert run("goals", "--db", samples_url, "--excel").stdout_bytes.startswith("\ufeff".encode())


@pytest.mark.parametrize("format,magic", [("parquet", b"PAR1"), ("xlsx", b"PK")])
def test_binary_formats_stream_to_standard_output(samples_url: str, format: str, magic: bytes) -> None:
    if format == "parquet":
        pytest.importorskip("pyarrow")
    result = run("export", "--format", format, "-o", "-", "--db", samples_url)
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(magic)
    assert not Path("-").exists()


def test_an_existing_file_is_kept_without_force(samples_url: str, tmp_path: Path) -> None:
    out = tmp_path / "goals.json"
    out.write_text("mine")
    result = run("export", "--format", "json", "-o", out, "--db", samples_url)
    assert result.exit_code == 1
    assert result.output == f"Error: {out}: exists already (--force overwrites it)\n"
    assert out.read_text() == "mine"
    assert run("export", "--format", "json", "-o", out, "--db", samples_url, "--force").exit_code == 0
    assert len(json.loads(out.read_text())) == 40


def test_parquet_without_pyarrow_says_how_to_get_it(samples_url: str, tmp_path: Path) -> None:
    # A fresh process in which pyarrow cannot be imported, as without bilag[parquet].
    hide = "import sys; sys.modules['pyarrow'] = None; from bilag.cli import main; main()"
    out = tmp_path / "x.parquet"
    result = subprocess.run([sys.executable, "-c", hide, "export", "--format", "parquet", "-o", str(out),
                             "--db", samples_url], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr == "Error: Parquet needs pyarrow: pip install 'bilag[parquet]'\n"
    assert not out.exists()
    csv_only = subprocess.run([sys.executable, "-c", hide, "goals", "--db", samples_url, "--csv"],
                              capture_output=True, text=True)
    assert csv_only.returncode == 0  # the rest works without it
    assert len(list(csv.DictReader(io.StringIO(csv_only.stdout)))) == 40


def test_the_plain_table_never_splits_a_word(samples_url: str) -> None:
    frame = goals(connect(samples_url))
    text = grid(frame[["goal_id", "file", "target_group", "goal", "status", "measured"]], width=80)
    printed = set(text.split())
    for cell in frame["goal"].dropna():
        assert set(cell.split()) <= printed
    for width in (80, 40):
        narrow = run("goals", "--db", samples_url, "--table", width=width).stdout
        assert "partially_achieved" in narrow and "grundskoleelever" in narrow
        longest_word = max(len(w) for w in narrow.split())
        assert max(len(line) for line in narrow.splitlines()) <= max(width, longest_word + 14)


def test_readable_output_at_80_columns_keeps_words_whole(samples_url: str) -> None:
    for command in (["goals"], ["audit"], ["compare"]):
        output = run(*command, "--db", samples_url, width=80).stdout
        assert "grundskoleele\n" not in output and "partially_ach\n" not in output
    assert len(run("compare", "--db", samples_url).stdout.splitlines()) < 150


def test_show_prints_everything_about_one_goal(samples_url: str) -> None:
    flagged = goals(connect(samples_url), flagged=True).iloc[0]
    result = run("show", int(flagged["goal_id"]), "--db", samples_url)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"goal {flagged['goal_id']}: bilag2_negativ_social_kontrol_2024.txt, table 1, row 8" in out
    assert str(SAMPLES / "2024" / "bilag2_negativ_social_kontrol_2024.txt") in out  # the path it came from
    assert "status_contradicts_numbers" in out and flagged["series_key"] in out
    assert '← "to årlige møder"' in out or "←" in out
    data = json.loads(run("show", int(flagged["goal_id"]), "--db", samples_url, "--json").stdout)
    assert data["flags"] == ["status_contradicts_numbers"]
    assert [q["kind"] for q in data["quantities"]][:1] == ["target"] and data["quantities"][0]["text"]
    assert {g["report_year"] for g in data["series"]["goals"]} == {2024, 2025}
    missing = run("show", "99999", "--db", samples_url)
    assert missing.exit_code == 1 and missing.output.startswith("Error: no goal 99999 is stored")


def test_log_shows_failures_first(samples_url: str, tmp_path: Path) -> None:
    db = tmp_path / "bilag.db"
    shutil.copy(samples_url, db)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run("import", empty, "--db", db).exit_code == 1
    lines = run("log", "--db", db).stdout.splitlines()
    assert "failed" in lines[0] and "empty.txt: the file is empty" in lines[0]
    assert len(lines) == 13
    assert len(json.loads(run("log", "--failed", "--db", db, "--json").stdout)) == 1


def test_finding_plans_and_saying_when_nothing_matches(samples_url: str) -> None:
    found = json.loads(run("goals", "--plan", "kontrol", "--db", samples_url, "--json").stdout)
    assert {r["file"].split("_2")[0] for r in found} == {"bilag2_negativ_social_kontrol"}
    result = run("compare", "--plan", "nonexist", "--db", samples_url)
    assert result.exit_code == 0
    assert result.stderr == "No goal series matches --plan nonexist.\n"
    assert "No goal matches --municipality Aalborg." in run("goals", "--municipality", "Aalborg",
                                                             "--db", samples_url).stderr
