"""Actuals: the quantities a report cell gives as delivered in the report year."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from bilag.record import Actual

from .context import clause, is_future, outside_year, sentence, years
from .quantities import Quantity, given_to_each

DEFINITE = frozenset({"de", "disse", "begge"})


def is_delivered(doc: Doc, quantity: Quantity, report_year: int | None) -> bool:
    """Whether the report gives the quantity as done in the report year: not
    planned or expected, not dated to another year in its clause or before it."""
    own = clause(doc, quantity.number)
    if own.start > 0 and doc[own.start - 1].text == "(" and not years(own):
        own = sentence(doc, quantity.number)  # "Hallen (2.300 m²) tages i brug i 2025": dated around it
    if is_future(own):
        return False
    elsewhere = outside_year(own, report_year)
    if elsewhere is None:
        # The clause names no year: one named before it dates it too ("I 2023 blev …, og …"),
        # one named after it belongs to its own clause ("…, og der er planlagt 5 i 2026").
        elsewhere = outside_year(doc[sentence(doc, quantity.number).start:own.start], report_year)
    return not elsewhere


def is_reference(doc: Doc, quantity: Quantity) -> bool:
    """Whether a definite article makes the number name things already known
    ("i dialog med de to skoler", "de sidste 6 pladser") rather than count them;
    not as the whole of a share ("97 % af de 2.140 henvendelser")."""
    i = quantity.number
    for article in (i - 1, i - 2):
        if article >= 0 and doc[article].lower_ in DEFINITE and doc[i - 1].is_alpha:
            return not (article > 0 and doc[article - 1].lower_ == "af")
    return False


def read_actuals(doc: Doc, quantities: list[Quantity], report_year: int | None,
                 counts_target: Callable[[str], bool]) -> tuple[tuple[Actual, ...], tuple[float | None, ...]]:
    """The actuals of a report cell, not yet paired, and beside each the whole
    it was counted out of ("8 ud af 17 kurser": 17) or None. `counts_target(unit)`
    says whether a goal target counts that unit: only then is "et møde" one
    meeting rather than an article."""
    actuals = []
    wholes = []
    for k, quantity in enumerate(quantities):
        # "et møde" is one meeting where a target counts meetings, and nobody is given it
        if quantity.article and (not counts_target(quantity.unit)
                                 or given_to_each(doc, quantity, quantities[:k])):
            continue
        if is_reference(doc, quantity) or not is_delivered(doc, quantity, report_year):
            continue
        actuals.append(Actual(value=quantity.low, unit=quantity.unit, text=quantity.text,
                              high=quantity.high if quantity.high != quantity.low else None))
        wholes.append(quantity.whole)
    return tuple(actuals), tuple(wholes)
