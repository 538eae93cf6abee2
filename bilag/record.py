"""The `bilag/1` extraction record as frozen dataclasses.

Every stage passes these objects on; they turn into plain dicts only at the
JSON and SQL edges (`Record.to_dict`, `Record.from_dict`). The shape follows
`spec/extraction.md` of the shared specification.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA = "bilag/1"

ROLES = ("target_group", "goal", "report", "status", "other")
STATUSES = ("achieved", "partially_achieved", "not_achieved", "on_track", "not_stated")
PERIODS = ("annual", "plan_period")


@dataclass(frozen=True)
class Footnote:
    mark: str
    text: str


@dataclass(frozen=True)
class Source:
    file: str
    sha256: str
    format: str  # pdf, docx, text, html; doc, odt, rtf (read by conversion)
    pages: int | None = None
    ocr: bool = False  # the text came from optical character recognition of page images
    ocr_confidence: float | None = None  # Tesseract's word confidences (0-100), summarised


@dataclass(frozen=True)
class DocumentInfo:
    title: str | None = None
    annex: str | None = None
    report_year: int | None = None
    plan: str | None = None
    municipality: str | None = None
    footnotes: tuple[Footnote, ...] = ()


@dataclass(frozen=True)
class TableInfo:
    index: int
    title: str | None
    columns: tuple[str, ...]
    headers: tuple[str, ...]


@dataclass(frozen=True)
class Region:
    """Where a row stands on one page: PDF points from the page's top-left corner."""

    page: int
    bbox: tuple[float, float, float, float]


@dataclass(frozen=True)
class Target:
    """A quantity the goal sets: `low` == `high` for one number; `ceiling`
    where the goal sets it as a most ("højst 5 klager")."""

    low: float
    high: float
    unit: str | None
    text: str
    period: str | None = None
    ceiling: bool = False


@dataclass(frozen=True)
class Actual:
    """A quantity the report gives as delivered; `target` indexes the goal's targets."""

    value: float
    unit: str | None
    text: str
    target: int | None = None
    high: float | None = None


@dataclass(frozen=True)
class Skipped:
    """A number normalizing left out, and why: its role in the clause ("baseline",
    "restated target", "qualifier", "future", "excess", "distance to the goal", "weight or score",
    "comparison year", "condition"), in the `goal` or the `report` cell."""

    text: str
    reason: str
    cell: str


@dataclass(frozen=True)
class Goal:
    """One logical row of a goal/result table, with what normalizing found in it."""

    table: int
    row: int
    pages: tuple[int, ...]
    target_group: str | None
    goal: str | None
    report: str | None
    status_cell: str | None = None  # text of a separate status column, if the table has one
    theme: str | None = None  # an Indsatsområde/Tema column's text beside a Målgruppe column
    regions: tuple[Region, ...] = ()  # PDF rows only
    status: str = "not_stated"
    status_text: str | None = None
    targets: tuple[Target, ...] = ()
    actuals: tuple[Actual, ...] = ()
    attainment: float | None = None
    flags: tuple[str, ...] = ()
    ocr_doubtful: frozenset[str] = field(default=frozenset(), compare=False)
    """An intermediate of OCR, not in the JSON: the row's words that Tesseract read
    with low confidence or that look like a misread number."""
    skipped: tuple[Skipped, ...] = field(default=(), compare=False)
    """Numbers left out of targets and actuals with the reason: an intermediate for
    explaining a reading (`bilag extract --explain`), not part of the JSON."""


@dataclass(frozen=True)
class Record:
    source: Source
    document: DocumentInfo
    tables: tuple[TableInfo, ...] = ()
    goals: tuple[Goal, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The record as the JSON object of the `bilag/1` contract."""
        return {
            "schema": SCHEMA,
            "source": _source_dict(self.source),
            "document": _plain(self.document),
            "tables": [_plain(t) for t in self.tables],
            "goals": [_goal_dict(g) for g in self.goals],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Read a `bilag/1` JSON object back (missing optional fields get defaults)."""
        doc = dict(data.get("document") or {})
        doc["footnotes"] = tuple(Footnote(**_known(Footnote, f)) for f in doc.get("footnotes") or ())
        goals = []
        for g in data.get("goals") or ():
            g = dict(g)
            g["pages"] = tuple(g.get("pages") or ())
            g["targets"] = tuple(Target(**_known(Target, t)) for t in g.get("targets") or ())
            g["actuals"] = tuple(Actual(**_known(Actual, a)) for a in g.get("actuals") or ())
            g["flags"] = tuple(g.get("flags") or ())
            g["regions"] = tuple(Region(page=r["page"], bbox=tuple(r["bbox"]))
                                 for r in g.get("regions") or ())
            goals.append(Goal(**_known(Goal, g)))
        tables = [
            TableInfo(index=t["index"], title=t.get("title"), columns=tuple(t["columns"]),
                      headers=tuple(t.get("headers") or ()))
            for t in data.get("tables") or ()
        ]
        source = data.get("source") or {}
        return cls(
            source=Source(file=source.get("file", ""), sha256=source.get("sha256", ""),
                          format=source.get("format", ""), pages=source.get("pages"),
                          ocr=bool(source.get("ocr")), ocr_confidence=source.get("ocr_confidence")),
            document=DocumentInfo(**_known(DocumentInfo, doc)),
            tables=tuple(tables),
            goals=tuple(goals),
            warnings=tuple(data.get("warnings") or ()),
        )


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Only the keys the dataclass has: later schema additions must not break reading."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _number(value: Any) -> Any:
    # JSON readers expect 2000, not 2000.0, for whole numbers.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _plain(obj: Any) -> Any:
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple | list):
        return [_plain(x) for x in obj]
    return _number(obj)


def _source_dict(source: Source) -> dict[str, Any]:
    data = _plain(source)
    if not source.ocr:  # optional fields: only a scan carries them
        del data["ocr"], data["ocr_confidence"]
    return data


def _goal_dict(goal: Goal) -> dict[str, Any]:
    data = _plain(goal)
    # status_cell is an intermediate of the extraction; the status column's
    # wording already reaches the record through status and status_text.
    del data["status_cell"], data["skipped"]
    del data["ocr_doubtful"]  # reaches the record as the low_ocr_confidence flag
    # Optional fields of the contract appear only where the row has them.
    if goal.theme is None:
        del data["theme"]
    if not goal.regions:
        del data["regions"]
    for actual in data["actuals"]:
        if actual["high"] is None:
            del actual["high"]
    for target in data["targets"]:
        if not target["ceiling"]:
            del target["ceiling"]  # only a most is marked: minimums keep the contract's shape
    return data
