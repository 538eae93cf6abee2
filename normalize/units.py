"""What a number counts: the noun after it, as a singular lower-case lemma.

Danish puts adjectives between the number and the noun ("to udvalgte
folkeskoler", "15 lokale kommunale og civile aktører"), writes compounds as
one word that the lemma table often lacks ("grundskoleelever": its head
"elever" is known), and shares a compound head between conjuncts
("fri- og privatskoleelever" counts friskoleelever). Without a trained
tagger, a word is taken as an adjective from its inflection in the lemma
table: "lokale" beside "lokal" and "lokalt", "udvalgte" beside "udvalgt".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from .language import Lexicon

PERCENT_WORDS = frozenset({"%", "pct.", "pct", "procent", "procents"})

IRREGULAR_PLURALS = {"forældre": "forælder", "forældrene": "forælder"}
"""Plurals the lemma table maps to themselves."""

DETERMINERS = frozenset({"ny", "nyt", "andre", "øvrige", "flere", "nye", "forskellige", "yderligere",
                         "ekstra", "mange", "samme", "hele", "alle", "egne", "særlige", "enkelte",
                         "konkrete", "fælles", "gratis", "tværgående", "lige", "stille", "moderne", "aktive",
                         "fysiske", "digitale", "ugentlige", "månedlige", "daglige",
                         # adjectives that do not inflect ("11.700 blå uniformer")
                         "blå", "grå", "rå", "lilla", "orange"})
"""Words that stand between a number and its noun like adjectives do."""

CONJUNCTIONS = frozenset({"og", "eller", ","})
COMPARATIVES = frozenset({"flere", "færre", "mere", "mindre", "højere", "lavere", "større"})
VOWELS = frozenset("aeiouyæøå")
DEFINITE_ENDINGS = ("n", "en", "et", "ne", "ene", "rne", "erne")
"""What a noun's definite forms add to its lemma: "kampagnen", "forløbet", "deltagerne"."""

PREPOSITIONS = frozenset({"mod", "imod", "inden", "hos", "ifølge", "pr.", "per", "blandt", "via", "uden",
                          "gennem", "indenfor", "udenfor", "omkring", "pga.", "jf.", "iht.", "ift."})
"""Prepositions the stop list lacks ("412 unge hjemløse mod 503", "højst 50 inden udgangen
af året", "80 hos borgerne"): never the counted noun."""

NOMINAL_ADJECTIVES = frozenset({"unge", "ældre", "frivillige", "ledige", "sårbare", "udsatte", "nyankomne",
                                "pårørende", "syge", "voksne", "studerende", "ansatte", "fremmødte",
                                "hjemløse", "handicappede", "arbejdsløse"})
"""Adjectives that often stand for the noun: "50 unge deltager" counts unge."""

CURRENCY = {"kr.": "kr", "kr": "kr", "kroner": "kr", "mio.kr.": "kr", "dkk": "kr", "euro": "euro"}

MEASURES = {"m²": "m²", "m2": "m²", "kvm": "m²", "kvadratmeter": "m²", "kvadratmetre": "m²",
            "m³": "m³", "m3": "m³", "kubikmeter": "m³", "km": "km", "kilometer": "km",
            "kwh": "kwh", "mwh": "mwh", "gwh": "gwh", "kw": "kw", "mw": "mw", "gw": "gw", "ha": "hektar",
            "kilowatt": "kw", "megawatt": "mw", "gigawatt": "gw", "kilowatttime": "kwh",
            "kilowatttimer": "kwh", "megawatttime": "mwh", "megawatttimer": "mwh", "gigawatttime": "gwh",
            "gigawatttimer": "gwh",
            "hektar": "hektar", "ton": "ton", "tons": "ton", "tonnes": "ton"}
"""Measures by their symbol, in any case and with or without a final dot
("13 km.", "1.200 MWh"), each under one lemma ("8.000 m2" and "8.000 kvadratmeter" are m²)."""
ABBREVIATED_UNITS = {"mdr.": "måned", "mdr": "måned", "md.": "måned", "mdrs.": "måned", "min.": "minut",
                     "min": "minut", "kg": "kg", "kg.": "kg", "kilo": "kg"}
"""Units written short: "3 mdr.", "15 min.", "ca. 6 kg pr. husstand"."""
POINT_WORDS = frozenset({"point", "-point", "procentpoint"})
"""After a percent sign, percentage points ("10 % point"): a change of a share, no share."""


@dataclass(frozen=True)
class Unit:
    """The counted noun after a number: its lemma and the token index after it."""

    lemma: str
    end: int


AUXILIARIES = frozenset({"være", "blive", "have"})
"""Lemmas of the auxiliaries: no form of them is a counted noun ("121 blevet til sager")."""


def noun_lemma(word: str, words: Lexicon, min_head: int = 3) -> str:
    """The singular lower-case lemma of a Danish noun, through its compound
    head where the table lacks the whole word ("borgersager" → borgersag)."""
    word = word.lower()
    if "-" in word.strip("-"):  # "ngo-medarbejdere": the last part inflects
        first, _, last = word.rpartition("-")
        return f"{first}-{noun_lemma(last, words, min_head)}"
    lemma = _noun_form(word, words)
    if lemma:
        return lemma
    heads = [word[k:] for k in range(2, len(word) - min_head + 1)]  # longest head first
    words.prefetch(heads)
    for k, head in enumerate(heads, start=2):
        head_lemma = _noun_form(head, words)
        if head_lemma:
            return word[:k] + head_lemma
    return word


def _noun_form(word: str, words: Lexicon) -> str | None:
    """The table's lemma of a word read as a noun, or None where it lacks the word.

    The table gives one lemma per form, and a verb may take a noun's form:
    "borger" and "leder" are also the present tense of "borge" and "lede",
    "grupper" the imperative of "gruppere". Where the table knows the noun
    too (its plural "borgere", "ledere"; its singular "gruppe"), the noun wins,
    unless the verb's lemma is a noun itself: "klager" is the plural of
    "klage" (also "a complainant": the table cannot say which), "timer" of "time".
    """
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    lemma = words.lemma(word)
    if lemma is None or lemma == word:
        return lemma
    if word.endswith("ne") and lemma.endswith("et") and words.lemma(lemma[:-2] + "en") == lemma[:-2] + "en":
        return lemma[:-2] + "en"  # a strong participle's plural as a noun: "tilskadekomne" (tilskadekommen)
    if word in (words.lemma(word + "e"), words.lemma(word + "er")) and words.lemma(lemma + "ns") != lemma:
        # a singular noun whose plural the table knows ("borger": borgere), where the
        # table's lemma is no noun ("borge"; "klager" stays klage, "timer" time: "klagens")
        return word
    if lemma == word + "e" and word.endswith("er") and words.lemma(word[:-1]) == word[:-1]:
        return word[:-1]  # a plural: "grupper" (gruppe)
    return lemma


def coordinated_lemma(first_part: str, compound: str, words: Lexicon, min_head: int = 3) -> str:
    """The first conjunct of a coordinated compound: "fri-" + "privatskoleelever"
    → friskoleelev (the compound's first element is swapped for `first_part`)."""
    compound = compound.lower()
    if "-" in compound.strip("-"):  # "erhvervsskole- og FGU-elever": the head follows the hyphen
        return first_part.lower().rstrip("-") + noun_lemma(compound.rsplit("-", 1)[1], words, min_head)
    for k in range(min_head, len(compound) - min_head + 1):
        # the first element known, and the rest a word too ("doms|mands|sager": not "dom|smandssager")
        if words.lemma(compound[:k]) and words.lemma(compound[k:]):
            return first_part.lower().rstrip("-") + noun_lemma(compound[k:], words, min_head)
    return first_part.lower().rstrip("-") + noun_lemma(compound, words, min_head)


def is_adjective(word: str, words: Lexicon, before_word: bool = False) -> bool:
    """Whether a word between a number and its noun is an adjective or participle.
    `before_word` says another word follows, which lets a short stem in -t count
    ("120 faste deltagere": fast), as a noun after a number would not be singular."""
    word = word.lower()
    if word in DETERMINERS or word in NOMINAL_ADJECTIVES:
        return True
    if len(word) > 5 and word.endswith("ende"):  # present participle: "deltagende"
        return True
    if len(word) > 5 and word.endswith("ere") and words.lemma(word) in (word[:-3], word[:-4]):
        return True  # a comparative: "lettere" (let), "større" is irregular and in the table's own right
    if len(word) > 6 and word.endswith(("iske", "istiske", "ige")) and words.lemma(word) is None:
        return True  # "beskæftigelsespolitiske": an unknown compound adjective
    if len(word) > 3 and word.endswith("e"):
        stem = word[:-1]
        long_enough = len(stem) > 4 or before_word
        if words.lemma(stem) and ((long_enough and stem.endswith("t")) or words.lemma(stem + "t")):
            return True  # "lokale" (lokal, lokalt), "udvalgte" (udvalgt), "faste" (fast)
        stem = word[:-2]
        neuter = stem if stem.endswith("t") else stem + "t"  # "akut" is its own neuter
        if word[-2] == word[-3] and words.lemma(word) == stem and words.lemma(neuter):
            return True  # a doubled consonant: "ensomme" (ensom, ensomt), "unikke" (unik), "akutte" (akut)
        verb = words.lemma(word)
        if verb and verb.endswith("e") and word in (verb[:-1] + "ede", verb[:-1] + "te"):
            return True  # a participle: "visiterede" (visitere), "gennemførte" (gennemføre)
        if len(word) > 5 and word.endswith("ede") and verb == word[:-3] + "et":
            return True  # a participle the table lists as an adjective: "overordnede" (overordnet)
    if len(word) > 5 and word.endswith("ne") and words.lemma(word) in (word[:-2] + "et", word[:-2] + "en"):
        return True  # a strong participle inflected: "eldrevne" (eldrevet), "fundne" (funden)
    if len(word) > 5 and word.endswith(("ske", "ige")) and words.lemma(word) == word[:-1]:
        return True  # "københavnske", "faglige"
    if len(word) > 4 and word.endswith(("lig", "isk")):
        return True  # base forms: "en årlig konference"
    return False


def is_verb_form(word: str, words: Lexicon, present: bool = False) -> bool:
    """A verb's passive or past participle by the table ("uddannes", "startet",
    "gennemført"), and where `present`, its present tense ("deltager"), which
    is also the plural of a noun in -e ("møder", "folkeskoler")."""
    lemma = words.lemma(word)
    if not lemma or lemma == word:
        return False
    if present and word == lemma + "r" and lemma[-1] in VOWELS:
        return True  # "deltager" (deltage), "får" (få)
    stem = lemma[:-1]
    return lemma.endswith("e") and word in (lemma + "s", stem + "es", stem + "et", stem + "t")


def is_strong_past(word: str, words: Lexicon) -> bool:
    """A strong verb's past tense ("deltog", "kom", "bestod"): the table's lemma is a verb in -e or -å
    that the word does not inflect as a noun would (a noun's forms keep its stem: "møder", "uger")."""
    lemma = words.lemma(word)
    if not lemma or lemma == word:
        return False
    if lemma.endswith("å") and len(word) > 2:
        return not word.startswith(lemma)  # "bestod" (bestå), "gik" (gå), "fik" (få)
    return lemma.endswith("e") and len(lemma) > 3 and not word.startswith(lemma[:-1])


def _is_participle_plural(word: str, words: Lexicon) -> bool:
    """A past participle's plural ("dræbte", "indlagte", "visiterede"): the verb's stem + -te/-ede."""
    verb = words.lemma(word)
    if not verb or verb == word or not verb.endswith("e"):
        return False
    return word in (verb[:-1] + "te", verb[:-1] + "ede")


def is_noun(token: Token, words: Lexicon) -> bool:
    """Whether a word before a number is a noun ("skoler med over 300", "lokalsamfund
    over 200"): a lower-case word that is no stop word, verb form, adverb or adjective."""
    lower = token.lower_
    if not _is_word(token.text) or lower in STOP_WORDS or lower in PREPOSITIONS:
        return False
    if _is_plural_noun(lower, words):
        return True  # "skoler" (skole), not the present tense it looks like
    return not (is_verb_form(lower, words, present=True) or _is_adverb(lower, words)
                or is_adjective(lower, words) or words.lemma(lower) in AUXILIARIES
                or is_strong_past(lower, words))


def _is_present_verb(word: str, words: Lexicon) -> bool:
    """A verb's present tense right after a number ("Danskuddannelse 2 består …",
    "1.000 får"): no counted noun. Only verbs whose infinitive ends in another
    vowel than -e: "uger", "skoler", "deltager" may be nouns."""
    lemma = words.lemma(word)
    return bool(lemma) and word == lemma + "r" and lemma[-1] in VOWELS - {"e"}


def _is_plural_noun(word: str, words: Lexicon) -> bool:
    """Whether a form in -r is also a noun's plural: its definite plural shares
    its lemma ("møder", "møderne": møde), unlike a verb's present tense
    ("deltager", whose "deltagerne" is the noun deltager; "gennemfører", "får")."""
    lemma = words.lemma(word)
    return lemma is not None and words.lemma(word + "ne") == lemma


def _is_adverb(word: str, words: Lexicon) -> bool:
    """The neuter of an adjective in -t, which also serves as an adverb ("årligt": årlig)."""
    return word.endswith("t") and words.lemma(word) == word[:-1]


def _is_definite(word: str, words: Lexicon) -> bool:
    """A noun's definite form, genitive or not ("kampagnen", "kampagnens", "deltagerne"):
    never the counted noun after an adjective, which would need "de" before it."""
    lemma = words.lemma(word)
    if not lemma or lemma == word:
        return False
    bare = word.removesuffix("s")
    stems = (lemma, lemma + lemma[-1])  # "tilbuddet": a doubled final consonant
    return any(bare == stem + ending for stem in stems for ending in DEFINITE_ENDINGS)


def _ends_with_verb(doc: Doc, i: int, adjectives: list[int], words: Lexicon) -> bool:
    """Whether the word at i is the verb after a substantivised adjective, which
    then is the head: "50 unge deltager årligt", "96 ledige startet på",
    "30 frivillige uddannes". After a plural head like "unge", a present tense
    that is no noun's plural is a verb wherever it stands ("1.000 unge får …");
    one that is ("møder") or a participle only where the phrase ends after it."""
    if not adjectives:
        return False
    lower = doc[i].lower_
    after_nominal = doc[adjectives[-1]].lower_ in NOMINAL_ADJECTIVES
    if not is_verb_form(lower, words, present=after_nominal):
        return False
    if after_nominal and not is_verb_form(lower, words) and not _is_plural_noun(lower, words):
        return True
    following = doc[i + 1] if i + 1 < len(doc) else None
    return following is None or not _is_word(following.text) or following.lower_ in STOP_WORDS \
        or _is_adverb(following.lower_, words)


def _is_word(text: str) -> bool:
    """A lower-case word, hyphens allowed ("fri-", "NGO-medarbejdere", "CO2-sparemål"): not a name."""
    *firsts, last = text.rstrip("-").split("-")
    if not (last.isalpha() and all(part.isalnum() and not part.isdigit() for part in firsts)):
        return False
    return last[:1].islower()


BOUND_ADVERBS = frozenset({"højst", "højest", "mindst", "maksimalt", "minimum", "maksimum"})
"""Words of a bound that follow a counted noun, never part of it."""


def unit_after(doc: Doc, start: int, words: Lexicon, min_head: int = 3) -> Unit | None:
    """The counted noun that follows a number ending before token `start`, or None."""
    if start < len(doc) and doc[start].lower_ in PERCENT_WORDS:
        if start + 1 < len(doc) and doc[start + 1].lower_ in POINT_WORDS:
            return Unit("procentpoint", start + 2)  # "10 % point"
        return Unit("procent", start + 1)
    if start < len(doc) and doc[start].lower_ in ABBREVIATED_UNITS:
        return Unit(ABBREVIATED_UNITS[doc[start].lower_], start + 1)
    if start < len(doc) and doc[start].lower_ in CURRENCY:
        return Unit(CURRENCY[doc[start].lower_], start + 1)
    if start < len(doc) and doc[start].lower_.removesuffix(".") in MEASURES:
        return Unit(MEASURES[doc[start].lower_.removesuffix(".")], start + 1)
    adjectives: list[int] = []
    i = start
    while i < len(doc):
        token = doc[i]
        text = token.text
        if text.endswith("/") and _is_word(text[:-1]) and i + 1 < len(doc) and _is_word(doc[i + 1].text):
            # "virksomheder/ organisationer": the slash kept on the first name by a space after it
            return Unit(f"{noun_lemma(text[:-1].lower(), words, min_head)}/"
                        f"{noun_lemma(doc[i + 1].lower_, words, min_head)}", i + 2)
        if not _is_word(text):
            break
        lower = token.lower_
        following = doc[i + 1] if i + 1 < len(doc) else None
        if text.endswith("-") and following is not None and following.lower_ in CONJUNCTIONS:
            # "fri- og privatskoleelever": the first conjunct borrows the compound's head
            if i + 2 < len(doc) and _is_word(doc[i + 2].text):
                return Unit(coordinated_lemma(text, doc[i + 2].text, words, min_head), i + 3)
            break
        if _ends_with_verb(doc, i, adjectives, words) or (adjectives and lower in BOUND_ADVERBS):
            break  # the adjective is the head: "antallet af trafikdræbte højest må være 300"
        if adjectives and _is_definite(lower, words):
            # "8 ud af 10 kendte kampagnens budskab": the participle was a verb; keep a head before it
            nominal = [k for k in adjectives if doc[k].lower_ in NOMINAL_ADJECTIVES]
            adjectives = adjectives[:adjectives.index(nominal[-1]) + 1] if nominal else []
            break
        if _is_adverb(lower, words):
            if following is None or not _is_word(following.text):
                break  # an adverb after the noun: "40 frivillige årligt"
            adjectives.append(i)  # neuter before its noun: "et årligt møde", "et nyt netværk"
            i += 1
            continue
        if is_adjective(lower, words, before_word=following is not None and _is_word(following.text)):
            adjectives.append(i)
            i += 1
            if i < len(doc) and doc[i].lower_ in CONJUNCTIONS and i + 1 < len(doc) \
                    and is_adjective(doc[i + 1].lower_, words):
                i += 1  # "kommunale og civile"
            continue
        if lower in STOP_WORDS or lower in PREPOSITIONS or (
                not adjectives and (_is_present_verb(lower, words) or is_strong_past(lower, words))) \
                or words.lemma(lower) in AUXILIARIES:
            break  # "121 blevet til sager": an auxiliary's form counts nothing; "I alt 480 deltog"
        lemma = noun_lemma(lower, words, min_head)
        if following is not None and following.text == "/" and i + 2 < len(doc) \
                and _is_word(doc[i + 2].text):
            # "oplæg/workshops": both names of the one thing
            return Unit(f"{lemma}/{noun_lemma(doc[i + 2].lower_, words, min_head)}", i + 3)
        return Unit(lemma, i + 1)
    if adjectives and all(doc[k].lower_ in COMPARATIVES for k in adjectives):
        return None  # "10 flere end målet": nothing counted
    if adjectives:  # "50 unge", "30 frivillige": the adjective stands for the noun
        # the last that can ("147 unge, svarende til …" counts unge)
        nominal = [k for k in adjectives if doc[k].lower_ in NOMINAL_ADJECTIVES]
        head = (nominal or adjectives)[-1]
        last = doc[head].lower_
        if len(last) > 5 and last.endswith("ende"):
            return Unit(last, head + 1)  # a present participle as a noun does not inflect: "besøgende"
        stem = last[:-2] if last[-2:-1] == last[-3:-2] else last[:-1]  # "udsatte" → udsat
        stem = stem if last in NOMINAL_ADJECTIVES and words.lemma(stem) else None
        if stem is None and _is_participle_plural(last, words):
            stem = last[:-1]  # a participle as a noun: "20 dræbte" counts dræbt, not the verb dræbe
        return Unit(stem or words.lemma(last) or last, head + 1)
    return None
