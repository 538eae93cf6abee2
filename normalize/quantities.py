"""Quantities in a cell's text: a number, read the Danish way, and what it counts.

Works on spaCy tokens: the Danish tokenizer keeps "2.425", "150-160", "3.",
"ca.", "pct." and "mio." whole. A quantity is a number with a counted noun
("to udvalgte folkeskoler", "8 ud af 17 kurser", "88 %"). What is never a
quantity: years and year spans, dates, ages and durations ("seks måneders",
"3 uger"), section and page references ("§ 114"), numbered labels
("1. Børn og unge", "1) opkvalificering"), footnote marks and a baseline
("fra 28 pct. til 35 pct." sets 35).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.tokens import Doc

from bilag.settings import Settings

from .context import sentence
from .families import (
    CHANGE_LEADS,
    COMPARATIVE_COUNTS,
    CONNECTIVES,
    GOAL_HEADS,
    MEASURE_HEADS,
    NAME_HEADS,
    NEUTRAL_COUNTS,
    NUMBER_LEADS,
    RESULT_WORDS,
    SHARE_WORDS,
    TIME_UNIT_LEMMAS,
    VERB_MARKERS,
    VICTIM_COUNTED,
    VICTIM_PHRASES,
)
from .language import Lexicon
from .numbers import ARTICLES, SCALES, is_year, parse_digits, parse_fraction, parse_range, parse_word
from .units import (
    AUXILIARIES,
    Unit,
    is_adjective,
    is_noun,
    is_strong_past,
    is_verb_form,
    noun_lemma,
    unit_after,
)

TIME_UNITS = frozenset({"år", "måned", "uge", "dag", "døgn", "time", "minut", "sekund", "kvartal",
                        "halvår", "semester", "årig", "weekend", "gang"})
"""Lemmas of durations, ages and frequencies: "seks måneders forløb", "3 timer", "2 gange"."""
CALENDAR_PREFIXES = ("hver", "arbejds", "kalender", "bank", "søgne", "leve")
"""First parts that keep a time unit a duration: "to hverdage", "tre arbejdsuger"
(while "to temadage" are events, counted)."""
COUNT_OF = frozenset({"antallet", "antal"})
"""Words that name what a later bare number counts: "Antallet af hjemmebesøg øges til 2.800"."""

MONTHS = frozenset({"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                    "september", "oktober", "november", "december", "jan.", "feb.", "mar.", "apr.",
                    "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec."})

REFERENCES = frozenset({"§", "§§", "stk.", "nr.", "kl.", "kl", "klokken", "side", "s.", "bilag", "tabel",
                        "figur", "pkt.", "punkt", "kapitel", "kap.", "afsnit", "uge", "version", "lov", "lbk",
                        "bekendtgørelse",
                        "nummer", "trin", "fase", "niveau", "klasse", "klassetrin", "alder", "årgang"})
"""Words after which a number names something rather than counting it."""

NEGATIVE_SIGNS = frozenset({"minus", "÷", "−"})
"""Words and signs before a number that make it negative (the Danish "÷" of budget tables)."""
YEAR_WORDS = frozenset({"i", "fra", "til", "siden", "inden", "efter", "før", "år", "året", "primo",
                        "medio", "ultimo", "foråret", "efteråret", "sommeren", "vinteren", "kvartal",
                        "kvartalet", "halvår", "halvåret", "skoleår", "skoleåret", "udgangen", "perioden",
                        "handleplansperioden", "slutningen", "starten", "løbet", "-", "–", "og"}) | MONTHS
"""Words before a four-digit number that make it a year ("november 2023", "2. kvartal 2025")."""

APPROXIMATE = frozenset({"ca.", "ca", "cirka", "omkring", "approx.", "godt", "knap", "næsten"})
WHOLE_LEAD = frozenset({"de", "i", "alt", "alle", "samtlige"}) | APPROXIMATE
"""Words between "ud af" and its whole: "214 ud af ca. 400 ledere", "9 af de 11 sager"."""
AT_LEAST = frozenset({"mindst", "min.", "minimum", "over"})
AT_MOST = (("højst",), ("højest",), ("maks.",), ("maks",), ("max",), ("max.",), ("maksimalt",), ("maximalt",),
           ("maksimum",), ("under",),
           # the tokenizer parts a capitalized abbreviation from its dot: "(Max. 2,5 %)"
           ("max", "."), ("maks", "."),
           ("færre", "end"), ("mindre", "end"), ("ikke", "over"), ("ikke", "mere", "end"),
           ("ikke", "flere", "end"), ("op", "til"), ("ned", "på"), ("ned", "til"), ("ned", "under"))
"""Words right before a number that set it as a most: "højst 5 klager", "op til 12 borgere"."""
AT_MOST_ADVERBS = frozenset({"højst", "højest", "maksimalt", "maks."})
"""Of those, the ones that may stand a verb or two before it: "der må højst komme 5 klager"."""
DOWN_TO = frozenset({"reduceres", "reducere", "nedbringes", "nedbringe", "nedsættes", "sænkes", "sænke",
                     "begrænses", "begrænse", "mindskes", "mindske", "falder", "falde",
                     # the participles of a goal set as a state ("skal være nedbragt fra … til fem procent")
                     "reduceret", "nedbragt", "nedsat", "sænket", "begrænset", "mindsket",
                     # halving to a level ("skal halveres til 90 om året")
                     "halveres", "halvere", "halveret"})
"""Verbs that set a level to come down to, with "til" before the number:
"klager reduceres til 20", "ventelisten nedbringes fra 40 til 25 familier"."""
DOWN_TO_REACH = 5
"""Words between such a verb and its "til", at most ("nedbringes fra ca. 40 til 25")."""
RANGE_WORDS = frozenset({"-", "–", "—", "til"})
THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
"""Millions with thousands points ("1.075.000"): a number, not a date like "1.3.2024"."""
SMALL_GROUP, GROUP = re.compile(r"\d{1,3}"), re.compile(r"\d{3}(?:,\d+)?")
NARROW_SPACES = frozenset({"\u00a0", "\u202f", "\u2009"})
"""No-break and thin spaces, which the tokenizer keeps as tokens of their own."""
LIST_WORDS = frozenset({"og", "samt", "eller", ","})
OR_LESS = {("eller", "derunder"), ("eller", "mindre"), ("eller", "færre"), ("eller", "lavere"),
           ("eller", "under")}
"""Words after a number that make it a most: "90 eller derunder"."""
PER_YEAR = (("pr.", "år"), ("per", "år"), ("om", "året"), ("hvert", "år"), ("hvert", "eneste", "år"))
"""Phrases that set a number per year ("12 møder om året")."""


@dataclass(frozen=True)
class Quantity:
    """A number in a text with what it counts; token indices into the cell's Doc."""

    low: float
    high: float
    unit: str
    text: str
    start: int
    end: int
    number: int
    """Index of the number's own token (context checks look around it)."""
    approximate: bool = False
    article: bool = False
    """Read from "en"/"et", which are mostly articles: the caller decides."""
    whole: float | None = None
    """The N of "8 ud af N kurser": what the count is measured against."""
    ceiling: bool = False
    """Set as a most ("højst 5 klager", "reduceres til 20 sager"), not as a least."""
    duration: bool = False
    """A time ("10 dage", "6 uger"): a quantity only where a measured time is its subject."""


@dataclass(frozen=True)
class _Number:
    low: float
    high: float
    end: int
    word: bool  # a number word, not digits
    article: bool


def _digit_groups(doc: Doc, i: int) -> tuple[str, int]:
    """The digits from token i on with thousands grouped by a space or no-break
    space, as PDFs print them ("1 100", "12\u00a0500"), written the Danish way
    ("1.100"), and the index after them. Only whole groups of three join."""
    text, end = doc[i].text, i + 1
    if not SMALL_GROUP.fullmatch(text):
        return text, end
    while end < len(doc):
        gap = end if doc[end - 1].whitespace_ == " " else end + 1 if doc[end].text in NARROW_SPACES else None
        if gap is None or gap >= len(doc) or not GROUP.fullmatch(doc[gap].text):
            break
        text, end = f"{text}.{doc[gap].text}", gap + 1
    return text, end


def _closes_sentence(doc: Doc, i: int) -> bool:
    """Whether "20." is a number with the sentence's full stop ("… reduceres til
    20. Derudover …"), not a label or an ordinal: it follows a word and ends
    the text or comes before a capital."""
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    return i > 0 and doc[i - 1].is_alpha and (not after.strip() or after[:1].isupper())


def _read_number(doc: Doc, i: int) -> _Number | None:
    """The number that starts at token i (with a range or scale word after it)."""
    token = doc[i]
    text, end = _digit_groups(doc, i)
    if text.endswith(".") and text[:-1].isdigit() and _closes_sentence(doc, i):
        text = text[:-1]
    word = False
    if text.lower() in ARTICLES:
        value = 1.0
        low = high = value
        word = True
    elif (pair := parse_range(text)) is not None:
        low, high = pair
    elif (value := parse_digits(text)) is not None:
        if value.is_integer() and end < len(doc) and (fraction := parse_fraction(doc[end].text)) is not None:
            value, end = value + fraction, end + 1  # "1 1/2 årsværk"
        low = high = value
    elif (value := parse_word(text)) is not None:
        low = high = value
        word = True
    elif (words_range := _word_range(text)) is not None:
        (low, high), word = words_range, True  # "tre-fire måneder"
    else:
        return None
    # "fra 38 til 41 pct.", "fra et mål om 400 til 600": a change from a baseline, not a range
    lead = i - 1
    while lead > max(i - 5, 0) and doc[lead].lower_ in CHANGE_LEADS:
        lead -= 1
    from_baseline = lead >= 0 and doc[lead].lower_ == "fra"
    # "200 - 300", "8 til 10": a range over three tokens; after "fra" only with a dash ("fra 6 – 7% til 5%")
    dash = end < len(doc) and doc[end].text in ("-", "–", "—")
    if low == high and end + 1 < len(doc) and doc[end].lower_ in RANGE_WORDS and (dash or not from_baseline):
        other = parse_digits(doc[end + 1].text) if not word else parse_word(doc[end + 1].text)
        if other is None and word and token.lower_ not in ARTICLES and doc[end].lower_ == "til":
            # "seks til 12 måneder": a word, then digits; never a dash ("Tre ud af fire - 75 procent")
            other = parse_digits(doc[end + 1].text)
        if other is not None and other > low:
            high, end = other, end + 2
    # "mellem 200 og 300"
    elif low == high and i > 0 and doc[i - 1].lower_ == "mellem" and end + 1 < len(doc) \
            and doc[end].lower_ == "og":
        other = parse_digits(doc[end + 1].text)
        if other is not None and other > low:
            high, end = other, end + 2
    if end < len(doc) and doc[end].lower_ in SCALES:
        scale = SCALES[doc[end].lower_]
        low, high, end = low * scale, high * scale, end + 1
    if not math.isfinite(high):
        return None  # too large to be a count, or to write as JSON
    return _Number(low, high, end, word, token.lower_ in ARTICLES)


def _word_range(text: str) -> tuple[float, float] | None:
    """A range of two number words in one token ("tre-fire", "to-tre"), the lower first."""
    first, dash, second = text.lower().partition("-")
    low, high = (parse_word(first), parse_word(second)) if dash else (None, None)
    return (low, high) if low is not None and high is not None and low < high else None


def _is_label_or_reference(doc: Doc, i: int) -> bool:
    token = doc[i]
    text = token.text
    if any(c in "¹²³⁴⁵⁶⁷⁸⁹⁰" for c in text):
        return True  # a footnote mark the reader left
    if text.endswith(".") and text[:-1].isdigit() and not _closes_sentence(doc, i):
        return True  # "1. Børn og unge", "3. klasse", "1. marts": labels, ordinals, dates
    if "/" in text or (text.count(".") >= 2 and "-" not in text and not THOUSANDS.fullmatch(text)):
        return True  # "12/3", "1.3.2024"
    if i + 1 < len(doc) and doc[i + 1].text in (")", "."):
        if doc[i + 1].text == ")" and not (i > 0 and doc[i - 1].text == "("):
            return True  # "1) opkvalificering"
        if doc[i + 1].text == "." and i + 2 < len(doc) and doc[i + 2].lower_ in MONTHS:
            return True
    if i + 1 < len(doc) and doc[i + 1].lower_ in MONTHS:
        return True  # "15 marts"
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if after[:1] == "-" and after[1:2].isalpha():
        return True  # "CO 2 -udledningen": part of a name joined to the next word
    if after.startswith("procent") and after not in ("procent", "procents", "procentpoint", "procentpoints"):
        return True  # "den såkaldte 25 procentsregel", "70 procentsmålsætningen": named by the number
    if i > 2 and doc[i - 1].lower_ in ("og", "eller", ",") and doc[i - 3].lower_ in REFERENCES \
            and doc[i - 2].like_num:
        return True  # "§ 101 og 107": the list goes on naming
    verb = i > 1 and doc[i - 2].lower_ in VERB_MARKERS  # "skal runde 30.000": the infinitive "runde"
    if i > 0 and (doc[i - 1].lower_ in REFERENCES or doc[i - 1].lower_.endswith(NAME_HEADS) and not verb):
        return True  # "§ 114", "fase 2", "Danskuddannelse 2", "modultest 2": names, not counts
    return False


def _is_name(doc: Doc, k: int, words: Lexicon) -> bool:
    """Whether the word at k is (part of) a name: capitalised after another word
    ("Copenhagen Pride", "i Tingbjerg"), or first in its sentence and unknown
    to the lemma table ("Kulturnat"; not "Mindst", "Samlet")."""
    token = doc[k]
    if not (token.is_alpha and token.text[0].isupper()):
        return False
    return (k > 0 and doc[k - 1].is_alpha) or words.lemma(token.lower_) is None


def _is_year(doc: Doc, i: int, number: _Number, words: Lexicon) -> bool:
    text = doc[i].text
    if not (is_year(number.low) and is_year(number.high)):
        return False
    if "." in text or "," in text:
        return False  # "2.000" is two thousand, not a year
    if number.low != number.high:
        return True  # "2024-2026"
    if i > 0 and doc[i - 1].lower_ in YEAR_WORDS:
        return True
    if i > 1 and doc[i - 2].lower_ == "uge" and doc[i - 1].is_digit:
        return True  # "uge 6 2024": the year of a week
    if i > 1 and doc[i - 1].lower_ == "for" and (doc[i - 2].lemma_.endswith(GOAL_HEADS)
                                                 or doc[i - 2].lemma_ in RESULT_WORDS):
        return True  # "Måltallet for 2015 udgør …", "Resultatet for 2024"
    if i > 0 and _is_name(doc, i - 1, words):
        return True  # an event's year: "Copenhagen Pride 2025", "Kulturnat 2024 arrangementer"
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and following.lower_ in COMPARATIVE_COUNTS | NEUTRAL_COUNTS \
            and i + 2 < len(doc) and doc[i + 2].is_alpha and doc[i + 2].text[0].islower():
        return False  # "2100 flere praktikpladser": a count
    return following is None or not following.text.isalpha() or following.text[0].isupper() \
        or following.lower_ in APPROXIMATE or following.is_stop \
        or is_verb_form(following.lower_, words, present=True) \
        or is_strong_past(following.lower_, words)  # "… 2025 gennemført", "for 2020 viser", "af 2019 gik"


def _is_per_year(doc: Doc, i: int) -> int:
    """Tokens of a "pr. år" / "årligt" right at i (0 where there is none)."""
    for phrase in PER_YEAR:
        if tuple(t.lower_ for t in doc[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def find_quantities(doc: Doc, words: Lexicon, settings: Settings, report: bool = False,
                    implied: Callable[[Doc, int], str | None] | None = None) -> list[Quantity]:
    """Every quantity in a cell's Doc, in text order. In a `report`, a count of people the clause
    says were killed or hurt counts those ("167 personer mistede livet": `dræbt`). `implied(doc, i)`
    gives the unit of a bare number that says nothing of what it counts ("520 har deltaget"), or None."""
    found: list[Quantity] = []
    skip_to = 0
    for i in range(len(doc)):
        if i < skip_to:
            continue
        number = _read_number(doc, i)
        if number is None or _is_label_or_reference(doc, i) or _is_year(doc, i, number, words):
            continue
        if number.word and i > 0 and doc[i - 1].text == "-":
            continue  # "to-tre" read from its first word only
        end = number.end
        denominator: float | None = None
        # "8 ud af 17 kurser", "to af tre forløb": the count is the first number
        of = 2 if tuple(t.lower_ for t in doc[end:end + 2]) == ("ud", "af") else \
            1 if end < len(doc) and doc[end].lower_ == "af" else 0
        if of:
            whole = _whole(doc, end + of)
            if whole is not None and not whole.article:
                denominator, end = whole.low, whole.end
        unit: Unit | None = unit_after(doc, end, words, settings.compound_head_min_length)
        if unit is None and end + 2 < len(doc) and doc[end].lower_ in LIST_WORDS \
                and _read_number(doc, end + 1) is not None:
            # "hhv. 55 og 60 dage": the first of a list counts what the last does
            listed = unit_after(doc, _read_number(doc, end + 1).end, words, settings.compound_head_min_length)
            unit = Unit(listed.lemma, end) if listed else None
        unit_lemma = unit.lemma if unit else None
        if unit is None and denominator is not None:
            unit_lemma = _unit_of_whole(found, denominator)  # "fire moskéer, hvoraf tre af fire"
        elif unit is None:
            unit_lemma = _counted_before(doc, i, words, settings) or _level_of(doc, i, found) \
                or _measured_before(doc, i, words, settings.compound_head_min_length)
            if unit_lemma is None and end < len(doc) and doc[end].lower_ in COMPARATIVE_COUNTS:
                unit_lemma = _compared_unit(doc, end, found, words, settings)
                unit = Unit(unit_lemma, end + 1) if unit_lemma else None
            if unit_lemma is None:
                unit_lemma = _labelled(doc, i, words, settings.compound_head_min_length)
            if unit_lemma is None and not number.article:
                unit_lemma = _elided(doc, i, found)
            if unit_lemma is None and implied is not None and not number.article and not of \
                    and not _names_noun_before(doc, i, words) and not _range_follows(doc, end):
                unit_lemma = implied(doc, i)
        if report and unit_lemma in VICTIM_COUNTED:
            unit_lemma = _victims(doc, i, unit.end if unit else end) or unit_lemma
        duration = unit_lemma is not None and is_duration(unit_lemma)
        if duration:
            unit_lemma = time_unit(unit_lemma)
        if unit_lemma is None:
            skip_to = unit.end if unit else end
            continue
        stop = unit.end if unit else end
        stop += _is_per_year(doc, stop)
        start = i
        approximate = False
        at_most = _at_most(doc, i)
        if at_most:
            start = i - at_most
        elif i > 0 and doc[i - 1].lower_ in APPROXIMATE | AT_LEAST:
            start = i - 1
            approximate = doc[i - 1].lower_ in APPROXIMATE
        ceiling = bool(at_most) or _is_after_at_most(doc, i) or _is_down_to(doc, i) \
            or _or_less(doc, stop) or _listed_after_ceiling(doc, start, found)
        low, high = number.low, number.high
        if start == i and i > 0 and doc[i - 1].lower_ in NEGATIVE_SIGNS:
            start, low, high = i - 1, -high, -low  # "minus 0,25 pct.", "÷ 2,5 mio. kr."
        found.append(Quantity(
            low=low, high=high, unit=unit_lemma, text=doc[start:stop].text,
            start=start, end=stop, number=i, approximate=approximate, article=number.article,
            whole=denominator, ceiling=ceiling, duration=duration))
        skip_to = stop
    return found


def _elided(doc: Doc, i: int, found: list[Quantity]) -> str | None:
    """The unit of a bare number whose noun is left out after the same bound as a count before it in
    its sentence: "højst … 90 mennesker, og højst 900 må komme alvorligt til skade" counts mennesker."""
    bound = doc[i - 1].lower_ if i > 0 else ""
    if bound not in AT_MOST_ADVERBS | AT_LEAST:
        return None
    start = sentence(doc, i).start
    # a most may stand away from its number ("højst må blive dræbt 90 mennesker")
    earlier = [q for q in found if q.start >= start and (
        q.ceiling if bound in AT_MOST_ADVERBS else q.number > 0 and doc[q.number - 1].lower_ == bound)]
    return earlier[-1].unit if earlier and not earlier[-1].duration else None


def _at_most(doc: Doc, i: int) -> int:
    """Tokens of a "højst" / "færre end" right before the number at i (0 where there is none); a
    tolerance ("+/- 2 %", "maksimalt +/- 2 %") is a most of the deviation."""
    signs = tuple(x.text for x in doc[max(0, i - 3):i])
    tolerance = next((len(t) for t in TOLERANCES if signs[-len(t):] == t), 0)
    k = i - tolerance
    for phrase in AT_MOST:
        if k >= len(phrase) and tuple(t.lower_ for t in doc[k - len(phrase):k]) == phrase:
            return tolerance + len(phrase)
    return tolerance


TOLERANCES = (("+", "/-"), ("±",), ("+/-",), ("+", "/", "-"), ("+/÷",), ("+", "/÷"))
"""Signs of a tolerance before a number, as the tokenizer leaves them."""


def _or_less(doc: Doc, stop: int) -> bool:
    """ "90 eller derunder", "5 eller færre": a most stated after the number."""
    return tuple(t.lower_ for t in doc[stop:stop + 2]) in OR_LESS


def _listed_after_ceiling(doc: Doc, start: int, found: list[Quantity]) -> bool:
    """ "højst 90 dræbte, 900 alvorligt tilskadekomne og 10.000 lettere tilskadekomne":
    a most reaches along its list."""
    if not found or not found[-1].ceiling or doc[start].lower_ in AT_LEAST:
        return False
    between = doc[found[-1].end:start]
    return 0 < len(between) <= 2 and all(t.lower_ in LIST_WORDS for t in between)


def _is_after_at_most(doc: Doc, i: int) -> bool:
    """ "må højst komme 5 klager", "maksimalt må ligge på 95 procent": a "højst" one to three words
    before the number."""
    for k in (i - 2, i - 3, i - 4):
        if k >= 0 and doc[k].lower_ in AT_MOST_ADVERBS and all(t.is_alpha for t in doc[k + 1:i]):
            return True
    return False


def _is_down_to(doc: Doc, i: int) -> bool:
    """Whether the number at i is a level to come down to: "til" before it, and
    a verb of lowering shortly before that in its sentence ("reduceres til 20")."""
    if i == 0 or doc[i - 1].lower_ != "til":
        return False
    first = max(sentence(doc, i).start, i - 2 - DOWN_TO_REACH)
    value = parse_digits(doc[i].text)
    for k in range(i - 2, first - 1, -1):
        if doc[k].lower_ in DOWN_TO:
            return True
        if doc[k].lower_ == "fra" and value is not None and any(
                (start := parse_digits(t.text)) is not None and start > value for t in doc[k + 1:i - 1]):
            return True  # "skal gå fra 217.000 ton til 55.000 ton": a fall to a level, at most that
        if doc[k].is_punct and doc[k].text not in ("%", "-", "–", "—"):
            return False  # "fra 6 – 7% til 5%" is one phrase
    return False


def given_to_each(doc: Doc, article: Quantity, before: list[Quantity]) -> bool:
    """Whether "en"/"et" gives one thing to each of a group counted earlier in
    its sentence ("80 % af borgerne tilbydes en årlig samtale", "310 borgere
    har fået en samtale") rather than counting one more thing beside it
    ("4 temadage og en årlig konference")."""
    own = sentence(doc, article.number)
    earlier = [q for q in before if q.start >= own.start]
    return bool(earlier) and doc[article.start - 1].lower_ not in LIST_WORDS


def is_duration(unit: str) -> bool:
    """Whether a unit is a time unit, alone or as a calendar compound ("hverdag"), or
    an age ("4 års-alderen")."""
    if unit.startswith("års-") or unit.endswith("alder"):
        return True
    return unit in TIME_UNITS or any(unit.startswith(prefix) and unit[len(prefix):] in TIME_UNITS
                                     for prefix in CALENDAR_PREFIXES)


def _labelled(doc: Doc, i: int, words: Lexicon, min_head: int) -> str | None:
    """What a bare number after a one-word label counts: "Henvendelser: 413", "Deltagere: 45"
    (not "Status: 87" or "Resultat: 87", which say what the number is, not what it counts)."""
    if i < 2 or doc[i - 1].text != ":" or sentence(doc, i).start != i - 2:
        return None
    label = doc[i - 2]
    lemma = words.lemma(label.lower_) or label.lower_
    word = label.lower_
    if not label.is_alpha or word in STOP_WORDS or lemma in RESULT_WORDS | {"antal"} \
            or lemma.endswith(GOAL_HEADS) or is_verb_form(word, words) or is_adjective(word, words):
        return None  # "Realiseret: 520", "Mål: 500"
    return noun_lemma(word, words, min_head)


def _victims(doc: Doc, i: int, stop: int) -> str | None:
    """What a count of people counts where its clause says what happened to them ("167 personer
    mistede livet", "blev der dræbt 175 mennesker", "180 trafikanter, der mistede livet"): `dræbt` or
    `tilskadekommen`, else None."""
    own = sentence(doc, i)
    before = [t.lower_ for t in doc[max(own.start, i - 3):i]]
    after = [t.lower_ for t in doc[stop:min(own.end, stop + 7)]]
    for words in (after, before, before[-1:] + after[:1]):  # "mistede 167 personer livet": around it
        for phrase, lemma in VICTIM_PHRASES.items():
            if any(tuple(words[k:k + len(phrase)]) == phrase for k in range(len(words))):
                # "dræbt i trafikken" are the "trafikdræbte" of a road-safety goal
                return f"trafik{lemma}" if any(t.lower_ == "trafikken" for t in own) else lemma
    return None


def _range_follows(doc: Doc, end: int) -> bool:
    """Whether a number opens a range or a list that another number closes ("fra 90 til 98 procent",
    "90 og 98"): it is read with that one, not by itself."""
    return end + 1 < len(doc) and doc[end].lower_ in ("til", "-", "og", "eller") \
        and _read_number(doc, end + 1) is not None


def _names_noun_before(doc: Doc, i: int, words: Lexicon) -> bool:
    """Whether a bare number is part of the name of the noun before it ("akuttelefonen 1813",
    "modultest 3"), not a participle's count ("der er afholdt 5")."""
    before = doc[i - 1] if i > 0 else None
    if before is None or before.lower_ in NUMBER_LEADS | CONNECTIVES or not is_noun(before, words):
        return False
    return i < 2 or words.lemma(doc[i - 2].lower_) not in AUXILIARIES


def _counted_before(doc: Doc, i: int, words: Lexicon, settings: Settings) -> str | None:
    """What a bare number counts where its sentence named it first: "Antallet af
    forebyggende hjemmebesøg øges til 2.800 årligt" counts hjemmebesøg, "det samlede antal
    trafikdræbte … er nede på 300" trafikdræbte."""
    for k in reversed(range(sentence(doc, i).start, i - 1)):  # the nearest: "antallet af X var 4 og af Y 5"
        # "antallet af X", or "antal X" right after its noun ("det samlede antal trafikdræbte")
        if doc[k].lower_ in COUNT_OF and (doc[k + 1].lower_ == "af" or (doc[k].lower_ == "antal"
                                                                          and doc[k + 1].is_alpha)):
            first = k + 2 if doc[k + 1].lower_ == "af" else k + 1
            unit = unit_after(doc, first, words, settings.compound_head_min_length)
            return unit.lemma if unit and unit.end <= i else None
    return None


LEVEL_UNITS = frozenset({"procent", "kr"})
"""Units of a level that a later bare number of the sentence continues."""
TOTAL_WORDS = frozenset({("i", "alt"), ("alt", "i")})
"""Before a bare number, a total of what its sentence counted before ("…, i alt 410 siden 2023")."""
LEVEL_WORDS = frozenset({"til", "på", "være", "er", "udgøre", "op", "ned"})
"""Words right before a bare number that set a level of what its sentence named
("…, og den skal op på 45")."""


def _measured_before(doc: Doc, i: int, words: Lexicon, min_head: int) -> str | None:
    """The measure a bare level is of, where its sentence names one before the "på"/"være" of the
    number ("et eksamensgennemsnit i kemi på minimum 5,0", "Det samlede eksamensgennemsnit …
    forventes som minimum at være 5,5")."""
    k = i - 1
    while k > 0 and doc[k].lower_ in AT_MOST_ADVERBS | AT_LEAST:
        k -= 1
    if k < 0 or doc[k].lower_ not in LEVEL_WORDS:
        return None
    for token in reversed(doc[sentence(doc, i).start:k]):
        lemma = noun_lemma(token.lower_, words, min_head) if token.is_alpha else ""
        if lemma.endswith(MEASURE_HEADS) and not (token.i > 0 and doc[token.i - 1].lower_ == "i"):
            return lemma
    return None


def _level_of(doc: Doc, i: int, found: list[Quantity]) -> str | None:
    """What a bare level counts: a share ("Andelen skal op på 45") is a percentage, and
    a level after a number of its sentence counts what that one counts
    ("sidste år var andelen 30 pct., og den skal op på 45")."""
    own = sentence(doc, i)
    after_total = i >= 2 and tuple(t.lower_ for t in doc[i - 2:i]) in TOTAL_WORDS  # "og i alt 600"
    listed = i >= 1 and doc[i - 1].lower_ in LIST_WORDS \
        and tuple(t.lower_ for t in doc[i + 1:i + 3]) in TOTAL_WORDS
    if after_total or listed:  # "200 medarbejdere, og i alt 600", "40 pladser i 2024 og 120 i alt"
        earlier = [q for q in found if q.start >= own.start]
        return earlier[-1].unit if earlier else None
    bound = i > 1 and doc[i - 1].lower_ in AT_MOST_ADVERBS | AT_LEAST | {"under"} \
        and doc[i - 2].lower_ in LIST_WORDS  # "under 13 uger og under 10 i sager med …"
    if i > 0 and (doc[i - 1].lower_ in LEVEL_WORDS | LIST_WORDS or bound):
        # "30 dage for simple sager og 40-50 for de øvrige": a duration's unit reaches along its sentence
        durations = [q for q in found if q.start >= own.start and q.duration]
        if durations and (doc[i - 1].lower_ in LEVEL_WORDS or durations[-1].end >= i - 6 - bound):
            return durations[-1].unit
    if i == 0 or doc[i - 1].lower_ not in LEVEL_WORDS:
        return None
    earlier = [q for q in found if q.start >= own.start and q.unit in LEVEL_UNITS]
    if earlier:
        return earlier[-1].unit
    if any(t.lower_ in SHARE_WORDS for t in doc[own.start:i]):
        return "procent"
    return None


def _compared_unit(doc: Doc, k: int, found: list[Quantity], words: Lexicon, settings: Settings) -> str | None:
    """What "N flere"/"N færre" counts where no noun follows: the noun of the number it is
    compared with ("2.800 flere end de 34.247 uddannelsesaftaler"), else the cell's last
    counted noun ("37.087 uddannelsesaftaler. Det er godt 2.800 flere end i 2016")."""
    if k + 1 < len(doc) and doc[k + 1].lower_ == "end":
        for j in range(k + 2, min(k + 5, len(doc))):
            number = _read_number(doc, j)
            if number is None:
                continue
            if _is_year(doc, j, number, words):
                break
            unit = unit_after(doc, number.end, words, settings.compound_head_min_length)
            return unit.lemma if unit else None
    counted = [q for q in found if not q.duration and q.unit not in LEVEL_UNITS]
    return counted[-1].unit if counted else None


def _whole(doc: Doc, k: int) -> _Number | None:
    """The whole after "ud af"/"af" at token k, past a few lead words or a
    genitive ("ud af ca. 400", "af de 11", "af Odenses 38")."""
    for lead in range(4):  # "af de i alt 280"
        if k + lead >= len(doc):
            return None
        number = _read_number(doc, k + lead)
        if number is not None:
            return number
        token = doc[k + lead]
        if not (token.lower_ in WHOLE_LEAD or (token.is_alpha and token.lower_.endswith("s"))):
            return None
    return None


def _unit_of_whole(found: list[Quantity], whole: float) -> str | None:
    for quantity in reversed(found):
        if quantity.low == whole:
            return quantity.unit
    return None


def time_unit(unit: str) -> str | None:
    """The unit a measured time is counted in ("hverdage" → dag, "uger" → uge), or
    None for a time that is no measure of waiting ("2 gange", "3-årig")."""
    for prefix in ("",) + CALENDAR_PREFIXES:
        if unit.startswith(prefix) and unit[len(prefix):] in TIME_UNIT_LEMMAS:
            return TIME_UNIT_LEMMAS[unit[len(prefix):]]
    return None
