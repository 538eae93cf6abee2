"""The SQL views and canned queries of a SQLite store, on the samples: each
canned query gives the rows the library's own queries give, every table,
view and column is described, and a PostgreSQL store copied to SQLite
answers the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from samples_store import canned, samples_store

from bilag.serve import QUERIES
from bilag.store import audit, compare_long, connect, export, goals, import_paths, open_store
from bilag.store.catalog import TABLES
from bilag.store.export import records
from bilag.store.views import VIEWS


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, sample_records) -> Path:
    return samples_store(tmp_path_factory.mktemp("views"), sample_records)


def test_every_table_view_and_column_is_described(store: Path) -> None:
    connection = sqlite3.connect(store)
    names = [n for (n,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")]
    assert set(VIEWS) <= set(names)
    for name in names:
        description, columns = TABLES[name]
        assert description
        stored = [c for (_, c, *_) in connection.execute(f"PRAGMA table_info({name})")]
        assert set(stored) == set(columns), name


def test_goal_overview_counts_each_edition_once(store: Path) -> None:
    engine = open_store(str(store))
    expected = records(goals(engine))
    rows = canned(store, "goals_by_plan_and_year")
    assert len(rows) == len(expected) == 40
    assert sorted((r["report_year"], r["goal"] or "") for r in rows) == \
        sorted((g["report_year"], g["goal"] or "") for g in expected)
    with sqlite3.connect(store) as connection:
        counted = {i for (i,) in connection.execute("SELECT goal_id FROM goal_overview")}
    assert counted == {g["goal_id"] for g in expected}  # the same rendering of each edition's goal
    seed = next(r for r in rows if r["flags"])
    assert (seed["report_year"], seed["status"], seed["attainment"], seed["targets"], seed["actuals"]) == \
        (2024, "achieved", 0.5, "2 møde (annual)", "15 aktør; 1 møde")


def test_goals_by_publisher_plan_and_year(store: Path) -> None:
    engine = open_store(str(store))
    rows = canned(store, "goals_by_plan_and_year", plan="ekstremisme", year="2025", publisher="københavn")
    expected = records(goals(engine, plan="ekstremisme", year=2025))
    assert [(r["goal"], r["status"]) for r in rows] == [(g["goal"], g["status"]) for g in expected]
    assert len(rows) == 10 and {r["report_year"] for r in rows} == {2025}
    assert canned(store, "goals_by_plan_and_year", publisher="Aarhus") == []


def test_stated_verdict_against_the_numbers(store: Path) -> None:
    rows = canned(store, "stated_vs_numbers")
    findings = records(audit(open_store(str(store))))
    assert [(r["goal"], r["report_year"]) for r in rows] == [(f["goal"], f["report_year"]) for f in findings]
    assert len(rows) == 1
    row = rows[0]
    assert row["goal"] == "Etablering af civilsamfundsnetværk med to årlige møder."
    assert row["provenance"].split("; ") == [
        "bilag2_negativ_social_kontrol_2024.txt, table 1, row 8",
        "bilag2_negativ_social_kontrol_2024.docx, table 1, row 8",
        "bilag2_negativ_social_kontrol_2024.pdf, page 2, table 1, row 8"]
    with sqlite3.connect(store) as connection:
        evidence = connection.execute("SELECT d.format, g.row_number FROM goals g JOIN documents d "
                                      "ON d.id = g.document_id WHERE g.id = ?", (row["evidence"],)).fetchone()
    assert evidence == ("pdf", 8)


def test_goals_not_reached_by_year(store: Path) -> None:
    rows = canned(store, "goals_not_reached")
    expected = [g for g in records(goals(open_store(str(store))))
                if g["status"] in ("not_achieved", "partially_achieved")
                or (g["attainment"] is not None and g["attainment"] < 1)]
    assert sorted((r["report_year"], r["goal"] or "") for r in rows) == \
        sorted((g["report_year"], g["goal"] or "") for g in expected)
    assert [r["report_year"] for r in rows] == sorted(r["report_year"] for r in rows)
    assert {r["status"] for r in rows if r["why"] == "numbers below target"} == {"achieved", "on_track"}


def test_goals_whose_target_changed(store: Path) -> None:
    rows = canned(store, "targets_changed")
    expected = [r for r in records(compare_long(open_store(str(store))))
                if any("target raised" in c or "target lowered" in c for c in r["changes"])]
    assert sorted((r["series_key"], r["report_year"]) for r in rows) == \
        sorted((r["series_key"], r["report_year"]) for r in expected)
    seed = next(r for r in rows if r["goal"].startswith("Etablering af civilsamfundsnetværk"))
    assert (seed["previous_year"], seed["previous_targets"], seed["report_year"], seed["targets"]) == \
        (2024, "2 møde (annual)", 2025, "3 møde (annual)")


def test_one_series_over_the_years(store: Path) -> None:
    engine = open_store(str(store))
    seed = next(f for f in records(audit(engine)))
    rows = canned(store, "series_over_the_years", series=seed["series_key"])
    expected = [r for r in records(compare_long(engine)) if r["series_key"] == seed["series_key"]]
    assert [(r["report_year"], r["status"], r["attainment"]) for r in rows] == \
        [(r["report_year"], r["status"], r["attainment"]) for r in expected] == \
        [(2024, "achieved", 0.5), (2025, "achieved", 1.0)]
    assert canned(store, "series_over_the_years", series=str(seed["series_id"])) == rows


@pytest.mark.postgres
def test_a_postgresql_store_copied_to_sqlite_answers_the_same(postgres_url: str, store: Path,
                                                              tmp_path: Path, sample_records) -> None:
    from conftest import SAMPLES

    engine = connect(postgres_url)
    import_paths([SAMPLES], engine, jobs=1, reader=lambda p: sample_records[Path(p)])
    copy = tmp_path / "copy.db"
    export(engine, "sqlite", copy)
    key = records(audit(open_store(str(store))))[0]["series_key"]
    for name in QUERIES:
        rows = canned(copy, name, series=key)
        assert rows and rows == canned(store, name, series=key), name
