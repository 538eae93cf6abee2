"""Questions to the store, answered as pandas DataFrames (the notebook API).

Every frame is sorted in Python, not by the database (PostgreSQL and SQLite
order NULLs and accented letters differently), and carries no database ids,
so the same import gives the same frame on every backend. A goal's series is
named by where it was first seen: "2024 b2 t1 r3" is the series that starts
with table 1, row 3 of the plan's 2024 Bilag 2 (no "b…" for an annex without
a number).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pandas as pd
from sqlalchemy import Engine, Select, select
from sqlalchemy.orm import Session

from .schema import Document, Flag, Goal, Quantity
from .series import FORMAT_PREFERENCE, name_key

GOAL_COLUMNS = ["plan", "report_year", "annex", "file", "format", "table", "row", "pages", "target_group",
                "goal", "report", "status", "status_text", "targets", "actuals", "measured", "attainment",
                "flags", "series"]
_ORDER = ["plan_key", "report_year", "annex", "file", "sha256", "table", "row"]


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


def _load(engine: Engine, query: Select) -> pd.DataFrame:
    """Goals selected by `query` (over Goal joined to Document) with their
    quantities, flags and series name; one row per goal, sorted."""
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
                                              "measures": q.measures_id})
            flag_rows = select(Flag.goal_id, Flag.name).where(Flag.goal_id.in_(chunk))
            for goal_id, name in session.execute(flag_rows):
                flags[goal_id].append(name)
        series_names = _series_names(session) if any(r["series_id"] is not None for r in rows) else {}
    for r in rows:
        own = sorted(quantities[r["goal_id"]], key=lambda q: q["position"])
        r["target_list"] = [q for q in own if q["kind"] == "target"]
        r["actual_list"] = [q for q in own if q["kind"] == "actual"]
        r["targets"] = "; ".join(_target_text(q) for q in r["target_list"])
        r["actuals"] = "; ".join(_actual_text(q) for q in r["actual_list"])
        # Each target with the actual that measures it: what a comparison of years needs.
        r["measured"] = "; ".join(
            _target_text(t) + "".join(f" → {_actual_text(a)}" for a in r["actual_list"]
                                      if a["measures"] == t["id"])
            for t in r["target_list"])
        r["flags"] = ", ".join(sorted(flags[r["goal_id"]]))
        # The series' name, and a key that sorts "2024 b2 t1 r2" before "2024 b2 t1 r10".
        r["series_order"], r["series"] = series_names.get(r["series_id"], ((), ""))
        r["pages"] = ", ".join(str(p) for p in r["pages"] or ())
        r["plan"] = r["plan"] or r["title"]
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else GOAL_COLUMNS + _ORDER)
    if frame.empty:
        return frame
    frame["report_year"] = frame["report_year"].astype("Int64")
    frame["attainment"] = frame["attainment"].astype("Float64")
    return frame.sort_values(_ORDER, na_position="last", kind="stable").reset_index(drop=True)


def _base() -> Select:
    return (select(Goal.id.label("goal_id"), Goal.series_id, Document.plan, Document.title, Document.plan_key,
                   Document.report_year, Document.annex, Document.file_name.label("file"), Document.format,
                   Document.sha256, Goal.table_number.label("table"), Goal.row_number.label("row"),
                   Goal.pages, Goal.target_group, Goal.goal_text.label("goal"),
                   Goal.report_text.label("report"), Goal.status, Goal.status_text, Goal.attainment)
            .join(Document, Goal.document_id == Document.id))


def _series_names(session: Session) -> dict[int, tuple[tuple, str]]:
    """Each series' sort key and name, from its earliest goal (year, annex,
    table, row; the preferred rendering first).

    Two series of one plan can start at the same place only when renderings
    of one annex disagree on its rows; the later one (by rendering and
    content hash, never by database id) gets " (2)", " (3)" … appended.
    """
    first: dict[int, tuple] = {}
    query = (select(Goal.series_id, Document.plan_key, Document.report_year, Document.annex,
                    Goal.table_number, Goal.row_number, Document.format, Document.sha256)
             .join(Document, Goal.document_id == Document.id).where(Goal.series_id.is_not(None)))
    for series_id, plan_key, year, annex, table, row, format, sha256 in session.execute(query):
        key = (plan_key, year if year is not None else 9999, _annex_order(annex), table, row,
               _format_order(format), sha256)
        first[series_id] = min(first.get(series_id, key), key)
    names: dict[int, tuple[tuple, str]] = {}
    taken: dict[tuple, int] = defaultdict(int)
    for series_id, key in sorted(first.items(), key=lambda item: item[1]):
        plan_key, year, (_, annex), table, row = key[:5]
        place = (plan_key, year, annex, table, row)
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


def _format_order(format: str) -> int:
    return FORMAT_PREFERENCE.index(format) if format in FORMAT_PREFERENCE else len(FORMAT_PREFERENCE)


def _plan_documents(engine: Engine, plan: str) -> list[int]:
    """The documents whose plan name or title contains `plan`, compared
    loosely (in Python: SQLite's lower() knows no æ, ø, å)."""
    wanted = name_key(plan)
    with Session(engine) as session:
        rows = session.execute(select(Document.id, Document.plan_key, Document.title))
        return [i for i, key, title in rows if wanted in key or wanted in name_key(title or "")]


def goals(engine: Engine, year: int | None = None, plan: str | None = None, status: str | None = None,
          flagged: bool = False) -> pd.DataFrame:
    """The stored goals, one row per goal of each document; filters: report
    `year`, `plan` (part of the plan's name or the annex title, any case),
    stated `status`, `flagged` (only rows with an audit flag)."""
    query = _base()
    if year is not None:
        query = query.where(Document.report_year == year)
    if status:
        query = query.where(Goal.status == status)
    if flagged:
        query = query.where(Goal.id.in_(select(Flag.goal_id)))
    if plan:
        query = query.where(Document.id.in_(_plan_documents(engine, plan)))
    frame = _load(engine, query)
    return frame[GOAL_COLUMNS] if not frame.empty else pd.DataFrame(columns=GOAL_COLUMNS)


AUDIT_COLUMNS = ["flag", "file", "pages", "table", "row", "also_in", "plan", "report_year", "target_group",
                 "goal", "status", "status_text", "targets", "actuals", "measured", "attainment"]


def audit(engine: Engine) -> pd.DataFrame:
    """Each audit finding with the numbers behind it (targets, actuals,
    stated status, attainment) and where the row stands: file, pages, table,
    row.

    A finding is one flag on one goal of one annex: an annex stored in
    several formats (text, DOCX, PDF) is one finding, shown from its
    preferred rendering, whose `also_in` names the other files the same flag
    stands in, with their places. Renderings are told by their goal series,
    so goals not yet linked (no `link_series` run) are findings each.
    """
    frame = _load(engine, _base().where(Goal.id.in_(select(Flag.goal_id))))
    if frame.empty:
        return pd.DataFrame(columns=AUDIT_COLUMNS)
    frame = frame.assign(flag=frame["flags"].str.split(", ")).explode("flag")
    frame["finding"] = [f"series {s} of {y}" if pd.notna(s) else f"goal {g}"
                        for s, y, g in zip(frame["series_id"], frame["report_year"], frame["goal_id"])]
    frame["place"] = [_place(r) for r in frame.itertuples()]
    frame["preference"] = frame["format"].map(_format_order)
    ranked = frame.sort_values(["preference", "sha256", "table", "row"], kind="stable")
    findings = ranked.groupby(["flag", "finding"], sort=False)
    also_in = findings["place"].agg(lambda places: "; ".join(list(places)[1:])).rename("also_in")
    leads = findings.head(1).join(also_in, on=["flag", "finding"])
    leads = leads.sort_values([*_ORDER, "flag"], na_position="last", kind="stable")
    return leads[AUDIT_COLUMNS].reset_index(drop=True)


def _place(row: Any) -> str:
    """Where a row stands in its file: "x.pdf (page 2, table 1, row 8)"."""
    pages = [("pages " if "," in row.pages else "page ") + row.pages] if row.pages else []
    return f"{row.file} ({', '.join([*pages, f'table {row.table}', f'row {row.row}'])})"


def compare(engine: Engine, plan: str | None = None) -> pd.DataFrame:
    """Each goal series with its years side by side ("2024 target": each
    target with the actual that measures it, "2024 status", "2024
    attainment", …) and what changed.

    An annex stored in several formats counts once per year (the text
    rendering first, then DOCX, HTML, PDF)."""
    query = _base().where(Goal.series_id.is_not(None), Document.report_year.is_not(None))
    if plan:
        query = query.where(Document.id.in_(_plan_documents(engine, plan)))
    frame = _load(engine, query)
    if frame.empty:
        return pd.DataFrame(columns=["plan", "series", "target_group", "goal", "change"])
    frame["preference"] = frame["format"].map(_format_order)
    # One goal per series and year: the renderings of one annex count once.
    order = ["plan_key", "series_order", "report_year", "preference", "sha256"]
    one = frame.sort_values(order, kind="stable").drop_duplicates(["series_id", "report_year"])
    plan_years = one.groupby("plan_key")["report_year"].agg(lambda ys: sorted(set(ys)))
    # A plan is shown under its newest name, the same on each of its series.
    plan_names = one.sort_values(["report_year", "preference", "sha256"]).groupby("plan_key")["plan"].last()
    years = sorted(set(one["report_year"]))
    rows = []
    for (plan_key, _), members in one.groupby(["plan_key", "series_order"], sort=True):  # one series each
        by_year = {int(r["report_year"]): r for _, r in members.iterrows()}
        latest = by_year[max(by_year)]
        row: dict[str, Any] = {
            "plan": plan_names[plan_key], "series": latest["series"], "target_group": latest["target_group"],
            "goal": latest["target_group"] if pd.isna(latest["goal"]) else latest["goal"]}
        for year in years:
            r = by_year.get(year)
            row[f"{year} target"] = r["measured"] if r is not None else None
            row[f"{year} status"] = r["status"] if r is not None else None
            row[f"{year} attainment"] = r["attainment"] if r is not None else None
        row["change"] = "; ".join(changes(by_year, plan_years[plan_key]))
        rows.append(row)
    return pd.DataFrame(rows)


def changes(by_year: dict[int, Any], plan_years: list[int]) -> list[str]:
    """What changed along one series: new, target raised or lowered, verdict
    changed, dropped (each with its year)."""
    found = []
    years = sorted(by_year)
    if years[0] != plan_years[0]:
        found.append(f"new in {years[0]}")
    for before, after in zip(years, years[1:]):
        a, b = by_year[before], by_year[after]
        found.extend(f"{after}: {change}" for change in _target_changes(a["target_list"], b["target_list"]))
        if a["status"] != b["status"]:
            found.append(f"{after}: verdict {a['status']} → {b['status']}")
    later = [y for y in plan_years if y > years[-1]]
    if later:
        found.append(f"dropped in {later[0]}")
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
