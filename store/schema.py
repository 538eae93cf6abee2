"""The relational shape of stored `bilag/1` records (SQLAlchemy 2.0 typed ORM).

A document owns its goal tables, footnotes and goals; a goal owns its
quantities (targets and actuals) and flags. Everything below a document is
deleted with it (ON DELETE CASCADE), so replacing a document is one delete
and one insert. Goals of different report years that are the same goal share
a row of `goal_series`. The import log is kept apart: it outlives the
documents it mentions.

Alembic migrations in `migrations/versions` create exactly this schema; a
change here needs a new migration there. Anything that can come from a
document's text is Text, never a bounded String: PostgreSQL enforces a
VARCHAR's length where SQLite does not.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

QUANTITY_KINDS = ("target", "actual")
IMPORT_OUTCOMES = ("imported", "unchanged", "replaced", "failed")


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Document(Base):
    """One imported annex file."""

    __tablename__ = "documents"
    # Ids are keys that outputs give out: never reused after a delete (as in PostgreSQL).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    format: Mapped[str] = mapped_column(String(10))
    pages: Mapped[int | None]
    title: Mapped[str | None] = mapped_column(Text)
    annex: Mapped[str | None] = mapped_column(Text)
    plan: Mapped[str | None] = mapped_column(Text)
    municipality: Mapped[str | None] = mapped_column(Text)
    """The publisher: from the record's `document.municipality`, or given at import."""
    plan_key: Mapped[str] = mapped_column(Text, index=True)
    """The plan's identity for year-over-year series (see `series.plan_identity`)."""
    report_year: Mapped[int | None] = mapped_column(index=True)
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str] = mapped_column(String(40))

    tables: Mapped[list[GoalTable]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True,
        order_by="GoalTable.number")
    footnotes: Mapped[list[Footnote]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Footnote.position")
    goals: Mapped[list[Goal]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True,
        order_by="(Goal.table_number, Goal.row_number)")


class GoalTable(Base):
    """A goal/result table of a document, with the role of each column."""

    __tablename__ = "goal_tables"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[str | None] = mapped_column(Text)
    columns: Mapped[list[Any]]
    headers: Mapped[list[Any]]

    document: Mapped[Document] = relationship(back_populates="tables")


class Footnote(Base):
    __tablename__ = "footnotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    mark: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class GoalSeries(Base):
    """The same goal followed over report years (rebuilt by `series.link_series`,
    which gives a series its id and key again when it keeps its goals)."""

    __tablename__ = "goal_series"
    __table_args__ = (UniqueConstraint("key", name="uq_goal_series_key"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String(20))
    """A stable name of the series, kept when an earlier or later year is imported."""
    municipality: Mapped[str | None] = mapped_column(Text)
    plan_key: Mapped[str] = mapped_column(Text, index=True)
    first_year: Mapped[int | None]
    last_year: Mapped[int | None]


class Goal(Base):
    """One logical row of a goal/result table."""

    __tablename__ = "goals"
    __table_args__ = (
        UniqueConstraint("document_id", "table_number", "row_number"),
        CheckConstraint(
            "status IN ('achieved', 'partially_achieved', 'not_achieved', 'on_track', 'not_stated')",
            name="goal_status"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    table_id: Mapped[int] = mapped_column(ForeignKey("goal_tables.id", ondelete="CASCADE"), index=True)
    table_number: Mapped[int]
    row_number: Mapped[int]
    pages: Mapped[list[Any]]
    regions: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))
    """PDF rows: [{"page": n, "bbox": [x0, top, x1, bottom]}] in points from the page's top-left."""
    target_group: Mapped[str | None] = mapped_column(Text)
    goal_text: Mapped[str | None] = mapped_column(Text)
    report_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True)
    status_text: Mapped[str | None] = mapped_column(Text)
    attainment: Mapped[float | None] = mapped_column(Float)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal_series.id", ondelete="SET NULL"), index=True)

    document: Mapped[Document] = relationship(back_populates="goals")
    table: Mapped[GoalTable] = relationship()
    quantities: Mapped[list[Quantity]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True,
        order_by="(Quantity.kind.desc(), Quantity.position)", foreign_keys="Quantity.goal_id")
    flags: Mapped[list[Flag]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Flag.name")


class Quantity(Base):
    """A number a goal sets (kind "target": low..high) or a report gives
    (kind "actual": value, high for a range); an actual points at the target
    it measures."""

    __tablename__ = "quantities"
    __table_args__ = (
        UniqueConstraint("goal_id", "kind", "position"),
        CheckConstraint("kind IN ('target', 'actual')", name="quantity_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    position: Mapped[int]
    """Index within the goal's targets or actuals, as in the record."""
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(Text, index=True)
    period: Mapped[str | None] = mapped_column(String(20))
    ceiling: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """For a target: an upper bound ("højst 5 klager"), met at or below `high`."""
    text: Mapped[str] = mapped_column(Text)
    measures_id: Mapped[int | None] = mapped_column(
        ForeignKey("quantities.id", ondelete="CASCADE"), index=True)
    """For an actual: the target quantity it measures."""

    measures: Mapped[Quantity | None] = relationship(remote_side=[id], foreign_keys=[measures_id])


class Flag(Base):
    """An audit finding on a goal, such as `status_contradicts_numbers`."""

    __tablename__ = "flags"
    __table_args__ = (UniqueConstraint("goal_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100), index=True)


class ImportLogEntry(Base):
    """What happened to one file in one import run."""

    __tablename__ = "import_log"
    __table_args__ = (
        CheckConstraint("outcome IN ('imported', 'unchanged', 'replaced', 'failed')", name="import_outcome"),
        Index("ix_import_log_sha256", "sha256"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(Text)
    logged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
