"""Series linking that scales: an import relinks only the plans of the
documents it stored, and long tables are paired by blocks, in time and
memory linear in the rows, with the pairs scoring every pair would give."""

from __future__ import annotations

import dataclasses
import time
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from synthetic_annexes import annex, big_table, candidates, plans

from bilag.record import Record
from bilag.settings import DEFAULT
from bilag.store import connect, import_paths
from bilag.store import series as linker
from bilag.store.importer import sha256_of
from bilag.store.schema import Document, Goal, GoalSeries
from bilag.store.series import best_pairs, plan_identity, with_publishers

GOALS = 12  # rows of each small annex


class Files:
    """Records as files of their own bytes (each record's sha256 its file's),
    and the reader `import_paths` gets them back by."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.records: dict[Path, Record] = {}

    def add(self, record: Record) -> Path:
        path = self.folder / record.source.file.replace(" ", "_")
        path.write_text(record.source.file + "\n", encoding="utf-8")
        self.records[path] = dataclasses.replace(
            record, source=dataclasses.replace(record.source, sha256=sha256_of(path)))
        return path

    def read(self, path: Path) -> Record:
        return self.records[Path(path)]


def _series_rows(engine: Engine) -> dict[int, tuple]:
    with Session(engine) as session:
        return {s.id: (s.key, s.municipality, s.plan_key, s.first_year, s.last_year)
                for s in session.scalars(select(GoalSeries))}


def _goal_series(engine: Engine) -> dict[tuple[str, str, int, int], int | None]:
    with Session(engine) as session:
        rows = session.execute(select(Document.plan_key, Document.sha256, Goal.row_number, Goal.series_id)
                               .join(Document))
        return {(plan, sha, 1, row): series_id for plan, sha, row, series_id in rows}


def _key(plan) -> str:
    return plan_identity(plan.name, "2", None)


@pytest.fixture
def two_plans(db_url: str, tmp_path: Path):
    """A store with two plans' annexes of 2024 and 2025, linked."""
    files = Files(tmp_path)
    first, second = plans(2, GOALS)
    paths = [files.add(annex(p, year, GOALS)) for p in (first, second) for year in (2024, 2025)]
    engine = connect(db_url)
    import_paths(paths, engine, jobs=1, reader=files.read)
    yield engine, files, first, second
    engine.dispose()


def test_importing_a_new_year_relinks_only_its_plan(two_plans, monkeypatch: pytest.MonkeyPatch) -> None:
    engine, files, first, second = two_plans
    series_before, goals_before = _series_rows(engine), _goal_series(engine)
    loaded: list[set[str]] = []  # the plans of the goals each candidate query loaded

    def spy(session: Session, plans: list[str]) -> list[linker.Candidate]:
        found = real(session, plans)
        loaded.append({c.edition[1] for c in found})
        return found

    real = linker._candidates
    monkeypatch.setattr(linker, "_candidates", spy)
    import_paths([files.add(annex(first, 2026, GOALS))], engine, jobs=1, reader=files.read)

    assert loaded == [{_key(first)}]
    series_after, goals_after = _series_rows(engine), _goal_series(engine)
    other = {i: row for i, row in series_before.items() if row[2] == _key(second)}
    assert len(other) >= GOALS and {i: series_after.get(i) for i in other} == other  # rows untouched
    assert {g: s for g, s in goals_after.items() if g[0] == _key(second)} == {
        g: s for g, s in goals_before.items() if g[0] == _key(second)}
    # The first plan's goals stay in their series; the new year's goals join them.
    assert {g: goals_after[g] for g in goals_before} == goals_before
    assert {series_after[i][0] for i in set(goals_before.values())} == {
        series_before[i][0] for i in set(goals_before.values())}  # and the series keep their keys
    new_year = [s for (plan, sha, _, _), s in goals_after.items() if (plan, sha) not in
                {(p, h) for p, h, _, _ in goals_before}]
    assert len(new_year) >= GOALS - 2 and None not in new_year
    joined = [s for s in new_year if s in series_before]
    assert len(joined) >= 0.8 * len(new_year)
    assert all(series_after[s][4] == 2026 for s in joined)
    # A series new in 2026 gets an id no series of any plan had.
    assert all(s > max(series_before) for s in set(new_year) - set(series_before))


def test_a_document_replaced_into_another_plan_leaves_no_series_behind(two_plans) -> None:
    engine, files, first, second = two_plans
    path = next(p for p, r in files.records.items() if r.document.plan == first.name
                and r.document.report_year == 2025)
    moved = files.records[path]
    files.records[path] = dataclasses.replace(
        moved, document=dataclasses.replace(moved.document, plan="Handleplan for fællesskab og trivsel"))
    import_paths([path], engine, jobs=1, reader=files.read, force=True)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Goal).where(Goal.series_id.is_(None))) == 0
        used = set(session.scalars(select(Goal.series_id)))
        assert set(session.scalars(select(GoalSeries.id))) == used  # no series without goals
        last = {plan: year for plan, year in session.execute(
            select(GoalSeries.plan_key, func.max(GoalSeries.last_year)).group_by(GoalSeries.plan_key))}
    # The first plan now ends in 2024: its series were rebuilt without the moved annex.
    assert last == {_key(first): 2024, _key(second): 2025,
                    plan_identity("Handleplan for fællesskab og trivsel", "2", None): 2025}


def test_a_publisher_given_at_import_reaches_the_series_of_stored_annexes(two_plans) -> None:
    engine, files, first, second = two_plans
    paths = [p for p, r in files.records.items() if r.document.plan == second.name]
    import_paths(paths, engine, jobs=1, reader=files.read, municipality="Testby Kommune")
    publishers = {(row[2], row[1]) for row in _series_rows(engine).values()}
    assert publishers == {(_key(first), first.municipality), (_key(second), "Testby Kommune")}


@pytest.mark.parametrize("seed", [1, 2])
def test_blocked_pairing_links_as_scoring_every_pair_does(seed: int) -> None:
    # Two years of a 300-row annex, each year also rendered as PDF: some
    # goals reworded, dropped or new, some words of the PDFs hyphenated.
    (plan,) = plans(1, 300, seed)
    records = [annex(plan, year, 300, format, rendering) for year in (2024, 2025)
               for rendering, format in enumerate(("text", "pdf"))]
    goals = with_publishers(candidates(records))
    every = dataclasses.replace(DEFAULT, series_full_pairs=10**12)
    blocked = dataclasses.replace(DEFAULT, series_full_pairs=0)
    found = {}
    for name, settings in (("every", every), ("blocked", blocked)):
        found[name] = {frozenset(g.goal_id for g in s) for s in linker._plan_series(goals, settings)}
    assert found["blocked"] == found["every"]
    by_id = {g.goal_id: g for g in goals}
    linked = [s for s in found["blocked"] if len({by_id[i].year for i in s}) == 2]
    assert len(linked) >= 250  # most goals continue into 2025 ...
    reworded = [s for s in linked if len({by_id[i].text for i in s if by_id[i].format == "text"}) == 2]
    assert len(reworded) >= 10  # ... some in other words: the fuzzy blocks found them
    year = [g for g in goals if g.format == "text"]
    first, second = [g for g in year if g.year == 2024], [g for g in year if g.year == 2025]
    assert {(a.goal_id, b.goal_id) for a, b in best_pairs(first, second, blocked)} == {
        (a.goal_id, b.goal_id) for a, b in best_pairs(first, second, every)}


def _link_three_renderings(rows: int) -> tuple[float, int, list]:
    """CPU seconds and peak bytes allocated to link three renderings of a `rows`-row table."""
    goals = candidates(big_table(rows))
    tracemalloc.start()
    start = time.process_time()
    series = linker._plan_series(with_publishers(goals), DEFAULT)
    seconds = time.process_time() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak, series


@pytest.mark.slow  # some 10 s: 30,000 goals linked under tracemalloc
def test_three_renderings_of_a_long_table_link_in_linear_time_and_memory() -> None:
    small_seconds, small_peak, small = _link_three_renderings(1_000)
    big_seconds, big_peak, big = _link_three_renderings(10_000)
    # Every row's three renderings stand in one series.
    assert all(len(s) == 3 and len({g.format for g in s}) == 3 for s in small + big)
    assert len(big) > 9_000
    # Ten times the rows: about ten times the cost; scoring every pair would be a hundred.
    assert big_seconds < 30 * small_seconds
    assert big_peak < 30 * small_peak
