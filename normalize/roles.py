"""The role a number plays in its clause, read the same way in goal and report.

A quantity is a target (in the goal) or an actual (in the report) unless the
words around it give it another role, decided by the verb and preposition
next to it and the families of `families.py`:

- `baseline`: where a change starts ("fra 28 pct. til 35 pct.", "hævet fra et
  mål om 400 til 600"), a starting level ("Udgangspunkt: 62 %"), a level of
  before the report in a goal ("sidste år var andelen 30 pct.");
- `comparison year`: in a report, a level of another, earlier time ("mod 950
  i 2023", "sammenlignet med 580 året før");
- `future`: in a report, what is planned, expected or forecast;
- `restated target`: in a report, the goal's number said again ("Målet for
  året var 1.500 besøg", "et mål om 300"); in a goal, the target given again
  in other terms ("mindst 0,5% (svarende til knap 500 indbyggere)");
- `excess`: in a report, by how much a goal was beaten ("overgået med 0,2 mio. kr.");
- `distance to the goal`: how far from the goal ("13-14 procentpoint derfra", "4 procent under målet");
- `weight or score`: in a goal, a contract's weight or score ("Vægt 50%", "Opfyldelse = 100%");
- `share of the target`: in a report, how much of the goal was reached ("103 pct. af målet");
- `qualifier`: a number that says which things are meant ("alle skoler med
  over 300 elever", "mellem de to forvaltninger");
- `condition`: a number under a condition or in a question ("…, når mindst 90
  procent er afsluttet", "Hvis søgetallet ligger under 10 procent, skal …").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from . import families as F
from .context import (
    clause,
    has_phrase,
    is_future,
    outside_year,
    over_inserted_relative,
    past_when,
    sentence,
    years,
)
from .goal_words import is_goal_word as _is_goal_form
from .numbers import is_year, parse_digits, parse_range, parse_word
from .quantities import Quantity
from .units import PERCENT_WORDS

BASELINE = "baseline"
COMPARISON = "comparison year"
FUTURE = "future"
RESTATED = "restated target"
EXCESS = "excess"
QUALIFIER = "qualifier"
SHARE_OF_TARGET = "share of the target"
CONDITION = "condition"
SHORTFALL = "distance to the goal"
SCORE = "weight or score"

IsNoun = Callable[[Token], bool]


def is_goal_word(token: Token) -> bool:
    """A noun of the goal family ("målet", "delmålene"), not a word that only looks like one
    ("målt", measured)."""
    return _is_goal_form(token) and token.lemma_ not in F.GOAL_LOOKALIKE_LEMMAS


REQUIREMENT_LINKS = frozenset({"om", "på", "de", "mindst", "højst", "maksimalt", "ca.", "cirka"})


def names_requirement(doc: Doc, quantity: Quantity) -> bool:
    """ "krav om 45 minutters", "udredningsretten på 30 dage", "tidsgrænse … er sat til 30 dage":
    a noun of a requirement or of a limit set on a time before the number in its clause."""
    before = list(_before_in_clause(doc, quantity))
    for k, token in enumerate(before):
        if token.is_alpha and len(token.lower_) >= 4 and token.lower_.endswith(F.REQUIREMENT_NOUNS):
            if all(t.lower_ in REQUIREMENT_LINKS for t in before[k + 1:]):
                return True  # "lever op til skolereformens krav om 45 minutters": the requirement's number
            if before[-1].lower_ == "på":
                return True  # "overholde udredningsretten i børne- og ungdomspsykiatrien på 30 dage"
            # not "formåede kun at leve op til kravet i 73,3 procent af tilfældene": a result
            return not any(t.lemma_ in F.ATTAIN for t in before)
    return False


def is_aim(doc: Doc, quantity: Quantity) -> bool:
    """ "at opnå 60% økologi", "for at nå 50 pct.": the number is what is to be reached."""
    before = list(doc[max(0, quantity.start - 4):quantity.start])
    return any(t.lower_ == "at" and j + 1 < len(before) and before[j + 1].lemma_ in F.ATTAIN
               for j, t in enumerate(before))



def _words(span: Span | Doc) -> list[str]:
    return [t.lower_ for t in span]


def _is_number(text: str) -> bool:
    return parse_digits(text) is not None or parse_range(text) is not None or parse_word(text) is not None


def _number_within(doc: Doc, k: int, reach: int = 4) -> bool:
    """Whether a number follows token k within a few lead words ("til ca. 600")."""
    for j in range(k, min(k + reach, len(doc))):
        if _is_number(doc[j].text) and doc[j].lower_ not in ("en", "et"):
            return True
        if doc[j].lower_ not in F.CHANGE_LEADS:
            return False
    return False


def is_change_start(doc: Doc, quantity: Quantity) -> bool:
    """ "fra 28 pct. til 35 pct.", "fra et mål om 400 til 600": the number after "fra"
    (a few lead words allowed) is where a change starts, when "til"/"op på" and a number follow."""
    i = quantity.number
    lead = i - 1
    while lead >= 0 and lead > i - 5 and doc[lead].lower_ in F.CHANGE_LEADS:
        lead -= 1
    if lead < 0 or doc[lead].lower_ not in F.FROM:
        return False
    end = sentence(doc, i).end
    for k in range(quantity.end, min(quantity.end + 4, end)):
        if doc[k].lower_ in F.TO and _number_within(doc, k + 1):
            return True
    return False


CHANGE_LEAD_WORDS = frozenset({"ca.", "cirka", "omkring", "godt", "knap", "mindst", "yderligere", "hele",
                               "blot", "kun"})


def _change_phrase(doc: Doc, k: int) -> list[Token]:
    """The head of a noun phrase of change that ends right before token k: "et fald i udledningen af
    CO2 på ca. 7 %" (the change's own "i … af …" between)."""
    j = k - 1
    while j > max(0, k - 7) and (doc[j].is_alpha or doc[j].like_num or doc[j].text[:1].isalnum()) \
            and doc[j].lower_ not in ("er", "var", "blev", "har"):
        if doc[j - 1].lower_ in ("et", "en", "den", "det", "sit", "sin") and doc[j].is_alpha:
            return [doc[j]]  # the phrase's head after its article
        j -= 1
    return []


def _before_relative(doc: Doc, k: int) -> list[Token]:
    """The word before a relative clause that ends right before token k ("passagertilvækst" in "en
    passagertilvækst, som passer med NT's mål, på to procent"), or nothing."""
    if k < 2 or doc[k - 1].text != ",":
        return []
    j = k - 2
    while j > 0 and doc[j].text not in ",;:" and k - j < 15:
        j -= 1
    return [doc[j - 1]] if j > 0 and doc[j].text == "," and doc[j + 1].lower_ in F.RELATIVE_OPENERS else []


def is_change(doc: Doc, quantity: Quantity) -> bool:
    """A change rather than a level: "steget med ca. 100.000 hektar" ("med" after a verb of
    change), "en reduktion på 48 %" ("på" after a noun of change), "steget 10 % point"
    (percentage points), "2.100 flere praktikpladser" (a comparative count)."""
    k = quantity.number - 1
    while k >= 0 and doc[k].lower_ in CHANGE_LEAD_WORDS:
        k -= 1
    if k >= 0 and doc[k].lower_ == "med":
        # the verb may stand before an "og" of its object ("reduceret aftrykket fra bygninger og
        # transport med 45 procent"), not before a comma
        first = k
        while first > max(sentence(doc, k).start, k - 12) and not doc[first - 1].is_punct:
            first -= 1
        lead = doc[first:k]
        return any(t.lemma_ in F.CHANGE_VERBS or t.lower_ in F.CHANGE_VERBS for t in lead)
    nouns = [*doc[max(0, k - 2):k], *_before_relative(doc, k), *_change_phrase(doc, k)] if k >= 1 else []
    if k >= 1 and doc[k].lower_ == "på" and any(_is_change_noun(t.lemma_.lower()) for t in nouns):
        return True  # "en reduktion på 48 %", "en passagertilvækst, som passer med målet, på to procent"
    if quantity.unit == "procentpoint":
        return True
    if _change_is_subject(doc, k):
        return True
    if _changed_by_then_to(doc, quantity):
        return True
    if quantity.end < len(doc) and _is_change_noun(doc[quantity.end].lemma_.lower()):
        return True  # "en 25 % reduktion", "20 procents stigning", "10 procent CO2-reduktion"
    number_end = quantity.number + 1
    return number_end < len(doc) and doc[number_end].lower_ in F.COMPARATIVE_COUNTS


def _change_is_subject(doc: Doc, k: int) -> bool:
    """A number said of a change noun as the subject: "stigningen i forskningsbudgetterne fra 2003 til
    2004 var på 0,01 %", "Faldet er 2 procent" (a copula, maybe with "på", at k; the noun definite,
    before it in the clause: "Efter et fald i ledigheden er andelen 5 %" is a level)."""
    if k >= 0 and doc[k].lower_ == "på":
        k -= 1
    if k < 0 or doc[k].lemma_ not in F.COPULAS:
        return False
    own = clause(doc, k)
    return any(_is_change_noun(t.lemma_.lower()) and t.lower_.endswith(("en", "et"))
               for t in doc[max(own.start, k - 10):k])


def _is_change_noun(lemma: str) -> bool:
    """A noun of change, or a compound of one ("CO2-reduktion", "energireduktion"; a short head only
    after a hyphen or a linking "s": "befolkningsvækst", "prisfald", while "affald" is no "fald")."""
    return lemma in F.CHANGE_NOUNS or any(
        lemma.endswith(noun) and (len(noun) >= 6 or lemma[-len(noun) - 1] == "-"
                                  or (lemma[-len(noun) - 1] == "s" and len(lemma) - len(noun) >= 4))
        for noun in F.CHANGE_NOUNS if len(lemma) > len(noun))


def _changed_by_then_to(doc: Doc, quantity: Quantity) -> bool:
    """A verb of change, the amount and then the level: "steg i gennemsnit en uge i 2008 til 15,2 uger",
    "faldt 3 procent til 45 procent" (the amount is the change, the level after "til" the result)."""
    lead = [t for t in doc[max(0, quantity.start - 4):quantity.start] if not t.is_punct]
    if not any(t.lemma_ in F.CHANGE_VERBS or t.lower_ in F.CHANGE_VERBS for t in lead) \
            or any(t.lower_ in F.FROM or t.lower_ in F.TO for t in lead):
        return False
    end = sentence(doc, quantity.number).end
    return any(doc[k].lower_ == "til" and _number_within(doc, k + 1, 2)
               for k in range(quantity.end, min(quantity.end + 4, end)))


def _before_in_clause(doc: Doc, quantity: Quantity) -> Span:
    """The words of the number's clause before it, with a label before a colon
    ("Udgangspunkt: 62 %")."""
    start = over_inserted_relative(doc, clause(doc, quantity.start).start)
    if start >= 2 and doc[start - 1].text == ":":
        start = clause(doc, start - 2).start
    return doc[start:quantity.start]


def is_baseline_label(doc: Doc, quantity: Quantity) -> bool:
    """ "Udgangspunkt: 62 %", "Baseline er 76,4 %", "udgangsniveauet var 40"; not a change counted from
    the base year ("i forhold til basisåret 2011 … et fald … på ca. 7 %")."""
    before = _before_in_clause(doc, quantity)
    return bool(({t.lemma_ for t in before} | set(_words(before))) & F.BASELINE_WORDS) \
        and not is_change(doc, quantity)


def _at_the_start(doc: Doc, quantity: Quantity) -> bool:
    """In a report, a level at the start of the work, before the number in its sentence: "Ved
    opstarten af projektet var status, at 68 procent …"."""
    return has_phrase(_words(doc[sentence(doc, quantity.number).start:quantity.start]), F.AT_THE_START)


def is_earlier(doc: Doc, quantity: Quantity, report_year: int | None, own: Span | None = None) -> bool:
    """A level of an earlier time: "sidste år var andelen 30 pct.", "mod 950", "(2023: 580)";
    `own` is the number's clause where it is not the whole clause (a compared base cut off)."""
    if is_compared(doc, quantity):
        return True
    own = clause(doc, quantity.number) if own is None else own
    words = _words(own)
    # "for to år siden", "For et halvt år siden": a time counted back from now
    return has_phrase(words, F.PAST_WORDS) or any(
        word == "siden" and "for" in words[max(0, k - 4):k - 1] and words[k - 1] in F.AGO_UNITS
        for k, word in enumerate(words) if k > 1)


def is_last_period(doc: Doc, quantity: Quantity) -> bool:
    """Dated only by the period just ended ("sidste år", "sidste skoleår"): no year named in its
    clause, and not compared with ("mod 8 måneder sidste år")."""
    own = clause(doc, quantity.number)
    return has_phrase(_words(own), F.LAST_PERIOD) and not years(own) and not is_compared(doc, quantity)


def _period_at(doc: Doc, k: int) -> int | None:
    """The time of year token k names: a month (0 for January), or a quarter as its last month
    ("andet kvartal", "2. kvartal", "sidste kvartal"), counted from the year after it where one follows
    ("første kvartal 2018", "sidste kvartal af 2017": year × 12 + month)."""
    token = doc[k]
    if token.lower_ in F.MONTHS_IN_ORDER:
        month = F.MONTHS_IN_ORDER.index(token.lower_)
    elif token.lower_ == "kvartal" and k > 0 and doc[k - 1].lower_ in F.QUARTERS:
        month = 3 * F.QUARTERS[doc[k - 1].lower_] + 2
    else:
        return None
    following = [t.text for t in doc[k + 1:k + 3] if t.lower_ != "af"][:1]
    year = parse_digits(following[0]) if following else None
    return year * 12 + month if year is not None and is_year(year) else month


def month_of(doc: Doc, quantity: Quantity) -> int | None:
    """The time of year a number is dated by (see `_period_at`): a month or a quarter within three
    words after it ("8,9 minutter i september"), else one within six before it in its clause that no
    other number stands right before ("toppede i januar med hele 10,1 minutter", "Anden kvartal 2018: 81
    procent"; not "fra 9,4 minutter i august til 8,9"), else one opening its sentence ("I 2. kvartal
    2017 dykkede regionen …, da … 74 procent")."""
    def figure(token: Token) -> bool:
        value = parse_digits(token.text)
        return value is not None and not (is_year(value) and len(token.text) == 4)

    own = clause(doc, quantity.number)
    for token in doc[quantity.end:min(own.end, quantity.end + 3)]:
        if token.is_punct or figure(token):
            break
        if (period := _period_at(doc, token.i)) is not None:
            return period
    for token in reversed(doc[max(own.start, quantity.start - 6):quantity.start]):
        if figure(token):
            return None
        if (period := _period_at(doc, token.i)) is not None:
            owner = doc[max(own.start, token.i - 3):token.i]
            return None if any(figure(t) and t.lower_ not in F.QUARTERS for t in owner) else period
    opening = sentence(doc, quantity.number)
    for token in doc[opening.start:min(opening.start + 4, own.start)]:
        if (period := _period_at(doc, token.i)) is not None:
            return period
    return None


def latest_month(doc: Doc) -> int | None:
    """The latest of several times of year a text names (see `_period_at`); None where it names fewer
    than two, or dates some by a year and others not."""
    named = {period for token in doc if (period := _period_at(doc, token.i)) is not None}
    if len(named) < 2 or len({period >= 12 for period in named}) > 1:
        return None
    return max(named)


def is_compared(doc: Doc, quantity: Quantity) -> bool:
    """A number compared with: "mod 950", "sammenlignet med 580"."""
    i = quantity.start
    before = _words(doc[max(0, i - 3):i])
    return any(tuple(before[-len(p):]) == p for p in F.COMPARED_TO)


def _listed_after_compared(doc: Doc, quantity: Quantity, before: list[Quantity]) -> bool:
    """A number listed after a compared one: "8,2 minutter, mod 8,5 minutter måneden før og 8,9 minutter i
    juni" compares with both."""
    if not before or before[-1].unit != quantity.unit or not is_compared(doc, before[-1]):
        return False
    between = [t.lower_ for t in doc[before[-1].end:quantity.start]]
    return len(between) <= 4 and ("og" in between or "," in between) \
        and not any(t in F.CHANGE_VERBS or t in ("men", "mens") for t in between)


def dated_now(doc: Doc, quantity: Quantity) -> bool:
    """The report's own time right at the number: "var i år 12,9 procent", "faldet til 19,9 procent i
    år fra 20,1 procent sidste år", "5,7 måneder i 3. kvartal i år" (whatever else its clause dates)."""
    def near(tokens: list[Token]) -> list[str]:
        words = []
        for token in tokens:
            if token.is_punct or token.lower_ in F.NOW_BREAKS:
                break
            words.append(token.lower_)
        return words

    before = near(list(reversed(doc[max(0, quantity.start - 3):quantity.start])))[::-1]
    return has_phrase(before, F.THIS_YEAR) or has_phrase(near(list(doc[quantity.end:quantity.end + 5])),
                                                         F.THIS_YEAR)



def is_others_level(doc: Doc, quantity: Quantity) -> bool:
    """In a report, others' level: "Landsgennemsnittet er 82 %" (in a goal it may be
    the level to reach: "op på landsgennemsnittet på 10,3 %")."""
    before = _words(_before_in_clause(doc, quantity))
    opening = _words(sentence(doc, quantity.start)[:2])
    after = _words(doc[quantity.end:quantity.end + 5])
    # "1 procentpoint over det daværende landsgennemsnit": a distance from others' level
    beside = after[:1] in (["over"], ["under"]) and bool(F.LEVELS_BESIDE.intersection(after))
    return bool(F.OTHERS_LEVELS.intersection(before)) or has_phrase(before, F.OTHERS_LEVEL_PHRASES) \
        or has_phrase(opening, F.OTHERS_LEVEL_PHRASES) or beside or _spread(doc, quantity) \
        or _counted_bodies_say(doc, quantity)


def _counted_bodies_say(doc: Doc, quantity: Quantity) -> bool:
    """A level said by a counted set of bodies, the clause's subject: "Syv kommuner vurderer at
    genbruge mellem 28 og 40 procent", "Flere regioner har 90 procent": theirs, not the row's."""
    own = clause(doc, quantity.number)
    opening = list(doc[own.start:min(own.start + 3, quantity.start)])
    return any((_is_number(t.text) or t.lower_ in F.QUANTIFIERS) and k + 1 < len(opening)
               and opening[k + 1].lower_ in F.BODY_PLURALS for k, t in enumerate(opening))


def _spread(doc: Doc, quantity: Quantity) -> bool:
    """A range over bodies, not a change: "varierer … mellem kommunerne fra 90 til 98,4 procent",
    "svinger på kommuneniveau fra 92,8 procent til 66,1 procent"."""
    own = clause(doc, quantity.number)
    lead = doc[own.start:quantity.start]
    return any(t.lemma_ in F.SPREAD_VERBS or t.lower_ in F.SPREAD_VERBS for t in lead) \
        and any(t.lower_ in ("fra", "mellem") for t in lead)


def _earlier_year(own: Span, report_year: int | None) -> bool:
    """A past tense with a year before the report year: "I 2023 var andelen 30 pct."
    (a goal's year alone is its deadline, however old the goal)."""
    if report_year is None or not F.PAST_VERBS.intersection(_words(own)):
        return False
    named = years(own)
    return bool(named) and all(y < report_year for y in named)


def is_restated_target(doc: Doc, quantity: Quantity) -> bool:
    """In a report, the goal's own number said again: a goal noun before it in its
    clause, with no attainment or approach verb between ("Målet for året var 1.500 besøg",
    "et mål om 300"; not "Målet er nået med 412 deltagere", "Det mål nærmer man sig med 130"), one
    right after it ("den 80% målsætning"), an at-clause of the goal ("målsætningen om, at 80 pct.
    …"), or a plan's aim ("sin plan for at placere 3900 arbejdspladser")."""
    before = list(_before_in_clause(doc, quantity))
    for k, token in enumerate(before):
        if is_goal_word(token) and k > 0 and before[k - 1].lower_ == "i" \
                and before[k - 2:k - 1] and before[k - 2].lemma_ in F.IN_GOAL_VERBS:
            return False  # "Vi er kommet i mål med en reduktion på 3,3 procent": reached, the result
        if is_goal_word(token):
            between = before[k + 1:]
            if [t.lower_ for t in between[:2]] == ["om", "at"]:
                return True  # "langt fra målsætningen om at komme ned på 4,5 procent": the goal's content
            if [t.lemma_ for t in between[:1]] == ["være"] and [t.lower_ for t in between[1:2]] == ["at"]:
                return True  # "et afgørende delmål var at nå 50%": what the goal was, not what was reached
            if [t.lower_ for t in between] == ["i"] and any(t.lemma_ in F.ATTAIN for t in before[:k]):
                return False  # "levede op til kravet i 73,3 procent af tilfældene": how often it was met
            if between and between[-1].lower_ == "med" and _attained_after(doc, quantity):
                return False  # "målsætningen med 93% næsten er indfriet": the result it was met with
            if [t.lower_ for t in between[:1]] in (["svarende"], ["svarer"]) \
                    and any(t.lemma_ in F.ATTAIN for t in before[:k]):
                return False  # "opfylder 11 ud af 20 projekter målsætningen svarende til 55 procent"
            # not "Målet er nået med 412", "… målsætning … ved at reducere forbruget med 18 pct."
            return not any(t.lemma_ in F.ATTAIN or t.lemma_ == F.APPROACH or (t.lower_ == "at" and j > 0
                                                     and between[j - 1].lower_ in F.MEANS)
                           for j, t in enumerate(between))
        if token.lemma_ in F.PLAN_NOUNS and k + 1 < len(before) and before[k + 1].lower_ in ("for", "om"):
            return True
        if token.lemma_ in F.COMMITMENT_VERBS and "at" in _words(before[k + 1:]):
            return True  # "forpligter kommunerne sig til at reducere CO2-forbruget med minimum 2 procent"
    if quantity.end < len(doc) and is_goal_word(doc[quantity.end]) \
            and sentence(doc, quantity.end).start == sentence(doc, quantity.number).start \
            and quantity.whole is None:
        # "den 80% målsætning"; not "… 87 pct. Målet for 2025 er …", the next sentence, nor "opfylder
        # 11 ud af 20 projekter målsætningen", a count out of a whole (the verdict's subject)
        return True
    if names_requirement(doc, quantity):
        return True  # "skolereformens krav om 45 minutters", "tidsgrænsen … er sat til 30 dage"
    start = clause(doc, quantity.start).start
    lead = [t for t in doc[max(0, start - 4):start] if not t.is_punct]
    # "målsætningen om, at 80 pct. …", "Selvom målet er, at 80 pct. …": the goal's at-clause
    return bool(doc[start:start + 1].text == "at" and lead and lead[-1].lower_ in F.GOAL_CLAUSE_LINKS
                and len(lead) > 1 and is_goal_word(lead[-2]))


def _attained_after(doc: Doc, quantity: Quantity) -> bool:
    """Whether an attainment verb follows the number in its clause ("… med 93% næsten er indfriet")."""
    own = clause(doc, quantity.number)
    return any(t.lemma_ in F.ATTAIN or t.lower_ in F.ATTAIN_FORMS for t in doc[quantity.end:own.end])


def is_share_scope(doc: Doc, quantity: Quantity) -> bool:
    """A count that says where a share is taken: after a preposition, in a sentence
    that measures a percentage ("på fem udvalgte områder … steget til 49 procent",
    "Tallene for alle fire bølger viser, at 87 pct. …")."""
    if quantity.unit == "procent" or quantity.start == 0:
        return False
    lead = quantity.start - 1
    if doc[lead].lower_ in ("alle", "de"):
        lead -= 1
    if lead < 0 or doc[lead].lower_ not in F.SCOPE_PREPOSITIONS:
        return False
    if lead > 0 and doc[lead].lower_ == "på" and _is_change_noun(doc[lead - 1].lemma_.lower()):
        return False  # "en reduktion på 12 ton – under en procent af …": the change's amount
    own = sentence(doc, quantity.start)
    return any(t.lower_ in PERCENT_WORDS for t in own)


def is_share_base(doc: Doc, quantity: Quantity) -> bool:
    """In a goal, a count right after a share's "af" ("50 % af syv fokusmaterialer", "90 procent af de
    12 skoler"): what the share is taken of, no target (a report's base may be a stock count)."""
    lead = quantity.start - 1
    if lead > 0 and doc[lead].lower_ in ("alle", "de"):
        lead -= 1
    return lead > 0 and doc[lead].lower_ == "af" and doc[lead - 1].lower_ in PERCENT_WORDS


def is_bracketed_earlier(doc: Doc, quantity: Quantity, before: list[Quantity]) -> bool:
    """ "65,2 pct. (68,5 pct.)": a number of the same unit in brackets right after
    another is the level of before it."""
    if quantity.start == 0 or doc[quantity.start - 1].text != "(":
        return False
    if quantity.end >= len(doc) or doc[quantity.end].text != ")":
        return False
    return any(q.unit == quantity.unit and q.end == quantity.start - 1 for q in before)


def is_excess(doc: Doc, quantity: Quantity) -> bool:
    """By how much a goal was beaten: "overgået med 0,2 mio. kr.", "20 over målet"."""
    i = quantity.start
    if i > 0 and doc[i - 1].lower_ == "med":
        for k in range(max(clause(doc, i).start, i - 5), i - 1):
            if doc[k].lemma_ in F.EXCESS_VERBS or doc[k].lower_ in F.EXCESS_VERBS:
                return True
    after = _words(doc[quantity.end:quantity.end + 3])
    if _followed_by(doc, quantity, F.EXCESS_AFTER + F.MARGIN_AFTER):
        return True
    k = i
    while k > 1 and (doc[k - 1].lower_ == "samlet" or _words(doc[k - 2:k]) == ["i", "alt"]):
        k -= 1 if doc[k - 1].lower_ == "samlet" else 2  # "et underforbrug … på i alt 93,1 mio. kr."
    lead = _words(doc[max(clause(doc, i).start, k - 5):k])
    if any(w in F.MARGIN_NOUNS for w in lead) and lead[-1:] == ["på"]:
        return True  # "et mindreforbrug på Service på 108 mio. kr.": a margin against the budget
    if after[:1] in (["over"], ["under"]) and any(
            is_goal_word(t) or any(head in t.lower_ for head in F.FRAME_HEADS)
            for t in doc[quantity.end + 1:quantity.end + 5]):
        return True  # "48 millioner kroner over den tekniske serviceramme": by how much, not what
    return bool(after) and after[0] in F.BETTER_THAN and "end" in after[1:2] and quantity.end + 2 < len(doc) \
        and is_goal_word(doc[quantity.end + 2])


def _followed_by(doc: Doc, quantity: Quantity, phrases: tuple[tuple[str, ...], ...], back: int = 0) -> bool:
    """Whether one of the phrases follows the quantity right after it (`back` tokens into it)."""
    after = _words(doc[quantity.end - back:quantity.end + 3])
    return any(tuple(after[:len(p)]) == p for p in phrases)


def is_shortfall(doc: Doc, quantity: Quantity) -> bool:
    """How far from the goal a level is: "4 procent under målet", "cirka 13-14 procentpoint derfra"
    (where the sentence named the goal before: "derfra" points back to it)."""
    # the comparative may be read into the quantity ("20 færre end målet": 20 færre borgere)
    if any(_followed_by(doc, quantity, F.SHORTFALL_AFTER, back) for back in (0, 1)):
        return True
    return _followed_by(doc, quantity, (("derfra",),)) and any(
        is_goal_word(t) for t in doc[sentence(doc, quantity.number).start:quantity.start])


def is_qualifier(doc: Doc, quantity: Quantity, is_noun: IsNoun) -> bool:
    """A number that says which things are meant: a noun, maybe "med"/"på", and a
    comparison before it ("skoler med over 300 elever", "lokalsamfund over 200
    indbyggere"), or a definite article ("mellem de to forvaltninger")."""
    i = quantity.number
    if i > 0 and doc[i - 1].lower_ in F.BOUND_ADVERBS:
        i -= 1  # "op til max 35 m2"
    for phrase in F.COMPARE_WORDS:
        n = len(phrase)
        if i >= n and tuple(_words(doc[i - n:i])) == phrase:
            k = i - n - 1
            led = k >= 0 and doc[k].lower_ in F.QUALIFIER_LEADS
            if led:
                k -= 1
            elif phrase not in F.BARE_COMPARE_WORDS:
                continue
            # "skal tilsammen udgøre mere end 75 %": a verb, no noun
            infinitive = any(t.lower_ in F.VERB_MARKERS for t in doc[max(0, k - 2):k])
            if k >= 0 and is_noun(doc[k]) and not infinitive \
                    and not (doc[k].lemma_ in F.RESULT_WORDS or is_goal_word(doc[k])):
                return True  # not "resultat med mindst 80 procents økologi": the goal's own size
    if _bound_in_relative(doc, i, is_noun):
        return True
    if F.SCALE_WORDS.intersection(_words(doc[max(0, i - 5):i])):
        return True  # "på en skala fra 1 til 5": the scale's ends, no level
    for article in (i - 1, i - 2):
        if article >= 0 and doc[article].lower_ in F.DEFINITE_BEFORE and doc[i - 1].is_alpha:
            if _words(doc[max(0, article - 2):article])[-2:] in [list(p) for p in F.LEVEL_LEADS]:
                return False  # "skal op på de 1000 flere sygeplejersker": the level to reach
            if article > 0 and doc[article - 1].lower_ in F.ROUGH_LEADS:
                return False  # "ligger omkring de 90 procent": a level, said roughly
            opening = article == i - 1 == sentence(doc, i).start
            counted = doc[quantity.end - 1].lower_ in F.BODY_PLURALS or (quantity.unit or "").endswith(
                F.PEOPLE_HEADS)
            if opening and not counted:
                # "De 10,5 procent er rekord": the figure just told, taken up as the subject (not "De
                # seks kommuner satser på …", "De 300 elever i 9. klasse skal …": which ones)
                return False
            # "97 % af de 2.140", "8 af de 12": a whole; not "på tværs af de to uddannelser"
            whole = article > 1 and doc[article - 1].lower_ == "af" and (
                doc[article - 2].lower_ in PERCENT_WORDS or _is_number(doc[article - 2].text))
            return not whole
    return False


def _bound_in_relative(doc: Doc, i: int, is_noun: IsNoun) -> bool:
    """A bound in a relative clause on a noun says which things are meant: "en skole, hvor mere end
    95 % af børnene er fuldt beskyttet", "kommuner, der har over 20.000 indbyggere"."""
    if not any(i >= len(p) and tuple(_words(doc[i - len(p):i])) == p for p in F.COMPARE_WORDS):
        return False
    own = clause(doc, i)
    return own.start >= 2 and doc[own.start].lower_ in F.RELATIVE_OPENERS \
        and doc[own.start - 1].text == "," and is_noun(doc[own.start - 2])


def _since(span: Span) -> bool:
    """ "med 18 pct. siden 2006", "et fald … i forhold til basisåret 2011": a change counted from a year
    up to the report, not another year's figure."""
    return any((t.lower_ == "siden" or t.lemma_ in F.BASE_YEAR_WORDS) and t.i + 1 < span.end
               and years(t.doc[t.i + 1:t.i + 2]) for t in span)


def is_replaced_level(doc: Doc, quantity: Quantity, after: list[Quantity]) -> bool:
    """A level that a later number of its unit in the sentence replaces through "til": after "fra"
    ("fra 38 personskader til max. 19 personskader", "gå fra at udlede cirka 217.000 ton … om året til
    at udlede omkring 55.000 ton"), or with a verb of change between ("tallet på 5,5 procent reduceres
    til 2,75 procent", "var sat til 500 MW og blev senere hævet til 918 MW")."""
    own = sentence(doc, quantity.number)
    # "… at 90 procent skulle besvares inden for tre minutter. Det krav blev … nedsat til 70 procent"
    if any(q.unit == quantity.unit and lowers_requirement(doc, q) for q in after
           if own.end <= sentence(doc, q.number).start <= own.end + 1):
        return True
    nxt = next((q for q in after if q.start < own.end and q.unit == quantity.unit), None)
    if nxt is None:
        return False
    lead = [t.lower_ for t in doc[max(quantity.end, nxt.start - 5):nxt.start]]
    if "til" not in lead and not has_phrase(lead, F.LEVEL_LEADS):
        return False
    between = doc[quantity.end:nxt.start]
    if any((t.like_num and not years(doc[t.i:t.i + 1]))
           or (t.lower_ in F.FROM and _number_within(doc, t.i + 1)) for t in between):
        return False  # "85 procent …, skal være nedbragt fra seks-syv procent til fem": another change
    opened = any(t.lower_ in F.FROM for t in doc[max(own.start, quantity.start - 6):quantity.start])
    # "skal op på 25 procent i 2020, og andelen skal øges til mindst 30 procent": a level of its own
    set_as_level = has_phrase(_words(doc[max(0, quantity.start - 2):quantity.start]), F.LEVEL_LEADS)
    changed = any(t.lemma_ in F.CHANGE_VERBS or t.lower_ in F.CHANGE_VERBS for t in between)
    return opened or (changed and not set_as_level)


def lowers_requirement(doc: Doc, quantity: Quantity) -> bool:
    """The goal itself changed to a level: a sentence opened by a goal noun ("Det krav blev for et år
    siden nedsat til 70 procent", "Målet er hævet til 500"), with a verb of change before the "til"
    and no at-clause between. The number is the goal in force and no ceiling: the requirement was
    lowered, not what it measures ("Kravet er at nedbringe ventetiden til 20 dage" is a ceiling)."""
    if quantity.start == 0 or doc[quantity.start - 1].lower_ != "til":
        return False
    own = sentence(doc, quantity.number)
    opening = doc[own.start:min(own.start + 3, quantity.start)]
    subject = next((t for t in opening if is_goal_word(t)), None)
    if subject is None:
        return False
    between = doc[subject.i + 1:quantity.start - 1]
    return not any(t.lower_ == "at" or t.is_punct for t in between) \
        and any(t.lemma_ in F.CHANGE_VERBS or t.lower_ in F.CHANGE_VERBS | F.CHANGED_TO for t in between)


def is_year_labelled(doc: Doc, quantity: Quantity, report_year: int | None) -> bool:
    """In a goal, a level labelled with a year before the report's: "skal stige til 90 pct. i 2026
    (2023: 84 pct.)" starts from 84."""
    k = quantity.start
    if report_year is None or k < 2 or doc[k - 1].text != ":":
        return False
    value = parse_digits(doc[k - 2].text)
    return value is not None and is_year(value) and value < report_year


def goal_role(doc: Doc, quantity: Quantity, report_year: int | None, is_noun: IsNoun,
              before: list[Quantity], after: list[Quantity] = ()) -> str | None:
    """Why a goal cell's quantity is no target, or None where it is one (`before` and `after`: the
    cell's other quantities)."""
    if is_change_start(doc, quantity) or is_baseline_label(doc, quantity) \
            or is_bracketed_earlier(doc, quantity, before) or is_replaced_level(doc, quantity, list(after)) \
            or is_year_labelled(doc, quantity, report_year):
        return BASELINE
    if _former_level(doc, quantity, before, after):
        return BASELINE
    if is_shortfall(doc, quantity):
        return SHORTFALL
    if in_goal_condition(doc, quantity):
        return CONDITION
    if is_score(doc, quantity):
        return SCORE
    if _equivalent(doc, quantity, before):
        return RESTATED
    own = clause(doc, quantity.number)
    # "Kravet om 45 minutters … blev indført i 2013", "var et af målene at opnå 60%": the goal itself
    aim = is_aim(doc, quantity) or names_requirement(doc, quantity) \
        or any(t.lower_ in F.OBLIGATIONS for t in own[:max(quantity.start - own.start, 0)])
    if (is_earlier(doc, quantity, report_year) or _earlier_year(own, report_year)) and not is_future(own) \
            and not aim:
        return BASELINE
    lead_span = own[:max(quantity.start - own.start, 0)]
    lead = _words(lead_span)
    # the future only before the number ("Andelen, der i dag er på 21,7 procent skal … ned på fem
    # procent": today's level, then the goal's "skal")
    if has_phrase(lead, F.NOW_WORDS) and "at" not in lead and not is_future(lead_span) and not aim:
        # "I dag er andelen 30 pct.": the state the goal starts from; not what "… om at nedbringe
        # udledningen med to procent" sets
        return BASELINE
    lead_words = own[:max(quantity.start - own.start, 0)]
    if {t.lemma_ for t in lead_words} & F.RESULT_WORDS and not is_future(own) \
            and not any(t.lemma_ in F.ATTAIN for t in lead_words):
        return BASELINE  # "hvor resultatet blot er på 42 pct." ("at opnå det resultat" is an aim)
    if (is_qualifier(doc, quantity, is_noun) and not quantity.duration) or is_share_scope(doc, quantity) \
            or is_share_base(doc, quantity):
        return QUALIFIER
    return None


def _equivalent(doc: Doc, quantity: Quantity, before: list[Quantity]) -> bool:
    """The target said before it in its sentence, given in other terms: "mindst 0,5% (svarende til
    knap 500 indbyggere pr år)"; not where nothing was counted before ("fuld kompetencedækning,
    hvilket svarer til, at 95 procent …")."""
    k = quantity.number
    while k > 0 and doc[k - 1].lower_ in CHANGE_LEAD_WORDS:
        k -= 1
    lead = tuple(_words(doc[max(0, k - 3):k]))
    if not any(lead[-len(p):] == p for p in F.EQUIVALENT_LEADS):
        return False
    start = sentence(doc, quantity.number).start
    return any(q.start >= start and not q.article for q in before)


def _former_level(doc: Doc, quantity: Quantity, before: list[Quantity], after: list[Quantity]) -> bool:
    """A level the goal had before, beside the one now set in the same unit: its sentence (up to the
    number) names an earlier time ("Tidligere", "før", "oprindeligt") with a verb in the past ("var",
    "måtte")."""
    if not any(q.unit == quantity.unit for q in [*before, *after]):
        return False
    own = sentence(doc, quantity.number)
    lead = _words(doc[own.start:quantity.start])
    return bool(F.FORMER_WORDS.intersection(lead)) and bool((F.PAST_VERBS | {"måtte"}).intersection(lead))


def is_forecast(doc: Doc, quantity: Quantity, own: Span) -> bool:
    """A forecast or a possibility, not a delivery: "lød fremskrivningerne, at …", "ifølge
    prognoserne", "Forventningen er, at …", "kan der ansættes mindst 1050"."""
    own_sentence = sentence(doc, quantity.number)
    words = set(_words(doc[own_sentence.start:max(quantity.start, own_sentence.start)]))
    if words & F.FORECAST_WORDS:
        return True
    # "93 procent …, der ifølge Undervisningsministeriets prognoser får …": the source of the whole sentence
    rest = _words(doc[quantity.end:own_sentence.end])
    if any(w == "ifølge" and F.FORECAST_WORDS.intersection(rest[k + 1:k + 4]) for k, w in enumerate(rest)):
        return True
    return bool(set(_words(own)) & F.POSSIBILITY_MODALS)


def _is_allocated(doc: Doc, quantity: Quantity, own: Span) -> bool:
    """ "Der er afsat 1,5 mio. kr. til at …": money set aside is planned, not spent."""
    if quantity.unit != "kr":
        return False
    if set(_words(doc[own.start:quantity.start])) & F.ALLOCATED:
        return True
    # "bruges 1,5 million kr. til, at en ekstra speciallæge kan starte": money for a purpose to come
    after = [w for w in _words(doc[quantity.end:sentence(doc, quantity.number).end]) if w != ","]
    return after[:2] == ["til", "at"] and bool(set(after[2:]) & (F.POSSIBILITY_MODALS | {"skal"}))


def _change_from(doc: Doc, quantity: Quantity, own: Span) -> int | None:
    """The index after the "til" of a change "fra X … til N" that ends at this number, or None."""
    k = quantity.start - 1
    while k > own.start and doc[k].lower_ in F.CHANGE_LEADS:
        k -= 1
    if k <= own.start or doc[k].lower_ not in F.TO:
        return None
    return k + 1 if any(t.lower_ in F.FROM for t in doc[own.start:k]) else None


def _without_compared_base(doc: Doc, quantity: Quantity, own: Span) -> Span:
    """ "2.800 flere end i 2016": the year after "end" is what the count is compared with,
    not when it was counted; so is the base of a change ("reduceret med 54 % i forhold til 1990")."""
    compared = quantity.number + 1 < len(doc) \
        and doc[quantity.number + 1].lower_ in F.COMPARATIVE_COUNTS | F.NEUTRAL_COUNTS
    if not (compared or is_change(doc, quantity)):
        return own
    # "364 ekstra sygeplejersker i forhold til niveauet i 2019": the base of the count, likewise
    cut = next((t.i for t in doc[quantity.end:own.end] if t.lower_ == "end"
                or any(_words(doc[t.i:t.i + len(p)]) == list(p) for p in F.COMPARED_TO if len(p) > 1)),
               own.end)
    return doc[own.start:cut]


CLAUSE_MARKS = frozenset({",", ";", ":", "(", "–"})


def in_goal_condition(doc: Doc, quantity: Quantity) -> bool:
    """In a goal, a number in a clause of a condition that names no goal ("Hvis de aktuelle søgetal
    … ligger under 10 procent, skal kommunen …", "Opfyldelse = 0% hvis over 25%")."""
    # the clause as `clause` cuts it ("Såfremt kørslen ikke er akut og livstruende må … kun i 7%": the
    # "og" ends the condition that lacks its comma)
    opener = _condition_opener(doc, quantity, F.GOAL_CONDITIONS, clause(doc, quantity.number).start)
    return opener is not None and not any(is_goal_word(t) or t.lemma_ in F.REACHING
                                          for t in doc[opener:clause(doc, quantity.number).end])


def is_score(doc: Doc, quantity: Quantity) -> bool:
    """A weight or a score of a contract's goal: its label right before it, maybe with "=" or ":"
    ("Vægt 50%", "Opfyldelse = 100%")."""
    k = quantity.start - 1
    if k >= 0 and doc[k].text in ("=", ":"):
        k -= 1
    return k >= 0 and doc[k].lower_ in F.SCORE_LABELS


def is_conditional(doc: Doc, quantity: Quantity) -> bool:
    """A number in a question or under a condition: "Vil ministeren redegøre for … 85 procent …?",
    "…, dersom det lykkes at få øget cykelkørslen med 20 procent", "…, når mindst 90 procent af
    sagerne er afsluttet": what would be, not what was delivered."""
    own = sentence(doc, quantity.number)
    if doc[own.end - 1].text == "?" or (own.end < len(doc) and doc[own.end].text == "?"):
        return True
    return _condition_opener(doc, quantity, F.REPORT_CONDITIONS) is not None


def _condition_opener(doc: Doc, quantity: Quantity, conditions: frozenset[str],
                      opener: int | None = None) -> int | None:
    """Where the condition a number stands under opens: its clause's first word where that is one of
    the conditions (not a topic, "når det gælder", nor a "når" of what was), or a condition right
    before the number ("hvis over 25%"). `opener`: where the clause starts, if the caller knows."""
    if opener is None:
        own = sentence(doc, quantity.number)
        k = quantity.start - 1
        while k > own.start and doc[k].text not in CLAUSE_MARKS:
            k -= 1
        opener = k + 1 if doc[k].text in CLAUSE_MARKS else own.start
    words = _words(doc[opener:opener + 4])
    if words and words[0] in conditions and not has_phrase(words, F.TOPICS) and not past_when(doc, opener):
        return opener
    # right before the number, "når" is the verb ("når genanvendelsen 47 pct.")
    near = [t.i for t in doc[max(opener, quantity.start - 2):quantity.start]
            if t.lower_ in conditions - {"når"}]
    return near[0] if near else None


def _time_limit_said(doc: Doc, quantity: Quantity) -> bool:
    """In a report, a duration after a deadline's words ("får lavet undersøgelsen inden for 14 dage",
    "senest fire timer efter"): the limit a share or a verdict is counted against, no time measured."""
    if not quantity.duration:
        return False
    k = quantity.number
    while k > 0 and doc[k - 1].lower_ in F.DEADLINE_FILLERS:
        k -= 1
    if not any(tuple(t.lower_ for t in doc[max(0, k - len(p)):k]) == p for p in F.ANSWER_LEADS):
        return False
    # counted against: a share or a quantifier of those within it ("90 procent … inden for 3 minutter",
    # "langt fra alle … inden for 14 dage"); not a time given on average ("fik i gennemsnit svar inden
    # for 3 timer")
    words = _words(sentence(doc, quantity.number))
    return "gennemsnit" not in words and any(w in PERCENT_WORDS or w in F.QUANTIFIERS or w == "alle"
                                             for w in words)


def _under_norm(doc: Doc, own: Span) -> bool:
    """An at-clause under a main clause of what should or will be ("Det skal ikke være en succes, at
    man når 96 procent"): a norm or an aim, no delivery; not under a stating verb ("Det skal
    bemærkes, at 96 procent har …")."""
    if own.start < 2 or doc[own.start].lower_ != "at" or doc[own.start - 1].text != ",":
        return False
    main = doc[sentence(doc, own.start).start:own.start - 1]
    return bool(F.NORM_MODALS.intersection(_words(main))) and not any(
        t.lemma_ in F.STATING or t.lower_ in F.STATING for t in main)


def _predicate_after_relative(doc: Doc, own: Span) -> Span | None:
    """The clause after a relative clause that closes the number's own ("84 procent af de unge, som gik
    i 9. klasse i 2016, forventes at opnå …": the subject's predicate), or None."""
    if own.end + 1 >= len(doc) or doc[own.end].text != "," \
            or doc[own.end + 1].lower_ not in F.RELATIVE_OPENERS:
        return None
    relative = clause(doc, own.end + 1)
    if relative.end + 1 >= len(doc) or doc[relative.end].text != ",":
        return None
    return clause(doc, relative.end + 1)


def _remaining(lead: Span) -> bool:
    """Whether the words before a number say it is still lacking or needed ("der mangler 200",
    "et indsatsbehov på 13.100 tons")."""
    return any(t.lower_ in F.REMAINING_WORDS or t.lower_.endswith("behov") for t in lead)


def _dating_before(span: Span) -> Span:
    """The words before a number's clause that may date it: a year label right before it ("(2023: 580
    rådgivninger)"), else the words before the first number that is no year: a year there dates what
    follows ("I 2023 blev …, og …"), one after a number is that number's own ("413 henvendelser (2023:
    390) og …", "413 mod 390 i 2023 og …")."""
    if len(span) >= 2 and span[-1].text == ":" and years(span[-2:-1]):
        return span[-2:]
    for k, token in enumerate(span):
        if parse_digits(token.text) is not None and not years(span[k:k + 1]):
            return span[:k]
    return span


def report_role(doc: Doc, quantity: Quantity, report_year: int | None, is_noun: IsNoun,
                before: list[Quantity]) -> str | None:
    """Why a report cell's quantity is no actual, or None where it is one."""
    if is_conditional(doc, quantity) or _time_limit_said(doc, quantity):
        return CONDITION
    if is_change_start(doc, quantity) or is_baseline_label(doc, quantity) or _at_the_start(doc, quantity):
        return BASELINE
    if is_bracketed_earlier(doc, quantity, before):
        return COMPARISON
    if is_shortfall(doc, quantity):
        return SHORTFALL
    if is_excess(doc, quantity):
        return EXCESS
    if _words(doc[quantity.end:quantity.end + 1]) == ["af"] and quantity.end + 1 < len(doc) \
            and is_goal_word(doc[quantity.end + 1]):
        return SHARE_OF_TARGET  # "svarende til 103 pct. af målet"
    if is_restated_target(doc, quantity):
        return RESTATED
    own = clause(doc, quantity.number)
    if own.start > 0 and doc[own.start - 1].text == "(" and not years(own):
        own = sentence(doc, quantity.number)  # "Hallen (2.300 m²) tages i brug i 2025": dated around it
    predicate = _predicate_after_relative(doc, own)
    if is_future(own) or is_forecast(doc, quantity, own) or _is_allocated(doc, quantity, own) \
            or _remaining(doc[own.start:quantity.start]) \
            or (predicate is not None and is_future(predicate[:2])) or _under_norm(doc, own):
        return FUTURE
    own = _without_compared_base(doc, quantity, own)
    # "var i år 12,9 procent – en stigning fra 2017": the report's own time, whatever else is named
    now = dated_now(doc, quantity)
    if (is_compared(doc, quantity) if now else is_earlier(doc, quantity, report_year, own)) \
            or is_others_level(doc, quantity) or _listed_after_compared(doc, quantity, before):
        return COMPARISON
    clause_start = own.start
    start_of_change = _change_from(doc, quantity, own)
    if start_of_change is not None:
        # "fra 30 pct. i 2020 til 64 pct.": the year dates the start, the end is the report's
        own = doc[start_of_change:own.end] if not years(doc[start_of_change:own.end]) else own
    elsewhere = None if _since(own) or now else outside_year(own, report_year)
    if elsewhere is None and not now and doc[clause_start].lower_ in F.WHEN_WORDS and clause_start >= 2 \
            and doc[clause_start - 1].text == ",":
        # "… lavere end i 2014, hvor sigtelsesprocenten var 89,8 %": the year the clause is about
        when = doc[max(0, clause_start - 4):clause_start - 1]
        if years(when):
            own, elsewhere = when, outside_year(when, report_year)
    if elsewhere is None and not _since(own) and not now:
        # The clause names no year: one named before it dates it too ("I 2023 blev …, og …"),
        # one named after it belongs to its own clause ("…, og der er planlagt 5 i 2026").
        own = _dating_before(doc[sentence(doc, quantity.number).start:clause_start])
        elsewhere = outside_year(own, report_year)
    if elsewhere:
        return FUTURE if report_year is not None and any(y > report_year for y in years(own)) else COMPARISON
    if is_qualifier(doc, quantity, is_noun) or is_share_scope(doc, quantity):
        return QUALIFIER
    return None
