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

An import relinks only the plans of the documents it stored: a plan's
series never reach into another plan. Two long lists of goals are paired by
blocks rather than pair by pair (`best_pairs`), so that linking costs time
and memory in proportion to the goals of the plans relinked.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Engine, delete, false, func, insert, select, text, update
from sqlalchemy.orm import Session

from bilag.settings import DEFAULT, Settings

from .schema import Document, Goal, GoalSeries, Quantity

# Any fixed number: one link_series at a time per PostgreSQL database.
_LINK_LOCK = 4242_0002
# Plans relinked at a time: bounds what a full relink holds in memory and the
# bound parameters of one statement.
_PLANS_AT_ONCE = 50

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
    to the pair whose places in their tables are closest. Lists with more
    than `series_full_pairs` pairs between them (far longer than an annex's
    table) are paired by blocks (`_blocked_pairs`), which in practice finds
    the same pairs."""
    if len(left) * len(right) > settings.series_full_pairs:
        return _blocked_pairs(left, right, settings)
    every = ((i, j) for i in range(len(left)) for j in range(len(right)))
    return [(left[i], right[j]) for i, j in _one_to_one(left, right, every, settings)]


def _one_to_one(left: list[Candidate], right: list[Candidate], pairs: Iterable[tuple[int, int]],
                settings: Settings, used_left: set[int] | None = None,
                used_right: set[int] | None = None) -> list[tuple[int, int]]:
    """Of `pairs` (indices into `left` and `right`), the one-to-one pairs by
    similarity, best first, leaving out indices already used."""
    scored = []
    for i, j in pairs:
        score = similarity(left[i], right[j], settings)
        if score is not None:
            scored.append((-score, left[i].place != right[j].place, abs(i - j), i, j))
    used_left = set() if used_left is None else used_left
    used_right = set() if used_right is None else used_right
    chosen = []
    for *_, i, j in sorted(scored):
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            chosen.append((i, j))
    return chosen


def _blocked_pairs(left: list[Candidate], right: list[Candidate],
                   settings: Settings) -> list[tuple[Candidate, Candidate]]:
    """`best_pairs` of two long lists in time and memory linear in practice.
    Goals of the same target group and wording pair directly: first those
    with the same numbers too (a rendering's row), each at the same place
    before any other, then in table order; then goals of the same wording
    whose numbers changed (another year). The rest are scored only against
    the goals that share their word stems (`_stem_blocks`)."""
    used_left: set[int] = set()
    used_right: set[int] = set()
    chosen: list[tuple[int, int]] = []
    for key in (_row_key, _wording_key):
        for same_place in (True, False):
            chosen += _exact_pairs(left, right, key, same_place, used_left, used_right, settings)
    rest_left = [i for i in range(len(left)) if i not in used_left]
    rest_right = [j for j in range(len(right)) if j not in used_right]
    blocks = _stem_blocks([left[i] for i in rest_left], [right[j] for j in rest_right], settings)
    fuzzy = ((rest_left[i], rest_right[j]) for i, js in blocks for j in js)
    chosen += _one_to_one(left, right, fuzzy, settings, used_left, used_right)
    return [(left[i], right[j]) for i, j in chosen]


def _row_key(c: Candidate) -> tuple:
    return c.group, c.text, c.numbers


def _wording_key(c: Candidate) -> tuple:
    return c.group, c.text


def _exact_pairs(left: list[Candidate], right: list[Candidate], key: Callable[[Candidate], tuple],
                 same_place: bool, used_left: set[int], used_right: set[int],
                 settings: Settings) -> list[tuple[int, int]]:
    """Pairs of unused goals with the same `key` (and place, if `same_place`),
    in table order, where they are similar at all (units may tell them apart)."""
    waiting: dict[tuple, deque[int]] = defaultdict(deque)
    for j, b in enumerate(right):
        if j not in used_right:
            waiting[key(b), b.place if same_place else None].append(j)
    chosen = []
    for i, a in enumerate(left):
        queue = waiting.get((key(a), a.place if same_place else None))
        if i not in used_left and queue and similarity(a, right[queue[0]], settings) is not None:
            j = queue.popleft()
            used_left.add(i)
            used_right.add(j)
            chosen.append((i, j))
    return chosen


def _stem_blocks(left: list[Candidate], right: list[Candidate],
                 settings: Settings) -> Iterator[tuple[int, list[int]]]:
    """For each goal of `left`, the goals of `right` worth scoring it against:
    those that share most of its word stems (a word's first five letters, so
    that "fagpersoner" meets "fagperson") and pairs of them, at most
    `series_max_candidates`; stems in more than `series_common_stem` goals
    of `right` are passed over.

    Why: scoring every pair of two long lists is quadratic in time and in
    memory (three renderings of a 10,000-row table are 10^8 pairs), while a
    goal and its counterpart share their less common words (a place, a
    topic, a unit), so a goal meets a bounded number of candidates."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, b in enumerate(right):
        for stem in _stems(b):
            index[stem].append(j)
    for i, a in enumerate(left):
        shared: Counter[int] = Counter()
        for stem in _stems(a):
            postings = index.get(stem, ())
            if len(postings) <= settings.series_common_stem:
                shared.update(postings)
        yield i, [j for j, _ in shared.most_common(settings.series_max_candidates)]


def _stems(c: Candidate) -> set[str]:
    """The stems of a goal's words of three letters or more (of its target
    group where it has no goal text: such rows are known by their group),
    and each two neighbouring stems, which are rarer than either alone."""
    stems = [word[:5] for word in (c.text or c.group).split() if len(word) > 2]
    return {*stems, *(f"{a} {b}" for a, b in zip(stems, stems[1:]))}


def link_series(engine: Engine, settings: Settings = DEFAULT, plans: Collection[str] | None = None) -> int:
    """Rebuild the goal series of `plans` (plan keys, `Document.plan_key`:
    the plans an import touched), or of every plan where None; returns the
    number of series rebuilt. A plan's series never reach into another plan,
    so the other plans' series stay as they are, rows and all.

    A series never joins goals of two publishers. A series that keeps goals
    it had keeps its id and key (the one with most of them, when it was
    split or merged), so both stay when an earlier or later year is
    imported; a new series gets the next id never used (over all plans) and
    a key from its earliest goal (see `series_key`).

    Runs one at a time: two imports relinking at once would otherwise each
    delete the series they can see and leave the other's as orphans.
    PostgreSQL waits for an advisory lock; SQLite for its write lock, taken
    before the old series and the goals are read.
    """
    if plans is not None and not plans:
        return 0
    with Session(engine) as session, session.begin():
        if engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LINK_LOCK})
        else:  # a statement that writes nothing takes SQLite's write lock
            session.execute(update(GoalSeries).where(false()).values(key=GoalSeries.key))
        if plans is None:  # every plan with documents, and any left with series only
            plans = set(session.scalars(select(Document.plan_key).distinct()))
            plans |= set(session.scalars(select(GoalSeries.plan_key).distinct()))
        next_id = (session.scalar(select(func.max(GoalSeries.id))) or 0) + 1
        count = 0
        for chunk in _chunks(sorted(plans), _PLANS_AT_ONCE):
            identities = _relink(session, chunk, next_id, settings)
            next_id = max([next_id, *(series_id + 1 for series_id, _ in identities)])
            count += len(identities)
    return count


def _relink(session: Session, plans: list[str], next_id: int, settings: Settings) -> list[tuple[int, str]]:
    """Delete the series of `plans` and build them again, new series with ids
    from `next_id` on; returns the id and key of each series built."""
    kept = _stored_series(session, plans)
    old = select(GoalSeries.id).where(GoalSeries.plan_key.in_(plans))
    session.execute(update(Goal).where(Goal.series_id.in_(old)).values(series_id=None))
    session.execute(delete(GoalSeries).where(GoalSeries.plan_key.in_(plans)))
    by_plan: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in with_publishers(_candidates(session, plans), settings):
        by_plan[c.edition[:2]].append(c)
    built = [series for plan in sorted(by_plan) for series in _plan_series(by_plan[plan], settings)]
    if not built:
        return []
    taken: set[str] = set()  # keys of other plans' series that new keys happened to hit
    while True:
        identities = _identities(built, kept, next_id, taken)
        clash = _stored_keys(session, [key for series_id, key in identities if series_id >= next_id])
        if not clash:
            break
        taken |= clash
    rows = []
    for series, (series_id, key) in zip(built, identities):
        years = [g.year for g in series if g.year is not None]
        rows.append({"id": series_id, "key": key, "municipality": series[0].municipality,
                     "plan_key": series[0].edition[1], "first_year": min(years, default=None),
                     "last_year": max(years, default=None)})
    session.execute(insert(GoalSeries), rows)
    session.execute(update(Goal), [{"id": g.goal_id, "series_id": series_id}
                                   for series, (series_id, _) in zip(built, identities)
                                   for g in series])
    return identities


def plan_keys(engine: Engine, sha256s: Iterable[str]) -> set[str]:
    """The plans (`Document.plan_key`) of the stored documents with these
    sha256s: the plans whose series an import must relink."""
    with Session(engine) as session:
        return {key for chunk in _chunks(sorted(set(sha256s)))
                for key in session.scalars(select(Document.plan_key).where(Document.sha256.in_(chunk)))}


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _stored_keys(session: Session, keys: list[str]) -> set[str]:
    """Which of `keys` stored series have."""
    return {key for chunk in _chunks(keys)
            for key in session.scalars(select(GoalSeries.key).where(GoalSeries.key.in_(chunk)))}


GoalPlace = tuple[str, int, int]  # document sha256, table, row: a goal's identity across re-imports


def _stored_series(session: Session, plans: list[str]) -> dict[GoalPlace, tuple[int, str]]:
    query = (select(Document.sha256, Goal.table_number, Goal.row_number, GoalSeries.id, GoalSeries.key)
             .join(Document, Goal.document_id == Document.id)
             .join(GoalSeries, Goal.series_id == GoalSeries.id)
             .where(GoalSeries.plan_key.in_(plans)))
    return {(sha, table, row): (series_id, key) for sha, table, row, series_id, key in session.execute(query)}


def _identities(built: list[list[Candidate]], kept: dict[GoalPlace, tuple[int, str]], next_id: int,
                taken: set[str]) -> list[tuple[int, str]]:
    """Each new series' id and key: an old series' where it keeps its goals
    (most goals first), else the next id from `next_id` and a key of its own
    (none of `taken`)."""
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
    keys = {key for _, key in chosen.values()} | taken
    for i, series in enumerate(built):
        if i in chosen:
            continue
        first = min(series, key=lambda g: (g.year if g.year is not None else 9999, format_rank(g.format),
                                           g.sha256, g.place))
        key = series_key(first.municipality, first.edition[1], first.sha256, *first.place)
        while key in keys:  # a key of a series that was split, or of another plan's: derive another
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


def _candidates(session: Session, plans: list[str]) -> list[Candidate]:
    """The goals of the documents of `plans`, as the linker sees them."""
    units: dict[int, set[str]] = defaultdict(set)
    target_units = (select(Quantity.goal_id, Quantity.unit)
                    .join(Goal, Quantity.goal_id == Goal.id).join(Document, Goal.document_id == Document.id)
                    .where(Quantity.kind == "target", Quantity.unit.is_not(None),
                           Document.plan_key.in_(plans)))
    for goal_id, unit in session.execute(target_units):
        units[goal_id].add(unit)
    rows = session.execute(
        select(Goal.id, Goal.document_id, Goal.table_number, Goal.row_number, Goal.target_group,
               Goal.goal_text, Goal.report_text, Goal.status_text, Document.plan_key, Document.annex,
               Document.report_year, Document.format, Document.sha256, Document.municipality)
        .join(Document, Goal.document_id == Document.id)
        .where(Document.plan_key.in_(plans))
        .order_by(Document.plan_key, Document.report_year, Document.sha256,
                  Goal.table_number, Goal.row_number))
    return [candidate(r, units[r.id]) for r in rows]


def candidate(r: Any, units: Iterable[str]) -> Candidate:
    """A goal as the linker sees it, from a row of the goal's and its
    document's columns as `_candidates` selects them (id, document_id,
    table_number, row_number, target_group, goal_text, report_text,
    status_text; plan_key, annex, report_year, format, sha256,
    municipality) and the units of its targets."""
    return Candidate(
        goal_id=r.id, document_id=r.document_id, sha256=r.sha256, year=r.report_year,
        edition=(municipality_key(r.municipality), r.plan_key, r.annex, r.report_year),
        municipality=r.municipality, format=r.format,
        place=(r.table_number, r.row_number), group=target_group_key(r.target_group),
        # A row without a goal column is known by its target group.
        text=goal_key(r.goal_text) if r.goal_text else "",
        units=frozenset(units),
        row_text=_words(" ".join(t or "" for t in (r.goal_text, r.report_text, r.status_text))),
        numbers=row_numbers(r.goal_text, r.report_text, r.status_text))
