"""SQL views that make a SQLite store readable without joins (for Datasette,
sqlite3 and any SQL client), with a plain-words description of every column.

- `goal_renderings`: every stored goal row, with the place of its edition's
  goal (`slot`), whether it is the rendering the queries count (`counted`)
  and every file the same row stands in.
- `goal_overview`: each goal of an edition once, with its document,
  publisher, year, verdict, attainment, numbers, flags and provenance.
- `quantity_overview`: every target and actual as numbers, with its goal.
- `series_overview`: each goal series year by year, beside the year before.

The views follow the store's own rules (`bilag.store.queries`): the
publisher is the document's, else its series'; an edition's goal counts
once, from its preferred rendering (text, DOCX, HTML, PDF). They are made
by `install_views` whenever the schema is brought up to date, and dropped
before a migration (SQLite checks views when a migration renames a table).
PostgreSQL stores have no views: `bilag export --format sqlite` copies one
into a SQLite file that has them.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from .series import FORMAT_PREFERENCE

_RANK = "CASE d.format " + " ".join(
    f"WHEN '{f}' THEN {i}" for i, f in enumerate(FORMAT_PREFERENCE)) + f" ELSE {len(FORMAT_PREFERENCE)} END"

# A goal's targets and actuals as people write them: "2 møde (annual)", "at most 5 klage", "200-300 forælder".
_TARGETS = """(SELECT group_concat(t, '; ') FROM (
    SELECT CASE WHEN q.ceiling THEN 'at most ' ELSE '' END
           || CASE WHEN q.low = q.high THEN printf('%g', q.low) ELSE printf('%g-%g', q.low, q.high) END
           || coalesce(' ' || q.unit, '') || coalesce(' (' || q.period || ')', '') AS t
    FROM quantities q WHERE q.goal_id = {goal} AND q.kind = 'target' ORDER BY q.position))"""
_ACTUALS = """(SELECT group_concat(t, '; ') FROM (
    SELECT printf('%g', q.value) || CASE WHEN q.high IS NULL THEN '' ELSE printf('-%g', q.high) END
           || coalesce(' ' || q.unit, '') AS t
    FROM quantities q WHERE q.goal_id = {goal} AND q.kind = 'actual' ORDER BY q.position))"""
_FLAGS = ("(SELECT group_concat(name, ', ') FROM "
          "(SELECT name FROM flags WHERE goal_id = {goal} ORDER BY name))")
_PLACE = ("d.file_name"
          " || coalesce(', page ' || (SELECT group_concat(value, ', ') FROM json_each(g.pages)), '')"
          " || ', table ' || g.table_number || ', row ' || g.row_number")

VIEWS: dict[str, str] = {
    # One pass over the goals: window functions over each edition's goal (its slot), no subquery per row.
    "goal_renderings": f"""
SELECT b.goal_id, b.document_id, b.publisher, b.plan, b.report_year, b.annex, b.file_name, b.format,
       b.pages, b.table_number, b.row_number, b.regions, b.series_id, b.series_key, b.slot,
       row_number() OVER slot = 1 AS counted,
       group_concat(b.place, '; ') OVER (slot ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
           AS provenance,
       coalesce(min(CASE WHEN b.regions IS NOT NULL THEN b.goal_id END) OVER (PARTITION BY b.slot),
                first_value(b.goal_id) OVER slot) AS evidence
FROM (SELECT g.id AS goal_id, g.document_id, coalesce(d.municipality, s.municipality) AS publisher,
             coalesce(d.plan, d.title) AS plan, d.report_year, d.annex, d.file_name, d.format, g.pages,
             g.table_number, g.row_number, g.regions, g.series_id, s.key AS series_key,
             CASE WHEN g.series_id IS NULL THEN 'goal ' || g.id
                  ELSE 'series ' || g.series_id || ' of ' || coalesce(d.report_year, '-') END AS slot,
             {_RANK} AS preference, d.sha256, {_PLACE} AS place
      FROM goals g JOIN documents d ON d.id = g.document_id LEFT JOIN goal_series s ON s.id = g.series_id) b
WINDOW slot AS (PARTITION BY b.slot ORDER BY b.preference, b.sha256, b.table_number, b.row_number)""",
    "goal_overview": f"""
SELECT c.goal_id, c.publisher, c.plan, c.report_year, c.annex, g.target_group, g.goal_text AS goal,
       g.report_text AS report, g.status, g.status_text, g.attainment,
       {_TARGETS.format(goal="g.id")} AS targets, {_ACTUALS.format(goal="g.id")} AS actuals,
       {_FLAGS.format(goal="g.id")} AS flags, c.series_id, c.series_key, c.file_name AS file,
       c.provenance, c.evidence
FROM goal_renderings c JOIN goals g ON g.id = c.goal_id
WHERE c.counted""",
    "quantity_overview": """
SELECT q.id AS quantity_id, o.goal_id, o.publisher, o.plan, o.report_year, o.target_group, o.goal,
       q.kind, q.position, q.low, q.high, q.value, q.unit, q.period, q.ceiling,
       (SELECT t.position FROM quantities t WHERE t.id = q.measures_id) AS measures,
       q.text, o.series_key, o.file
FROM quantities q JOIN goal_overview o ON o.goal_id = q.goal_id""",
    "series_overview": """
SELECT p.*, p.previous_status <> p.status AS status_changed,
       EXISTS (SELECT 1 FROM quantities a JOIN quantities b
               ON a.goal_id = p.previous_goal_id AND b.goal_id = p.goal_id
                  AND a.kind = 'target' AND b.kind = 'target' AND a.low <> b.low
               WHERE a.unit = b.unit OR (p.previous_target_count = 1 AND p.target_count = 1))
           AS target_changed
FROM (SELECT o.series_id, o.series_key, o.publisher, o.plan, o.target_group, o.goal, o.report_year,
             o.status, o.attainment, o.targets, o.actuals, o.goal_id,
             lag(o.report_year) OVER w AS previous_year, lag(o.status) OVER w AS previous_status,
             lag(o.attainment) OVER w AS previous_attainment, lag(o.targets) OVER w AS previous_targets,
             lag(o.goal_id) OVER w AS previous_goal_id, n.targets AS target_count,
             lag(n.targets) OVER w AS previous_target_count
      FROM goal_overview o
      JOIN (SELECT g.id, (SELECT count(*) FROM quantities q WHERE q.goal_id = g.id AND q.kind = 'target')
                         AS targets FROM goals g) n ON n.id = o.goal_id
      WHERE o.series_id IS NOT NULL
      WINDOW w AS (PARTITION BY o.series_id ORDER BY o.report_year)) p""",
}
"""Each view's SELECT, in an order where a view comes after those it reads."""


def install_views(connection: Connection) -> None:
    """Make every view anew (SQLite only), in one transaction of `connection`."""
    if connection.dialect.name != "sqlite":
        return
    drop_views(connection)
    for name, select in VIEWS.items():
        connection.exec_driver_sql(f"CREATE VIEW {name} AS {select.strip()}")


def drop_views(connection: Connection) -> None:
    """Drop the views (SQLite only), as before a migration that copies tables."""
    if connection.dialect.name != "sqlite":
        return
    for name in reversed(VIEWS):
        connection.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")


def views_current(connection: Connection) -> bool:
    """Whether the store has every view as this bilag makes it."""
    stored = dict(connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'view'")).all())
    return all(stored.get(name) == f"CREATE VIEW {name} AS {select.strip()}"
               for name, select in VIEWS.items())
