"""Year-over-year series: the same goal reported in annexes of different years.

Goals are linked only within one plan (`plan_identity`), never within one
report year, and one to one between years, best score first. The score is
the similarity of the goal texts with their numbers left out (numbers change
from year to year by design), with the target group as a gate and shared
target units as extra evidence.

An annex imported in several formats (the same annex as text, DOCX and PDF)
is one edition: its renderings' goals are matched to each other first and
stand together in one place of the series, never as "another year".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby

from rapidfuzz import fuzz
from sqlalchemy import Engine, delete, select, text, update
from sqlalchemy.orm import Session

from bilag.settings import DEFAULT, Settings

from .schema import Document, Goal, GoalSeries, Quantity

# Any fixed number: one link_series at a time per PostgreSQL database.
_LINK_LOCK = 4242_0002

# Preferred rendering of an edition when its renderings disagree: the formats
# with the least layout guesswork first.
FORMAT_PREFERENCE = ("text", "docx", "html", "pdf")

_PARENTHESES = re.compile(r"\([^)]*\)")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_NUMBERING = re.compile(r"^\s*(\d+|[a-zæøå])[.)]\s+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NOT_WORD = re.compile(r"[^\wæøå]+")


def _words(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def plan_identity(plan: str | None, annex: str | None, title: str | None) -> str:
    """Which plan a document reports on: its stated plan name, else its annex
    number and title; lower case, without years and parenthesised remarks
    such as "(Fiktivt eksempel)"."""
    if plan:
        return "plan: " + name_key(plan)
    return f"bilag {annex or '-'}: " + name_key(title or "")


def name_key(name: str) -> str:
    """A plan name or title compared loosely: lower case, no years, no
    parenthesised remarks, no punctuation."""
    return _words(_YEAR.sub(" ", _PARENTHESES.sub(" ", name)))


def target_group_key(group: str | None) -> str:
    """A target group without its numbering ("1. Børn og unge" → "børn og unge")."""
    return _words(_NUMBERING.sub("", group or ""))


def goal_key(text: str | None) -> str:
    """A goal's wording without numbers, which change from year to year."""
    return _words(_YEAR.sub(" ", _NUMBER.sub(" ", text or "")))


@dataclass(frozen=True)
class Candidate:
    """A goal as the linker sees it."""

    goal_id: int
    document_id: int
    sha256: str
    year: int | None
    edition: tuple[str, str | None, int | None]  # plan, annex, year: renderings of one annex share it
    format: str
    place: tuple[int, int]  # table, row
    group: str
    text: str
    units: frozenset[str]


def similarity(a: Candidate, b: Candidate, settings: Settings = DEFAULT) -> float | None:
    """How surely `a` and `b` are the same goal (0-100+), or None if they are not."""
    if a.group and b.group and fuzz.token_set_ratio(a.group, b.group) < settings.series_min_group_similarity:
        return None
    if bool(a.text) != bool(b.text):
        return None  # a row with a goal and a row without one are different kinds of row
    if a.text:
        score = (fuzz.token_set_ratio(a.text, b.text) + fuzz.token_sort_ratio(a.text, b.text)) / 2
    else:
        score = fuzz.token_sort_ratio(a.group, b.group)
    if a.units and b.units:
        score += settings.series_unit_evidence if a.units & b.units else -settings.series_unit_evidence
    return score if score >= settings.series_min_similarity else None


def best_pairs(left: list[Candidate], right: list[Candidate],
               settings: Settings = DEFAULT) -> list[tuple[Candidate, Candidate]]:
    """One-to-one pairs between two lists, highest similarity first; ties go
    to the pair whose places in their tables are closest."""
    scored = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            score = similarity(a, b, settings)
            if score is not None:
                scored.append((-score, a.place != b.place, abs(i - j), i, j))
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for *_, i, j in sorted(scored):
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((left[i], right[j]))
    return pairs


def link_series(engine: Engine, settings: Settings = DEFAULT) -> int:
    """Rebuild every goal series in the store; returns the number of series.

    Runs one at a time: two imports relinking at once would otherwise each
    delete the series they can see and leave the other's as orphans.
    PostgreSQL waits for an advisory lock; SQLite for its write lock, taken
    by clearing the old series before the goals are read.
    """
    with Session(engine) as session, session.begin():
        if engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LINK_LOCK})
        session.execute(update(Goal).values(series_id=None))
        session.execute(delete(GoalSeries))
        candidates = _candidates(session)
        plans: dict[str, list[Candidate]] = defaultdict(list)
        for c in candidates:
            plans[c.edition[0]].append(c)
        count = 0
        for plan_key in sorted(plans):
            for series in _plan_series(plans[plan_key], settings):
                years = [g.year for g in series if g.year is not None]
                row = GoalSeries(plan_key=plan_key, first_year=min(years, default=None),
                                 last_year=max(years, default=None))
                session.add(row)
                session.flush()
                session.execute(update(Goal), [{"id": g.goal_id, "series_id": row.id} for g in series])
                count += 1
    return count


def _plan_series(goals: list[Candidate], settings: Settings) -> list[list[Candidate]]:
    """The series of one plan: each a list of goals, every rendering included."""
    editions = groupby(sorted(goals, key=_edition_order), key=lambda c: c.edition)
    # Each "slot" is one goal of one edition: its renderings, preferred first.
    slots_by_year: dict[int | None, list[list[Candidate]]] = defaultdict(list)
    for (_, _, year), members in editions:
        slots_by_year[year].extend(_edition_slots(list(members), settings))
    series: list[list[list[Candidate]]] = [[slot] for slot in slots_by_year.pop(None, [])]
    open_series: list[list[list[Candidate]]] = []
    for year in sorted(slots_by_year):
        slots = slots_by_year[year]
        latest = [s[-1][0] for s in open_series]
        matched = {id(b): a for a, b in best_pairs(latest, [s[0] for s in slots], settings)}
        by_head = {id(s[-1][0]): s for s in open_series}
        for slot in slots:
            earlier = matched.get(id(slot[0]))
            if earlier is not None:
                by_head[id(earlier)].append(slot)
            else:
                open_series.append([slot])
    series.extend(open_series)
    return [[goal for slot in s for goal in slot] for s in series]


def _edition_order(c: Candidate) -> tuple:
    return (c.edition[1] or "", c.edition[2] or 0, c.year is None, c.sha256, c.place)


def _edition_slots(goals: list[Candidate], settings: Settings) -> list[list[Candidate]]:
    """Group the renderings of one edition into one slot per goal: the most
    complete rendering leads, the others' goals join the goal they match."""
    by_document: dict[int, list[Candidate]] = defaultdict(list)
    for g in goals:
        by_document[g.document_id].append(g)
    renderings = sorted(by_document.values(), key=lambda gs: (
        -len(gs), FORMAT_PREFERENCE.index(gs[0].format) if gs[0].format in FORMAT_PREFERENCE else 9,
        gs[0].sha256))
    slots = [[g] for g in renderings[0]]
    for other in renderings[1:]:
        leads = [s[0] for s in slots]
        matched = {id(b): a for a, b in best_pairs(leads, other, settings)}
        by_lead = {id(s[0]): s for s in slots}
        for g in other:
            lead = matched.get(id(g))
            if lead is not None:
                by_lead[id(lead)].append(g)
            else:
                slots.append([g])
    return slots


def _candidates(session: Session) -> list[Candidate]:
    units: dict[int, set[str]] = defaultdict(set)
    target_units = select(Quantity.goal_id, Quantity.unit).where(
        Quantity.kind == "target", Quantity.unit.is_not(None))
    for goal_id, unit in session.execute(target_units):
        units[goal_id].add(unit)
    rows = session.execute(
        select(Goal.id, Goal.document_id, Goal.table_number, Goal.row_number, Goal.target_group,
               Goal.goal_text, Document.plan_key, Document.annex, Document.report_year, Document.format,
               Document.sha256)
        .join(Document, Goal.document_id == Document.id)
        .order_by(Document.plan_key, Document.report_year, Document.sha256,
                  Goal.table_number, Goal.row_number))
    return [
        Candidate(goal_id=r.id, document_id=r.document_id, sha256=r.sha256, year=r.report_year,
                  edition=(r.plan_key, r.annex, r.report_year), format=r.format,
                  place=(r.table_number, r.row_number), group=target_group_key(r.target_group),
                  # A row without a goal column is known by its target group.
                  text=goal_key(r.goal_text) if r.goal_text else "",
                  units=frozenset(units[r.id]))
        for r in rows
    ]
