"""What every table, view and column of the store holds, in plain words.

One place for the descriptions that Datasette shows (`bilag serve`) and
that anyone reading the database needs; a test checks that every column of
a store is described here.
"""

from __future__ import annotations

_PLACE = {
    "publisher": "The municipality that published the annex (the document's, else its series').",
    "plan": "The action plan the annex reports on (its title where it names no plan).",
    "report_year": "The year the annex reports on.",
    "annex": "The annex number (\"2\" for Bilag 2).",
    "target_group": "The row's target group (Målgruppe) as the table gives it.",
    "goal": "The goal as stated (the Mål cell).",
    "file": "The file the row was read from (the preferred rendering of its edition).",
    "series_id": "The goal series: the same goal followed over the years (see goal_series).",
    "series_key": "A stable name of the series, kept when other years are imported.",
    "goal_id": "The goal (a row of goals).",
}
_VERDICT = {
    "status": "The verdict the document states: achieved, partially_achieved, not_achieved, on_track "
              "or not_stated.",
    "status_text": "The words the verdict was read from (\"Målet er nået\").",
    "attainment": "What the actuals reach of their targets (1.0 = 100 %), where the numbers tell it.",
    "targets": "The targets as numbers: amount (a range low-high), unit and period; "
               "\"at most\" for a ceiling.",
    "actuals": "The actuals the report gives, as numbers with their unit.",
}
_QUANTITY = {
    "kind": "\"target\" (a number the goal sets) or \"actual\" (a number the report delivers).",
    "position": "The quantity's place among the goal's targets or actuals (from 0).",
    "low": "A target's lower bound (the number itself for a single number).",
    "high": "A target's upper bound; for an actual, the top of a range it gives.",
    "value": "An actual's number.",
    "unit": "What is counted, as a lemma (\"møde\", \"forælder\").",
    "period": "How often a target applies (\"annual\"), where the goal says so.",
    "ceiling": "1 for a target that is an upper bound (\"højst 5 klager\"): met at or below high.",
    "text": "The phrase the number was read from.",
}

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "documents": ("One row per imported annex file.", {
        "id": "The document's id (never reused).",
        "file_name": "The file's name.",
        "sha256": "The SHA-256 of the file's bytes: the same bytes are stored once.",
        "format": "pdf, docx, text or html.",
        "pages": "Number of pages (PDF).",
        "title": "The document's title (\"Bilag 2: Status på handleplanens indsatser med årlige mål\").",
        "annex": _PLACE["annex"],
        "plan": "The action plan the annex reports on, where it names one.",
        "municipality": "The publisher, from the document or given at import.",
        "plan_key": "The plan's identity for year-over-year series (lower case, without years).",
        "report_year": _PLACE["report_year"],
        "warnings": "What the extractor warned about, as a JSON list.",
        "imported_at": "When the file was imported (UTC).",
        "extractor_version": "The bilag version that read the file.",
    }),
    "goal_tables": ("The goal/result tables of each document, with the role of each column.", {
        "id": "The table's id.", "document_id": "The document it stands in.",
        "number": "The table's number in its document (from 1).", "title": "The heading above it.",
        "columns": "Each column's role (target_group, goal, report, status) as a JSON list.",
        "headers": "Each column's header text as a JSON list.",
    }),
    "goals": ("One row per goal row of a goal/result table, in every file it stands in.", {
        "id": "The goal's id: bilag show ID prints it, /-/evidence/ID shows it on its page.",
        "document_id": "The document it stands in.", "table_id": "Its goal table.",
        "table_number": "Its table's number in the document.", "row_number": "Its row in the table (from 1).",
        "pages": "The pages it stands on, as a JSON list (PDF).",
        "regions": "Where it stands on each page (PDF): JSON list of {page, bbox: [x0, top, x1, bottom]} "
                   "in points from the page's top-left corner.",
        "target_group": _PLACE["target_group"], "goal_text": _PLACE["goal"],
        "report_text": "The report on the goal (the Afrapportering cell).",
        "status": _VERDICT["status"], "status_text": _VERDICT["status_text"],
        "attainment": _VERDICT["attainment"], "series_id": _PLACE["series_id"],
    }),
    "quantities": ("Every target and actual read from a goal row, as numbers.", {
        "id": "The quantity's id.", "goal_id": _PLACE["goal_id"], **_QUANTITY,
        "measures_id": "For an actual: the target (a row of quantities) it measures.",
    }),
    "flags": ("Audit findings: rows whose stated verdict contradicts their numbers, and similar.", {
        "id": "The flag's id.", "goal_id": _PLACE["goal_id"],
        "name": "The finding, such as status_contradicts_numbers.",
    }),
    "footnotes": ("The footnotes of each document.", {
        "id": "The footnote's id.", "document_id": "The document it stands in.",
        "position": "Its place among the document's footnotes.", "mark": "Its mark (\"1\", \"*\").",
        "text": "Its text.",
    }),
    "goal_series": ("The same goal followed over the report years of its plan.", {
        "id": "The series' id (kept while the series keeps its goals).", "key": _PLACE["series_key"],
        "municipality": "The publisher of the series' annexes.", "plan_key": "The plan's identity.",
        "first_year": "The first report year it is seen in.",
        "last_year": "The last report year it is seen in.",
    }),
    "import_log": ("What happened to each file in each import.", {
        "id": "The entry's id.", "path": "The path as given to bilag import.",
        "sha256": "The file's SHA-256 (where it could be read).",
        "outcome": "imported, unchanged, replaced or failed.", "reason": "Why it failed.",
        "logged_at": "When (UTC).",
    }),
    "alembic_version": ("The schema revision of the store (bilag upgrade brings it up to date).", {
        "version_num": "The revision.",
    }),
    "goal_renderings": ("View: every goal row with its edition's place; an annex stored as text, DOCX "
                        "and PDF is one edition in three renderings.", {
        "goal_id": _PLACE["goal_id"], "document_id": "The document it stands in.",
        "publisher": _PLACE["publisher"], "plan": _PLACE["plan"], "report_year": _PLACE["report_year"],
        "annex": _PLACE["annex"], "file_name": "The file it stands in.", "format": "The file's format.",
        "pages": "Its pages (PDF).", "table_number": "Its table.", "row_number": "Its row.",
        "regions": "Where it stands on its pages (PDF).", "series_id": _PLACE["series_id"],
        "series_key": _PLACE["series_key"],
        "slot": "The edition's goal this row renders: the same slot in every rendering.",
        "counted": "1 for the rendering counted (text before DOCX, HTML and PDF), 0 for the others.",
        "provenance": "Every file the same row stands in, with page, table and row (the counted one first).",
        "evidence": "The rendering whose evidence to show (the PDF's where there is one).",
    }),
    "goal_overview": ("View: each goal of each edition once, with its publisher, plan, year, verdict, "
                      "numbers, flags and the files, pages and rows it stands in.", {
        **{k: _PLACE[k] for k in ("goal_id", "publisher", "plan", "report_year", "annex", "target_group",
                                  "goal", "series_id", "series_key", "file")},
        "report": "The report on the goal.", **_VERDICT,
        "flags": "Audit findings on the row (status_contradicts_numbers …), comma separated.",
        "provenance": "Every file the row stands in, with page, table and row.",
        "evidence": "The goal whose evidence to show (its PDF rendering where there is one): "
                    "a link to the page with the row marked.",
    }),
    "quantity_overview": ("View: every target and actual as numbers with its goal "
                          "(each edition's goal once).", {
        "quantity_id": "The quantity (a row of quantities).",
        **{k: _PLACE[k] for k in ("goal_id", "publisher", "plan", "report_year", "target_group", "goal",
                                  "series_key", "file")},
        **_QUANTITY, "measures": "For an actual: the position of the target it measures.",
    }),
    "series_overview": ("View: each goal series year by year, beside the year before.", {
        **{k: _PLACE[k] for k in ("series_id", "series_key", "publisher", "plan", "target_group", "goal",
                                  "goal_id")},
        "report_year": _PLACE["report_year"], **{k: _VERDICT[k] for k in ("status", "attainment", "targets",
                                                                          "actuals")},
        "previous_year": "The series' year before this one.",
        "previous_status": "The stated verdict the year before.",
        "previous_attainment": "The attainment the year before.",
        "previous_targets": "The targets the year before.",
        "previous_goal_id": "The goal the year before.",
        "target_count": "How many targets the goal sets.",
        "previous_target_count": "How many targets it set the year before.",
        "status_changed": "1 where the stated verdict differs from the year before.",
        "target_changed": "1 where a target's amount moved since the year before (targets of the same unit, "
                          "or the only target of each year).",
    }),
}
"""Each table's and view's description and its columns' descriptions."""
