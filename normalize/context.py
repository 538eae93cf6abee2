"""Where a token stands: its sentence, its clause, the years and tenses around it.

The blank pipeline has no parser, so sentences end at ".", "!", "?" and line
breaks, and at an abbreviation after a number where a capital follows (the
tokenizer keeps the full stop in "0,8 mio. kr. Aftalen …"), and clauses
at commas, semicolons, brackets, at "og"/"men" that start a new statement
("… et møde i 2024 og planlagt afholdelse af tre møder i 2025") and
at a comparison ("1.100 samtaler mod 950 i 2023").
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from .families import PAST_VERBS, PEOPLE_HEADS, RELATIVE_OPENERS, WISH_WORDS
from .numbers import SCALES, is_year, parse_digits, parse_range

BREAKS_KEY = "bilag_sentence_breaks"
SENTENCE_ENDS = frozenset({".", "!", "?"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "men", "mens", "dog", "hvorimod"})
COORDINATORS = frozenset({"og", "samt"})
COMPARATORS = frozenset({"mod", "imod"})
"""Words that start a comparison where a number follows: "1.100 mod 950 samtaler i 2023"."""

FUTURE_WORDS = frozenset({"planlagt", "planlagte", "planlægges", "planlægger", "forventes", "forventet",
                          "forventer", "forventeligt", "vil", "skal", "kommende", "næste", "fremover",
                          "påtænkt", "påtænkes", "ønsker", "tilstræbes", "ventes", "ville", "prognose",
                          "prognosen", "fremskrivning", "fremskrivningen", "estimeret", "estimat", "skønnes"})
"""Words that put a quantity in the future: planned, expected, forecast, to come."""
NOT_DONE_WORDS = frozenset({"forsinket", "forsinkede", "udskudt", "udskudte", "resterende", "mangler",
                            "afventer", "udestår", "udestående", "aflyst", "aflyste", "annulleret"})
"""Words that say a quantity was not delivered: delayed, remaining, awaited, cancelled."""


ORDINAL_RANGE = re.compile(r"\d+\.?[-–]\d+")
"""A range of ordinals whose last full stop the tokenizer splits off ("7.-9. klasser")."""


def _is_break(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.text == "." and 0 < i < len(doc) - 1 and ORDINAL_RANGE.fullmatch(doc[i - 1].text) \
            and doc[i + 1].text[:1].islower():
        return False  # "Brøndby Kommunes 7.-9. klasser lever op til …": an ordinal's full stop
    if token.text in SENTENCE_ENDS or "\n" in token.text:
        return True
    return (token.text.endswith(".") and not token.is_alpha and i > 0 and i + 1 < len(doc)
            and (_is_number(doc[i - 1].text) or doc[i - 1].lower_ in SCALES)
            and doc[i + 1].text[:1].isupper())


def _is_number(text: str) -> bool:
    return parse_digits(text) is not None or parse_range(text) is not None


def _breaks(doc: Doc) -> list[int]:
    """The indices of the doc's sentence breaks, found once per doc (the rules ask often)."""
    found = doc.user_data.get(BREAKS_KEY)
    if found is None:
        found = doc.user_data[BREAKS_KEY] = [k for k in range(len(doc)) if _is_break(doc, k)]
    return found


SENTENCE_REACH = 80
"""Tokens a sentence reaches, at most, on either side of the word it is read
for. Real sentences are far shorter; a cell of text with no full stop (a
hostile file) would otherwise be one sentence, read anew for every word."""


def sentence(doc: Doc, i: int) -> Span:
    """The sentence (or line) around token i."""
    breaks = _breaks(doc)
    k = bisect.bisect_left(breaks, i)  # the first break at or after i
    start = max(breaks[k - 1] + 1 if k > 0 else 0, i - SENTENCE_REACH)
    end = min(breaks[k] if k < len(breaks) else len(doc), i + SENTENCE_REACH)
    return doc[min(start, i):max(end, i)]


OWN_WORDS = frozenset({"egne", "eget", "egen", "deres", "sine", "sit", "sin"})


def joins_owners(doc: Doc, k: int) -> bool:
    """Whether the "og" at token k joins two names or owners inside one noun phrase, no two clauses:
    "Egedal Rådhus og Sundhedscenter", "Folketingets og egne mål", "regionens og kommunernes mål"."""
    if k == 0 or k + 1 >= len(doc) or not (doc[k - 1].is_alpha and doc[k + 1].is_alpha):
        return False
    before, after = doc[k - 1], doc[k + 1]
    opening = k - 1 == sentence(doc, k - 1).start
    if before.is_title and after.is_title and not opening:
        return True
    genitive = before.lower_.endswith("s") and len(before) > 4 and before.lemma_ != before.lower_
    owner_after = after.lower_.endswith("s") and after.lemma_ != after.lower_
    return genitive and (after.lower_ in OWN_WORDS or owner_after)


def clause(doc: Doc, i: int) -> Span:
    """The clause around token i: its sentence cut at commas, "men", and at an
    "og" that does not just join two quantities."""
    whole = sentence(doc, i)

    def number_at(k: int) -> bool:
        return k < len(doc) and (doc[k].like_num or parse_digits(doc[k].text) is not None)

    def breaks(k: int) -> bool:
        token = doc[k]
        if token.lower_ == "dog":
            return k > 0 and doc[k - 1].is_punct  # "…, dog ikke helt"; not "overskrides dog med 0,3 mia."
        if token.lower_ in CLAUSE_BREAKS:
            return True
        if token.lower_ in COORDINATORS:
            if k > 0 and len(doc[k - 1].text) > 1 and doc[k - 1].text.endswith("-"):
                return False  # "børne- og ungdomspsykiatrien": one coordinated compound
            # "55 og 60 dage" is one clause; "… mod 390 i 2023 og 121 sager" two: a year closes the first
            dated = k > 0 and bool(years(doc[k - 1:k])) and not years(doc[k + 1:k + 2])
            return not ((number_at(k + 1) and not dated) or joins_owners(doc, k))
        return token.lower_ in COMPARATORS and (number_at(k + 1) or number_at(k + 2))  # "mod ca. 950"

    start = i
    while start > whole.start and not breaks(start - 1):
        start -= 1
    end = i
    while end < whole.end and not breaks(end):
        end += 1
    return doc[start:end]


def over_inserted_relative(doc: Doc, start: int) -> int:
    """A clause's start stepped back over a relative clause inserted before it: in "Det servicemål,
    som er aftalt mellem regionen og Falck, er 9,12 minutter" the clause of "9,12" starts at "Det"."""
    first = sentence(doc, start).start
    while start - 2 > first and doc[start - 1].text == ",":
        k = start - 2
        while k > first and doc[k].text not in ",;:":
            k -= 1
        if doc[k].text != "," or doc[k + 1].lower_ not in RELATIVE_OPENERS:
            break
        start = k
        while start > first and doc[start - 1].text not in ",;:":
            start -= 1
    return start


def past_when(doc: Doc, k: int) -> bool:
    """Whether the "når" at token k opens a clause of what was ("…, når der i 2017 var 180 dræbte"):
    a fact, no condition."""
    return doc[k].lower_ == "når" and any(t.lower_ in PAST_VERBS for t in clause(doc, k))


def has_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether any of the phrases (tuples of lower-case words) stands in the words."""
    present = set(words)  # most phrases have a word the text lacks: skip them without a scan
    return any(all(w in present for w in p)
               and any(tuple(words[k:k + len(p)]) == p for k in range(len(words))) for p in phrases)


SCHOOL_YEAR = re.compile(r"(?:19|20)\d\d/\d\d")
"""A school or season year ("2015/16")."""


def years(span: Span) -> list[int]:
    """The years named in a span ("i 2024", "2025-2026")."""
    found: list[int] = []
    for token in span:
        if SCHOOL_YEAR.fullmatch(token.text):
            found.append(int(token.text[:4]) + 1)  # "skoleåret 2015/16" ends in 2016
            continue
        if "." in token.text or "," in token.text:
            continue
        pair = parse_range(token.text)
        values = pair if pair else (parse_digits(token.text),)
        found.extend(int(v) for v in values if v is not None and is_year(v) and len(token.text) >= 4)
    return found


def is_future(span: Span) -> bool:
    """Whether the span speaks of what is planned, expected, still to come or called off."""
    return any((token.lower_ in FUTURE_WORDS and not _names_people(token) and not _wish_of_counted(token))
               or token.lower_ in NOT_DONE_WORDS for token in span)


def _wish_of_counted(token: Token) -> bool:
    """ "20,1 procent, der ønsker at begynde …": a relative clause that says whom a count counts by
    their present wish, not an aim of the writer's ("kommunen ønsker at etablere 20 pladser")."""
    return token.lower_ in WISH_WORDS and token.i > 0 and token.doc[token.i - 1].lower_ in RELATIVE_OPENERS


def _names_people(token: Token) -> bool:
    """ "kommende beboere": an adjective that says who, not when."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in ("kommende", "fremtidige") and nxt is not None \
        and nxt.lemma_.endswith(PEOPLE_HEADS)


def outside_year(span: Span, report_year: int | None) -> bool | None:
    """True where the span dates itself to another year than the report's,
    False where it names the report year, None where it names no year."""
    if report_year is None:
        return None
    named = years(span)
    if not named:
        return None
    return report_year not in named
