"""Year-over-year series over the samples: exactly the expected pairs, every
rendering of an annex in the same series, dropped and new goals named."""

from __future__ import annotations

import dataclasses
import json

import pytest
from click.testing import CliRunner
from conftest import DATA, SAMPLES, stored_record

from bilag.cli import main
from bilag.record import Record
from bilag.store import compare, connect, goals, import_paths, link_series, save_record
from bilag.store.series import plan_identity, target_group_key

EXPECTED = json.loads((DATA / "series_2024_2025.json").read_text(encoding="utf-8"))


@pytest.fixture
def samples_db(db_url: str, cached_reader) -> str:
    engine = connect(db_url)
    import_paths([SAMPLES], engine, jobs=1, reader=cached_reader)
    engine.dispose()
    return db_url


def _place(cell: dict) -> tuple[int, int]:
    return cell["table"], cell["row"]


@pytest.mark.parametrize("plan", sorted(EXPECTED["plans"]))
def test_every_goal_is_linked_to_its_counterpart_and_nothing_else(samples_db: str, plan: str) -> None:
    expected = EXPECTED["plans"][plan]
    engine = connect(samples_db)
    frame = goals(engine, all_renderings=True)
    stems = expected["files"]
    mine = frame[frame["file"].str.rsplit(".", n=1).str[0].isin(stems.values())]
    assert len(mine) == 60  # 10 rows x 3 formats x 2 years
    once = goals(engine)  # by default each edition's goal once, its files listed
    once = once[once["file"].str.rsplit(".", n=1).str[0].isin(stems.values())]
    assert len(once) == 20 and (once["renderings"].str.len() == 3).all()
    # Renderings of one annex (text, DOCX, PDF) are the same goals: one series per row.
    assert (mine.groupby(["report_year", "table", "row"])["series"].nunique() == 1).all()
    series = {(int(r.report_year), r.table, r.row): r.series for r in mine.itertuples()}
    found = {(a[1:], b[1:]) for a in series for b in series
             if a[0] == 2024 and b[0] == 2025 and series[a] == series[b]}
    wanted = {(_place(p["2024"]), _place(p["2025"])) for p in expected["pairs"]}
    assert found == wanted


@pytest.mark.parametrize("plan", sorted(EXPECTED["plans"]))
def test_compare_shows_one_column_per_year_and_names_dropped_and_new(samples_db: str, plan: str) -> None:
    expected = EXPECTED["plans"][plan]
    engine = connect(samples_db)
    stored = goals(engine)
    name = stored[stored["file"].str.startswith(expected["files"]["2025"])]["plan"].iloc[0]
    table = compare(engine)
    table = table[table["plan"] == name]
    assert [c for c in table.columns if c.endswith(" status")] == ["2024 status", "2025 status"]
    assert len(table) == len(expected["pairs"]) + len(expected["dropped_2024"]) + len(expected["new_2025"])
    annex = expected["files"]["2024"][len("bilag")]
    dropped = {f"2024 b{annex} t{c['table']} r{c['row']}" for c in expected["dropped_2024"]}
    assert set(table[table["change"].str.contains("dropped in 2025")]["series"]) == dropped
    new = table[table["change"].str.contains("new in 2025")]
    assert len(new) == len(expected["new_2025"]) and new["2024 status"].isna().all()


def test_compare_command_prints_each_plan(samples_db: str) -> None:
    wide = CliRunner(env={"COLUMNS": "250"})
    result = wide.invoke(main, ["compare", "--db", samples_db, "--plan", "ekstremisme"])
    assert result.exit_code == 0, result.output
    assert "Handleplan til forebyggelse af ekstremisme" in result.output
    assert "2024" in result.output and "2025" in result.output
    assert "dropped in 2025" in result.output


def test_plan_identity_ignores_years_and_remarks() -> None:
    assert plan_identity(None, "2", "Bilag 2: Status 2025 (Fiktivt eksempel)") == plan_identity(
        None, "2", "Bilag 2: Status 2024")
    racisme, ekstremisme = "Handleplan mod racisme", "Handleplan mod ekstremisme"
    assert plan_identity(racisme, "2", None) != plan_identity(ekstremisme, "2", None)
    assert target_group_key("1. Børn og unge") == target_group_key("Børn og unge")


def _one_goal_annex(annex: str, year: int, format: str = "text") -> Record:
    """A one-goal annex of the plan "Handleplan for tryghed" (its bytes told
    apart by annex, year and format)."""
    record = stored_record("record_bilag2_2024.json")
    return dataclasses.replace(
        record,
        source=dataclasses.replace(record.source, file=f"bilag{annex}_{year}.{format}", format=format,
                                   sha256=f"{annex}{year}{format}".ljust(64, "0")),
        document=dataclasses.replace(record.document, annex=annex, report_year=year,
                                     title=f"Bilag {annex}: Status", plan="Handleplan for tryghed 2024-2027"),
        goals=record.goals[:1])


def test_two_annexes_of_one_plan_and_year_are_two_series(db_url: str) -> None:
    engine = connect(db_url)
    for annex in ("2", "3"):
        save_record(engine, _one_goal_annex(annex, 2024))
    save_record(engine, _one_goal_annex("2", 2024, "docx"))  # a rendering counts once
    link_series(engine)
    table = compare(engine, plan="tryghed")
    assert list(table["series"]) == ["2024 b2 t1 r1", "2024 b3 t1 r1"]
    assert table["2024 status"].notna().all()
    engine.dispose()
