"""`bilag report`: one self-contained HTML file (no network needed to open it)
for a publisher, a plan or the whole store.

It holds a summary of verdicts and attainment per year, each goal series as
a small chart over the years (the target band against the actual, the
stated verdict marked, a verdict the numbers contradict in red) and the
flagged rows with their evidence and provenance. Charts are drawn by
matplotlib and inlined as SVG; evidence pictures are inlined as PNG.

    from bilag.report import write_report
    write_report(engine, "report.html", plan="ekstremisme")
"""

from __future__ import annotations

import base64
import html
import io
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from bilag.errors import MissingDependency

VERDICT_COLOURS = {
    "achieved": "#2e7d32", "partially_achieved": "#f9a825", "not_achieved": "#c62828",
    "on_track": "#1565c0", "not_stated": "#9e9e9e",
}
CONTRADICTED = "#d50000"
TARGET_BAND = "#90caf9"
CONTEXT = 60  # points of the page shown above and below a flagged row


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise MissingDependency("report",
                                "bilag report needs matplotlib: pip install 'bilag[report]'") from None
    matplotlib.use("Agg")
    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "bilag", "font.size": 9})
    import matplotlib.pyplot as plt

    return plt


def _svg(figure: Any) -> str:
    """A figure as inline SVG markup (no XML prolog)."""
    out = io.StringIO()
    figure.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    _pyplot().close(figure)
    text = out.getvalue()
    return text[text.index("<svg"):]


def verdict_chart(goals: list[dict[str, Any]]) -> str:
    """Stacked bars of the stated verdicts per report year, as SVG."""
    plt = _pyplot()
    years = sorted({g["report_year"] for g in goals if g["report_year"] is not None})
    figure, axes = plt.subplots(figsize=(5, 2.6))
    bottom = [0] * len(years)
    for status, colour in VERDICT_COLOURS.items():
        counts = [sum(g["status"] == status and g["report_year"] == y for g in goals) for y in years]
        if any(counts):
            axes.bar([str(y) for y in years], counts, bottom=bottom, color=colour,
                     label=status.replace("_", " "))
            bottom = [b + c for b, c in zip(bottom, counts)]
    axes.set_ylabel("goals")
    axes.legend(loc="center left", bbox_to_anchor=(1, 0.5), frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def series_chart(points: list[dict[str, Any]]) -> str:
    """One series over the years, as SVG: each year's first target as a band
    (low..high), the actual that measures it as a point coloured by the
    stated verdict, red and ringed where the numbers contradict it."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(3.2, 2.0))
    years = [p["report_year"] for p in points]
    lows = [p["low"] for p in points]
    highs = [p["high"] for p in points]
    if any(v is not None for v in lows):
        for year, low, high in zip(years, lows, highs):
            if low is not None:
                axes.fill_between([year - 0.3, year + 0.3], [low] * 2, [max(high, low * 1.001)] * 2,
                                  color=TARGET_BAND, alpha=0.8, linewidth=0)
                axes.hlines([low], year - 0.3, year + 0.3, color="#1565c0", linewidth=1.5)
    measured = [(p["report_year"], p["value"], p) for p in points if p["value"] is not None]
    if measured:
        axes.plot([m[0] for m in measured], [m[1] for m in measured], color="#555", linewidth=1, zorder=2)
    for year, value, p in measured:
        contradicted = bool(p["flags"])
        axes.scatter([year], [value], s=60 if contradicted else 36, zorder=3,
                     color=CONTRADICTED if contradicted else VERDICT_COLOURS.get(p["status"], "#555"),
                     edgecolors="black" if contradicted else "none", linewidths=1.2)
    for p in points:
        label = p["status"].replace("_", " ") + (" (contradicted)" if p["flags"] else "")
        y = p["value"] if p["value"] is not None else p["low"]
        if y is not None:
            axes.annotate(label, (p["report_year"], y), textcoords="offset points", xytext=(0, 7),
                          ha="center", fontsize=7, color=CONTRADICTED if p["flags"] else "#333")
    axes.set_xticks(years, [str(y) for y in years])
    axes.set_xlim(min(years) - 0.6, max(years) + 0.6)
    axes.margins(y=0.35)
    unit = next((p["unit"] for p in points if p["unit"]), None)
    if unit:
        axes.set_ylabel(unit)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def _series_points(engine: Engine, filters: dict[str, Any]) -> dict[Any, list[dict[str, Any]]]:
    """Each series' years with the numbers a chart needs: the first target and
    the actual that measures it."""
    from bilag.store import compare_long, quantities
    from bilag.store.export import records

    numbers: dict[int, dict[str, Any]] = defaultdict(dict)
    for q in records(quantities(engine, **filters)):
        own = numbers[q["goal_id"]]
        if q["kind"] == "target" and q["position"] == 0:
            own.update(low=q["low"], high=q["high"], unit=q["unit"])
        elif q["kind"] == "actual" and q["measures"] == 0 and "value" not in own:
            own["value"] = q["value"]
    series: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    compare_filters = {k: v for k, v in filters.items() if k in ("plan", "municipality")}
    for row in records(compare_long(engine, **compare_filters)):
        if filters.get("year") is None or row["report_year"] == filters["year"]:
            series[row["series_id"]].append({"low": None, "high": None, "unit": None, "value": None, **row,
                                             **numbers.get(row["goal_id"], {})})
    return series


def write_report(engine: Engine, output: str | Path, plan: str | None = None,
                 municipality: str | None = None, folders: list[Path] | None = None) -> None:
    """Write the report of the store (or of one `plan` / `municipality`) to `output`."""
    from bilag.store import audit, goal, goals
    from bilag.store.export import records

    _pyplot()
    filters = {"plan": plan, "municipality": municipality}
    all_goals = records(goals(engine, **filters))
    flags = {g["goal_id"]: g["flags"] for g in all_goals}
    series = _series_points(engine, filters)
    for points in series.values():
        for p in points:
            p["flags"] = flags.get(p["goal_id"], [])
    scope = " · ".join(x for x in (municipality, plan) if x) or "the whole store"
    parts = [f"<h1>Goals and results: {html.escape(scope)}</h1>",
             "<h2>Verdicts and attainment per year</h2>", _summary_table(all_goals),
             f'<figure class="chart">{verdict_chart(all_goals)}</figure>' if all_goals else ""]
    by_plan: dict[tuple[Any, Any], list[list[dict[str, Any]]]] = defaultdict(list)
    for points in series.values():
        by_plan[(points[0]["municipality"], points[0]["plan"])].append(points)
    parts.append("<h2>Goal series over the years</h2>")
    parts.append('<p class="legend"><span class="band"></span> target (band: a range) · '
                 '<span class="dot"></span> actual, coloured by the stated verdict · '
                 '<span class="dot red"></span> verdict the numbers contradict</p>')
    for (publisher, name), plan_series in by_plan.items():
        parts.append(f"<h3>{html.escape(name or '')}" + (f" ({html.escape(publisher)})" if publisher else "")
                     + "</h3><div class=\"grid\">")
        for points in plan_series:
            first = points[0]
            heading = f"{first['series']}: {first['target_group'] or ''}"
            chart = (series_chart(points) if any(p["low"] is not None for p in points)
                     else '<p class="none">no numbers to chart</p>')
            verdicts = ", ".join(f"{p['report_year']}: {p['status'].replace('_', ' ')}" for p in points)
            parts.append(f'<div class="series" data-series="{html.escape(str(first["series_key"]))}">'
                         f"<h4>{html.escape(heading)}</h4>"
                         f"<p class=\"goal\">{html.escape(first['goal'] or '')}"
                         f"</p>{chart}<p class=\"verdicts\">{html.escape(verdicts)}</p></div>")
        parts.append("</div>")
    parts.append("<h2>Flagged rows</h2>")
    findings = records(audit(engine, **filters))
    if not findings:
        parts.append("<p>No row's stated verdict contradicts its numbers.</p>")
    for finding in findings:
        parts.append(_finding(finding, goal(engine, _evidence_goal(engine, finding)), folders))
    Path(output).write_text(_page(scope, "\n".join(parts)), encoding="utf-8")


def _evidence_goal(engine: Engine, finding: dict[str, Any]) -> int:
    """The finding's goal in its PDF rendering where it has one (its region can be shown)."""
    from bilag.store import goals
    from bilag.store.export import records

    renderings = [g for g in records(goals(engine, all_renderings=True, year=finding["report_year"]))
                  if g["series_id"] == finding["series_id"] and g["series_id"] is not None]
    return next((g["goal_id"] for g in renderings if g["format"] == "pdf"), finding["goal_id"])


def _finding(finding: dict[str, Any], shown: dict[str, Any] | None, folders: list[Path] | None) -> str:
    from bilag.errors import BilagError
    from bilag.evidence import evidence_image

    share = f"{finding['attainment']:.0%}" if finding["attainment"] is not None else "-"
    places = "; ".join(x for x in (_place(finding), finding["also_in"]) if x)
    picture = ""
    if shown is not None:
        out = io.BytesIO()
        try:
            evidence_image(shown, out, folders, context=CONTEXT)
            data = base64.b64encode(out.getvalue()).decode()
            picture = f'<img class="evidence" alt="evidence of goal {shown["goal_id"]}" ' \
                      f'src="data:image/png;base64,{data}">'
        except BilagError as e:
            picture = f'<p class="none">{html.escape(str(e))}</p>'
    stated = finding["status"] + (f' ("{finding["status_text"]}")' if finding["status_text"] else "")
    return (f'<div class="finding"><h3>{html.escape(finding["flag"])}: '
            f'{html.escape(finding["goal"] or "")}</h3>'
            f"<dl><dt>stated</dt><dd>{html.escape(stated)}</dd>"
            f"<dt>numbers</dt><dd>{html.escape(finding['measured'] or '-')}; attainment {share}</dd>"
            f"<dt>where</dt><dd>{html.escape(places)}</dd></dl>{picture}</div>")


def _place(finding: dict[str, Any]) -> str:
    pages = f"page {', '.join(map(str, finding['pages']))}, " if finding["pages"] else ""
    return f"{finding['file']} ({pages}table {finding['table']}, row {finding['row']})"


def _summary_table(goals: list[dict[str, Any]]) -> str:
    years = sorted({g["report_year"] for g in goals if g["report_year"] is not None})
    head = "".join(f"<th>{s.replace('_', ' ')}</th>" for s in VERDICT_COLOURS)
    rows = []
    for year in years:
        own = [g for g in goals if g["report_year"] == year]
        shares = [g["attainment"] for g in own if g["attainment"] is not None]
        mean = f"{sum(shares) / len(shares):.0%}" if shares else "-"
        cells = "".join(f"<td>{sum(g['status'] == s for g in own)}</td>" for s in VERDICT_COLOURS)
        flagged = sum(bool(g["flags"]) for g in own)
        rows.append(f"<tr><th>{year}</th><td>{len(own)}</td>{cells}<td>{flagged}</td><td>{mean}</td></tr>")
    return (f'<table class="summary"><tr><th>year</th><th>goals</th>{head}<th>flagged</th>'
            f"<th>mean attainment</th></tr>{''.join(rows)}</table>")


def _page(scope: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>bilag report: {html.escape(scope)}</title>
<style>
body{{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:75em;padding:0 1em;color:#222}}
table.summary{{border-collapse:collapse}}
table.summary td,table.summary th{{border:1px solid #ccc;padding:.2em .6em}}
.grid{{display:grid;grid-template-columns:repeat(auto-fill,minmax(19em,1fr));gap:1em}}
.series{{border:1px solid #ddd;border-radius:4px;padding:.5em}} .series h4{{margin:.2em 0}}
.series svg{{width:100%;height:auto}} .goal{{font-size:.85em;color:#444;margin:.2em 0}}
.verdicts,.none{{font-size:.8em;color:#666}}
.finding{{border-left:4px solid {CONTRADICTED};padding-left:1em;margin:1em 0}}
dl{{display:grid;grid-template-columns:6em 1fr;gap:.2em}} dt{{font-weight:bold}}
img.evidence{{max-width:100%;border:1px solid #ccc}}
.legend .band{{display:inline-block;width:1.5em;height:.8em;background:{TARGET_BAND}}}
.legend .dot{{display:inline-block;width:.7em;height:.7em;border-radius:50%;
  background:{VERDICT_COLOURS['achieved']}}}
.legend .dot.red{{background:{CONTRADICTED}}}
</style></head><body>
{body}
</body></html>
"""
