"""Editions: one annex of one plan, one year and one publisher. Annexes of
two municipalities with the same title and year stay apart; an annex stored
as text, DOCX and PDF counts once everywhere; series keep their keys."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, SAMPLES, stored_record
from sqlalchemy import select
from sqlalchemy.orm import Session

from bilag.cli import main
from bilag.pipeline import process
from bilag.store import audit, compare_long, connect, goals, import_paths, link_series, save_record
from bilag.store.schema import Document, Goal, GoalSeries

MUNICIPALITIES = DATA / "municipalities"
AARHUS, ODENSE = MUNICIPALITIES / "aarhus_bilag2_2024.txt", MUNICIPALITIES / "odense_bilag2_2024.txt"


def _import(db_url: str, *paths: Path, municipality: str | None = None) -> None:
    extra = ["--municipality", municipality] if municipality else []
    result = CliRunner().invoke(main, ["import", *map(str, paths), "--db", db_url, "--jobs", "1", *extra])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("given", [False, True], ids=["named in the header", "given at import"])
def test_two_municipalities_annexes_with_one_title_and_year_stay_apart(db_url: str, given: bool) -> None:
    _import(db_url, AARHUS, municipality="Aarhus Kommune" if given else None)
    _import(db_url, ODENSE, municipality="Odense Kommune" if given else None)
    engine = connect(db_url)
    with Session(engine) as session:
        assert len(set(session.scalars(select(Document.title)))) == 1  # the same title
    found = audit(engine)
    # Aarhus: the network row; Odense: the network row and the pupils row.
    assert sorted(zip(found["municipality"], found["row"])) == [
        ("Aarhus Kommune", 5), ("Odense Kommune", 1), ("Odense Kommune", 5)]
    assert found["also_in"].isna().all()  # nothing stands "also in" the other publisher's file
    table = compare_long(engine)
    assert len(table) == 10 and table.groupby("municipality")["series_id"].nunique().to_dict() == {
        "Aarhus Kommune": 5, "Odense Kommune": 5}
    assert len(goals(engine)) == 10
    assert set(goals(engine, municipality="odense")["file"]) == {ODENSE.name}
    assert list(audit(engine, municipality="aarhus")["row"]) == [5]
    result = CliRunner().invoke(main, ["audit", "--db", db_url, "--municipality", "Odense"])
    assert result.output.startswith("2 audit findings\n")
    engine.dispose()


def _without_publisher(path: Path) -> object:
    record = process(path)
    return dataclasses.replace(record, document=dataclasses.replace(record.document, municipality=None))


def test_same_title_and_year_with_other_rows_are_two_editions_without_a_publisher(db_url: str) -> None:
    engine = connect(db_url)
    for path in (AARHUS, ODENSE):
        save_record(engine, _without_publisher(path))
    link_series(engine)
    assert len(audit(engine)) == 3
    assert len(goals(engine)) == 10
    assert len(compare_long(engine)) == 10
    assert compare_long(engine)["series"].str.endswith("(2)").sum() == 5  # two editions side by side
    engine.dispose()


def test_the_same_rows_from_two_publishers_never_share_a_series(db_url: str) -> None:
    record = stored_record("record_bilag2_2024.json")
    engine = connect(db_url)
    for i, municipality in enumerate(("Aarhus Kommune", "Odense Kommune")):
        save_record(engine, dataclasses.replace(
            record, source=dataclasses.replace(record.source, sha256=str(i) * 64),
            document=dataclasses.replace(record.document, municipality=municipality)))
    link_series(engine)
    with Session(engine) as session:
        publishers = {}
        for series_id, municipality in session.execute(
                select(Goal.series_id, Document.municipality).join(Document)):
            publishers.setdefault(series_id, set()).add(municipality)
    assert len(publishers) == 20 and all(len(p) == 1 for p in publishers.values())
    assert len(goals(engine)) == 20 and len(audit(engine)) == 2
    engine.dispose()


def test_one_annex_in_three_formats_counts_once(db_url: str, cached_reader) -> None:
    engine = connect(db_url)
    import_paths([SAMPLES], engine, jobs=1, reader=cached_reader)
    assert len(goals(engine, all_renderings=True)) == 120
    once = goals(engine)
    assert len(once) == 40 and set(once["format"]) == {"text"}
    # The text exports name no municipality; their DOCX and PDF renderings do in the page header.
    assert set(once["municipality"]) == {"Københavns Kommune"}
    assert len(goals(engine, municipality="københavn")) == 40
    assert (once["renderings"].str.len() == 3).all()
    assert len(audit(engine)) == 1
    table = compare_long(engine)
    assert not table.duplicated(["series_id", "report_year"]).any()
    assert table["file"].str.endswith(".txt").all()  # each year shown from its text rendering
    assert len(table) == 40
    url = engine.url.render_as_string(hide_password=False)
    for command, count in (("goals", 40), ("audit", 1), ("compare", 40)):
        result = CliRunner().invoke(main, [command, "--db", url, "--json"])
        assert len(json.loads(result.output)) == count, command
    engine.dispose()


def _series_of(engine) -> dict[tuple[str, int, int], tuple[int, str]]:
    with Session(engine) as session:
        rows = session.execute(select(Document.file_name, Goal.table_number, Goal.row_number, GoalSeries.id,
                                      GoalSeries.key).join(Document).join(GoalSeries))
        return {(file, table, row): (series_id, key) for file, table, row, series_id, key in rows}


def test_series_keep_their_ids_and_keys_when_an_earlier_year_is_imported(db_url: str, cached_reader) -> None:
    engine = connect(db_url)
    import_paths([SAMPLES / "2025"], engine, jobs=1, reader=cached_reader)
    before = _series_of(engine)
    import_paths([SAMPLES / "2024"], engine, jobs=1, reader=cached_reader)
    after = _series_of(engine)
    assert {place: after[place] for place in before} == before
    assert len({key for _, key in after.values()}) == len(set(after.values()))  # one key per series
    # The 2024 goals joined the 2025 series: the name moved to 2024, the key stayed.
    frame = goals(engine, year=2025)
    assert frame["series"].str.startswith("2024").any()
    link_series(engine)
    assert _series_of(engine) == after  # relinking changes nothing
    engine.dispose()


def test_the_publisher_given_at_import_wins(db_url: str) -> None:
    _import(db_url, AARHUS)
    _import(db_url, AARHUS, municipality="Aarhus Kommune")  # stored already: the publisher is set
    engine = connect(db_url)
    assert set(goals(engine)["municipality"]) == {"Aarhus Kommune"}
    engine.dispose()


@pytest.mark.slow  # reads the files of the producer matrix: some 10 s
def test_every_producers_rendering_of_one_annex_is_one_edition(tmp_path: Path) -> None:
    corpus = Path(__file__).parent / "corpus"
    cases = json.loads((corpus / "cases.json").read_text(encoding="utf-8"))["cases"]
    content = {Path(c["file"]).name: c["content"] for c in cases}
    files = Counter(content.values())
    rows = {}
    engine = connect(str(tmp_path / "bilag.db"))
    for case in cases:
        record = process(corpus / case["file"])
        rows[case["content"]] = len(record.goals)
        # Without the publisher too: the rows alone must tell the editions apart.
        save_record(engine, dataclasses.replace(
            record, document=dataclasses.replace(record.document, municipality=None)))
    link_series(engine)
    once = goals(engine)
    assert len(files) == 3 and min(files.values()) >= 4  # three annexes, each from several producers
    assert len(once) == sum(rows.values())
    for renderings in once["renderings"]:
        (annex,) = {content[f] for f in renderings}
        assert len(renderings) == files[annex]
    engine.dispose()
