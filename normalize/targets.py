"""Targets: the quantities a goal cell sets, with the period they are set for."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from bilag.record import Skipped, Target

from . import families as F
from .context import clause, has_phrase, sentence, years
from .quantities import PER_YEAR, Quantity, given_to_each
from .roles import goal_role
from .verdict import is_goal_lemma, is_goal_word

ANNUAL_WORDS = frozenset({"årligt", "årlig", "årlige", "årligen"})
PLAN_PERIOD_WORDS = ("planperiode", "plansperiode", "hele perioden", "samlet for perioden",
                     "i alt i perioden", "hele indsatsperioden", "hele programperioden", "i perioden")
UNTIL_YEAR = re.compile(r"\bfrem (?:til|mod) (?:udgangen af )?(?:år )?(?:19|20)\d\d\b")
"""A target "frem til 2026", "frem mod 2030": for the plan period (not "frem til afgørelsen")."""


def is_annual(span: Span | Doc) -> bool:
    """Whether the text sets its numbers per year ("årligt", "pr. år", "to årlige møder")."""
    words = [t.lower_ for t in span]
    if ANNUAL_WORDS.intersection(words):
        return True
    return has_phrase(words, PER_YEAR)


def is_plan_period(span: Span | Doc) -> bool:
    """Whether the text sets its numbers for the whole plan period."""
    text = span.text.lower()
    return any(phrase in text for phrase in PLAN_PERIOD_WORDS) or UNTIL_YEAR.search(text) is not None


def _segment(doc: Doc, quantity: Quantity) -> Span:
    """The words of a quantity's clause that are its own: from the number to the next
    number ("40 nye pladser i 2024 og 120 i alt frem til 2026": "40 nye pladser i 2024 og")."""
    part = clause(doc, quantity.number)
    end = next((t.i for t in doc[quantity.end:part.end] if t.like_num and t.lower_ not in ("en", "et")
                and not years(doc[t.i:t.i + 1])), part.end)
    return doc[part.start:end]


def period_of(doc: Doc, quantity: Quantity, annual_column: bool) -> str | None:
    """`annual`, `plan_period` or None: the quantity's own clause first ("I 2024
    uddannes 200, og i alt 600 i planperioden"), then its sentence, then the whole
    cell, then the column header ("Årlige mål")."""
    part = _segment(doc, quantity)
    if is_annual(part):
        return "annual"
    if is_plan_period(part):
        return "plan_period"
    own = sentence(doc, quantity.number)
    if is_annual(own):
        return "annual"
    if (is_plan_period(own) or is_plan_period(doc)) and not years(part):
        return "plan_period"
    if is_annual(doc) or annual_column:
        return "annual"
    return None


CONDITIONING = frozenset({"for", "inden", "indenfor", "efter", "i", "senest"})
DEADLINE = frozenset({"senest"})
"""Before a duration, a deadline the goal sets ("en bolig senest to måneder efter visitationen")
where nothing else in its sentence is counted."""
"""Words before a duration that make it a condition of another target ("tilbydes en plads
inden for 60 dage"), not the goal's measure."""


def measures_time(doc: Doc, quantity: Quantity) -> bool:
    """Whether a duration is the very thing its sentence measures: a waiting or
    processing time before it ("Ventetiden er højst 10 dage", "sagsbehandlingstiden
    skal ned på 6 uger"), not a course's length ("seks måneders forløb")."""
    i = quantity.start
    own = sentence(doc, i)
    start = max([t.i + 1 for t in doc[own.start:i] if t.is_punct and t.text in ",;:"], default=own.start)
    if doc[i - 1].lower_ not in CONDITIONING and any(is_goal_word(t) for t in doc[start:i]):
        return True  # "et servicemål på 40 dage", "servicemålene … er hhv. 55 og 60 dage"
    if quantity.ceiling and any(is_goal_word(t) or is_time_measure(t) for t in own):
        return True  # "områdespecifikke mål …, og de skal tilsammen ligge under 12 dage"
    if doc[i - 1].lower_ in DEADLINE and not any(t.like_num and t.lower_ not in ("en", "et")
                                                  for t in own if t.i != quantity.number):
        return True
    return any(is_time_measure(t) for t in doc[sentence(doc, quantity.number).start:quantity.start])


def is_time_measure(token: Token) -> bool:
    """A noun of a measured time: "ventetiden", "sagsbehandlingstid", "svartiden"."""
    lemma = token.lemma_ if token.lemma_ != token.lower_ else token.lower_.removesuffix("en")
    return token.is_alpha and lemma.endswith(F.TIME_MEASURE_HEADS) and lemma not in F.NOT_TIME_MEASURES


def _is_one(doc: Doc, quantity: Quantity, before: list[Quantity]) -> bool:
    """Whether "en"/"et" sets one thing: as "en årlig …" ("et 'fælles fagligt
    sprog'" is an article), and not given to each of a group counted before it
    ("80 % af borgerne tilbydes en årlig samtale"), unless listed beside it
    ("4 temadage og en årlig konference")."""
    if not any(t.lower_ in ANNUAL_WORDS for t in doc[quantity.start:quantity.end]):
        return False
    return not given_to_each(doc, quantity, before)


def read_targets(doc: Doc, quantities: list[Quantity], annual_column: bool, report_year: int | None,
                 is_noun: Callable[[Token], bool],
                 ) -> tuple[tuple[Target, ...], tuple[Quantity, ...], tuple[Skipped, ...]]:
    """The targets of a goal cell ("en"/"et" only where they set one thing), the
    quantities they were read from, and the numbers left out for their role
    (a baseline, a qualifier)."""
    kept = []
    targets = []
    skipped = []
    for k, quantity in enumerate(quantities):
        if quantity.article and not _is_one(doc, quantity, quantities[:k]):
            continue
        if quantity.duration and not measures_time(doc, quantity):
            continue
        if is_goal_lemma(quantity.unit):
            continue  # "fem beskæftigelsespolitiske mål": a count of goals, no target
        role = goal_role(doc, quantity, report_year, is_noun, quantities[:k])
        if role is not None:
            skipped.append(Skipped(text=quantity.text, reason=role, cell="goal"))
            continue
        kept.append(quantity)
        targets.append(Target(low=quantity.low, high=quantity.high, unit=quantity.unit, text=quantity.text,
                              period=period_of(doc, quantity, annual_column),
                              ceiling=quantity.ceiling or quantity.duration))
    return tuple(targets), tuple(kept), tuple(skipped)
