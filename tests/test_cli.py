"""The command line over real fixture files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from bilag.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "text" / "page_break_split_row.txt"
ALSO_GOOD = FIXTURES / "html" / "rowspan_colspan.html"
EMPTY = FIXTURES / "bad" / "empty.txt"


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_extract_json_lines_in_file_order() -> None:
    result = run("extract", GOOD, ALSO_GOOD, "--json")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["file"] for r in records] == [GOOD.name, ALSO_GOOD.name]
    assert records[0]["schema"] == "bilag/1"
    assert records[0]["goals"][1]["target_group"] == "2. Voksne"


def test_extract_explain_shows_phrases_and_numbers_left_out() -> None:
    sample = Path(__file__).parent.parent / "samples" / "2024" / "bilag2_negativ_social_kontrol_2024.txt"
    plain = run("extract", sample)
    explained = run("extract", sample, "--explain")
    assert explained.exit_code == 0, explained.output
    assert "skipped:" not in plain.stdout
    assert '    target:  2 møde (annual) → 1 ("to årlige møder")' in explained.stdout
    assert '    actual:  1 møde ("et møde", target 1)' in explained.stdout
    assert '    skipped: "tre møder" in the report: future' in explained.stdout
    # the record's JSON stays as the contract has it
    goal = json.loads(run("extract", sample, "--json").stdout)["goals"][7]
    assert "skipped" not in goal and goal["targets"][0]["text"] == "to årlige møder"


def test_one_bad_file_does_not_stop_the_rest() -> None:
    result = run("extract", EMPTY, GOOD, "--json")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {EMPTY}: the file is empty"
    assert json.loads(result.stdout)["source"]["file"] == GOOD.name


def test_missing_file_is_one_line() -> None:
    result = run("extract", FIXTURES / "no_such_file.pdf")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
    assert "Traceback" not in result.output


def test_readable_output_shows_rows() -> None:
    result = run("extract", GOOD)
    assert result.exit_code == 0
    assert "Afvikling af 17 kurser" in result.stdout
    assert "annex 2" in result.stdout


def test_document_without_goal_table_warns() -> None:
    result = run("extract", FIXTURES / "text" / "no_goal_table.txt", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["goals"] == []
    assert "Warning:" in result.stderr and "no goal/result table" in result.stderr


def test_a_name_that_is_not_utf8_reads_and_prints_as_valid_json(tmp_path: Path) -> None:
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/bilag2_\xff.txt"))
    odd.write_bytes(GOOD.read_bytes())
    result = subprocess.run([Path(sys.executable).with_name("bilag"), "extract", str(odd), "--json"],
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.decode("utf-8"))  # valid UTF-8, the byte escaped
    assert record["source"]["file"] == "bilag2_\\xff.txt"
    assert record["goals"][1]["target_group"] == "2. Voksne"


def test_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "annex.txt"
    os.mkfifo(pipe)
    result = run("extract", pipe)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {pipe}: is not a regular file (a pipe, socket or device)"


def test_ctrl_c_stops_extract_within_seconds_with_status_130(tmp_path: Path) -> None:
    import signal
    import time

    pdf = Path(__file__).parent.parent / "samples" / "2024" / "bilag2_negativ_social_kontrol_2024.pdf"
    copies = []
    for i in range(40):
        copy = tmp_path / f"{i:02d}_{pdf.name}"
        copy.write_bytes(pdf.read_bytes() + f"%{i}\n".encode())
        copies.append(str(copy))
    bilag = Path(sys.executable).with_name("bilag")
    run = subprocess.Popen([str(bilag), "extract", "--json", "--jobs", "2", *copies],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = run.stdout.readline()  # one file printed: the batch is under way
    run.send_signal(signal.SIGINT)
    interrupted = time.monotonic()
    rest, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert time.monotonic() - interrupted < 10
    printed = [json.loads(line) for line in (first + rest).splitlines()]
    assert 1 <= len(printed) < len(copies) and printed[0]["goals"]
    assert "Error: interrupted" in err and "Traceback" not in err


def test_a_file_past_the_limits_is_one_error_line_and_the_others_are_read() -> None:
    inflating = Path(__file__).parent / "data" / "bad" / "pdf_inflates_1gib.pdf"
    result = run("extract", inflating, GOOD, "--json", "--time-limit", "4", "--memory-limit", "0.5")
    assert result.exit_code == 1
    [error] = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert error.startswith(f"Error: {inflating}: ") and "per-file" in error and "limit" in error
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"]["file"] == GOOD.name
