"""Questions to the store, answered as pandas DataFrames (the notebook API).

Every frame is sorted in Python, not by the database (PostgreSQL and SQLite
order NULLs and accented letters differently), so the same import gives the
same frame on every backend. Rows carry stable keys to join on: the
document's id and sha256, the goal's id, the series' id and key. Missing
values are null (None / NA), pages and flags are lists.

An edition is one annex of one plan, one year and one publisher; the same
edition stored as text, DOCX and PDF is one edition in several renderings.
Every query counts an edition's goal once, from its preferred rendering,
and lists the files it stands in (`renderings`); `all_renderings=True`
gives a row per file instead.

A goal's series is named by where it was first seen: "2024 b2 t1 r3" is the
series that starts with table 1, row 3 of the plan's 2024 Bilag 2 (no "b…"
for an annex without a number); that name moves when an earlier year is
imported, its `series_key` does not.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pandas as pd
from sqlalchemy import Engine, Select, func, select
from sqlalchemy.orm import Session

from .schema import Document, Flag, Goal, GoalSeries, ImportLogEntry, Quantity
from .series import format_rank, municipality_key, name_key

KEYS = ["document_id", "sha256", "goal_id", "series_id", "series_key"]
GOAL_COLUMNS = [*KEYS, "municipality", "plan", "report_year", "annex", "file", "format", "table", "row",
                "pages", "target_group", "goal", "report", "status", "status_text", "targets", "actuals",
                "measured", "attainment", "flags", "series", "renderings"]
AUDIT_COLUMNS = ["flag", "file", "pages", "table", "row", "also_in", *KEYS, "municipality", "plan",
                 "report_year", "target_group", "goal", "status", "status_text", "targets", "actuals",
                 "measured", "attainment"]
QUANTITY_COLUMNS = ["goal_id", "document_id", "sha256", "series_id", "series_key", "municipality", "plan",
                    "report_year", "file", "table", "row", "kind", "position", "low", "high", "value", "unit",
                    "period", "ceiling", "measures", "text"]
COMPARE_COLUMNS = ["series_id", "series_key", "series", "municipality", "plan", "target_group", "goal",
                   "report_year", "goal_id", "document_id", "sha256", "file", "status", "attainment",
                   "targets", "actuals", "measured", "changes"]
LOG_COLUMNS = ["logged_at", "outcome", "path", "sha256", "reason"]

# The type of each column of every frame: the schema of the data outputs,
# the same on an empty store.
COLUMN_TYPES: dict[str, str] = {
    "document_id": "int", "goal_id": "int", "series_id": "int", "report_year": "int", "table": "int",
    "row": "int", "position": "int", "measures": "int",
    "attainment": "float", "low": "float", "high": "float", "value": "float",
    "ceiling": "bool", "pages": "list[int]", "flags": "list[str]", "renderings": "list[str]",
    "changes": "list[str]",
}
"""Columns not named here hold text."""

_ORDER = ["municipality", "plan_key", "report_year", "annex", "file", "sha256", "table", "row"]


def number(value: float | None) -> str:
    """A quantity as people write it: 2000, not 2000.0."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _target_text(q: dict[str, Any]) -> str:
    amount = number(q["low"]) if q["low"] == q["high"] else f"{number(q['low'])}-{number(q['high'])}"
    period = f"({q['period']})" if q["period"] else ""
    return " ".join(x for x in ("at most" if q["ceiling"] else "", amount, q["unit"] or "", period) if x)


def _actual_text(q: dict[str, Any]) -> str:
    amount = number(q["value"]) + (f"-{number(q['high'])}" if q["high"] is not None else "")
    return " ".join(x for x in (amount, q["unit"] or "") if x)


def _joined(texts: list[str]) -> str | None:
    return "; ".join(texts) or None


def typed(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """`frame` with exactly `columns`, numbers in nullable dtypes and
    missing values as None/NA: the same columns and types when it is empty."""
    frame = frame.reindex(columns=columns)
    for column in columns:
        kind = COLUMN_TYPES.get(column, "str")
        if kind == "int":
            frame[column] = frame[column].astype("Int64")
        elif kind == "float":
            frame[column] = frame[column].astype("Float64")
        elif kind == "bool":
            frame[column] = frame[column].astype("boolean")
        else:
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame.reset_index(drop=True)


def _load(engine: Engine, query: Select) -> pd.DataFrame:
    """Goals selected by `query` (over Goal joined to Document) with their
    quantities, flags and series; one row per goal, sorted."""
    with Session(engine) as session:
        rows = [r._asdict() for r in session.execute(query)]
        ids = [r["goal_id"] for r in rows]
        quantities: dict[int, list[dict[str, Any]]] = defaultdict(list)
        flags: dict[int, list[str]] = defaultdict(list)
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            for q in session.execute(select(Quantity).where(Quantity.goal_id.in_(chunk))).scalars():
                quantities[q.goal_id].append({"id": q.id, "kind": q.kind, "position": q.position,
                                              "low": q.low, "high": q.high, "value": q.value,
                                              "unit": q.unit, "period": q.period, "ceiling": q.ceiling,
                                              "measures": q.measures_id, "text": q.text})
            flag_rows = select(Flag.goal_id, Flag.name).where(Flag.goal_id.in_(chunk))
            for goal_id, name in session.execute(flag_rows):
                flags[goal_id].append(name)
        series_names = _series_names(session) if any(r["series_id"] is not None for r in rows) else {}
    for r in rows:
        own = sorted(quantities[r["goal_id"]], key=lambda q: q["position"])
        r["target_list"] = [q for q in own if q["kind"] == "target"]
        r["actual_list"] = [q for q in own if q["kind"] == "actual"]
        r["targets"] = _joined([_target_text(q) for q in r["target_list"]])
        r["actuals"] = _joined([_actual_text(q) for q in r["actual_list"]])
        # Each target with the actual that measures it: what a comparison of years needs.
        r["measured"] = _joined([
            _target_text(t) + "".join(f" → {_actual_text(a)}" for a in r["actual_list"]
                                      if a["measures"] == t["id"])
            for t in r["target_list"]])
        r["flags"] = sorted(flags[r["goal_id"]])
        # The series' name, and a key that sorts "2024 b2 t1 r2" before "2024 b2 t1 r10".
        r["series_order"], r["series"] = series_names.get(r["series_id"], ((), None))
        r["pages"] = list(r["pages"] or ()) or None
        r["plan"] = r["plan"] or r["title"]
        # One edition's goal, whichever file it stands in (no series: a goal of its own).
        r["slot"] = (f"series {r['series_id']} of {r['report_year']}" if r["series_id"] is not None
                     else f"goal {r['goal_id']}")
        r["preference"] = format_rank(r["format"])
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else list(dict.fromkeys(GOAL_COLUMNS + _ORDER)))
    if frame.empty:
        return frame
    return frame.sort_values(_ORDER, na_position="last", kind="stable").reset_index(drop=True)


# The document's publisher, else its edition's (a text export of an annex
# whose PDF names the municipality in its page header).
PUBLISHER = func.coalesce(Document.municipality, GoalSeries.municipality)


def _base() -> Select:
    return (select(Goal.id.label("goal_id"), Goal.series_id, GoalSeries.key.label("series_key"),
                   Document.id.label("document_id"), PUBLISHER.label("municipality"), Document.plan,
                   Document.title, Document.plan_key, Document.report_year, Document.annex,
                   Document.file_name.label("file"), Document.format, Document.sha256,
                   Goal.table_number.label("table"), Goal.row_number.label("row"), Goal.pages,
                   Goal.target_group, Goal.goal_text.label("goal"), Goal.report_text.label("report"),
                   Goal.status, Goal.status_text, Goal.attainment)
            .join(Document, Goal.document_id == Document.id)
            .outerjoin(GoalSeries, Goal.series_id == GoalSeries.id))


def _series_names(session: Session) -> dict[int, tuple[tuple, str]]:
    """Each series' sort key and name, from its earliest goal (year, annex,
    table, row; the preferred rendering first).

    Two series of one plan can start at the same place only when two
    editions of one annex and year stand side by side; the later one (by
    rendering and content hash, never by database id) gets " (2)", " (3)" ….
    """
    first: dict[int, tuple] = {}
    query = (select(Goal.series_id, GoalSeries.municipality, Document.plan_key, Document.report_year,
                    Document.annex, Goal.table_number, Goal.row_number, Document.format, Document.sha256)
             .join(Document, Goal.document_id == Document.id)
             .join(GoalSeries, Goal.series_id == GoalSeries.id))
    for series_id, municipality, plan_key, year, annex, table, row, format, sha256 in session.execute(query):
        key = ((municipality_key(municipality), plan_key), year if year is not None else 9999,
               _annex_order(annex), table, row, format_rank(format), sha256)
        first[series_id] = min(first.get(series_id, key), key)
    names: dict[int, tuple[tuple, str]] = {}
    taken: dict[tuple, int] = defaultdict(int)
    for series_id, key in sorted(first.items(), key=lambda item: item[1]):
        plan, year, (_, annex), table, row = key[:5]
        place = (plan, year, annex, table, row)
        taken[place] += 1
        name = " ".join([str(year) if year != 9999 else "-", *([f"b{annex}"] if annex else []),
                         f"t{table}", f"r{row}"])
        names[series_id] = (key[1:5] + (taken[place],),
                            name + (f" ({taken[place]})" if taken[place] > 1 else ""))
    return names


def _annex_order(annex: str | None) -> tuple[int, str]:
    """Annex numbers in numeric order ("2" before "10"), unnumbered last."""
    if not annex:
        return (1 << 30, "")
    return (int(annex), annex) if annex.isdecimal() else (1 << 29, annex)


def matching_documents(engine: Engine, plan: str) -> list[int]:
    """The documents whose plan, title or file name contain `plan`, compared
    loosely (in Python: SQLite's lower() knows no æ, ø, å)."""
    wanted = name_key(plan)
    with Session(engine) as session:
        rows = session.execute(select(Document.id, Document.plan_key, Document.title, Document.file_name))
        # The file name says what an annex is about where its title does not
        # ("bilag2_negativ_social_kontrol_2024.pdf" under "Bilag 2: Status …").
        subjects = ((i, (key, title or "", file.rsplit(".", 1)[0].replace("_", " ")))
                    for i, key, title, file in rows)
        return [i for i, texts in subjects if any(wanted in name_key(text) for text in texts)]


def matching_publishers(engine: Engine, municipality: str) -> list[str]:
    """The stored publishers whose name contains `municipality`, compared loosely."""
    wanted = municipality_key(municipality)
    with Session(engine) as session:
        names = set(session.scalars(select(Document.municipality).distinct()))
        names |= set(session.scalars(select(GoalSeries.municipality).distinct()))
    return sorted(n for n in names if n and wanted in municipality_key(n))


def _filtered(query: Select, engine: Engine, year: int | None, plan: str | None,
              municipality: str | None) -> Select:
    if year is not None:
        query = query.where(Document.report_year == year)
    if plan:
        query = query.where(Document.id.in_(matching_documents(engine, plan)))
    if municipality:
        query = query.where(PUBLISHER.in_(matching_publishers(engine, municipality)))
    return query


def once_per_edition(frame: pd.DataFrame, all_renderings: bool = False) -> pd.DataFrame:
    """Each edition's goal once, from its preferred rendering (text, DOCX,
    HTML, PDF), with `renderings` listing every file it stands in; with
    `all_renderings`, every file's row, each listing the same files."""
    ranked = frame.sort_values(["preference", "sha256", "table", "row"], kind="stable")
    files = ranked.groupby("slot", sort=False)["file"].agg(list).rename("renderings")
    chosen = ranked if all_renderings else ranked.drop_duplicates("slot")
    chosen = chosen.drop(columns=["renderings"], errors="ignore").join(files, on="slot")
    return chosen.sort_values(_ORDER, na_position="last", kind="stable")


def goals(engine: Engine, year: int | None = None, plan: str | None = None, status: str | None = None,
          flagged: bool = False, municipality: str | None = None,
          all_renderings: bool = False) -> pd.DataFrame:
    """The stored goals, each edition's goal once (see `once_per_edition`);
    filters: report `year`, `plan` (part of the plan's name, the annex title
    or the file name, any case), stated `status`, `flagged`
    (only rows with an audit flag), `municipality` (part of the publisher's
    name)."""
    query = _filtered(_base(), engine, year, plan, municipality)
    if status:
        query = query.where(Goal.status == status)
    if flagged:
        query = query.where(Goal.id.in_(select(Flag.goal_id)))
    frame = _load(engine, query)
    if frame.empty:
        return typed(frame, GOAL_COLUMNS)
    return typed(once_per_edition(frame, all_renderings), GOAL_COLUMNS)


def quantities(engine: Engine, year: int | None = None, plan: str | None = None,
               municipality: str | None = None, all_renderings: bool = False) -> pd.DataFrame:
    """Every target and actual as numbers, one row each (long form): the
    goal it belongs to, `kind` ("target" or "actual"), `low`..`high` of a
    target, `value` (..`high`) of an actual, unit, period, `ceiling` (a
    target that is an upper bound), `measures` (for an actual: the position
    of the target it measures) and the phrase it was read from (`text`).
    Each edition's goal counts once, as in `goals`."""
    frame = _load(engine, _filtered(_base(), engine, year, plan, municipality))
    if frame.empty:
        return typed(frame, QUANTITY_COLUMNS)
    rows = []
    for goal in once_per_edition(frame, all_renderings).to_dict("records"):
        positions = {t["id"]: t["position"] for t in goal["target_list"]}
        for q in goal["target_list"] + goal["actual_list"]:
            actual = q["kind"] == "actual"
            rows.append({**{c: goal[c] for c in QUANTITY_COLUMNS if c in goal}, **q,
                         "ceiling": None if actual else q["ceiling"],
                         "measures": positions.get(q["measures"]) if actual else None})
    return typed(pd.DataFrame(rows), QUANTITY_COLUMNS)


def audit(engine: Engine, year: int | None = None, plan: str | None = None,
          municipality: str | None = None) -> pd.DataFrame:
    """Each audit finding with the numbers behind it (targets, actuals,
    stated status, attainment) and where the row stands: file, pages, table,
    row.

    A finding is one flag on one goal of one edition: an annex stored in
    several formats (text, DOCX, PDF) is one finding, shown from its
    preferred rendering, whose `also_in` names the other files the same flag
    stands in, with their places. Renderings are told by their goal series,
    so goals not yet linked (no `link_series` run) are findings each.
    """
    query = _filtered(_base().where(Goal.id.in_(select(Flag.goal_id))), engine, year, plan, municipality)
    frame = _load(engine, query)
    if frame.empty:
        return typed(frame, AUDIT_COLUMNS)
    frame = frame.assign(flag=frame["flags"]).explode("flag")
    frame["place"] = [_place(r) for r in frame.itertuples()]
    ranked = frame.sort_values(["preference", "sha256", "table", "row"], kind="stable")
    findings = ranked.groupby(["flag", "slot"], sort=False)
    also_in = findings["place"].agg(lambda places: "; ".join(list(places)[1:]) or None).rename("also_in")
    leads = findings.head(1).join(also_in, on=["flag", "slot"])
    leads = leads.sort_values([*_ORDER, "flag"], na_position="last", kind="stable")
    return typed(leads, AUDIT_COLUMNS)


def _place(row: Any) -> str:
    """Where a row stands in its file: "x.pdf (page 2, table 1, row 8)"."""
    pages = [("pages " if len(row.pages) > 1 else "page ") + pages_text(row.pages)] if row.pages else []
    return f"{row.file} ({', '.join([*pages, f'table {row.table}', f'row {row.row}'])})"


def pages_text(pages: list[int] | None) -> str:
    """A row's pages as people read them: "2, 3"."""
    return ", ".join(str(p) for p in pages or ())


def compare_long(engine: Engine, plan: str | None = None, municipality: str | None = None) -> pd.DataFrame:
    """Each goal series in long form: one row per series and report year
    (the edition's goal once, from its preferred rendering), with what
    changed that year (`changes`: new, target raised or lowered, verdict
    changed; "dropped in Y" on a series' last row when a later year of its
    plan has no such goal)."""
    query = _filtered(_base().where(Goal.series_id.is_not(None), Document.report_year.is_not(None)),
                      engine, None, plan, municipality)
    frame = _load(engine, query)
    if frame.empty:
        return typed(frame, COMPARE_COLUMNS)
    one = once_per_edition(frame)
    # A plan is one plan of one publisher.
    one["plan_of"] = [f"{municipality_key(m)}\x1f{k}" for m, k in zip(one["municipality"], one["plan_key"])]
    plan_years = one.groupby("plan_of")["report_year"].agg(lambda ys: sorted(set(ys)))
    # A plan is shown under its newest name, the same on each of its series.
    plan_names = one.sort_values(["report_year", "preference", "sha256"]).groupby("plan_of")["plan"].last()
    rows = []
    for _, members in one.sort_values(["plan_of", "series_order", "report_year"]).groupby(
            ["plan_of", "series_id"], sort=False):
        by_year = {int(r["report_year"]): r for r in members.to_dict("records")}
        latest = by_year[max(by_year)]
        found = changes_by_year(by_year, plan_years[latest["plan_of"]])
        for year, r in by_year.items():
            rows.append({**r, "plan": plan_names[latest["plan_of"]], "series": latest["series"],
                         "target_group": latest["target_group"],
                         "goal": latest["target_group"] if pd.isna(latest["goal"]) else latest["goal"],
                         "changes": found[year], "plan_order": latest["plan_of"],
                         "series_sort": latest["series_order"]})
    long = pd.DataFrame(rows).sort_values(["plan_order", "series_sort", "report_year"], kind="stable")
    return typed(long, COMPARE_COLUMNS)


def compare(engine: Engine, plan: str | None = None, municipality: str | None = None) -> pd.DataFrame:
    """The wide view of `compare_long`: each goal series with its years side
    by side ("2024 target": each target with the actual that measures it,
    "2024 status", "2024 attainment", …) and what changed (`change`).

    An edition stored in several formats counts once per year (the text
    rendering first, then DOCX, HTML, PDF)."""
    long = compare_long(engine, plan, municipality)
    head = ["series_id", "series_key", "municipality", "plan", "series", "target_group", "goal"]
    if long.empty:
        return pd.DataFrame(columns=[*head, "change"])
    years = sorted(set(long["report_year"]))
    rows = []
    for _, members in long.groupby("series_id", sort=False):
        first = members.iloc[0]
        row: dict[str, Any] = {c: first[c] for c in head}
        by_year = {int(r["report_year"]): r for r in members.to_dict("records")}
        for year in years:
            r = by_year.get(year)
            row[f"{year} target"] = r["measured"] if r is not None else None
            row[f"{year} status"] = r["status"] if r is not None else None
            row[f"{year} attainment"] = r["attainment"] if r is not None else None
        row["change"] = "; ".join(c for r in by_year.values() for c in r["changes"])
        rows.append(row)
    return pd.DataFrame(rows)


def changes_by_year(by_year: dict[int, Any], plan_years: list[int]) -> dict[int, list[str]]:
    """What changed along one series, by the year it shows in: new, target
    raised or lowered, verdict changed (each with its year), and "dropped
    in Y" on the last year present."""
    years = sorted(by_year)
    found: dict[int, list[str]] = {year: [] for year in years}
    if years[0] != plan_years[0]:
        found[years[0]].append(f"new in {years[0]}")
    for before, after in zip(years, years[1:]):
        a, b = by_year[before], by_year[after]
        moved = _target_changes(a["target_list"], b["target_list"])
        found[after].extend(f"{after}: {change}" for change in moved)
        if a["status"] != b["status"]:
            found[after].append(f"{after}: verdict {a['status']} → {b['status']}")
    later = [y for y in plan_years if y > years[-1]]
    if later:
        found[years[-1]].append(f"dropped in {later[0]}")
    return found


def _target_changes(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[str]:
    """Targets matched by unit (or, one each, by position) whose low bound moved."""
    pairs = [(a, b) for a in before for b in after if a["unit"] and a["unit"] == b["unit"]]
    if not pairs and len(before) == len(after) == 1:
        pairs = [(before[0], after[0])]
    found = []
    for a, b in pairs:
        if b["low"] != a["low"]:
            word = "target raised" if b["low"] > a["low"] else "target lowered"
            found.append(f"{word} {number(a['low'])} → {number(b['low'])} {b['unit'] or ''}".rstrip())
    return found


def goal_count(engine: Engine) -> int:
    """How many goal rows are stored (every rendering counted)."""
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Goal)) or 0


def import_log(engine: Engine, failed: bool = False) -> pd.DataFrame:
    """The import log: failures first, then the newest entries first;
    `failed` keeps only the failures."""
    query = select(ImportLogEntry.logged_at, ImportLogEntry.outcome, ImportLogEntry.path,
                   ImportLogEntry.sha256, ImportLogEntry.reason, ImportLogEntry.id)
    if failed:
        query = query.where(ImportLogEntry.outcome == "failed")
    with Session(engine) as session:
        rows = [r._asdict() for r in session.execute(query)]
    frame = pd.DataFrame(rows, columns=[*LOG_COLUMNS, "id"])
    if frame.empty:
        return typed(frame, LOG_COLUMNS)
    frame["logged_at"] = [t.isoformat(timespec="seconds") for t in frame["logged_at"]]
    frame["failed_first"] = frame["outcome"] != "failed"
    frame = frame.sort_values(["failed_first", "logged_at", "id"], ascending=[True, False, False],
                              kind="stable")
    return typed(frame, LOG_COLUMNS)


def goal(engine: Engine, goal_id: int) -> dict[str, Any] | None:
    """Everything stored about one goal, as plain data: its document (file,
    paths it was imported from, publisher, plan, year), place (pages, table,
    row), texts, verdict, numbers with the phrase each came from, flags,
    the other renderings of the same row and its series over the years.
    None if there is no such goal."""
    with Session(engine) as session:
        row = session.get(Goal, goal_id)
        if row is None:
            return None
        document = row.document
        series_row = session.get(GoalSeries, row.series_id) if row.series_id is not None else None
        paths = list(dict.fromkeys(session.scalars(
            select(ImportLogEntry.path).where(ImportLogEntry.sha256 == document.sha256,
                                              ImportLogEntry.outcome != "failed")
            .order_by(ImportLogEntry.logged_at.desc(), ImportLogEntry.id.desc()))))
        positions = {q.id: q.position for q in row.quantities if q.kind == "target"}
        series = None
        if series_row is not None:
            members = session.execute(
                select(Goal.id, Document.report_year, Document.file_name, Document.format, Goal.table_number,
                       Goal.row_number, Goal.status, Goal.attainment, Document.sha256)
                .join(Document, Goal.document_id == Document.id).where(Goal.series_id == row.series_id)).all()
            members = sorted(members, key=lambda m: (m.report_year or 9999, format_rank(m.format),
                                                     m.sha256))
            series = {"id": row.series_id, "key": series_row.key, "goals": [
                {"goal_id": m.id, "report_year": m.report_year, "file": m.file_name, "table": m.table_number,
                 "row": m.row_number, "status": m.status, "attainment": m.attainment} for m in members]}
        return {
            "goal_id": row.id,
            "document": {"document_id": document.id, "sha256": document.sha256, "file": document.file_name,
                         "paths": paths, "format": document.format, "pages": document.pages,
                         "municipality": document.municipality, "plan": document.plan,
                         # its edition's, where the document itself names none
                         "publisher": document.municipality or (series_row and series_row.municipality),
                         "title": document.title,
                         "annex": document.annex, "report_year": document.report_year},
            "pages": list(row.pages or ()) or None, "regions": row.regions or None,
            "table": row.table_number, "row": row.row_number,
            "target_group": row.target_group, "goal": row.goal_text, "report": row.report_text,
            "status": row.status, "status_text": row.status_text, "attainment": row.attainment,
            "quantities": [{"kind": q.kind, "position": q.position, "low": q.low, "high": q.high,
                            "value": q.value, "unit": q.unit, "period": q.period,
                            "ceiling": q.ceiling if q.kind == "target" else None,
                            "measures": positions.get(q.measures_id), "text": q.text}
                           for q in sorted(row.quantities, key=lambda q: (q.kind != "target", q.position))],
            "flags": [f.name for f in row.flags],
            "series": series,
        }
