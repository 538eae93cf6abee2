"""`bilag serve`: a SQLite store in Datasette, read only, with its views
described, canned queries for the questions people ask, facets, and each
goal's evidence (`/-/evidence/GOAL_ID`: the row on its page, the phrases its
numbers came from marked).

    from bilag.serve import datasette_app
    app = datasette_app("bilag.db")        # an ASGI app (uvicorn, hypercorn …)
"""

from __future__ import annotations

import asyncio
import html
from pathlib import Path
from typing import Any

from bilag.errors import MissingDependency, StoreError

FACETS = ["publisher", "plan", "report_year", "status"]

QUERIES: dict[str, dict[str, str]] = {
    "goals_by_plan_and_year": {
        "title": "Goals by publisher, plan and year, with their verdicts",
        "description": "Each goal of each annex once. Leave a field empty to see all.",
        "sql": """SELECT publisher, plan, report_year, target_group, goal, status, attainment, targets,
       actuals,
       flags, evidence
FROM goal_overview
WHERE (:publisher = '' OR publisher LIKE '%' || :publisher || '%')
  AND (:plan = '' OR plan LIKE '%' || :plan || '%')
  AND (:year = '' OR report_year = CAST(:year AS INTEGER))
ORDER BY publisher, plan, report_year, file, goal_id""",
    },
    "series_over_the_years": {
        "title": "One goal series over the years",
        "description": "A series by its key (series_key) or id: each year's verdict, targets and actuals.",
        "sql": """SELECT report_year, status, attainment, targets, actuals, status_changed, target_changed,
       target_group, goal, goal_id
FROM series_overview
WHERE series_key = :series OR CAST(series_id AS TEXT) = :series
ORDER BY report_year""",
    },
    "stated_vs_numbers": {
        "title": "Stated verdict against the numbers",
        "description": "Rows whose stated verdict the numbers contradict, with every file, page and row "
                       "they stand in.",
        "sql": """SELECT flags, publisher, plan, report_year, target_group, goal, status, status_text,
       targets, actuals, attainment, provenance, evidence
FROM goal_overview
WHERE flags IS NOT NULL
ORDER BY publisher, plan, report_year, file, goal_id""",
    },
    "goals_not_reached": {
        "title": "Goals not reached, by year",
        "description": "Goals stated as not or partially achieved, and goals whose numbers fall short "
                       "of their targets.",
        "sql": """SELECT report_year, publisher, plan, target_group, goal, status, attainment, targets,
       actuals,
       CASE WHEN status IN ('not_achieved', 'partially_achieved') THEN 'stated'
            ELSE 'numbers below target' END AS why,
       provenance, evidence
FROM goal_overview
WHERE status IN ('not_achieved', 'partially_achieved') OR attainment < 1
ORDER BY report_year, publisher, plan, file, goal_id""",
    },
    "targets_changed": {
        "title": "Goals whose target changed",
        "description": "Series whose target amount moved from one year to the next.",
        "sql": """SELECT publisher, plan, target_group, goal, previous_year, previous_targets, report_year,
       targets, status, series_key
FROM series_overview
WHERE target_changed
ORDER BY publisher, plan, series_id, report_year""",
    },
}
"""The canned queries, by name (the URL of each: /DATABASE/NAME)."""


def metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata for the store named `database`: what each table,
    view and column holds, facets, canned queries."""
    from bilag.store.catalog import TABLES

    tables = {}
    for name, (description, columns) in TABLES.items():
        tables[name] = {"description": description, "columns": columns}
        if name in ("goal_overview", "goal_renderings", "quantity_overview", "series_overview"):
            tables[name]["facets"] = [f for f in FACETS if f in columns]
    tables["goal_overview"]["sort"] = "goal_id"
    return {
        "title": "bilag: goals and results of Danish municipal action plans",
        "description_html": (
            "Goal/result tables of municipal status annexes, one row per goal. Start with "
            f"<a href=\"/{database}/goal_overview\">goal_overview</a> or a canned query below; "
            "every table has a .json and a .csv link."),
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }


def sqlite_path(db_url: str | None) -> Path:
    """The SQLite file of the store, or a `StoreError` saying how to get one
    from a PostgreSQL store."""
    from sqlalchemy.engine import make_url

    from bilag.store.database import database_url, shown

    url = make_url(database_url(db_url))
    if url.get_backend_name() != "sqlite":
        raise StoreError(f"bilag serve needs a SQLite store, and {shown(str(url))} is not one: copy it "
                         "with bilag export --format sqlite -o bilag.db --db URL, "
                         "then bilag serve --db bilag.db")
    return Path(url.database or "")


class EvidencePlugin:
    """Datasette hooks: evidence links in goal cells, and the evidence pages."""

    def __init__(self, path: Path, folders: list[Path]) -> None:
        self.path, self.folders = path, folders

    def _goal(self, goal_id: int) -> dict[str, Any] | None:
        from bilag.store import goal, open_store

        engine = open_store(str(self.path))
        try:
            return goal(engine, goal_id)
        finally:
            engine.dispose()

    def render_cell(self, row: Any, value: Any, column: str, table: str | None) -> Any:
        """An evidence link in `evidence` columns and in the goals table's `regions`."""
        from markupsafe import Markup

        if column == "evidence" and isinstance(value, int):
            return Markup(f'<a class="evidence" href="/-/evidence/{value}">evidence</a>')
        if table == "goals" and column == "regions":
            where = "on its page" if value else "in its cells"
            return Markup(f'<a class="evidence" href="/-/evidence/{row["id"]}">evidence {where}</a>')
        return None

    async def evidence_page(self, request: Any) -> Any:
        from datasette.utils.asgi import Response

        goal_id = int(request.url_vars["goal_id"])
        found = await asyncio.to_thread(self._goal, goal_id)
        if found is None:
            return Response.html(f"<p>No goal {goal_id} is stored.</p>", status=404)
        return Response.html(evidence_html(found))

    async def evidence_png(self, request: Any) -> Any:
        from datasette.utils.asgi import Response

        from bilag.errors import BilagError
        from bilag.evidence import evidence_image

        goal_id = int(request.url_vars["goal_id"])
        found = await asyncio.to_thread(self._goal, goal_id)
        if found is None:
            return Response.text(f"No goal {goal_id} is stored.", status=404)
        import io

        out = io.BytesIO()
        try:
            await asyncio.to_thread(evidence_image, found, out, self.folders)
        except BilagError as e:
            return Response.text(str(e), status=404)
        return Response(out.getvalue(), content_type="image/png")


def evidence_html(found: dict[str, Any]) -> str:
    """The page of one goal's evidence: the picture, and the cells with the phrases marked."""
    from bilag.evidence import caption, marked_cells

    goal_id = found["goal_id"]
    cells = "".join(
        f"<h3>{html.escape(heading)}</h3><p>"
        + "".join(f'<mark class="{kind}">{html.escape(text)}</mark>' if kind else html.escape(text)
                  for text, kind in pieces).replace("\n", "<br>") + "</p>"
        for heading, pieces in marked_cells(found))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Evidence of goal {goal_id}</title>
<style>body{{font-family:system-ui,sans-serif;margin:1.5em;max-width:70em}}
mark.target{{background:#c6d5f8}} mark.actual{{background:#c2e6cd}}
img{{border:1px solid #ccc;max-width:100%}}
</style></head><body>
<p><a href="/">bilag</a> · <a href="javascript:history.back()">back</a></p>
<h1>Evidence of goal {goal_id}</h1>
<p class="caption">{html.escape(caption(found))}</p>
<p>Targets are marked <mark class="target">blue</mark>, actuals <mark class="actual">green</mark>.</p>
<img id="evidence" src="/-/evidence/{goal_id}.png" alt="The row of goal {goal_id} with its phrases marked">
<div class="cells">{cells}</div>
</body></html>"""


def datasette_app(path: str | Path, folders: list[Path] | None = None) -> Any:
    """The Datasette ASGI app of the store at `path`, opened immutable."""
    try:
        from datasette import hookimpl
        from datasette.app import Datasette
        from datasette.plugins import pm
    except ImportError:
        raise MissingDependency("serve", "bilag serve needs Datasette: pip install 'bilag[serve]'") from None
    path = Path(path)
    _check(path)
    plugin = EvidencePlugin(path, folders or [])

    class Hooks:
        @hookimpl
        def render_cell(self, row: Any, value: Any, column: str, table: str | None) -> Any:
            return plugin.render_cell(row, value, column, table)

        @hookimpl
        def register_routes(self) -> list:
            return [(r"^/-/evidence/(?P<goal_id>\d+)$", plugin.evidence_page),
                    (r"^/-/evidence/(?P<goal_id>\d+)\.png$", plugin.evidence_png)]

    hooks = Hooks()
    hooks.__name__ = __name__  # Datasette names its plugins by their module
    if pm.get_plugin("bilag") is not None:
        pm.unregister(name="bilag")
    pm.register(hooks, name="bilag")
    datasette = Datasette(immutables=[str(path)], metadata=metadata(path.stem),
                          settings={"default_page_size": 50, "sql_time_limit_ms": 3000})
    asyncio.run(datasette.invoke_startup())
    return datasette.app()


def _check(path: Path) -> None:
    """A store at its newest schema, views included (else one line saying what to run)."""
    from bilag.store import open_store
    from bilag.store.views import views_current

    engine = open_store(str(path))
    try:
        with engine.connect() as connection:
            current = views_current(connection)
    finally:
        engine.dispose()
    if not current:
        raise StoreError(f"the bilag database at {path} lacks this bilag's views; run bilag upgrade")


def serve(path: str | Path, host: str = "127.0.0.1", port: int = 8001,
          folders: list[Path] | None = None) -> None:
    """Serve the store at `path` until interrupted."""
    run(datasette_app(path, folders), host, port)


def run(app: Any, host: str, port: int) -> None:
    """Serve an ASGI app until interrupted."""
    import uvicorn  # installed with Datasette

    uvicorn.run(app, host=host, port=port, log_level="warning")
