"""The `bilag` command line: a thin layer over the library."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bilag import __version__
from bilag.errors import BilagError
from bilag.record import STATUSES, Record

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
    bilag import PATH...       store annexes in the database (--db URL)
    bilag goals                list stored goals (--year, --plan, --status, --flagged)
    bilag audit                flagged rows with their numbers, file, page, table, row
    bilag export --format F    write the goals as csv, xlsx or parquet
    bilag compare              each goal's years side by side and what changed
    """


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print bilag/1 JSON, one object per line per file.")
@click.option("--explain", is_flag=True,
              help="Show the phrase each reading comes from and the numbers left out, with the reason.")
def extract_command(files: tuple[Path, ...], as_json: bool, explain: bool) -> None:
    """Read annex FILES (PDF, DOCX, text or HTML) and print their goal rows.

    Each file is read on its own: one that cannot be read is reported on
    stderr and the others go on; the exit status is 1 if any failed.
    """
    from bilag.pipeline import process_all

    failed = 0
    for path, record in process_all(files):
        if isinstance(record, BilagError):
            fail(str(record))
            failed += 1
            continue
        for warning in record.warnings:
            warn(f"{path}: {warning}")
        if as_json:
            click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
        else:
            show_record(record, explain)
    if failed:
        sys.exit(1)


def show_record(record: Record, explain: bool = False) -> None:
    """A readable rendering of one record: one block per goal row; with `explain`,
    the phrase each target and actual was read from and the numbers left out."""
    doc = record.document
    pages = f", {record.source.pages} pages" if record.source.pages else ""
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


# Store commands: import, goals, audit, export, compare (thin layers over bilag.store).

DB_OPTION = click.option("--db", "db_url", metavar="URL", default=None,
                         help="SQLAlchemy database URL (default: BILAG_DATABASE_URL, else sqlite:///bilag.db).")


def store_command(function: Callable[..., None]) -> Callable[..., None]:
    """Turn store failures (database unreachable, query failing) into one
    `Error: …` line and exit status 1, never a traceback."""
    import functools

    @functools.wraps(function)
    def wrapper(*args: object, **kwargs: object) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from bilag.errors import StoreError

        try:
            function(*args, **kwargs)
            return
        except StoreError as e:
            fail(str(e))
        except SQLAlchemyError as e:
            fail(f"database error: {str(getattr(e, 'orig', None) or e).strip().splitlines()[0]}")
        sys.exit(1)

    return wrapper


def show_frame(frame: pd.DataFrame, title: str, limit: int = 160, group_by: str | None = None) -> None:
    """A DataFrame as a readable rich table (long texts shortened); with
    `group_by`, that column's value heads each run of rows instead of taking
    a column of its own."""
    from rich.console import Console
    from rich.table import Table

    columns = [c for c in frame.columns if c != group_by]
    table = Table(title=title, show_lines=True, expand=True)
    for column in columns:
        table.add_column(str(column).replace("_", " "), overflow="fold")
    heading = None
    for row in frame.to_dict("records"):
        if group_by and row[group_by] != heading:
            heading = row[group_by]
            table.add_row(*([f"[bold]{_cell(heading, limit)}[/bold]"] + [""] * (len(columns) - 1)))
        table.add_row(*(_cell(row[c], limit) for c in columns))
    Console().print(table)


def _cell(value: object, limit: int) -> str:
    import pandas as pd

    if value is None or (not isinstance(value, str | list | tuple) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


@main.command("import")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes reading files (default: the number of cores).")
@click.option("--force", is_flag=True, help="Re-read files already stored and replace their rows.")
@store_command
def import_command(paths: tuple[str, ...], db_url: str | None, jobs: int | None, force: bool) -> None:
    """Import annex files, folders (recursively) and glob patterns into the store.

    Each document is stored whole or not at all; files already stored are
    left unchanged (same bytes). Failed files are logged with their reason
    and the batch goes on; the exit status is 1 if any failed.
    """
    from bilag.store import connect, import_paths

    engine = connect(db_url)
    summary = import_paths(paths, engine, jobs=jobs, force=force, progress=sys.stderr.isatty())
    for path, reason in summary.failures:
        fail(f"{path}: {reason}")
    click.echo(f"Imported: {summary}")
    if summary.failed:
        sys.exit(1)


@main.command("goals")
@click.option("--year", type=int, help="Only this report year.")
@click.option("--plan", help="Only plans whose name or annex title contains this.")
@click.option("--status", type=click.Choice(STATUSES), help="Only this stated verdict.")
@click.option("--flagged", is_flag=True, help="Only rows with an audit flag.")
@DB_OPTION
@store_command
def goals_command(year: int | None, plan: str | None, status: str | None, flagged: bool,
                  db_url: str | None) -> None:
    """List the stored goals (`bilag export` gives every column)."""
    import pandas as pd

    from bilag.store import connect, goals

    frame = goals(connect(db_url), year=year, plan=plan, status=status, flagged=flagged)
    shown = pd.DataFrame({
        "where": [f"{r.report_year} {r.file}\nt{r.table} r{r.row}" for r in frame.itertuples()],
        "target group": frame["target_group"],
        "goal": frame["goal"],
        "status": [r.status + ("" if pd.isna(r.attainment) else f" ({r.attainment:.0%})")
                   + (f"\n{r.flags}" if r.flags else "") for r in frame.itertuples()],
        "targets → actuals": frame["measured"],
    })
    show_frame(shown, _count(len(frame), "goal"), limit=120)


@main.command("audit")
@DB_OPTION
@store_command
def audit_command(db_url: str | None) -> None:
    """List the flagged rows with the numbers behind each flag and where they stand.

    One finding per flag on a goal of an annex: an annex stored in several
    formats (text, DOCX, PDF) is one finding, shown from the text rendering
    first, with the other files it stands in listed under "also in".
    """
    from bilag.store import audit, connect

    frame = audit(connect(db_url))
    click.secho(_count(len(frame), "audit finding"), bold=True)
    for finding in frame.itertuples(index=False):
        pages = [("pages " if "," in finding.pages else "page ") + finding.pages] if finding.pages else []
        place = [finding.file, *pages, f"table {finding.table}", f"row {finding.row}"]
        click.echo(f"\n{finding.flag}: " + ", ".join(place))
        for i, other in enumerate(finding.also_in.split("; ") if finding.also_in else []):
            click.echo(f"    {'also in:' if i == 0 else '':<9}{other}")  # every file, never shortened
        _field("goal", finding.goal)
        stated = finding.status + (f' ("{finding.status_text}")' if finding.status_text else "")
        _field("stated", stated)
        share = "" if finding.attainment is None or finding.attainment != finding.attainment \
            else f"; attainment {finding.attainment:.0%}"
        _field("numbers", f"{finding.measured}{share}")


@main.command("export")
@click.option("--format", "format_", type=click.Choice(["csv", "xlsx", "parquet"]), required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: CSV to standard output, else bilag.xlsx / bilag.parquet).")
@click.option("--table", type=click.Choice(["goals", "audit", "compare"]), default="goals",
              show_default=True, help="What to export (an Excel workbook gets all three as sheets).")
@DB_OPTION
@store_command
def export_command(format_: str, output: Path | None, table: str, db_url: str | None) -> None:
    """Export the stored goals as CSV, Excel or Parquet."""
    from bilag.store import connect, export

    engine = connect(db_url)
    if output is None and format_ == "csv":
        export(engine, format_, sys.stdout, table)
        return
    target = output or Path(f"bilag.{format_}")
    try:
        export(engine, format_, target, table)
    except OSError as e:
        fail(f"{target}: cannot be written ({e.strerror or e})")
        sys.exit(1)
    click.echo(f"Wrote {target}", err=True)


@main.command("compare")
@click.option("--plan", help="Only plans whose name or annex title contains this.")
@DB_OPTION
@store_command
def compare_command(plan: str | None, db_url: str | None) -> None:
    """Show each goal's series: its years side by side and what changed."""
    import pandas as pd

    from bilag.store import compare, connect

    frame = compare(connect(db_url), plan=plan)
    years = sorted({c.split()[0] for c in frame.columns if c.endswith(" status")})
    for name, series in frame.groupby("plan", sort=False):
        shown = pd.DataFrame({"target group": series["target_group"], "series": series["series"],
                              "goal": series["goal"]})
        for year in years:
            shown[year] = [_year_cell(r, year) for _, r in series.iterrows()]
        shown["change"] = series["change"]
        show_frame(shown, str(name), limit=200, group_by="target group")
    if frame.empty:
        click.echo("No goal series stored yet: import annexes first (bilag import PATH...).")


def _year_cell(row: pd.Series, year: str) -> str:
    import pandas as pd

    if pd.isna(row[f"{year} status"]):
        return "—"
    attainment = row[f"{year} attainment"]
    share = "" if pd.isna(attainment) else f" ({attainment:.0%})"
    return f"{row[f'{year} target'] or ''}\n{row[f'{year} status']}{share}".strip()
