"""Actuals: the quantities a report cell gives as delivered in the report year."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from bilag.record import Actual, Skipped

from . import families as F
from .context import has_phrase, sentence
from .goal_words import is_goal_lemma
from .quantities import Quantity, given_to_each
from .roles import COMPARISON, FUTURE, RESTATED, is_last_period, latest_month, month_of, report_role


def read_actuals(doc: Doc, quantities: list[Quantity], report_year: int | None,
                 counts_target: Callable[[str], bool], is_noun: Callable[[Token], bool],
                 ) -> tuple[tuple[Actual, ...], tuple[Quantity, ...], tuple[Skipped, ...]]:
    """The actuals of a report cell, not yet paired, the quantities they were read
    from, and the numbers left out for their role (future, a comparison year, a
    restated target …).
    `counts_target(unit)` says whether a goal target counts that unit: only then
    is "et møde" one meeting rather than an article, and "7 uger" a measured time."""
    actuals = []
    kept = []
    skipped = []
    latest = latest_month(doc)
    for k, quantity in enumerate(quantities):
        # "et møde" is one meeting where a target counts meetings, and nobody is given it
        if quantity.article and (not counts_target(quantity.unit)
                                 or given_to_each(doc, quantity, quantities[:k])):
            continue
        if quantity.duration and not counts_target(quantity.unit):
            continue
        if is_goal_lemma(quantity.unit):
            continue  # "3 af 5 delmål er opfyldt": a count of goals, no result
        role = report_role(doc, quantity, report_year, is_noun, quantities[:k]) \
            or _role_restated_from(doc, quantity, quantities[:k], skipped) \
            or _earlier_month(doc, quantity, latest)
        if role is not None:
            skipped.append(Skipped(text=quantity.text, reason=role, cell="report"))
            continue
        actuals.append(Actual(value=quantity.low, unit=quantity.unit, text=quantity.text,
                              high=quantity.high if quantity.high != quantity.low else None))
        kept.append(quantity)
    if not any(counts_target(q.unit) for q in kept if q.unit):
        _take_last_period(doc, quantities, skipped, actuals, kept, counts_target)
    roles = {q.number: s.reason for q, s in zip(_skipped_quantities(quantities, skipped), skipped)}
    for k in reversed(range(len(kept))):
        role = _role_restated_by(doc, kept[k], quantities, roles)
        if role is not None:
            skipped.append(Skipped(text=kept[k].text, reason=role, cell="report"))
            del kept[k], actuals[k]
    return tuple(actuals), tuple(kept), tuple(skipped)


def _earlier_month(doc: Doc, quantity: Quantity, latest: int | None) -> str | None:
    """A figure of an earlier month than the latest the report names is a comparison ("toppede i
    januar med 10,1 minutter" beside "8,9 minutter i september")."""
    month = month_of(doc, quantity) if latest is not None else None
    return COMPARISON if month is not None and month < latest else None


def _take_last_period(doc: Doc, quantities: list[Quantity], skipped: list[Skipped], actuals: list[Actual],
                      kept: list[Quantity], counts_target: Callable[[str], bool]) -> None:
    """Where a report gives no figure for now, its first figure of the period just ended is its latest
    level: moved from the comparisons to the actuals ("167 personer mistede livet i trafikken sidste år")."""
    for quantity, entry in zip(_skipped_quantities(quantities, skipped), list(skipped)):
        if entry.reason == COMPARISON and quantity.unit and counts_target(quantity.unit) \
                and is_last_period(doc, quantity):
            skipped.remove(entry)
            at = sum(q.start < quantity.start for q in kept)
            actuals.insert(at, Actual(value=quantity.low, unit=quantity.unit, text=quantity.text,
                                      high=quantity.high if quantity.high != quantity.low else None))
            kept.insert(at, quantity)
            return


def _skipped_quantities(quantities: list[Quantity], skipped: list[Skipped]) -> list[Quantity]:
    """The quantities the skipped entries were read from, in order (matched by their text)."""
    found, rest = [], list(skipped)
    for quantity in quantities:
        if rest and rest[0].text == quantity.text:
            found.append(quantity)
            rest.pop(0)
    return found


def _role_restated_by(doc: Doc, quantity: Quantity, quantities: list[Quantity],
                      roles: dict[int, str]) -> str | None:
    """ "Én million elbiler svarer til, at 37 procent … skal være elbiler": a number restated by
    the next one in another unit is future where that one is."""
    own = sentence(doc, quantity.number)
    after = [t.lower_ for t in doc[quantity.end:own.end] if not t.is_punct][:4]
    if not any(tuple(after[k:k + len(p)]) == p for p in F.EQUIVALENT_LEADS for k in range(2)):
        return None
    following = next((q for q in quantities if q.start >= quantity.end and q.start < own.end), None)
    # only what is to come passes back: "412 samtaler, svarende til 103 pct. af målet" is delivered
    return FUTURE if following is not None and roles.get(following.number) == FUTURE else None


def _role_restated_from(doc: Doc, quantity: Quantity, before: list[Quantity],
                        skipped: list[Skipped]) -> str | None:
    """ "… forventer vi at indsamle 2800 tons madaffald om året. Det svarer til cirka 30 %": a
    number that restates the one before it in another unit has that one's role, where it had one;
    where the report opens so, it restates the goal."""
    own = sentence(doc, quantity.number)
    lead = [t.lower_ for t in doc[own.start:quantity.start]]
    if not has_phrase(lead, F.EQUIVALENT_LEADS):
        return None
    if not any(not q.article for q in before):
        # the report opens by taking up the goal: "Det svarer til en sagsbehandlingstid på ca. 4,5
        # måneder" restates the goal's number in another measure
        return RESTATED if own.start == 0 and lead[:1] and lead[0] in F.GOAL_PRONOUNS else None
    previous = before[-1]
    return next((s.reason for s in skipped if s.text == previous.text), None)
