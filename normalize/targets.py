"""Targets: the quantities a goal cell sets, with the period they are set for."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from bilag.record import Skipped, Target

from . import families as F
from .context import clause, has_phrase, over_inserted_relative, sentence, years
from .goal_words import has_head, is_goal_lemma, is_goal_word
from .quantities import PER_YEAR, Quantity, given_to_each
from .roles import BASELINE, goal_role, is_change, lowers_requirement

ANNUAL_WORDS = frozenset({"årligt", "årlig", "årlige", "årligen"})
PLAN_PERIOD_WORDS = ("planperiode", "plansperiode", "hele perioden", "samlet for perioden",
                     "i alt i perioden", "hele indsatsperioden", "hele programperioden", "i perioden")
UNTIL_YEAR = re.compile(r"\b(?:frem (?:til|mod)|indtil) (?:udgangen af )?(?:år )?(?:19|20)\d\d\b"
                        r"|\bfra (?:19|20)\d\d (?:til|-|–) (?:19|20)\d\d\b")
"""A target "frem til 2026", "frem mod 2030", "indtil 2025", "fra 2015 til 2025": for the plan period
(not "frem til afgørelsen")."""


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
    if _sets_annual(own):
        return "annual"
    if (is_plan_period(own) or is_plan_period(doc)) and not years(part):
        return "plan_period"
    if _sets_annual(doc) or annual_column:
        return "annual"
    return None


def _sets_annual(span: Span | Doc) -> bool:
    """Whether a sentence or cell sets numbers per year: a year's word outside a clause of measuring
    ("Servicemålet opgøres én gang årligt" says how often it is followed up)."""
    for token in span:
        if token.lower_ in ANNUAL_WORDS or (token.lower_ in ("hvert", "pr.", "per", "om")
                                            and is_annual(token.doc[token.i:token.i + 3])):
            own = clause(token.doc, token.i)
            if not any(t.lower_ in F.MEASURING_WORDS or t.lemma_ in F.MEASURING_WORDS for t in own):
                return True
    return False


CONDITIONING = frozenset({"for", "inden", "indenfor", "efter", "i", "senest"})
"""Words before a duration that make it a condition of another target ("tilbydes en plads
inden for 60 dage"), not the goal's measure."""
DEADLINE = frozenset({"senest"})
"""Before a duration, a deadline the goal sets ("en bolig senest to måneder efter visitationen")
where nothing else in its sentence is counted."""


def _words_before(doc: Doc, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Tokens of the longest phrase that ends right before token i (0 where none does)."""
    best = 0
    for phrase in phrases:
        n = len(phrase)
        if n > best and i >= n and tuple(t.lower_ for t in doc[i - n:i]) == phrase:
            best = n
    return best


def _nothing_else_counted(own: Span, quantity: Quantity, others: list[Quantity]) -> bool:
    """Whether the duration is the only quantity of its sentence (articles aside, and other time
    limits: "sat i gang … inden for 4 timer, og at alle patienter er udredt … inden for 24 timer")."""
    doc = own.doc
    return not any(q.number != quantity.number and not q.article and own.start <= q.start < own.end
                   and not (q.duration and _words_before(doc, q.number, F.ANSWER_LEADS))
                   for q in others)


def _is_condition(doc: Doc, quantity: Quantity) -> bool:
    """Whether the duration stands in a condition: a clause opened by "hvis"/"såfremt" before it,
    or a sentence that opens with an inverted condition ("Har vi ikke … inden 14 dage, har du …")."""
    part = clause(doc, quantity.number)
    if any(t.lower_ in F.CONDITIONS - {"om", "når", "inden", "før"} for t in doc[part.start:quantity.start]):
        return True
    own = sentence(doc, quantity.number)
    first = doc[own.start] if own.start < len(doc) else None
    return first is not None and first.text[:1].isupper() and first.lower_ in F.CONDITION_VERBS \
        and first.lower_ != "hvis" and quantity.start - own.start > 1


def is_daily_amount(doc: Doc, quantity: Quantity) -> bool:
    """ "45 minutter om dagen", "45 minutters daglig bevægelse": a duration set as an amount
    a day or a week, which more of is better (no ceiling)."""
    after = [t.lower_ for t in doc[quantity.end:quantity.end + 6]]
    return any(tuple(after[k:k + len(p)]) == p for p in F.PER_DAY for k in range(0, 2))


def measures_time(doc: Doc, quantity: Quantity, others: list[Quantity] | tuple = (),
                  time_column: bool = False) -> bool:
    """Whether a duration is the very thing its sentence measures: a waiting or
    processing time before it ("Ventetiden er højst 10 dage", "sagsbehandlingstiden
    skal ned på 6 uger"), an answer time where nothing else is counted ("svar inden for
    1 uge"), a time in a column of times ("Frist": "4 uger"), a daily amount ("45
    minutter om dagen"); not a course's length ("seks måneders forløb"), a stretch of
    the calendar ("de seneste 12 måneder"), an age ("unge op til 25 år"), a condition
    ("Har vi ikke svaret inden 14 dage, …") or a citizen's own time ("4 uger til at klage")."""
    i = quantity.start
    own = sentence(doc, i)
    if doc[i - 1].lower_ in F.PERIOD_LEADS or doc[quantity.number - 1].lower_ in F.PERIOD_LEADS:
        return False  # "årets første ni måneder", "de seneste 12 måneder"
    if any(tuple(t.lower_ for t in doc[quantity.end:quantity.end + len(p)]) == p for p in F.TIME_GIVEN):
        return False  # "har du 4 uger til at klage"
    if _is_condition(doc, quantity):
        return False
    measured_before = any(is_time_measure(t) or t.lemma_ in F.LASTING_VERBS
                          for t in doc[own.start:quantity.start])
    if quantity.unit in F.AGE_UNITS:
        return measured_before  # "ventetiden er 1 år", never "unge op til 25 år" nor "på 5 år"
    after_break = max([t.i + 1 for t in doc[own.start:i] if t.text in ",;:"], default=own.start)
    start = over_inserted_relative(doc, after_break)
    # "et servicemål på 40 dage", "servicemålene … er hhv. 55 og 60 dage", "servicemålet på 8,6 minutter"
    goal_before = doc[i - 1].lower_ not in CONDITIONING and any(is_goal_word(t) for t in doc[start:i])
    # "områdespecifikke mål …, og de skal tilsammen ligge under 12 dage", "servicemålet, at ambulancerne
    # … skal være fremme efter maksimalt 7,9 minutter"
    # … skal være fremme efter maksimalt 7,9 minutter"; not where it conditions a share ("mindst 83,4
    # procent … fremme med mindre end tre minutters forsinkelse")
    share = any(q.unit == "procent" and own.start <= q.start < own.end for q in others)
    goal_most = quantity.ceiling and not share and any(is_goal_word(t) or is_time_measure(t) for t in own)
    if quantity.unit == "minut":
        # "Der må maksimalt gå fem minutter, fra …": the most that may pass is the time measured
        return is_daily_amount(doc, quantity) or measured_before or goal_before or goal_most \
            or (quantity.ceiling and _words_before(doc, quantity.number, F.MAY_PASS))
    alone = _nothing_else_counted(own, quantity, list(others))
    if time_column and alone:
        return True  # "4 uger" in a column headed "Frist"
    if _is_labelled(doc, quantity):
        return True  # "Indskudslån: 2 uger", "Realitetsbehandling af pensionsansøgning § 17 3 mdr."
    # a question asks for a measure, its duration is the measure's window ("tilbageløbet … inden for 6 mdr.?")
    alone = alone and not any(t.text == "?" for t in doc[quantity.end:own.end + 1])
    if goal_before or goal_most:
        return True
    if alone and (_words_before(doc, quantity.number, F.ANSWER_LEADS) or doc[i - 1].lower_ in DEADLINE
                  or _words_before(doc, quantity.number, F.MAY_PASS) or quantity.ceiling):
        return True  # "svar inden for 1 uge", "Der må gå 21 kalenderdage fra …", "maks. 30 arbejdsdage"
    return measured_before


def _is_labelled(doc: Doc, quantity: Quantity) -> bool:
    """A duration that closes its sentence right after a label's colon or a section
    reference ("Parcelhuse: 20 arbejdsdage", "… § 17 3 mdr."): the time set for the label."""
    own = sentence(doc, quantity.number)
    if any(not t.is_punct for t in doc[quantity.end:own.end]):
        return False
    k = quantity.start - 1
    if k >= own.start and doc[k].text == ":":
        return True
    return k - 1 >= own.start and doc[k].like_num and doc[k - 1].lower_ in ("§", "§§", "stk.", "nr.")


def is_time_measure(token: Token) -> bool:
    """A noun of a measured time or of a limit set on one: "ventetiden", "sagsbehandlingstid",
    "svartiden", "udredningsretten", "behandlingsgarantien", "tidsgrænse"."""
    if not token.is_alpha:
        return False
    lemma = token.lemma_ if token.lemma_ != token.lower_ else token.lower_.removesuffix("en")
    if lemma.endswith(F.TIME_MEASURE_HEADS) and lemma not in F.NOT_TIME_MEASURES:
        return True
    return len(token.lower_) >= 8 and token.lower_.endswith(F.TIME_LIMIT_NOUNS)


def _one_as_bound(doc: Doc, quantity: Quantity, quantities: list[Quantity]) -> bool:
    """ "mindst én ladestander ved kommunale bygninger": one set as a bound, a target; not where a share
    of its sentence has it ("95 procent skal have mindst en ungdomsuddannelse": what the share has)."""
    if quantity.number == 0 or doc[quantity.number - 1].lower_ not in F.BOUNDS_BEFORE_ONE:
        return False
    own = sentence(doc, quantity.number)
    return not any(q.unit == "procent" and own.start <= q.start < own.end for q in quantities)


def _is_one(doc: Doc, quantity: Quantity, before: list[Quantity]) -> bool:
    """Whether "en"/"et" sets one thing: as "en årlig …" ("et 'fælles fagligt
    sprog'" is an article), and not given to each of a group counted before it
    ("80 % af borgerne tilbydes en årlig samtale"), unless listed beside it
    ("4 temadage og en årlig konference")."""
    if not any(t.lower_ in ANNUAL_WORDS for t in doc[quantity.start:quantity.end]):
        return False
    return not given_to_each(doc, quantity, before)


def read_targets(doc: Doc, quantities: list[Quantity], annual_column: bool, report_year: int | None,
                 is_noun: Callable[[Token], bool], time_column: bool = False,
                 ) -> tuple[tuple[Target, ...], tuple[Quantity, ...], tuple[Skipped, ...]]:
    """The targets of a goal cell ("en"/"et" only where they set one thing), the
    quantities they were read from, and the numbers left out for their role
    (a baseline, a qualifier). `time_column`: the goal column is headed as a time
    ("Frist", "Sagsbehandlingstid"), so a bare duration there is the row's target."""
    kept: list[Quantity] = []
    targets = []
    skipped = []
    baselines: list[Quantity] = []
    for k, quantity in enumerate(quantities):
        measured = quantity.duration and (measures_time(doc, quantity, quantities, time_column)
                                          or _listed_after_measured(doc, quantity, kept))
        # "ét område, hvor …" says where; "én million elbiler" counts a million
        if (quantity.article or doc[quantity.number].lower_ in F.STRESSED_ONE) and quantity.low == 1 \
                and not (_is_one(doc, quantity, quantities[:k]) or measured
                         or _one_as_bound(doc, quantity, quantities)):
            continue
        if quantity.duration and not measured:
            continue
        if is_goal_lemma(quantity.unit) or quantity.unit in F.FRACTION_NOUNS:
            continue  # "fem beskæftigelsespolitiske mål": a count of goals; "tre fjerdedele": a share
        role = goal_role(doc, quantity, report_year, is_noun, quantities[:k], quantities[k + 1:])
        if role is not None:
            skipped.append(Skipped(text=quantity.text, reason=role, cell="goal"))
            if role == BASELINE:
                baselines.append(quantity)
            continue
        kept.append(quantity)
        targets.append(Target(low=quantity.low, high=quantity.high, unit=quantity.unit, text=quantity.text,
                              period=period_of(doc, quantity, annual_column),
                              ceiling=(quantity.ceiling or _time_limit(doc, quantity)
                                       or _down_from(quantity, baselines) or _set_for_limit(doc, quantity))
                              and not lowers_requirement(doc, quantity)))
    return tuple(targets), tuple(kept), tuple(skipped)


def _set_for_limit(doc: Doc, quantity: Quantity) -> bool:
    """A number set for a noun of an upper bound before it in its clause ("Det kommunale udgiftsloft …
    fastsættes til 240,9 mia. kr."): a most."""
    part = clause(doc, quantity.number)
    return any(t.is_alpha and has_head(t.lower_, F.CEILING_NOUNS) for t in doc[part.start:quantity.start])


def _down_from(quantity: Quantity, baselines: list[Quantity]) -> bool:
    """A level to come down to from a higher baseline just before it in its unit ("nedbringe
    udledningen fra 48,5 mio. ton … til 18,3 mio. ton"): a most."""
    base = next((b for b in reversed(baselines) if b.unit == quantity.unit and b.end <= quantity.start), None)
    return base is not None and quantity.number - base.end <= 25 and base.low > quantity.high


def _time_limit(doc: Doc, quantity: Quantity) -> bool:
    """A measured time is a most, less being better; not a daily amount ("45 minutter om
    dagen") nor a reduction ("nedbragt med seks dage"), of which more is better."""
    return quantity.duration and not is_daily_amount(doc, quantity) and not is_change(doc, quantity)


def _listed_after_measured(doc: Doc, quantity: Quantity, kept: list[Quantity]) -> bool:
    """ "servicemålet … er fastsat til 40 dage, og mere kompliceret byggeri er fastsat til
    50-60 dage": a later duration of a sentence whose earlier duration is a measured time."""
    own = sentence(doc, quantity.number)
    if doc[quantity.start - 1].lower_ in CONDITIONING or _is_condition(doc, quantity):
        return False
    return any(q.duration and q.unit == quantity.unit and own.start <= q.start for q in kept)
