"""Pairing: which actual measures which target (the same kind of thing).

What is measured decides, not the spelling of the unit: the same lemma, a
narrower compound, the compound's head, or a general word for the same people
or things ("412 deltagere" for "350 seniorer"). Among candidates of the same
sureness, the actual said in the words of the target's clause wins ("95 unge
har fået en plan" for "80 unge får en plan", not "i kontakt med 300 unge"),
and a figure of the report year measures the year's target before the plan
period's total (a running total, "i alt siden 2022", the other way round).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from spacy.lang.da.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from bilag.record import Actual, Target

from . import families as F
from .context import clause, has_phrase, sentence
from .numbers import is_year, parse_digits, parse_word
from .quantities import Quantity
from .roles import is_change
from .units import PERCENT_WORDS


@dataclass(frozen=True)
class Evidence:
    """What the text says around a quantity, for pairing: the N of "… ud af N",
    the content lemmas of its clause, and whether it is a running total."""

    whole: float | None = None
    words: frozenset[str] = frozenset()
    cumulative: bool = False
    subgroup: bool = False
    """Counted with a qualifier after its noun ("2 deltagere under 18 år"): a part, which
    measures no target through a general word."""
    part: bool = False
    """One of counts that add up to a total said before them: it measures no target."""
    change: bool | None = False
    """A change ("steget med 100.000 hektar", "reducere forbruget med 14 %", "2.100 flere
    praktikpladser"), which measures only a target set as a change, and a level only a level;
    None for things added ("350 nye praktikpladser"), which may measure either."""
    base: str | None = None
    """For a share, the lemma of what it is a share of ("89 pct. af danskerne": "dansker"): a share of
    other things measures nothing of the target's ("80 procent af kommunikationen")."""
    side: tuple[bool, str | None] = (False, None)
    """For a share, what its words after it say of it: negated ("kører ikke til tiden"), and the side of
    a time limit ("over" in "venter mere end fire timer", "within" in "inden for fire timer"). A share
    with the other side measures the complement, not the target ("46 procent venter mere end fire timer"
    against "90 procent skal have en plan senest fire timer efter")."""
    split: bool = False
    """A share of one group beside a share of another in its sentence ("85 procent af pigerne og 82
    procent af drengene"): it measures only a target of its own group, not one of all."""
    listed: bool = False
    """Listed after another figure ("59 og 65 procent", "henholdsvis 94 % og 88 %", "62 procent for X
    og 61 procent for Y"): where that one measures a target and no target of its own is left for this
    one, this one measures the same target for another part."""
    reach: str | None = None
    """Whose the number's sentence is: "local" where it names one municipality or region ("Esbjerg
    Kommune har et mål om …"), "national" where it speaks of the whole country and no such body ("i
    Danmark", "på landsplan"). A national figure measures no local target."""

    @classmethod
    def of(cls, doc: Doc, quantity: Quantity) -> Evidence:
        own = clause(doc, quantity.number)
        tokens = [t for t in own if not (quantity.start <= t.i < quantity.end)] + _relative(doc, quantity)
        words = frozenset(t.lemma_ for t in tokens
                          if t.is_alpha and len(t) > 2 and t.lower_ not in STOP_WORDS)
        lower = [t.lower_ for t in doc[own.start:own.end]]
        cumulative = has_phrase(lower, F.CUMULATIVE)
        after = [t.lower_ for t in doc[quantity.end:quantity.end + 3]]
        subgroup = any(tuple(after[:len(p)]) == p for p in F.COMPARE_WORDS) and any(
            t.like_num for t in doc[quantity.end:quantity.end + 4])
        change: bool | None = is_change(doc, quantity)
        following = doc[quantity.number + 1] if quantity.number + 1 < len(doc) else None
        if not change and ((following is not None and following.lower_ in F.NEUTRAL_COUNTS)
                           or any(t.lemma_ in F.ADDING_VERBS for t in doc[own.start:quantity.start])):
            change = None
        return cls(quantity.whole, words, cumulative, subgroup, change=change,
                   base=_share_base(doc, quantity), side=_share_side(doc, quantity),
                   split=_split_by_group(doc, quantity), listed=_listed(doc, quantity),
                   reach=_reach(sentence(doc, quantity.number)))


def _relative(doc: Doc, quantity: Quantity) -> list[Token]:
    """The words of a relative clause right after a quantity, which say what it counts ("59 %, som
    havde fået den første HPV-vaccination"), up to a punctuation mark or an "og"/"men"/"mens" within
    its sentence; after a list of figures, of them all ("59 og 65 procent, der får en
    behandlingsplan")."""
    k = quantity.end
    while k + 1 < len(doc) and doc[k].lower_ in ("og", ",") and parse_digits(doc[k + 1].text) is not None:
        k += 2
        k += int(k < len(doc) and doc[k].lower_ in PERCENT_WORDS)
    if not (k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in F.RELATIVE_OPENERS):
        return []
    words = []
    for token in doc[k + 2:sentence(doc, quantity.number).end]:
        if token.is_punct or token.lower_ in ("og", "men", "mens"):
            break
        words.append(token)
    return words


def _listed(doc: Doc, quantity: Quantity) -> bool:
    """Whether a figure follows another one with only "og" or a comma between ("59 og 65 procent",
    "94 % og 88 %"), or with what the first one is of ("62 procent for livmoderhalskræft og 61 procent
    for tarmkræft", "mellem 67 og 76 procent af eleverne er gode til at læse og mellem 75 og 77
    procent …"), in one sentence."""
    i = quantity.start
    while i > 0 and doc[i - 1].lower_ in F.LIST_LEADS:
        i -= 1
    if i < 2 or doc[i - 1].lower_ not in ("og", ","):
        return False
    first = sentence(doc, i).start
    for k in range(i - 2, max(first, i - 2 - F.LIST_REACH) - 1, -1):
        token = doc[k]
        if parse_digits(token.text) is not None and not is_year(parse_digits(token.text)):
            return True
        # words, and the quotes and comma of a relative clause on the first ("76 procent af eleverne, der
        # er 'gode' til at læse og mellem 75 …")
        if not (token.is_alpha or token.lower_ in PERCENT_WORDS or token.is_quote or token.text == ","):
            return False
    return False


def _split_by_group(doc: Doc, quantity: Quantity) -> bool:
    """Whether its sentence gives shares "af" two or more groups of people, this one among them."""
    if quantity.unit != "procent" or not (quantity.end < len(doc) and doc[quantity.end].lower_ == "af"):
        return False
    own = sentence(doc, quantity.number)
    groups = {_base_after(doc, t.i + 2) for t in doc[own.start:own.end - 2]
              if t.lower_ in PERCENT_WORDS and doc[t.i + 1].lower_ == "af"}
    return len({g for g in groups if g is not None and _is_people(g)}) >= 2


def _reach(own: Span) -> str | None:
    """ "local", "national" or None for a sentence (see `Evidence.reach`)."""
    words = [t.lower_ for t in own]
    if any(w.endswith(F.LOCAL_BODIES) for w in words):
        return "local"
    return "national" if has_phrase(words, F.NATIONAL_SCOPES) else None


def _share_side(doc: Doc, quantity: Quantity) -> tuple[bool, str | None]:
    """(negated, side of a time limit) in the words after a share, through a relative clause on it
    ("46 procent af patienterne, der venter mere end fire timer"), up to the next clause."""
    if quantity.unit != "procent":
        return (False, None)
    words: list[str] = []
    for token in doc[quantity.end:min(quantity.end + 14, sentence(doc, quantity.number).end)]:
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        relative = token.text == "," and nxt in F.RELATIVE_OPENERS
        if (token.is_punct and not relative) or token.lower_ in ("og", "men", "mens", "så"):
            break
        words.append(token.lower_)

    def number_at(k: int) -> bool:
        return any(w[:1].isdigit() or parse_word(w) is not None for w in words[k:k + 2])

    side = next((name for k in range(len(words))
                 for name, phrases in (("over", F.OVER_LIMIT), ("within", F.WITHIN_LIMIT)) for p in phrases
                 if tuple(words[k:k + len(p)]) == p and number_at(k + len(p))), None)
    return ("ikke" in words, side)


def _other_side(actual: Evidence, target: Evidence) -> bool:
    """Whether a share states the complement of the target's: negated where it is not, or on the other
    side of its time limit."""
    if actual.side[0] != target.side[0]:
        return True
    return None not in (actual.side[1], target.side[1]) and actual.side[1] != target.side[1]


def _share_base(doc: Doc, quantity: Quantity) -> str | None:
    """What a percentage is a share of: the noun after its "af" ("88 pct. af eleverne", "80 % af
    den skriftlige kommunikation"), else that of a share before it in its sentence ("89 pct. af
    danskerne …, mens 11 pct. er fritaget"); None where none is said. A word for people among the
    first two words wins over an adjective before it ("af voksne danskere")."""
    if quantity.unit != "procent":
        return None
    if quantity.end < len(doc) and doc[quantity.end].lower_ == "af":
        return _base_after(doc, quantity.end + 1)
    own = sentence(doc, quantity.number)
    for k in range(quantity.start - 1, own.start, -1):
        if doc[k].lower_ == "af" and doc[k - 1].lower_ in PERCENT_WORDS:
            return _base_after(doc, k + 1)
    return None


def _base_after(doc: Doc, i: int) -> str | None:
    """The base noun among the first two words from token i (articles and stop words skipped)."""
    words = []
    for token in doc[i:i + 5]:
        if not token.is_alpha or len(words) == 2:
            break
        owner = token.lower_.endswith("s") and token.lemma_.lower() != token.lower_ \
            and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha
        if token.lower_ not in STOP_WORDS and not owner:  # "af kommunens grundskoleelever": whose, not what
            words.append(token)
    people = [t.lemma_.lower() for t in words if _is_people(t.lemma_.lower())]
    if people:
        return people[0]
    for k, token in enumerate(words):
        if token.lower_.endswith("e") and k + 1 < len(words):
            continue  # an adjective before its noun: "skriftlige kommunikation"
        return token.lemma_.lower()
    return None


def _same_base(actual: Evidence, target: Evidence) -> bool:
    """A share of people measures no share of things, nor the other way round ("89 pct. af danskerne"
    against "80 procent af den skriftlige kommunikation"); within people or things, the words of
    a base vary too much to tell ("danskerne", "befolkningen"), so they do not decide."""
    if actual.base is None or target.base is None or {actual.base, target.base} & F.OCCASION_BASES:
        return True  # "i 93 % af tilfældene" counts the people's cases too
    return _is_people(actual.base) == _is_people(target.base)


PEOPLE_PLURALS = tuple(head + ending for head in F.PEOPLE_HEADS for ending in ("er", "e", "r"))


def _is_people(lemma: str) -> bool:
    """A word for people, also a plural compound the lemma table lacks ("grundskoleelever")."""
    return lemma in F.PEOPLE_GENERAL or lemma.endswith(F.PEOPLE_HEADS) or lemma.endswith(PEOPLE_PLURALS)


def parts_of_totals(doc: Doc, quantities: list[Quantity] | tuple[Quantity, ...]) -> set[int]:
    """The number tokens of a sentence that add up to a quantity said before them ("cirka 21.500
    … 16.500 elbiler har en bruger i husholdningerne og 5.000 en bruger i erhvervene"): parts of a
    total, which measure no target (the total does). Bare numbers count too: a part's noun may be
    left out ("og 5.000 en bruger")."""
    counted = {q.number: q.low for q in quantities if not q.article}
    for token in doc:
        if token.i not in counted and (value := parse_digits(token.text)) is not None and not is_year(value):
            counted[token.i] = value
    numbers = sorted(counted.items())
    parts: set[int] = set()
    for k in range(1, len(numbers)):
        for j in range(k + 2, len(numbers) + 1):
            run = numbers[k:j]
            if sentence(doc, run[0][0]).start != sentence(doc, run[-1][0]).start:
                break
            total = sum(value for _, value in run)
            if any(value == total and value > 0 for _, value in numbers[:k]):
                parts.update(i for i, _ in run)
    return parts


OUT_OF_TARGET, EXACT, ALTERNATIVE, NARROWER, GENERAL = 5, 4, 3, 2, 1


def sameness(actual_unit: str | None, target_unit: str | None, min_similarity: float) -> int:
    """How surely an actual's unit counts what the target's unit counts (0: not).

    Exact lemma > one of slash alternatives ("oplæg/workshop") > a narrower
    compound of the target's noun ("rettighedskursus" is a "kursus") or a
    spelling variant > the target's compound head, a more general noun
    ("58 pladser" against "60 akutte overnatningspladser"): that measures the
    target only where nothing surer does (the report's "2.425
    grundskoleelever" measures "2.000 grundskoleelever", not its "7.050 elever").
    """
    if not actual_unit or not target_unit:
        return 0
    if actual_unit == target_unit:
        return EXACT
    if set(actual_unit.split("/")) & set(target_unit.split("/")):
        return ALTERNATIVE
    if any(a.endswith(t) for a in actual_unit.split("/") for t in target_unit.split("/")):
        return NARROWER
    plain = (actual_unit.replace("-", ""), target_unit.replace("-", ""))
    if fuzz.ratio(*plain) >= min_similarity:
        return NARROWER
    if any(t.endswith(a) for a in actual_unit.split("/") for t in target_unit.split("/")):
        return GENERAL
    if _is_general_for(actual_unit, target_unit) or _is_general_for(target_unit, actual_unit):
        return GENERAL
    if any(actual_unit in group and target_unit in group for group in F.SAME_THINGS):
        return GENERAL  # "2.800 flere uddannelsesaftaler" for "2.100 flere praktikpladser"
    return 0


def _is_general_for(general: str, specific: str) -> bool:
    """ "deltager" for "senior", "plads" for "botilbudsplads", "arrangement" for "koncert"."""
    if general in F.PEOPLE_GENERAL and specific.endswith(F.PEOPLE_HEADS):
        return True
    return specific.endswith(F.THINGS_GENERAL.get(general, ()))


def _qualified(target: Target) -> bool:
    """Whether the target's noun carries a word that narrows its class ("100 grønne biler"): a
    narrower compound ("80 elbiler") counts only a part of that class, so it measures none of it."""
    words = target.text.split()
    middle = [w.lower() for w in words[1:-1] if w.isalpha()]
    return any(w not in F.NEUTRAL_COUNTS | F.COMPARATIVE_COUNTS | F.UNQUALIFYING for w in middle)


def _same_kind_of_number(actual: Evidence, target: Evidence) -> bool:
    """A change measures a change and a level a level; a count of things added either."""
    return actual.change is None or target.change is None or actual.change == target.change


def counts_any(unit: str, targets: tuple[Target, ...], min_similarity: float) -> bool:
    """Whether some target counts this unit, or a narrower kind of it (not
    just its compound head: "et forløb" is no count of "brancheforløb")."""
    return any(sameness(unit, t.unit, min_similarity) > GENERAL for t in targets)


def _period_rank(evidence: Evidence | None, target: Target) -> int:
    """0 where the actual's period fits the target's: a year's figure the year's (or an
    undated) target, a running total the plan period's; else 1."""
    cumulative = evidence is not None and evidence.cumulative
    return int((target.period == "plan_period") != cumulative)


def _out_of_target(actual: Actual, whole: float | None, target: Target) -> int:
    """ "17 ud af 17 kurser" against a target of 17 rettighedskurser: counted out
    of the target's own number, in its head noun, it measures that target."""
    if whole is None or whole != target.low or not actual.unit or not target.unit:
        return 0
    return OUT_OF_TARGET if target.unit.endswith(actual.unit) else 0


def _distance(actual: Actual, target: Target) -> float:
    """How far apart in size an actual and a target are, as a ratio (0: the same):
    0,8 mio. kr. spent measures the 0,8 mio. kr. target, not the 2 mia. kr. one."""
    if actual.value <= 0 or target.low <= 0:
        return math.inf
    return abs(math.log(actual.value / target.low))


def implied_units(goal_doc: Doc, target_quantities: tuple[Quantity, ...]) -> Callable[[Doc, int], str | None]:
    """For a bare number of a report that names nothing it counts ("520 har deltaget", "Der er
    afholdt 5", "Målet er nået med 520"): the unit of the one target it can measure, where the
    number's clause shares a word with that target's clause or names the goal; else None."""
    targets = [(q.unit, Evidence.of(goal_doc, q).words) for q in target_quantities if not q.duration]

    def unit_for(doc: Doc, i: int) -> str | None:
        own = clause(doc, i)
        words = frozenset(t.lemma_ for t in own if t.i != i and t.is_alpha and len(t) > 2
                          and t.lower_ not in STOP_WORDS)
        named = {unit for unit, _ in targets if _shared_stems(words, frozenset({unit}))}
        if len(named) == 1:
            return named.pop()  # "Henvendelserne steg til 413": the clause names what it counts
        names_goal = any(t._.bilag_goal for t in own)
        units = {unit for unit, target_words in targets
                 if _shared_stems(words, target_words - {u for u, _ in targets})
                 or (names_goal and len(targets) == 1)}
        return units.pop() if len(units) == 1 else None

    return unit_for


def _shared_stems(words: frozenset[str], others: frozenset[str]) -> bool:
    """Whether two sets of lemmas share a word, a form the lemma table lacks counting as its lemma
    ("afholdt" for "afholde")."""
    def same(word: str, other: str) -> bool:
        longest = max(len(word), len(other))
        return word == other or (min(len(word), len(other)) >= 5
                                 and len(os.path.commonprefix([word, other])) >= longest - 2)

    return any(same(word, other) for word in words for other in others)


def _shared_words(actual: frozenset[str], target: frozenset[str]) -> int:
    """How many of the actual's clause words the target's clause has, a compound counting for its
    head ("har fået en plan" shares "plan" with "have en uddannelsesplan")."""
    return sum(any(word == other or (len(word) >= 4 and other.endswith(word)) for other in target)
               for word in actual)


def pair(actuals: tuple[Actual, ...], targets: tuple[Target, ...], min_similarity: float,
         actual_evidence: list[Evidence] | None = None,
         target_evidence: list[Evidence] | None = None) -> tuple[Actual, ...]:
    """The actuals with `target` set: each target takes at most one actual, the
    surest match first; among equals, the one that shares most words with the
    target's clause, then the first actual in the text, with the target of its
    period and nearest its size. The evidence lists stand beside the actuals and
    the targets (empty: none known)."""
    found = actual_evidence or [Evidence()] * len(actuals)
    goal = target_evidence or [Evidence()] * len(targets)
    candidates = sorted(
        (-score, -_shared_words(found[a].words, goal[t].words), a, _period_rank(found[a], target),
         _distance(actual, target), t)
        for a, actual in enumerate(actuals)
        for t, target in enumerate(targets)
        if (score := max(sameness(actual.unit, target.unit, min_similarity),
                         _out_of_target(actual, found[a].whole, target)))
        and not (found[a].subgroup and score <= GENERAL) and not found[a].part
        and _same_kind_of_number(found[a], goal[t]) and _same_base(found[a], goal[t])
        and not _other_side(found[a], goal[t])
        and not (found[a].reach == "national" and goal[t].reach == "local")
        and not (found[a].split and found[a].base != goal[t].base)
        and not (score == NARROWER and _qualified(target))
    )
    chosen: dict[int, int] = {}
    taken: set[int] = set()
    for score, _, a, _, _, t in candidates:
        if a in chosen or t in taken:
            # a figure listed right after the one that measures this target measures it too, where
            # no target of its own is left for it
            listed = found[a].listed and chosen.get(a - 1) == t and -score > GENERAL \
                and not any(c[2] == a and c[5] not in taken for c in candidates)
            if a in chosen or not listed:
                continue
        chosen[a] = t
        taken.add(t)
    return tuple(replace(actual, target=chosen.get(a)) for a, actual in enumerate(actuals))
