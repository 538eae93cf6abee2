"""The `bilag` command line: a thin layer over the library."""

from __future__ import annotations

import dataclasses
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from bilag import __version__
from bilag.errors import BilagError, printable
from bilag.record import STATUSES, Record
from bilag.settings import DEFAULT, Settings

if TYPE_CHECKING:
    import pandas as pd


def fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)


def warn(message: str) -> None:
    click.echo(f"Warning: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bilag")
def main() -> None:
    """Goal/result tables of Danish municipal status annexes as data.

    \b
    bilag extract FILE...      print the bilag/1 record of each file
    bilag import PATH...       store annexes in the database (--db PATH|URL)
    bilag upgrade              bring a store made by an older bilag up to date
    bilag goals                list stored goals (--year, --plan, --status, --flagged …)
    bilag audit                flagged rows with their numbers, file, page, table, row
    bilag compare              each goal's years and what changed
    bilag show GOAL_ID         one goal with everything stored about it (--image PNG: its evidence)
    bilag log                  the import log, failures first
    bilag export --format F    write a table as csv, tsv, json, nl or parquet; xlsx: the audit
                               workbook; sqlite: a copy of the store
    bilag report               one HTML file: verdicts, each series as a chart, flagged rows
    bilag serve                browse and query the store in Datasette

    The query commands read only, and print data with --json, --nl, --csv,
    --tsv or --table.
    """


INTERRUPTED = 130  # the shell's exit status for a command stopped by Ctrl-C (128 + SIGINT)


def limit_options(function: Callable[..., None]) -> Callable[..., None]:
    """--jobs, --time-limit and --memory-limit: how files are read in worker processes."""
    function = click.option("--memory-limit", type=click.FloatRange(min=0.1), default=None, metavar="GIB",
                            help="GiB of memory one file may take (default "
                                 f"{DEFAULT.file_memory_limit / 2**30:g}); past it the file fails.")(function)
    function = click.option("--time-limit", type=click.FloatRange(min=0.1), default=None, metavar="SECONDS",
                            help=f"Seconds one file may take (default {DEFAULT.file_time_limit:g}); "
                                 "past it the file fails.")(function)
    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                        help="Worker processes reading files (default: the number of cores).")(function)


def with_limits(time_limit: float | None, memory_limit: float | None) -> Settings:
    """The default settings with the limits given on the command line."""
    changes: dict[str, float | int] = {}
    if time_limit is not None:
        changes["file_time_limit"] = time_limit
    if memory_limit is not None:
        changes["file_memory_limit"] = int(memory_limit * 2**30)
    return dataclasses.replace(DEFAULT, **changes)


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print bilag/1 JSON, one object per line per file.")
@click.option("--explain", is_flag=True,
              help="Show the phrase each reading comes from and the numbers left out, with the reason.")
@limit_options
def extract_command(files: tuple[Path, ...], as_json: bool, explain: bool, jobs: int | None,
                    time_limit: float | None, memory_limit: float | None) -> None:
    """Read annex FILES (PDF, DOCX, text or HTML) and print their goal rows.

    Each file is read on its own, in a worker process within the time and
    memory limits: one that cannot be read is reported on stderr and the
    others go on; the exit status is 1 if any failed. Ctrl-C stops after the
    file being printed (exit status 130).
    """
    from bilag.pipeline import process_all
    from bilag.workers import stop_on_interrupt

    failed = 0
    with stop_on_interrupt() as stop:
        for path, record in process_all(files, with_limits(time_limit, memory_limit), jobs, stop):
            if isinstance(record, BilagError):
                fail(str(record))
                failed += 1
                continue
            for warning in record.warnings:
                warn(f"{printable(path)}: {warning}")
            if as_json:
                click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
            else:
                show_record(record, explain)
    if stop.requested:
        fail("interrupted: the files not printed were not read")
        sys.exit(INTERRUPTED)
    if failed:
        sys.exit(1)


def show_record(record: Record, explain: bool = False) -> None:
    """A readable rendering of one record: one block per goal row; with `explain`,
    the phrase each target and actual was read from and the numbers left out."""
    doc = record.document
    pages = f", {record.source.pages} pages" if record.source.pages else ""
    if record.source.ocr:  # a scan: say so, and how sure the OCR was
        pages += f", OCR {record.source.ocr_confidence or 0:.0f}% word confidence"
    click.secho(f"{record.source.file} ({record.source.format}{pages})", bold=True)
    facts = [doc.title or "(no title)", f"annex {doc.annex or '-'}", f"report year {doc.report_year or '-'}"]
    click.echo(" | ".join(facts + ([doc.plan] if doc.plan else [])))
    for info in record.tables:
        click.echo()
        click.secho(f"Table {info.index}: {info.title or ''}".rstrip(": "), bold=True)
        click.echo("  columns: " + " | ".join(f"{h} ({r})" for h, r in zip(info.headers, info.columns)))
        for goal in (g for g in record.goals if g.table == info.index):
            where = f"row {goal.row}" + (f", p. {','.join(map(str, goal.pages))}" if goal.pages else "")
            click.echo(f"\n  [{where}] {goal.target_group or ''}")
            _field("goal", goal.goal)
            _field("report", goal.report)
            verdict = goal.status + (f' ("{goal.status_text}")' if goal.status_text else "")
            if goal.attainment is not None:
                verdict += f", attainment {goal.attainment:.0%}"
            _field("status", verdict)
            for i, target in enumerate(goal.targets):
                got = ", ".join(_n(a.value) for a in goal.actuals if a.target == i)
                period = f" ({target.period})" if target.period else ""
                bound = "at most " if target.ceiling else ""
                _field("target", f"{bound}{_range(target.low, target.high)} {target.unit or ''}{period}"
                       + (f" → {got}" if got else "") + (f' ("{target.text}")' if explain else ""))
            if explain:
                for actual in goal.actuals:
                    measures = f"target {actual.target + 1}" if actual.target is not None else "no target"
                    _field("actual", f'{_n(actual.value)} {actual.unit or ""} ("{actual.text}", {measures})')
                for left in goal.skipped:
                    _field("skipped", f'"{left.text}" in the {left.cell}: {left.reason}')
            if goal.flags:
                click.secho(f"    {'flags:':<9}{', '.join(goal.flags)}", fg="red")
    for note in doc.footnotes:
        click.echo(f"  {note.mark}) {note.text}")


def _field(name: str, text: str | None) -> None:
    if text:
        click.echo(textwrap.fill(text.replace("\n", " "), width=100, initial_indent=f"    {name + ':':<9}",
                                 subsequent_indent=" " * 13, max_lines=3, placeholder=" …"))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _n(value: float) -> str:
    return f"{value:g}"


def _range(low: float, high: float) -> str:
    return _n(low) if low == high else f"{_n(low)}-{_n(high)}"


# Store commands: import, upgrade, goals, audit, compare, show, log, export (thin layers over bilag.store).

DB_OPTION = click.option("--db", "db_url", metavar="PATH|URL", default=None,
                         help="A SQLite file or a database URL (default: BILAG_DATABASE_URL, else bilag.db).")
MUNICIPALITY_OPTION = click.option("--municipality",
                                   help="Only annexes whose publisher's name contains this.")
PLAN_OPTION = click.option("--plan", help="Only plans whose name, annex title or file name contains this.")
RENDERINGS_OPTION = click.option("--all-renderings", is_flag=True,
                                 help="A row per file (an annex stored as text, DOCX and PDF counts once).")


def output_options(function: Callable[..., None]) -> Callable[..., None]:
    """--json, --nl, --csv, --tsv, --table and --excel: data instead of the readable listing."""
    excel = click.option("--excel", is_flag=True,
                         help="CSV for Excel: ';' between fields, decimal comma, UTF-8 byte order mark.")
    function = excel(function)
    for flag, name, text in reversed([
            ("--json", "json", "A JSON array of objects."),
            ("--nl", "nl", "JSON Lines: one object per line."),
            ("--csv", "csv", "CSV with a header row."), ("--tsv", "tsv", "Tab-separated values."),
            ("--table", "table", "A plain text grid (for pipes and narrow terminals).")]):
        function = click.option(flag, "output_format", flag_value=name, help=text)(function)
    return function


def store_command(function: Callable[..., None]) -> Callable[..., None]:
    """Turn store failures (no database, database unreachable, query
    failing, a missing extra) into one `Error: …` line and exit status 1,
    never a traceback."""
    import functools

    @functools.wraps(function)
    def wrapper(*args: object, **kwargs: object) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from bilag.errors import MissingDependency, StoreError

        try:
            function(*args, **kwargs)
            return
        except (StoreError, MissingDependency) as e:
            fail(str(e))
        except SQLAlchemyError as e:
            fail(f"database error: {str(getattr(e, 'orig', None) or e).strip().splitlines()[0]}")
        sys.exit(1)

    return wrapper


def emit(frame: pd.DataFrame, output_format: str | None, excel: bool, readable: Callable[[], None],
         grid_columns: list[str] | None = None) -> None:
    """The frame as data (--json, --nl, --csv, --tsv, --excel), as a plain
    grid (--table), else the command's readable listing."""
    from bilag.store.export import write

    if excel and output_format not in (None, "csv"):
        raise click.UsageError("--excel makes a CSV: use it alone or with --csv")
    if output_format is None and not excel:
        readable()
    elif output_format == "table":
        from bilag.grid import grid

        click.echo(grid(frame[grid_columns] if grid_columns else frame), nl=False)
    else:
        write(frame, output_format or "csv", _stdout(), excel=excel)


def _stdout() -> IO[bytes]:
    """Standard output for bytes (after any text already written to it)."""
    sys.stdout.flush()
    return sys.stdout.buffer


def _nothing_found(engine: object, what: str, filters: dict[str, object]) -> None:
    """Say why a query gave no rows: an empty store, or filters that match nothing."""
    from bilag.store.queries import goal_count

    stored = goal_count(engine)
    given = " ".join(f"--{k.replace('_', '-')} {v}" if v is not True else f"--{k.replace('_', '-')}"
                     for k, v in filters.items() if v not in (None, False))
    if not stored:
        click.echo("No goals stored yet: import annexes first (bilag import PATH...).", err=True)
    elif given:
        click.echo(f"No {what} matches {given}.", err=True)


def _percent(share: float | None) -> str:
    return "" if share is None or share != share else f"{share:.0%}"


@main.command("import")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@limit_options
@click.option("--force", is_flag=True, help="Re-read files already stored and replace their rows.")
@click.option("--municipality", help="The publisher of these files (over what the documents name).")
@click.option("--follow-links", is_flag=True,
              help="Read links in the folders that point out of them (not followed by default).")
@click.option("--verbose", "-v", is_flag=True, help="List the files a folder walk passed over, and why.")
@store_command
def import_command(paths: tuple[str, ...], db_url: str | None, jobs: int | None, time_limit: float | None,
                   memory_limit: float | None, force: bool, municipality: str | None, follow_links: bool,
                   verbose: bool) -> None:
    """Import annex files, folders (recursively) and glob patterns into the store.

    Each document is stored whole or not at all; files already stored are
    left unchanged (same bytes). Each file is read in a worker process
    within the time and memory limits; failed files are logged with their
    reason and the batch goes on; the exit status is 1 if any failed. Ctrl-C
    stores the files read so far, prints the summary and exits with 130;
    the next run reads the rest. The store is made, or upgraded, as needed.
    """
    from bilag.store import connect, import_paths
    from bilag.workers import stop_on_interrupt

    engine = connect(db_url)
    with stop_on_interrupt() as stop:
        summary = import_paths(paths, engine, jobs=jobs, force=force, progress=sys.stderr.isatty(),
                               municipality=municipality, follow_links=follow_links,
                               settings=with_limits(time_limit, memory_limit), stop=stop)
    for path, reason in summary.failures:
        fail(f"{path}: {reason}")
    if verbose:
        for path, reason in summary.skipped:
            click.echo(f"Skipped: {printable(path)}: {reason}", err=True)
    click.echo(f"Imported: {summary}")
    if summary.interrupted:
        sys.exit(INTERRUPTED)
    if summary.failed:
        sys.exit(1)


@main.command("upgrade")
@DB_OPTION
@store_command
def upgrade_command(db_url: str | None) -> None:
    """Bring a store made by an older bilag up to this bilag's schema."""
    from bilag.store import upgrade

    before, after = upgrade(db_url)
    done = f"Up to date (revision {after})" if before == after else f"Upgraded: revision {before} → {after}"
    click.echo(done)


@main.command("goals")
@click.option("--year", type=int, help="Only this report year.")
@PLAN_OPTION
@click.option("--status", type=click.Choice(STATUSES), help="Only this stated verdict.")
@click.option("--flagged", is_flag=True, help="Only rows with an audit flag.")
@MUNICIPALITY_OPTION
@RENDERINGS_OPTION
@click.option("--quantities", "numbers", is_flag=True,
              help="Every target and actual as numbers, one row each (a grid, or data with --json …).")
@output_options
@DB_OPTION
@store_command
def goals_command(year: int | None, plan: str | None, status: str | None, flagged: bool,
                  municipality: str | None, all_renderings: bool, numbers: bool, output_format: str | None,
                  excel: bool, db_url: str | None) -> None:
    """List the stored goals: each goal of an annex once, with the files it stands in."""
    from bilag.store import goals, open_store, quantities

    engine = open_store(db_url)
    filters = {"year": year, "plan": plan, "municipality": municipality, "all_renderings": all_renderings}
    if numbers:
        frame = quantities(engine, **filters)
        emit(frame, output_format or "table", excel, lambda: None)
    else:
        filters |= {"status": status, "flagged": flagged}
        frame = goals(engine, **filters)
        emit(frame, output_format, excel, lambda: _show_goals(frame),
             ["goal_id", "report_year", "target_group", "goal", "status", "attainment", "measured"])
    if frame.empty:
        _nothing_found(engine, "goal", filters)


def _show_goals(frame: pd.DataFrame) -> None:
    click.secho(_count(len(frame), "goal"), bold=True)
    from bilag.store.export import records

    for r in records(frame):
        stem = r["file"].rsplit(".", 1)[0]
        # The other renderings, by their extension where they share the file's name.
        others = [f[len(stem):] if f.rsplit(".", 1)[0] == stem else f
                  for f in r["renderings"] if f != r["file"]]
        also = f"; also {', '.join(others)}" if others else ""
        click.echo(f"\n{r['report_year'] or '-'} {r['file']}, table {r['table']}, row {r['row']}"
                   f" (goal {r['goal_id']}{also})")
        _field("group", r["target_group"])
        _field("goal", r["goal"])
        verdict = r["status"] + (f" ({_percent(r['attainment'])})" if _percent(r["attainment"]) else "")
        _field("status", verdict + (f"; flags: {', '.join(r['flags'])}" if r["flags"] else ""))
        _field("targets", r["measured"])


@main.command("audit")
@click.option("--year", type=int, help="Only this report year.")
@PLAN_OPTION
@MUNICIPALITY_OPTION
@output_options
@DB_OPTION
@store_command
def audit_command(year: int | None, plan: str | None, municipality: str | None, output_format: str | None,
                  excel: bool, db_url: str | None) -> None:
    """List the flagged rows with the numbers behind each flag and where they stand.

    One finding per flag on a goal of an annex: an annex stored in several
    formats (text, DOCX, PDF) is one finding, shown from the text rendering
    first, with the other files it stands in listed under "also in".
    """
    from bilag.store import audit, open_store
    from bilag.store.export import records
    from bilag.store.queries import pages_text

    engine = open_store(db_url)
    frame = audit(engine, year=year, plan=plan, municipality=municipality)

    def readable() -> None:
        click.secho(_count(len(frame), "audit finding"), bold=True)
        for finding in records(frame):
            pages = finding["pages"] or []
            where = [("pages " if len(pages) > 1 else "page ") + pages_text(pages)] if pages else []
            place = [finding["file"], *where, f"table {finding['table']}", f"row {finding['row']}"]
            click.echo(f"\n{finding['flag']}: " + ", ".join(place))
            for i, other in enumerate(finding["also_in"].split("; ") if finding["also_in"] else []):
                click.echo(f"    {'also in:' if i == 0 else '':<9}{other}")  # every file, never shortened
            _field("goal", finding["goal"])
            stated = finding["status"] + (f' ("{finding["status_text"]}")' if finding["status_text"] else "")
            _field("stated", stated)
            share = _percent(finding["attainment"])
            _field("numbers", f"{finding['measured'] or ''}" + (f"; attainment {share}" if share else ""))

    emit(frame, output_format, excel, readable,
         ["flag", "goal_id", "report_year", "file", "table", "row", "status", "measured", "attainment"])
    if frame.empty:
        _nothing_found(engine, "audit finding", {"year": year, "plan": plan, "municipality": municipality})


@main.command("compare")
@PLAN_OPTION
@MUNICIPALITY_OPTION
@output_options
@DB_OPTION
@store_command
def compare_command(plan: str | None, municipality: str | None, output_format: str | None, excel: bool,
                    db_url: str | None) -> None:
    """Show each goal's series: its years and what changed.

    Data outputs give the long form: one row per series and report year.
    """
    from bilag.store import compare_long, open_store
    from bilag.store.export import records

    engine = open_store(db_url)
    frame = compare_long(engine, plan=plan, municipality=municipality)

    def readable() -> None:
        for (publisher, name), series in frame.groupby(["municipality", "plan"], sort=False, dropna=False):
            click.secho(f"\n{name}" + (f" ({publisher})" if isinstance(publisher, str) else ""), bold=True)
            for _, years in series.groupby("series_id", sort=False):
                first = records(years)[0]
                heading = f"  {first['series']}  {first['target_group'] or ''}: {first['goal'] or ''}"
                click.echo(textwrap.shorten(heading, width=100, placeholder=" …"))
                for r in records(years):
                    share = _percent(r["attainment"])
                    verdict = r["status"] + (f" ({share})" if share else "")
                    _field(str(r["report_year"]), f"{r['measured'] or '-'}; {verdict}")
                _field("change", "; ".join(c for changes in years["changes"] for c in changes))

    emit(frame, output_format, excel, readable,
         ["series", "series_key", "report_year", "target_group", "goal", "status", "measured", "attainment"])
    if frame.empty:
        _nothing_found(engine, "goal series", {"plan": plan, "municipality": municipality})


@main.command("show")
@click.argument("goal_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print it as one JSON object.")
@click.option("--image", type=click.Path(dir_okay=False, path_type=Path), metavar="PNG",
              help="Also write the evidence: the PDF page with the row and its numbers' phrases marked "
                   "(other formats: the row's cells).")
@click.option("--files", "folders", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              metavar="DIR", help="A folder holding the source files, if not where they were imported from.")
@DB_OPTION
@store_command
def show_command(goal_id: int, as_json: bool, image: Path | None, folders: tuple[Path, ...],
                 db_url: str | None) -> None:
    """Print one goal with everything stored about it: file, place, texts,
    numbers with the phrase each came from, flags and its series."""
    from bilag.errors import StoreError
    from bilag.store import goal, open_store

    found = goal(open_store(db_url), goal_id)
    if found is None:
        raise StoreError(f"no goal {goal_id} is stored (bilag goals lists their ids)")
    if image:
        from bilag.evidence import evidence_image

        try:
            evidence_image(found, image, list(folders))
        except BilagError as e:
            raise StoreError(str(e)) from None
        except OSError as e:
            raise StoreError(f"{image}: cannot be written ({e.strerror or e})") from None
        click.echo(f"Wrote {image}", err=True)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    doc = found["document"]
    pages = f", page {', '.join(map(str, found['pages']))}" if found["pages"] else ""
    click.secho(f"goal {goal_id}: {doc['file']}{pages}, table {found['table']}, row {found['row']}",
                bold=True)
    for name, value in [("path", "; ".join(doc["paths"]) or None), ("document", f"{doc['document_id']} "
                        f"(sha256 {doc['sha256']}, {doc['format']})"), ("publisher", doc["publisher"]),
                        ("plan", doc["plan"]), ("title", doc["title"]), ("annex", doc["annex"]),
                        ("year", doc["report_year"])]:
        _entry(name, str(value) if value is not None else "-")
    for name in ("target_group", "goal", "report", "status_text"):
        if found[name]:
            _entry(name.replace("_", " "), found[name])
    share = _percent(found["attainment"])
    _entry("status", found["status"] + (f", attainment {share}" if share else ""))
    for q in found["quantities"]:
        if q["kind"] == "target":
            amount = f"{q['low']:g}" + (f"-{q['high']:g}" if q["high"] != q["low"] else "")
            amount = ("at most " if q["ceiling"] else "") + amount
        else:
            amount = f"{q['value']:g}" + (f"-{q['high']:g}" if q["high"] is not None else "")
        period = f" ({q['period']})" if q["period"] else ""
        measures = f" (measures target {q['measures'] + 1})" if q["measures"] is not None else ""
        _entry(f"{q['kind']} {q['position'] + 1}",
               f"{amount} {q['unit'] or ''}{period}{measures} ← \"{q['text']}\"".replace("  ", " "))
    _entry("flags", ", ".join(found["flags"]) or "-")
    if found["series"]:
        series = found["series"]
        _entry("series", f"{series['id']} ({series['key']})")
        for m in series["goals"]:
            share = _percent(m["attainment"])
            click.echo(f"{'':<19}{m['report_year'] or '-'}  goal {m['goal_id']}: {m['file']}, "
                       f"table {m['table']}, row {m['row']}: {m['status']}"
                       + (f" ({share})" if share else ""))


def _entry(name: str, text: str) -> None:
    """One labelled field of `bilag show`, whole (wrapped, never shortened)."""
    click.echo(textwrap.fill(" ".join(text.split()), width=110, initial_indent=f"    {name + ':':<15}",
                             subsequent_indent=" " * 19, break_long_words=False))


@main.command("report")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True, help="The HTML file to write.")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@PLAN_OPTION
@MUNICIPALITY_OPTION
@click.option("--files", "folders", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              metavar="DIR", help="A folder holding the source files, if not where they were imported from.")
@DB_OPTION
@store_command
def report_command(output: Path, force: bool, plan: str | None, municipality: str | None,
                   folders: tuple[Path, ...], db_url: str | None) -> None:
    """Write one self-contained HTML report: verdicts per year, each goal
    series as a chart over the years, the flagged rows with their evidence."""
    from bilag.report import write_report
    from bilag.store import open_store

    if output.exists() and not force:
        fail(f"{output}: exists already (--force overwrites it)")
        sys.exit(1)
    write_report(open_store(db_url), output, plan=plan, municipality=municipality, folders=list(folders))
    click.echo(f"Wrote {output}", err=True)


@main.command("serve")
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option("--files", "folders", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              metavar="DIR", help="A folder holding the source files, if not where they were imported from.")
@store_command
def serve_command(db_url: str | None, host: str, port: int, folders: tuple[Path, ...]) -> None:
    """Browse and query the SQLite store in Datasette (read only), with each
    goal's evidence on its page; JSON and CSV at every table's .json and .csv."""
    from bilag.serve import datasette_app, run, sqlite_path

    path = sqlite_path(db_url)
    app = datasette_app(path, list(folders))
    click.echo(f"Serving {path} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    run(app, host, port)


@main.command("log")
@click.option("--failed", is_flag=True, help="Only the files that failed.")
@output_options
@DB_OPTION
@store_command
def log_command(failed: bool, output_format: str | None, excel: bool, db_url: str | None) -> None:
    """Show the import log: failures first, then the newest entries."""
    from bilag.store import import_log, open_store
    from bilag.store.export import records

    frame = import_log(open_store(db_url), failed=failed)

    def readable() -> None:
        for r in records(frame):
            reason = f": {r['reason']}" if r["reason"] else ""
            click.echo(f"{r['logged_at']}  {r['outcome']:<9} {r['path']}{reason}")

    emit(frame, output_format, excel, readable, ["logged_at", "outcome", "path", "reason"])
    if frame.empty:
        click.echo("The import log is empty" + (" of failures." if failed else "."), err=True)


# As bilag.store.export.TABLES (not imported here: the CLI starts without pandas).
EXPORT_TABLES = ["goals", "quantities", "audit", "compare", "compare-wide", "log"]


@main.command("export")
@click.option("--format", "format_",
              type=click.Choice(["csv", "tsv", "json", "nl", "xlsx", "parquet", "sqlite"]), required=True)
@click.option("--output", "-o", metavar="PATH|-",
              help="File to write, '-' for standard output (default: text formats to standard output, "
                   "else bilag.xlsx / bilag.parquet).")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--table", type=click.Choice(EXPORT_TABLES), default="goals", show_default=True,
              help="What to export (xlsx: the audit workbook; sqlite: a copy of the whole store).")
@click.option("--excel", is_flag=True, help="CSV for Excel: ';' between fields, decimal comma, UTF-8 BOM.")
@click.option("--year", type=int, help="Only this report year.")
@PLAN_OPTION
@MUNICIPALITY_OPTION
@RENDERINGS_OPTION
@DB_OPTION
@store_command
def export_command(format_: str, output: str | None, force: bool, table: str, excel: bool, year: int | None,
                   plan: str | None, municipality: str | None, all_renderings: bool,
                   db_url: str | None) -> None:
    """Export a table of the store as CSV, TSV, JSON, JSON Lines or Parquet,
    the audit workbook (xlsx), or the whole store as a SQLite file."""
    from bilag.store import export, open_store

    if excel and format_ != "csv":
        raise click.UsageError("--excel makes a CSV: use it with --format csv")
    engine = open_store(db_url)
    filters = {"year": year, "plan": plan, "municipality": municipality, "all_renderings": all_renderings}
    binary = format_ in ("xlsx", "parquet", "sqlite")
    if output == "-" or (output is None and not binary):
        export(engine, format_, _stdout(), table, excel=excel, **filters)
        return
    target = Path(output or f"bilag.{format_}")
    if target.exists() and not force:
        fail(f"{target}: exists already (--force overwrites it)")
        sys.exit(1)
    try:
        export(engine, format_, target, table, excel=excel, **filters)
    except OSError as e:
        fail(f"{target}: cannot be written ({e.strerror or e})")
        sys.exit(1)
    click.echo(f"Wrote {target}", err=True)
