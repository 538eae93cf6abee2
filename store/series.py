"""Year-over-year series: the same goal reported in annexes of different years.

Goals are linked only within one plan (`plan_identity`) of one publisher,
never within one report year, and one to one between years, best score
first. The score is
the similarity of the goal texts with their numbers left out (numbers change
from year to year by design), with the target group as a gate and shared
target units as extra evidence.

An edition is one annex of one plan, one year and one publisher. Documents
are renderings of one edition (the same annex as text, DOCX and PDF) only
where their rows are the same (`same_rows`), never by their title alone;
a rendering's goals are matched to the others' first and stand together in
one place of the series, never as "another year". A document that names no
publisher takes the publisher of the edition it renders (`with_publishers`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import groupby

from rapidfuzz import fuzz
from sqlalchemy import Engine, delete, false, select, text, update
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


def municipality_key(municipality: str | None) -> str:
    """A publisher compared loosely ("" where unknown)."""
    return _words(municipality or "")


def row_numbers(*texts: str | None) -> tuple[str, ...]:
    """The numbers of a row, each once, digits only ("2.425" → "2425"), sorted."""
    return tuple(sorted({re.sub(r"\D", "", n) for t in texts for n in _NUMBER.findall(t or "")}))


def series_key(municipality: str | None, plan_key: str, sha256: str, table: int, row: int) -> str:
    """The key a new series gets from its earliest goal; it keeps it after that."""
    seed = "\x1f".join([municipality_key(municipality), plan_key, sha256, str(table), str(row)])
    return "s" + hashlib.sha256(seed.encode()).hexdigest()[:11]


@dataclass(frozen=True)
class Candidate:
    """A goal as the linker sees it."""

    goal_id: int
    document_id: int
    sha256: str
    year: int | None
    # publisher, plan, annex, year: the documents of one edition share it
    edition: tuple[str, str, str | None, int | None]
    municipality: str | None
    format: str
    place: tuple[int, int]  # table, row
    group: str
    text: str
    units: frozenset[str]
    row_text: str = ""  # goal, report and verdict: what renderings of one row share
    numbers: tuple[str, ...] = ()


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

    A series never joins goals of two publishers. A series that keeps goals
    it had keeps its id and key (the one with most of them, when it was
    split or merged), so both stay when an earlier or later year is
    imported; a new series gets the next free id and a key from its
    earliest goal (see `series_key`).

    Runs one at a time: two imports relinking at once would otherwise each
    delete the series they can see and leave the other's as orphans.
    PostgreSQL waits for an advisory lock; SQLite for its write lock, taken
    before the old series and the goals are read.
    """
    with Session(engine) as session, session.begin():
        if engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LINK_LOCK})
        else:  # a statement that writes nothing takes SQLite's write lock
            session.execute(update(GoalSeries).where(false()).values(key=GoalSeries.key))
        kept = _stored_series(session)
        session.execute(update(Goal).values(series_id=None))
        session.execute(delete(GoalSeries))
        plans: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
        for c in with_publishers(_candidates(session), settings):
            plans[c.edition[:2]].append(c)
        built = [series for plan in sorted(plans) for series in _plan_series(plans[plan], settings)]
        identities = _identities(built, kept)
        for series, (series_id, key) in zip(built, identities):
            years = [g.year for g in series if g.year is not None]
            session.add(GoalSeries(id=series_id, key=key, municipality=series[0].municipality,
                                   plan_key=series[0].edition[1], first_year=min(years, default=None),
                                   last_year=max(years, default=None)))
        session.flush()
        session.execute(update(Goal), [{"id": g.goal_id, "series_id": series_id}
                                       for series, (series_id, _) in zip(built, identities)
                                       for g in series])
    return len(built)


GoalPlace = tuple[str, int, int]  # document sha256, table, row: a goal's identity across re-imports


def _stored_series(session: Session) -> dict[GoalPlace, tuple[int, str]]:
    query = (select(Document.sha256, Goal.table_number, Goal.row_number, GoalSeries.id, GoalSeries.key)
             .join(Document, Goal.document_id == Document.id)
             .join(GoalSeries, Goal.series_id == GoalSeries.id))
    return {(sha, table, row): (series_id, key) for sha, table, row, series_id, key in session.execute(query)}


def _identities(built: list[list[Candidate]],
                kept: dict[GoalPlace, tuple[int, str]]) -> list[tuple[int, str]]:
    """Each new series' id and key: an old series' where it keeps its goals
    (most goals first), else the next free id and a key of its own."""
    votes: list[tuple[int, tuple[int, str], int]] = []
    for i, series in enumerate(built):
        counts = Counter(kept[place] for g in series if (place := (g.sha256, *g.place)) in kept)
        votes.extend((-n, old, i) for old, n in counts.items())
    chosen: dict[int, tuple[int, str]] = {}
    used: set[int] = set()
    for _, old, i in sorted(votes):
        if i not in chosen and old[0] not in used:
            chosen[i] = old
            used.add(old[0])
    next_id = max((series_id for series_id, _ in kept.values()), default=0) + 1
    keys = {key for _, key in chosen.values()}
    for i, series in enumerate(built):
        if i in chosen:
            continue
        first = min(series, key=lambda g: (g.year if g.year is not None else 9999, format_rank(g.format),
                                           g.sha256, g.place))
        key = series_key(first.municipality, first.edition[1], first.sha256, *first.place)
        while key in keys:  # a key of a series that was split: derive another
            key = "s" + hashlib.sha256(key.encode()).hexdigest()[:11]
        keys.add(key)
        chosen[i] = (next_id, key)
        next_id += 1
    return [chosen[i] for i in range(len(built))]


def format_rank(format: str) -> int:
    """Where a format stands in FORMAT_PREFERENCE (unknown formats last)."""
    return FORMAT_PREFERENCE.index(format) if format in FORMAT_PREFERENCE else len(FORMAT_PREFERENCE)


def _plan_series(goals: list[Candidate], settings: Settings) -> list[list[Candidate]]:
    """The series of one plan: each a list of goals, every rendering included."""
    groups = groupby(sorted(goals, key=_edition_order), key=lambda c: c.edition)
    # Each "slot" is one goal of one edition: its renderings, preferred first.
    slots_by_year: dict[int | None, list[list[Candidate]]] = defaultdict(list)
    for (*_, year), members in groups:
        for edition in editions(list(members), settings):
            slots_by_year[year].extend(_edition_slots(edition, settings))
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
    return (c.edition[2] or "", c.edition[3] or 0, c.year is None, c.sha256, c.place)


def _by_document(goals: list[Candidate]) -> list[list[Candidate]]:
    """The goals of each document, the most complete and preferred rendering first."""
    by_document: dict[int, list[Candidate]] = defaultdict(list)
    for g in goals:
        by_document[g.document_id].append(g)
    return sorted(by_document.values(), key=lambda gs: (-len(gs), format_rank(gs[0].format), gs[0].sha256))


def editions(goals: list[Candidate], settings: Settings = DEFAULT) -> list[list[Candidate]]:
    """Split the goals of documents that share plan, annex, year and publisher
    into editions: documents are renderings of one edition only where their
    rows are the same (`same_rows`), never by their title alone."""
    found: list[list[list[Candidate]]] = []
    for document in _by_document(goals):
        edition = next((e for e in found if same_rows(e[0], document, settings)), None)
        if edition is None:
            found.append([document])
        else:
            edition.append(document)
    return [[g for document in edition for g in document] for edition in found]


def with_publishers(goals: list[Candidate], settings: Settings = DEFAULT) -> list[Candidate]:
    """The goals with a publisher where a document names none but is a
    rendering (`same_rows`) of a document of the same plan, annex and year
    that does (a text export without the page header of its PDF): an
    unknown publisher is no other publisher."""
    groups: dict[tuple, list[Candidate]] = defaultdict(list)
    for g in goals:
        groups[g.edition[1:]].append(g)
    found: list[Candidate] = []
    for members in groups.values():
        documents = _by_document(members)
        known = [d for d in documents if d[0].edition[0]]
        for document in documents:
            if not document[0].edition[0]:
                publisher = next((k[0] for k in known if same_rows(k, document, settings)), None)
                if publisher is not None:
                    document = [dataclasses.replace(g, edition=publisher.edition,
                                                    municipality=publisher.municipality) for g in document]
            found.extend(document)
    return found


def same_rows(a: list[Candidate], b: list[Candidate], settings: Settings = DEFAULT) -> bool:
    """Whether two documents' goals are the same rows, rendered twice: most
    rows pair up with the same numbers and nearly the same words. A layout
    may move a row's verdict from its report into a status column, or its
    target group into a section row: the words are compared as sets, and
    the target group not at all."""
    pairs = [(x, y) for x, y in best_pairs(a, b, settings) if x.numbers == y.numbers
             and fuzz.token_set_ratio(x.row_text, y.row_text) >= settings.rendering_min_similarity]
    return len(pairs) >= settings.rendering_min_share * max(len(a), len(b))


def _edition_slots(goals: list[Candidate], settings: Settings) -> list[list[Candidate]]:
    """Group the renderings of one edition into one slot per goal: the most
    complete rendering leads, the others' goals join the goal they match."""
    renderings = _by_document(goals)
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
               Goal.goal_text, Goal.report_text, Goal.status_text, Document.plan_key, Document.annex,
               Document.report_year, Document.format, Document.sha256, Document.municipality)
        .join(Document, Goal.document_id == Document.id)
        .order_by(Document.plan_key, Document.report_year, Document.sha256,
                  Goal.table_number, Goal.row_number))
    return [
        Candidate(goal_id=r.id, document_id=r.document_id, sha256=r.sha256, year=r.report_year,
                  edition=(municipality_key(r.municipality), r.plan_key, r.annex, r.report_year),
                  municipality=r.municipality, format=r.format,
                  place=(r.table_number, r.row_number), group=target_group_key(r.target_group),
                  # A row without a goal column is known by its target group.
                  text=goal_key(r.goal_text) if r.goal_text else "",
                  units=frozenset(units[r.id]),
                  row_text=_words(" ".join(t or "" for t in (r.goal_text, r.report_text, r.status_text))),
                  numbers=row_numbers(r.goal_text, r.report_text, r.status_text))
        for r in rows
    ]
