"""The `bilag` command line: a thin layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from bilag import __version__
from bilag.errors import BilagError
from bilag.record import Record


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
    """


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print bilag/1 JSON, one object per line per file.")
def extract_command(files: tuple[Path, ...], as_json: bool) -> None:
    """Read annex FILES (PDF, DOCX, text or HTML) and print their goal rows.

    Each file is read on its own: one that cannot be read is reported on
    stderr and the others go on; the exit status is 1 if any failed.
    """
    from bilag.pipeline import process

    failed = 0
    for path in files:
        try:
            record = process(path)
        except BilagError as e:
            fail(str(e))
            failed += 1
            continue
        for warning in record.warnings:
            warn(f"{path}: {warning}")
        if as_json:
            click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
        else:
            show_record(record)
    if failed:
        sys.exit(1)


def show_record(record: Record) -> None:
    """A readable rendering of one record on the terminal."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    doc = record.document
    console.print(f"[bold]{record.source.file}[/bold] ({record.source.format}"
                  + (f", {record.source.pages} pages" if record.source.pages else "") + ")")
    console.print(f"{doc.title or '(no title)'} | annex {doc.annex or '-'} | report year "
                  f"{doc.report_year or '-'}" + (f" | {doc.plan}" if doc.plan else ""))
    for info in record.tables:
        table = Table(title=info.title or f"Table {info.index}", show_lines=True, expand=True)
        for name in ("row", "target group", "goal", "report", "status", "targets → actuals", "flags"):
            table.add_column(name, overflow="fold")
        for goal in (g for g in record.goals if g.table == info.index):
            numbers = "; ".join(
                f"{_range(t.low, t.high)} {t.unit or ''}"
                + "".join(f" → {_n(a.value)}" for a in goal.actuals if a.target == i)
                for i, t in enumerate(goal.targets)
            )
            table.add_row(
                str(goal.row) + (f" (p. {','.join(map(str, goal.pages))})" if goal.pages else ""),
                goal.target_group or "", _short(goal.goal), _short(goal.report),
                goal.status + (f"\n{goal.attainment:.0%}" if goal.attainment is not None else ""),
                numbers, ", ".join(goal.flags),
            )
        console.print(table)
    for note in doc.footnotes:
        console.print(f"[dim]{note.mark}) {note.text}[/dim]")


def _n(value: float) -> str:
    return f"{value:g}"


def _range(low: float, high: float) -> str:
    return _n(low) if low == high else f"{_n(low)}-{_n(high)}"


def _short(text: str | None, limit: int = 160) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"
