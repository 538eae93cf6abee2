"""Actuals: the quantities a report cell gives as delivered in the report year."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from bilag.record import Actual, Skipped

from . import families as F
from .context import has_phrase, sentence
from .quantities import Quantity, given_to_each
from .roles import report_role
from .verdict import is_goal_lemma


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
            or _role_restated_from(doc, quantity, quantities[:k], skipped)
        if role is not None:
            skipped.append(Skipped(text=quantity.text, reason=role, cell="report"))
            continue
        actuals.append(Actual(value=quantity.low, unit=quantity.unit, text=quantity.text,
                              high=quantity.high if quantity.high != quantity.low else None))
        kept.append(quantity)
    return tuple(actuals), tuple(kept), tuple(skipped)


def _role_restated_from(doc: Doc, quantity: Quantity, before: list[Quantity],
                        skipped: list[Skipped]) -> str | None:
    """ "… forventer vi at indsamle 2800 tons madaffald om året. Det svarer til cirka 30 %": a
    number that restates the one before it in another unit has that one's role, where it had one."""
    lead = [t.lower_ for t in doc[sentence(doc, quantity.number).start:quantity.start]]
    if not before or not has_phrase(lead, F.EQUIVALENT_LEADS):
        return None
    previous = before[-1]
    return next((s.reason for s in skipped if s.text == previous.text), None)
