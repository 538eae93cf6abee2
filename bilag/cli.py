"""The `bilag` command line: a thin layer over the library."""

from __future__ import annotations

import json
import sys
import textwrap
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
    """A readable rendering of one record: one block per goal row."""
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
                _field("target", f"{_range(target.low, target.high)} {target.unit or ''}{period}"
                       + (f" -> {got}" if got else ""))
            if goal.flags:
                click.secho(f"    flags:  {', '.join(goal.flags)}", fg="red")
    for note in doc.footnotes:
        click.echo(f"  {note.mark}) {note.text}")


def _field(name: str, text: str | None) -> None:
    if text:
        click.echo(textwrap.fill(text.replace("\n", " "), width=100, initial_indent=f"    {name + ':':<8}",
                                 subsequent_indent=" " * 12, max_lines=3, placeholder=" …"))


def _n(value: float) -> str:
    return f"{value:g}"


def _range(low: float, high: float) -> str:
    return _n(low) if low == high else f"{_n(low)}-{_n(high)}"
