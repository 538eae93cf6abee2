"""Turn one `Record` into rows and write them in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

import bilag
from bilag.record import Record

from .schema import Document, Flag, Footnote, Goal, GoalTable, ImportLogEntry, Quantity
from .series import plan_identity


def save_record(engine: Engine, record: Record, path: str | None = None, *, replace: bool = False) -> str:
    """Store `record` whole or not at all, and log it; returns the outcome.

    "unchanged" if a document with the same sha256 is stored and `replace`
    is false; with `replace`, the stored document's rows are deleted and the
    new ones inserted in the same transaction ("replaced"), so a failure
    half-way leaves the old rows as they were. When another import stores
    the same bytes at the same moment, the one that commits second finds
    them stored: "unchanged".
    """
    try:
        return _save(engine, record, path, replace)
    except IntegrityError as e:
        if not _is_duplicate_document(e):
            raise
    with Session(engine) as session, session.begin():
        session.add(log_entry(path or record.source.file, record.source.sha256, "unchanged"))
    return "unchanged"


def _is_duplicate_document(error: IntegrityError) -> bool:
    """Whether `error` is the unique constraint on documents.sha256 (SQLite
    names the column, PostgreSQL the constraint)."""
    message = str(error.orig)
    return "documents.sha256" in message or "documents_sha256_key" in message


def _save(engine: Engine, record: Record, path: str | None, replace: bool) -> str:
    sha256 = record.source.sha256
    with Session(engine) as session, session.begin():
        stored = session.scalar(select(Document.id).where(Document.sha256 == sha256))
        if stored is not None and not replace:
            outcome = "unchanged"
        else:
            if stored is not None:
                session.execute(delete(Document).where(Document.id == stored))
            session.add(document_rows(record))
            outcome = "replaced" if stored is not None else "imported"
        session.add(log_entry(path or record.source.file, sha256, outcome))
    return outcome


def log_entry(path: str, sha256: str | None, outcome: str, reason: str | None = None) -> ImportLogEntry:
    return ImportLogEntry(path=path, sha256=sha256, outcome=outcome, reason=reason,
                          logged_at=datetime.now(UTC))


def document_rows(record: Record) -> Document:
    """The ORM objects of one record, ready to be added to a session."""
    source, info = record.source, record.document
    document = Document(
        file_name=source.file, sha256=source.sha256, format=source.format, pages=source.pages,
        title=info.title, annex=info.annex, plan=info.plan, report_year=info.report_year,
        municipality=info.municipality,
        plan_key=plan_identity(info.plan, info.annex, info.title),
        warnings=list(record.warnings), imported_at=datetime.now(UTC),
        extractor_version=bilag.__version__,
        footnotes=[Footnote(position=i, mark=f.mark, text=f.text) for i, f in enumerate(info.footnotes)],
    )
    tables = {t.index: GoalTable(number=t.index, title=t.title, columns=list(t.columns),
                                 headers=list(t.headers)) for t in record.tables}
    for goal in record.goals:
        # A goal always belongs to a table; a record without the table's
        # description still gets an (untitled) row for it.
        table = tables.setdefault(goal.table, GoalTable(number=goal.table, title=None, columns=[],
                                                        headers=[]))
        targets = [Quantity(kind="target", position=i, low=t.low, high=t.high, unit=t.unit, period=t.period,
                            ceiling=t.ceiling, text=t.text) for i, t in enumerate(goal.targets)]
        actuals = [Quantity(kind="actual", position=i, value=a.value, high=a.high, unit=a.unit, text=a.text,
                            measures=targets[a.target] if a.target is not None else None)
                   for i, a in enumerate(goal.actuals)]
        document.goals.append(Goal(
            table_number=goal.table, row_number=goal.row, pages=list(goal.pages),
            regions=[{"page": r.page, "bbox": list(r.bbox)} for r in goal.regions] or None,
            target_group=goal.target_group, goal_text=goal.goal, report_text=goal.report,
            status=goal.status, status_text=goal.status_text, attainment=goal.attainment,
            table=table, quantities=targets + actuals,
            flags=[Flag(name=f) for f in dict.fromkeys(goal.flags)],
        ))
    document.tables = sorted(tables.values(), key=lambda t: t.number)
    return document

