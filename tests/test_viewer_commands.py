"""The viewers' command lines: one clear line for a missing extra, for a
PostgreSQL store given to `bilag serve`, and for a store without the views;
`bilag report` writes one file that needs nothing else."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from samples_store import samples_store

from bilag.cli import main


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, sample_records) -> Path:
    return samples_store(tmp_path_factory.mktemp("viewers"), sample_records)


def _without(module: str, *args: str) -> subprocess.CompletedProcess:
    """The CLI in a fresh process in which `module` cannot be imported (its extra not installed)."""
    hide = f"import sys; sys.modules[{module!r}] = None; from bilag.cli import main; main()"
    return subprocess.run([sys.executable, "-c", hide, *args], capture_output=True, text=True)


def test_serve_without_datasette_names_the_extra(store: Path) -> None:
    result = _without("datasette", "serve", "--db", str(store), "--port", "0")
    assert result.returncode == 1
    assert result.stderr == "Error: bilag serve needs Datasette: pip install 'bilag[serve]'\n"


def test_report_without_matplotlib_names_the_extra(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = _without("matplotlib", "report", "--db", str(store), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr == "Error: bilag report needs matplotlib: pip install 'bilag[report]'\n"
    assert not out.exists()


def test_serve_says_a_postgresql_store_must_be_copied_to_sqlite() -> None:
    result = CliRunner().invoke(main, ["serve", "--db", "postgresql://someone@localhost/bilag"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: bilag serve needs a SQLite store, and postgresql://someone@localhost/bilag is not "
        "one: copy it with bilag export --format sqlite -o bilag.db --db URL, "
        "then bilag serve --db bilag.db\n")


def test_serve_asks_for_an_upgrade_when_the_views_are_missing(store: Path, tmp_path: Path) -> None:
    import shutil
    import sqlite3

    copy = tmp_path / "old.db"
    shutil.copy(store, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("DROP VIEW series_overview")
    from bilag.serve import datasette_app

    with pytest.raises(Exception, match="lacks this bilag's views; run bilag upgrade"):
        datasette_app(copy)
    assert CliRunner().invoke(main, ["upgrade", "--db", str(copy)]).exit_code == 0
    assert datasette_app(copy) is not None


def test_report_is_one_self_contained_file(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--db", str(store), "-o", str(out),
                                       "--plan", "social kontrol"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)  # nothing to fetch
    # The verdicts per year, and each series with targets: rows 1-5 and 8 of 2024, row 7 new in 2025.
    assert text.count("<svg") == 1 + 7
    assert "Handleplan til forebyggelse af ekstremisme" not in text
    assert 'alt="evidence of goal' in text and "data:image/png;base64," in text
    again = CliRunner().invoke(main, ["report", "--db", str(store), "-o", str(out)])
    assert again.exit_code == 1 and "exists already (--force overwrites it)" in again.output
