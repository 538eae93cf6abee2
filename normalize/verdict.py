"""The verdict a row states about its goal: achieved, partially, not, on track.

Read with spaCy `Matcher` patterns (`verdict_patterns.py`) over the word families of
`families.py`, never inferred from the numbers. Where the table has a status column, its
cell speaks first; else the report cell.

A verdict is a statement about the goal. Its skeleton is one of

- a goal noun as subject and an attainment verb in the same clause, in any
  tense and voice and in either order ("Målet er nået", "Målsætningen blev
  indfriet allerede i juni", "Samlet set er målet nået", "Målet nåede vi ikke");
- an actor with the goal as object ("Vi har nået målet for 2024", "Kommunen
  nåede sit mål", "har ikke kunnet leve op til målet", "er kommet i mål");
- a goal or an effort under way ("Målet er på rette vej", "Indsatsen er i gang");
- a pronoun for the row's goal, where it opens the report or follows the sentence
  that names the goal ("Dette er opfyldt", "Det er desværre ikke lykkedes", "Det
  når vi nok ikke", "… det skal man leve op til. Det gør man så ikke");
- whether the goal can be reached, an expectation ("Alligevel er det stadig et
  realistisk mål", "urealistisk", "ikke til at nå", "inden for rækkevidde");
- a bare verdict ("Nået", "Delvist opfyldt", "Ja", "Nej"), which only opens the
  report, follows a leading label ("Status: Nået.") or stands in the status cell.
- the verdict as a noun with its degree ("delvis målopfyldelse", "manglende opfyldelse
  af kvalitetskravet"), or an actor with a pronoun object ("Vi nåede det – næsten").

In an at-clause the main clause decides: stating, finding, judging (negated too: "finder
det ikke tilfredsstillende, at …"), a reason or a cause told in the past ("har haft
betydning for, at målene ikke er indfriet") state it; expecting or how things look ("ser
ikke ud til at nå målene") make it an expectation; anything else (a purpose: "skal sikre,
at …"; a wish) makes it none. An at-clause or a condition runs on across an "og" with no
comma.

A relative clause may stand between the goal and its verb ("Målet, som blev sat i
2020, er nået"); its words do not count.

The words of its clause then set the verdict (`_judge`): an expectation
("forventes nået") is on track, or not achieved where negated ("forventes
ikke nået"); a degree word ("delvist", "ikke helt", "næsten", or a hedge after
it: "Målet er nået – dog ikke helt") partial; a negation ("ikke", "langtfra")
not achieved. A verdict on something else is none: in a condition or a
question ("hvis målet er nået", "Er målet nået?"), under a modal ("målet kan
nås"), or of a set of bodies: a counted subject before or after the verb ("80 pct.
af delmålene blev opfyldt", "12 af regionens kommuner har opfyldt målet", "Blandt
medlemmerne opfylder fem lande målsætningen"), a relative clause on a set ("ét af få
lande, der lever op til målet"), a list of names headed by a count ("En række lande
som Tyskland, Holland og Danmark …"), a count after the verdict ("Målet er nået i
hver 4. kommune"). A fraction of the row's own goal ("opfylder kun en tredjedel af
sit eget mål") is partial.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from . import families as F
from .context import clause, has_phrase, joins_owners, past_when, sentence
from .goal_words import (
    CLAUSE_WORDS,
    GOAL_DETERMINERS,
    PUNCT_BREAKS,
    REFLEXIVES,
    has_head,
    is_participle,
)
from .numbers import SCALES, is_year, parse_digits, parse_word
from .units import CURRENCY
from .verdict_patterns import BARE_PATTERNS, PATTERNS, PRONOUNS, RELATIVES

INVERTING = frozenset({"være", "blive", "have"}) | F.MODALS
"""Verbs that stand before the subject after a fronted adverbial ("Samlet set er målet nået")."""
DURATIONS = frozenset({"år", "måned", "uge", "dag", "gang", "time", "kvartal", "døgn"})
PERCENT = frozenset({"%", "pct.", "pct", "procent"})
PREPOSITIONS = frozenset({"på", "i", "for", "til", "med", "af", "ved", "om", "fra", "under", "over", "efter"})
INFINITIVE_AUX = frozenset({"blive", "være", "kunne", "have"})
"""Verbs an "at" may lead to inside a verdict ("forventes at blive opfyldt", "vurderes at være nået")."""

@dataclass(frozen=True)
class Verdict:
    status: str
    text: str | None


NOT_STATED = Verdict("not_stated", None)


@dataclass(frozen=True)
class _Reading:
    status: str
    start: int
    end: int


@functools.cache
def _matchers(nlp: Language) -> tuple[Matcher, Matcher]:
    full, bare = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for label, patterns in PATTERNS.items():
        full.add(label, patterns)
    for label, patterns in BARE_PATTERNS.items():
        bare.add(label, patterns)
    return full, bare


def _is_number(token: Token) -> bool:
    value = parse_digits(token.text)
    if value is None and token.lower_ not in ("en", "et"):
        value = parse_word(token.text)
    year = value is not None and is_year(value) and len(token.text) == 4
    return (value is not None and not year) or token.lower_ in F.QUANTIFIERS


def _names(token: Token) -> bool:
    """Whether a word before a number makes the number a name ("bølge fire"), not a
    genitive before a count ("landets 98 kommuner")."""
    return token.is_alpha and token.lower_ not in STOP_WORDS and not token.lower_.endswith("s") \
        and token.lower_ not in F.NUMBER_LEADS and not token._.bilag_attain \
        and token.lemma_ not in INVERTING  # a verb names nothing: "Her indfrier 10 af 29 kommuner …"


def _floating_count(between: Span) -> bool:
    """A count of the goals after their noun, between the auxiliary and the verb: "Disse mål er næsten
    alle blevet nået", "Målene for de enkelte fraktioner er stort set alle opfyldt" (not "Målet for de
    fleste skoler er nået", which names whose)."""
    aux = next((t.i for t in between if t.lemma_ in ("være", "blive")), None)
    return aux is not None and has_phrase([t.lower_ for t in between.doc[aux + 1:between.end]],
                                          F.COUNTING_PHRASES)


def _counted(span: Span | list[Token]) -> bool:
    """Whether a subject is counted: a number or quantifier before an "af" or a goal noun
    ("80 pct. af delmålene", "12 af regionens kommuner", "tre delmål")."""
    tokens = list(span)
    goal_at = next((k for k, t in enumerate(tokens) if t._.bilag_goal), len(tokens))
    if has_phrase([t.lower_ for t in tokens[:goal_at]], F.COUNTING_PHRASES):
        return True  # "Næsten alle målene er indfriet"
    for k, token in enumerate(tokens):
        if k > 0 and _names(tokens[k - 1]):
            continue  # a number after a noun names it: "serviceområderne i bølge fire"
        if _is_number(token):
            rest = tokens[k + 1:k + 5]
            if rest and rest[0].lower_ in PERCENT:
                rest = rest[1:]  # "den 80% målsætning" names the goal by its number; "80 pct. af" counts
                if rest and rest[0].lemma_ in INVERTING:
                    return True  # "yderligere 20 procent er meget tæt på at nå i mål": a share of bodies
                if not (rest and rest[0].lower_ == "af"):
                    continue
            if rest and rest[0]._.bilag_goal and rest[0].lower_.startswith("procent"):
                continue  # "70 procentsmålsætningen" names the goal by its number
            if rest and rest[0]._.bilag_goal and k > 0 and tokens[k - 1].lower_ in F.WHOLE_WORDS:
                continue  # "Alle tre delmål er opfyldt": every one of them, the whole goal
            if any(t.lower_ == "af" for t in rest) or (rest and rest[0]._.bilag_goal):
                return True
    return False


def _none_of(subject: list[Token]) -> bool:
    """ "ingen af målene", "ingen af de fire mål", "intet mål": no goal of the row was met."""
    words = [t.lower_ for t in subject]
    return any(w in ("ingen", "intet") for w in words[-4:]) and not has_phrase(words, F.NEGATIONS)


def _singular_goal(token: Token) -> bool:
    """A goal noun in the singular ("målet", "sit eget mål"; not "målene", "målsætninger")."""
    lower = token.lower_.rsplit("-", 1)[-1]
    return token._.bilag_goal and not lower.endswith(("ene", "erne", "rne")) \
        and not (lower.endswith("er") and lower != token.lemma_)


def _fraction_of_goal(tokens: list[Token]) -> bool:
    """A count of the row's own goal in the singular: "en tredjedel af sit eget mål", "80 pct.
    af målet" (a partial verdict), unlike a share of goals ("80 pct. af målene")."""
    for k, token in enumerate(tokens):
        if token.lower_ != "af" or k == 0:
            continue
        before = tokens[max(0, k - 2):k]
        if not any(_is_number(t) or t.lower_ in PERCENT for t in before):
            continue
        for t in tokens[k + 1:k + 5]:
            if t._.bilag_goal:
                return _singular_goal(t)
            if not (t.lower_ in GOAL_DETERMINERS or t.lower_.endswith("s")):
                break  # "59 procent af folkeskolerne lovkravet": a share of others
    return False


def _inverted_count(between: list[Token]) -> bool:
    """A counted subject between the verb and the goal: "opfylder fem lande 0,7 pct.
    målsætningen", "nåede 12 kommuner målet"."""
    for k, token in enumerate(between[:-1]):
        if k > 0 and (_names(between[k - 1]) or between[k - 1].lower_ in PREPOSITIONS):
            continue  # "bølge fire"; "på ingen måde": no subject after a preposition
        nxt = between[k + 1]
        if _is_number(token) and nxt.is_alpha and not nxt._.bilag_goal and nxt.lower_ not in PERCENT \
                and nxt.lemma_ not in DURATIONS and nxt.lower_ != "af":
            return True
    return False


def _counted_scope_after(doc: Doc, end: int) -> bool:
    """A count right after the verdict that limits it to a share: "Målet er nået i hver 4.
    kommune", "er opfyldt for 3 af 5 skoler", "har nået målet på fire af seks skoler"."""
    stop = clause(doc, end - 1).end
    k = end
    while k < stop and doc[k].lower_ in ("kun", "blot", "alene", "dog", "også", "nu"):
        k += 1
    if k >= stop or doc[k].lower_ not in F.SCOPE_PREPOSITIONS_AFTER:
        return False
    # "overtræder grænseværdien på 40 mikrogram": the goal's own level, no count of a scope
    level = k == end and doc[k].lower_ == "på" and doc[end - 1]._.bilag_goal
    for j in range(k + 1, min(k + 4, stop)):
        token = doc[j]
        nxt = doc[j + 1] if j + 1 < stop else None
        if level and not (nxt is not None and nxt.lower_ in ("af", "ud")):
            continue
        if token.lower_ in ("alle", "samtlige", "begge"):
            return False  # "for alle 12 skoler": the whole
        if token.lower_ in F.QUANTIFIERS:
            return True
        if _is_number(token) and nxt is not None and (nxt.lower_ in ("af", "ud") or (
                nxt.is_alpha and nxt.lemma_ not in DURATIONS and nxt.lower_ not in PERCENT)):
            return True
        if not token.is_alpha:
            return False
    return False


def _share_of_occasions(tokens: Span) -> bool:
    """A count of occasions in the verdict's clause: the verdict holds only for some of them
    ("levede kun op til kravet i 73,3 procent af tilfældene", "Kun i fem måneder lykkedes det",
    "et enkelt år"), unlike a run of them ("i tre år i træk")."""
    words = [t.lower_ for t in tokens]
    if "i" not in words and "enkelt" not in words:
        return False  # neither "i 73 procent af tilfældene" nor "et enkelt år"
    for k, token in enumerate(tokens):
        if words[k] not in ("et",) and not (k > 0 and words[k - 1] == "i"):
            continue
        rest = words[k + 1:k + 4]
        count = _is_number(token) and k > 0 and words[k - 1] == "i"
        if count and rest[:1] and rest[0] in PERCENT and rest[1:2] == ["af"] \
                and not (k + 3 < len(tokens) and tokens[k + 3]._.bilag_goal):
            return True  # "i 73,3 procent af tilfældene"; "80 pct. af målet" is a fraction of the goal
        count = count or words[k:k + 2] == ["et", "enkelt"]
        duration = next((t for t in tokens[k + 1:k + 3] if t.lemma_ in DURATIONS), None)
        if count and duration is not None and words[duration.i - tokens.start + 1:][:2] != ["i", "træk"]:
            return True
    return False


def _subject_start(doc: Doc, first: int) -> int:
    """Where the subject of a clause begins when the clause opens a list's last item:
    "En række lande som Tyskland, Holland og Danmark lever …", "Kun Beskæftigelsesministeriet
    og Udlændinge- og Integrationsministeriet har …" (the list's head counts the subject)."""
    own = sentence(doc, first)
    start = first
    if first >= len(doc) or not doc[first].text[:1].isupper():
        return first  # the last item of a list of names opens the clause, or there is no list
    while start - 2 >= own.start and doc[start - 1].lower_ in ("og", ",", "eller"):
        item_end = start - 1
        item_start = item_end
        while item_start > own.start and doc[item_start - 1].lower_ not in ("og", ",", "eller"):
            item_start -= 1
        if item_start == item_end:
            break  # ", og": a new clause, no list
        start = item_start
        if not all(t.text[:1].isupper() for t in doc[item_start:item_end]):
            break  # the list's head ("En række lande som Tyskland")
    return start


def _others(subject: list[Token], object_: list[Token]) -> bool:
    """Whether the words before an active verdict make it one about others: a relative
    clause ("… af byggesagerne, som opfylder servicemålet"; not with the actor's own goal:
    "der aldrig levede op til sit mål"), a counted, quantified or singled-out subject
    ("12 kommuner var i mål", "De bedste kommuner har realiseret målsætningen", "Kun
    Bornholm opfylder …")."""
    own_goal = any(t.lower_ in REFLEXIVES for t in object_)
    words = [t.lower_ for t in subject]
    for phrase in F.COMITATIVES:  # "Danmark har sammen med ti andre medlemslande": Danmark's verdict
        at = next((k for k in range(len(words)) if tuple(words[k:k + len(phrase)]) == phrase), None)
        if at is not None and at > 0:
            subject = subject[:at]
            break
    if tuple(t.lower_ for t in subject[:2]) in F.NO_ONE:
        return True  # "ikke et land …": none of them (not "har ikke en eneste gang nået")
    for k, token in enumerate(subject):
        if token.lower_ in F.QUANTIFIERS and k + 1 < len(subject) and subject[k + 1].lemma_ in DURATIONS:
            continue  # "hver dag", "hver måned"
        practically = token.lower_ == "som" and k > 0 and subject[k - 1].lower_ == "godt"  # "så godt som"
        if (token.lower_ in RELATIVES and not own_goal and not practically) or token.lower_ in F.QUANTIFIERS:
            return True
        after = subject[k + 1] if k + 1 < len(subject) else None
        named = k > 0 and (_names(subject[k - 1]) or subject[k - 1].lower_ in F.MEANS_LEADS) \
            and subject[k - 1].lower_ not in F.CONNECTIVES  # "hvoraf 158 havde overskredet …": counted
        if _is_number(token) and not named \
                and not (after is not None and (after.lemma_ in DURATIONS or _amount(after))):
            return True  # "12 kommuner var i mål" (not "i 39 måneder i træk", "en bod på 2,5 mio. kr.")
        if token.lower_ == "kun" and k + 1 < len(subject) and subject[k + 1].text[:1].isupper():
            return True
        if token.lower_ == "og" and 0 < k < len(subject) - 1 and subject[k - 1].is_title \
                and subject[k + 1].is_title and not (k > 1 and subject[k - 2].lower_ == "mellem"):
            return True  # "Statsforvaltningerne i Hovedstaden og Syddanmark opfyldte …": a list of bodies
    return False


def _is_limit(noun: Token) -> bool:
    """A goal noun of a limit in any form ("Tidsfristerne blev overskredet", "garantien", "anlægsloftet")."""
    return has_head(noun.lemma_.lower(), F.LIMITS) or has_head(noun.lower_, F.LIMITS)


def _amount(token: Token) -> bool:
    """A word after a number that makes it an amount, not a count of bodies: "2,5 millioner kroner"."""
    return token.lower_ in SCALES or token.lower_ in CURRENCY or token.lower_ in PERCENT


def _main_clause_stance(doc: Doc, at: int) -> str | None:
    """Under an at-clause ("Det vurderes, at målet er nået"): "stated" where the main
    clause states or judges, "expected" where it expects, None otherwise. An at-clause that
    opens its sentence is the subject of the main clause after it ("At det nu er lykkedes, vidner
    om …")."""
    own = sentence(doc, at)
    if at == own.start:
        comma = next((t.i for t in doc[at:own.end] if t.text == ","), None)
        if comma is None:
            return None
        begin, stop = comma + 1, own.end
        main = list(doc[begin:stop])
    else:
        # the main clause is what stands since the at-clause before it ("… har påpeget …, så vi skal
        # passe på med at sige, at …": under "sige", not "påpeget")
        begin, stop = _main_clause_begin(doc, own.start, at), at
        main = [t for t in doc[clause(doc, max(at - 2, own.start)).start:at] if t.lower_ not in ("og", "men")]
    span = doc[begin:stop]
    lemmas = [t.lemma_ for t in span] + [t.lower_ for t in span]
    refers_back = at + 1 < len(doc) and doc[at + 1].lower_ in PRONOUNS
    if refers_back and main and _is_number(main[0]):
        return None  # "23 forventer, at de er i mål": others, counted
    words = [t.lower_ for t in span]
    if F.EXPECTED.intersection(lemmas) or (stop == at and _expects_that(doc, own.start, at)) \
            or (set(F.REACHABLE) - {"til"}).intersection(lemmas) or _appears(span):
        return "expected"  # "Det forventes, at …", "Det er realistisk, at …", "Det ser ud til, at …"
    past_cause = F.CAUSES.intersection(lemmas) and F.PAST_MARKERS.intersection(words)
    if any(t.lemma_ == "kunne" and nxt.lemma_ in F.CONSEQUENCES for t, nxt in zip(span, span[1:])):
        return None  # "kan betyde, at vi ikke når målet": a possibility
    holder = {t.lower_ for t in doc[own.start:at]}  # "jeg vil tillade mig at mene, at …": the actor before
    if F.OPINIONS.intersection(lemmas) and F.PRONOUN_ACTORS.intersection(holder) \
            and not has_phrase(words, F.NEGATIONS):
        return "stated"  # "Vi mener, at målet er nået": the actor's own judgement
    plain = [w for w in words if w not in F.LINKING_ADVERBS]  # "peger således på, at …"
    if (F.STATING.intersection(lemmas) or F.JUDGEMENTS.intersection(lemmas) or past_cause
            or has_phrase(plain, F.STATING_PHRASES)) and "forventning" not in lemmas:
        if has_phrase(words, F.NEGATIONS) and not F.JUDGEMENTS.intersection(words):
            return None  # "indsatsen anskueliggør endnu ikke, at målet nås": a denied showing
        return "stated"
    return None


def _appears(tokens: Span | list[Token]) -> bool:
    """ "ser (ikke) ud til", "tegner til": a verb of how things look with its particles."""
    tokens = list(tokens)
    for k, token in enumerate(tokens):
        particles = F.APPEARANCES.get(token.lemma_)
        if particles is None:
            continue
        rest = [t.lower_ for t in tokens[k + 1:k + 3 + len(particles)]
                if t.lower_ not in ("ikke", "dog", "nu", "det", "altså")]  # "lader det altså til"
        if tuple(rest[:len(particles)]) == particles:
            return True
    return False


def _main_clause_begin(doc: Doc, start: int, at: int) -> int:
    """Where the main clause of an at-clause begins: after the at-clause before it, unless the
    two are joined ("viser, at …, og at …" share "viser")."""
    ats = [t.i for t in doc[start:at] if t.lower_ == "at"]
    here = at
    while ats:
        k = here - 1
        while k > start and doc[k].is_punct:
            k -= 1
        if doc[k].lower_ not in ("og", "samt", "eller", "men"):
            return ats[-1] + 1
        here = ats.pop()  # "…, og at …": the at-clause before shares the main clause
    return start


def _expects_that(doc: Doc, start: int, at: int) -> bool:
    """ "Kommunen venter fortsat, at …", "Vi regner med, at …": expecting only with the at-clause
    right after the verb (a comma, "fortsat", "med" between), not "venter på"."""
    k = at - 1
    while k >= start and (doc[k].is_punct or doc[k].lower_ in ("fortsat", "stadig", "også", "med", "dog")):
        k -= 1
    if k < start or doc[k].lemma_ not in F.EXPECT_THAT:
        return False
    return doc[k].lemma_ != "regne" or doc[k + 1].lower_ == "med"


def _expects(words: list[str], lemmas: list[str]) -> bool:
    if has_phrase(words, F.EXPECTED_PHRASES):
        return True  # "Det når vi nok ikke", "højst sandsynligt"
    for k, (word, lemma) in enumerate(zip(words, lemmas)):
        if (word in F.EXPECTED or lemma in F.EXPECTED) and not (k > 0 and words[k - 1] in ("som", "end")):
            return True
    return False


def _hedged(doc: Doc, end: int) -> int | None:
    """A degree right after the verdict: "Målet er nået – dog ikke helt", "…, men ikke helt"."""
    stop = sentence(doc, end).end if end < len(doc) else end
    k = end
    while k < stop and doc[k].lower_ in F.TRAILING_HEDGES:
        k += 1
    if k == end:
        return None
    words = [t.lower_ for t in doc[k:min(k + 3, stop)]]
    hedge = next((k + len(p) for p in F.PARTLY if tuple(words[:len(p)]) == p), None)
    if hedge is not None and hedge < len(doc) and doc[hedge].text == ")" and "(" in doc[end:k].text:
        hedge += 1  # "Ja (delvist)": the closing parenthesis belongs to the hedge
    return hedge


def _judge(doc: Doc, kind: str, start: int, end: int) -> _Reading | None:
    """The verdict a match states, read from the words of its clause, or None where it
    is no statement about the row's goal."""
    if kind == "bare":
        first = start
    else:
        first = clause(doc, start).start
    if kind == "in_house":
        if not any(t._.bilag_goal for t in clause(doc, start)):
            return None  # "Aftalen er i hus": something else done
        kind = "object"  # then read as "er kommet i mål"
    own = sentence(doc, start)
    if own.end < len(doc) and doc[own.end].text == "?":
        return None  # a question
    match = doc[start:end]
    if any(t.lemma_ == "holde" or t.lower_ in F.KEPT_FORMS for t in match) \
            and not any(t._.bilag_goal and t.lower_.endswith(F.KEPT_HEADS) for t in match):
        return None  # "holde" keeps a promise, a budget or a time limit, not a goal ("Det holder vi fast i")
    if kind != "long_way" and _condition_follows(doc, end):
        # "Et naturområde opfylder sin målsætning, når …": a definition (not "lang vej, hvis målet …")
        return None
    lead = _lead(doc, kind, first, start)
    if lead is None:
        return None
    expected, denied = lead
    if kind in ("subject", "object", "pronoun") and (
            _counted_scope_after(doc, end) or _share_of_occasions(doc[first:clause(doc, end - 1).end])):
        return None  # "Målet er nået i hver 4. kommune", "i 73 procent af tilfældene": on a share
    if kind == "pronoun":
        return _judge_pronoun(doc, first, start, end, expected)
    if kind == "actor_pronoun":
        return _judge_actor_pronoun(doc, first, start, end, expected)
    if kind == "relative":
        return _judge_relative(doc, first, start, end, expected)
    if kind == "reach":
        return _judge_reach(doc, first, start, end)
    if kind == "subject":
        if doc[end - 1].lemma_ in F.FALLBACK_NEEDS_IDIOM \
                and tuple(t.lower_ for t in doc[end:end + 2]) not in (F.IN_GOAL, F.IN_HOUSE):
            return None  # "Målet kommer til at kræve …": "komme" reaches a goal only "i mål"
        if doc[end - 1].lower_ == doc[end - 1].lemma_ and doc[end - 1].lower_ not in F.ATTAIN_FORMS:
            return None  # "Målet er at nå 500 borgere": an infinitive says what the goal is
        if any(t.lower_ == "at" and t.i + 1 < end and doc[t.i + 1].lemma_ not in INFINITIVE_AUX
               for t in doc[start:end]):
            return None  # "Målet er at flere borgere når …": an at-clause says what the goal is
        if _none_of(list(doc[first:start])):
            return _Reading("not_achieved", first, end)  # "ingen af målene er indfriet": all of them not
        if _counted(list(doc[first:start + 1])) or _floating_count(doc[start + 1:end - 1]):
            return None
    elif kind == "object":
        if _purpose_before(doc, start):
            return None
        subject_start = _subject_start(doc, first)
        if subject_start < first:
            return None  # "Aarhus, Odense og Aalborg har nået målet": a list of bodies
        subject = list(doc[subject_start:start])
        if any(t.lower_ == "de" for t in subject) and first > own.start \
                and _others(list(clause(doc, own.start)), []):
            return None  # "godt seks kommuner har …, men de har endnu ikke indfriet målsætningen"
        if _fraction_of_goal(list(doc[start:end])):
            negated = has_phrase([t.lower_ for t in doc[first:end]], F.NEGATIONS)
            if _others(subject, list(doc[start:end])):
                return None
            return _Reading("not_achieved" if negated else "partially_achieved", first, end)
        if _counted(list(doc[first:end])) or _others(subject, list(doc[start:end])) \
                or _inverted_count(list(doc[start + 1:end - 1])):
            return None
        if any(t.lower_ == "at" for t in doc[start + 1:end - 1]):
            return None  # "kommet længere væk fra at indfri målene": the goal is another verb's
        if end >= 2 and doc[end - 2].lower_ in F.TOWARD:
            return None  # "et stykke af vejen mod målet": progress, no verdict
    verb = doc[end - 1] if kind == "subject" else doc[start]
    after = F.NOT_ATTAIN_AFTER.get(verb.lemma_, ())
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in after:
        return None  # "nå ud til": reach out, not reach a goal
    goal_noun = doc[start] if kind == "subject" else doc[end - 1]
    if kind == "object" and verb.lemma_ in F.FALLBACK_NEEDS_IDIOM \
            and not has_phrase([t.lower_ for t in doc[verb.i + 1:verb.i + 6]], (F.IN_GOAL, F.IN_HOUSE)):
        return None  # "kommer igennem med sit ambitionsniveau": "komme" reaches a goal only "i mål"
    scope = doc[first:end]
    if kind == "subject" and not is_participle(verb):
        scope = doc[first:clause(doc, end - 1).end]  # "Målet nåede vi ikke": the negation after the verb
    elif kind == "object" and _s_passive(verb):
        scope = doc[first:clause(doc, end - 1).end]  # "Dels overholdes målet om 55 pct. ikke i dag"
    words = [t.lower_ for t in scope]
    lemmas = [t.lemma_ for t in scope]
    exceeding = verb.lemma_ in F.EXCEEDING
    if exceeding and verb.lemma_ != "overskride" and not _is_limit(goal_noun):
        return None  # "sprænge"/"bryde" go past a limit only
    missed = verb.lemma_ in F.MISSES or (exceeding and _is_limit(goal_noun))
    negated = (has_phrase(words, F.NEGATIONS) or denied) != missed
    # "Ikke påbegyndt" before the bare word "påbegyndt" (under way)
    if kind == "bare" and tuple(words) in [(F.NOT_STARTED[0], w) for w in F.NOT_STARTED[1]]:
        return _Reading("not_achieved", start, end)
    if kind == "bare" and doc[end:end + 1].text.lower() in ("delvist", "delvis"):
        return _Reading("partially_achieved", start, end + 1)  # a degree after it: "Opfyldt delvist"
    if kind == "bare" and words[-1] in F.BARE_WORDS:
        if F.BARE_WORDS[words[-1]] == "achieved" and (hedge := _hedged(doc, end)) is not None:
            return _Reading("partially_achieved", start, hedge)  # "Ja, delvist"
        return _Reading(F.BARE_WORDS[words[-1]], start, end)
    if kind == "miss_noun":
        return _Reading("achieved" if has_phrase(words, F.NEGATIONS) or "ingen" in words else "not_achieved",
                        first, end)
    if kind == "approach":
        if _counted(list(doc[first:end])) or _others(list(doc[first:start]), []):
            return None
        return _Reading("not_achieved" if has_phrase(words, F.NEGATIONS) else "on_track", first, end)
    if kind == "far_off":
        if has_phrase(words, F.NEGATIONS) or _counted(list(doc[first:end])) \
                or _others(list(doc[first:start]), []):
            return None  # "ikke langt væk" is near, a degree the spec leaves open
        return _Reading("not_achieved", first, end)
    if kind == "going_badly":
        if _counted(list(doc[first:end])) or _others(list(doc[first:start]), []) \
                or _counted_scope_after(doc, end):
            return None  # "Det går den forkerte vej for de fleste kommuner": others
        return _Reading("not_achieved", first, end)
    if kind in ("effort_for_goal", "actor_under_way"):
        kind = "under_way"
    if kind == "under_way" or (kind == "bare" and tuple(words[-2:]) in {w[-2:] for w in F.UNDER_WAY}):
        if kind == "under_way" and (_counted(list(doc[first:end])) or _others(list(doc[first:start]), [])
                                    or _counted_scope_after(doc, end)):
            return None  # "De fleste ministerier er kommet godt i gang": others, counted
        # "Vi er ikke på rette vej": off course
        return _Reading("not_achieved" if has_phrase(words, F.NEGATIONS) else "on_track", first, end)
    if kind == "fulfilment":
        status = F.FULFILMENT_DEGREES[doc[start].lower_]
        if status != "not_achieved" and has_phrase([t.lower_ for t in doc[first:start]], F.NEGATIONS):
            # "ikke fuld målopfyldelse", "ikke tale om fuld målopfyldelse": partly; "ikke delvis …": none
            return _Reading("partially_achieved" if status == "achieved" else "not_achieved", first, end)
        return _Reading(status, start, end)
    if kind == "fulfilment_event":
        after = doc[end:min(end + 4, clause(doc, end - 1).end)]
        if after and after[0].lower_ in F.SCOPE_PREPOSITIONS_AFTER and any(_is_number(t) for t in after[1:]):
            return None  # "sket målopfyldelse for 30 % af de danske vandløb": a share of others
        if _counted(list(doc[first:start])):
            return None  # "kun 19 % af de danske søer har opnået målopfyldelse"
        return _Reading("not_achieved" if has_phrase(words, F.NEGATIONS) else "achieved", first, end)
    if kind == "fulfilment_near":  # near: partly; "ikke tæt på": not achieved
        negated = has_phrase(words, F.NEGATIONS)
        return _Reading("not_achieved" if negated else "partially_achieved", first, end)
    if kind == "headline":
        return _Reading("achieved", start, end) if start == own.start else None
    if kind == "lacking":
        after = doc[end:min(end + 5, own.end)]
        if not any(t._.bilag_goal for t in list(doc[start:end]) + list(after)):
            return None  # "mangler to dage, før vi når frem": no goal
        return _Reading("not_achieved", start, end)
    if kind == "effort_succeeded":
        if _counted(list(doc[first:end])):
            return None
        scope = doc[first:clause(doc, end - 1).end]
        return _degree(doc, [t.lower_ for t in scope], [t.lemma_ for t in scope], first, end, expected)
    if kind == "expected_inverted":
        negated = has_phrase([t.lower_ for t in doc[first:end]], F.NEGATIONS)
        return _Reading("not_achieved" if negated else "on_track", start, end)
    if kind == "fronted_object":
        opening = start
        while opening > 0 and doc[opening - 1].lower_ in GOAL_DETERMINERS | {"dette", "årets"}:
            opening -= 1  # "Det mål lever kommunen ikke op til"
        if not _fronted(doc, opening):
            return None
        words = [t.lower_ for t in doc[first:end]]
        return _degree(doc, words, [t.lemma_ for t in doc[first:end]], first, end - 1, expected)
    if kind == "none_of_these":
        if not (_fronted(doc, start) and _refers_to_goal(doc, start)):
            return None
        return _Reading("not_achieved", start, end)
    if kind == "beyond":
        if _counted(list(doc[first:end])) or _others(list(doc[first:start]), []):
            return None
        word = next(t.lower_ for t in doc[start:end] if t.lower_ in F.BEYOND_WORDS)
        status = F.BEYOND_WORDS[word]
        if has_phrase(words, F.NEGATIONS):
            status = "not_achieved" if status == "achieved" else "achieved"
        return _Reading(status, first, end)
    if kind == "which":
        if doc[start]._.bilag_goal:  # the goal noun before its relative clause
            if _counted(list(doc[own.start:start + 1])) or _others(list(doc[own.start:start]), []):
                return None
            words = [t.lower_ for t in doc[start + 2:end]]
            expected = expected or any(w in ("forventes", "ventes") for w in words)
            return _degree(doc, words, [t.lemma_ for t in doc[start + 2:end]], start, end, expected)
        named = [t for t in doc[own.start:start] if t._.bilag_goal]
        if not named or _counted(named):
            return None  # "hvilket" takes up a goal only where its sentence names one before it
        words = [t.lower_ for t in doc[start:end]]
        return _degree(doc, words, [t.lemma_ for t in doc[start:end]], named[-1].i, end, expected)
    if kind == "long_way":
        at_order = doc[start].lower_ == "der" and doc[start + 1].lemma_ != "være"
        if at_order and doc[start - 1:start].text != "at":
            return None  # that order only in an at-clause: not "områder, hvor der fortsat er lang vej"
        if doc[end - 1].lower_ == "til":
            # "der er langt til, at Danmark kan opfylde målsætningen": far from an attainment of the goal
            after = doc[end:own.end]
            reached = any(t.lower_ == "at" for t in after[:2]) and any(t._.bilag_goal for t in after) \
                and any(t._.bilag_attain for t in after)
            # "Der er stadig langt til målet": the goal itself right after
            head = next((t for t in after if t.lower_ not in GOAL_DETERMINERS | {"dette"}), None)
            to_goal = head is not None and head._.bilag_goal
            return _Reading("not_achieved", start, end) if reached or to_goal else None
        rest = [t for t in doc[end:clause(doc, end - 1).end]
                if not t.is_punct and t.lower_ not in ("endnu", "igen", "stadig")]
        to_goal = rest and rest[0].lower_ in ("til", "hvis") and any(t._.bilag_goal for t in rest[1:5])
        if rest and not to_goal:
            return None  # "lang vej til skolen": a way, not to the goal ("til målet", "hvis målet skal nås")
        return _Reading("not_achieved", start, end)
    if kind == "not_there":
        if not has_phrase(words, F.NEGATIONS):
            return None  # "vi er der, hvor vi skal være" may be a place, not a verdict
        return _degree(doc, words, lemmas, first, end, expected, True)
    if kind == "distance":
        # a dash between words parts two clauses ("… i hver tredje kommune – Gladsaxe er langt fra målet")
        own_first = max([t.i + 1 for t in doc[first + 1:start] if t.text in DASHES], default=first)
        subject = list(doc[_subject_start(doc, own_first):start])
        if _counted(list(doc[own_first:end])) or _others(subject, []):
            return None  # "et af de lande, der er langt fra …": others
        if doc[start].lower_ == "længere" and any(t.lower_ == "at" for t in doc[start:end]):
            return None  # "længere væk fra at indfri målene": a change of course, not the distance left
        status = next(v for k, v in F.DISTANCES.items() if tuple(words[start - first:][:len(k)]) == k)
        if any(t.lower_ == "ikke" for t in doc[own_first:start]):
            # "ikke langt fra målet": close to it; "ikke i nærheden af målsætningen": far from it
            status = "partially_achieved" if status == "not_achieved" else "not_achieved"
        return _Reading(status, own_first, end)
    opening = first
    lead_words = [t.lower_ for t in doc[first:start]]
    inverted = start > first and doc[start - 1].lemma_ in INVERTING  # "Samlet set er målet nået"
    if kind == "subject" and not inverted and not has_phrase(lead_words, F.PARTLY + F.NEGATIONS):
        opening = start  # "hvorfor målsætningen betragtes som indfriet": from its subject
    if has_phrase(words, F.NOT_YET) or has_phrase(words, F.NEGATIONS):
        nxt = _next_clause(doc, end)
        if nxt is not None and has_phrase(words, F.NOT_YET) \
                and _expects([t.lower_ for t in nxt], [t.lemma_ for t in nxt]):
            return _Reading("on_track", opening, nxt.end)  # "endnu ikke nået, men forventes nået"
        if nxt is not None and has_phrase([t.lower_ for t in nxt], F.NEAR):
            return _Reading("partially_achieved", opening, nxt.end)  # "(endnu) ikke nået, men vi er tæt på"
    last_at = max((k for k, word in enumerate(words) if word == "at"), default=-1)
    # of the verdict's own verb; not one that says how to regard it ("Målet må betragtes som opfyldt")
    modal = [lemma for k, lemma in enumerate(lemmas[last_at + 1:], last_at + 1)
             if lemma in F.MODALS and not (k + 1 < len(lemmas) and lemmas[k + 1] in F.STATING)]
    if modal and not negated and not _expects(words, lemmas):
        if any(word in F.FUTURE_MODALS for word in words):
            return _Reading("on_track", opening, end)
        return None  # "målet kan nås": no verdict
    reading = _degree(doc, words, lemmas, opening, end, expected or _passive_dated(verb, scope), negated)
    if reading.status == "achieved" and verb.lower_ == "kommer" and doc[end - 1].lower_ == F.IN_GOAL[1]:
        return _Reading("on_track", reading.start, reading.end)  # "Vi kommer i mål med planen": to come
    return reading


def _purpose_before(doc: Doc, start: int) -> bool:
    """An infinitive of purpose or of a contribution before an attainment verb: "indsats for at
    overholde servicerammen", "være med til at realisere mål", "bidrager til at nå målet" (not "kommer
    ikke til at nå", "ser ud til at nå": expectations)."""
    if start < 2 or doc[start - 1].lower_ != "at":
        return False
    lead = doc[start - 2]
    return lead.lower_ in ("for", "om") or (lead.lower_ == "til" and start >= 3 and (
        doc[start - 3].lower_ == "med" or doc[start - 3].lemma_ == "bidrage"))


def _lead(doc: Doc, kind: str, first: int, start: int) -> tuple[bool, bool] | None:
    """What the words before a verdict in its clause make of it: None where they make
    it a condition or someone's aim or report, else (expected, expected not) from a
    main clause it depends on ("Det forventes (ikke), at målet nås")."""
    own = sentence(doc, start)
    first = _scope_first(doc, first)
    before = list(doc[first:start])
    expected = denied = False
    if has_phrase([t.lower_ for t in before], F.INDIRECT_QUESTIONS):
        return None  # "hvor langt man er med at nå målet": an indirect question
    if _purpose_or_counterfactual(doc, own, first, start) or _under_condition(doc, own, first):
        return None
    for k, token in enumerate(before):
        # "selv om": although; "tale om delvis målopfyldelse": a preposition before a noun
        although = k > 0 and before[k - 1].lower_ == "selv"
        # "Mål om flere faglærte …": after a goal noun "om" says what the goal is, no "whether"
        complement = k > 0 and before[k - 1]._.bilag_goal
        not_whether = token.lower_ == "om" and (kind == "fulfilment" or although or complement)
        preposition = token.lower_ in F.TEMPORALS and not _opens_clause(doc, first + k + 1)
        shown = token.lower_ in F.SHOWN_HOW and _main_clause_stance(doc, first + k) == "stated"
        if token.norm_ in F.CONDITIONS and not not_whether and not preposition and not shown:
            return None  # "hvis målet er nået", "om målet er nået"; not "viser, hvordan regionerne er …"
        if token.lower_ != "at":
            continue
        nxt = doc[first + k + 1]
        if k < len(before) - 1 and nxt.lower_ == "have" and nxt.lemma_ != "have":
            # a perfect infinitive (the lemma table gives "hav"): a verdict for a cause ("for ikke at
            # have levet op til") or under a stating or expecting verb, not a hope or an aim
            lead = [t for t in before[:k] if t.lower_ != "ikke"]
            main = doc[_main_clause_begin(doc, own.start, first + k):first + k]
            if not ((lead and lead[-1].lower_ in ("for", "ved")) or _main_clause_stance(doc, first + k)
                    or {t.lemma_ for t in main} & (F.SUCCEED | F.EXPECTED)):
                return None
            continue
        if k < len(before) - 1 and nxt.lemma_ in INFINITIVE_AUX | F.MODALS and nxt.lower_ == nxt.lemma_:
            continue  # "muligt at kunne opfylde": an infinitive, no at-clause of its own
        if k < len(before) - 1 and nxt.lemma_ in F.STATING and nxt.lower_ == nxt.lemma_:
            continue  # "For mig at se er vi godt i gang": a stating verb's infinitive, no at-clause
        stance = _main_clause_stance(doc, first + k)
        infinitive = (kind == "object" and k == len(before) - 1 and doc[start].lower_ == doc[start].lemma_) \
            or (kind == "distance" and k == len(before) - 2 and nxt.lower_ == nxt.lemma_)  # "at komme tæt på"
        if infinitive:
            # an infinitive: "Det er lykkedes at nå målet", "Vi forventer at nå målet"
            words = doc[own.start:start]
            if has_phrase([t.lower_ for t in words], F.PROGRESSING):
                return True, False  # "Vi er i gang med at nå målet": under way
            lead_words = [t.lower_ for t in before[:k]]
            if has_phrase(lead_words[-2:], F.DIFFICULTIES) and not F.MODALS.intersection(lead_words) \
                    and "vil" not in lead_words:
                return False, True  # "SIRI har problemer med at overholde servicemålene": not met now
            reach = _reach_word(doc, first + k - 1) if k > 0 else None
            if reach is not None:  # "realistisk at nå målet", "ikke til at nå"
                return True, not reach
            if _possible_only(list(doc[first:first + k])):
                return None  # "Vi kan godt lykkes med at nå målet": a possibility
            future = tuple(t.lemma_ for t in before[max(0, k - 2):k]) == F.FUTURE_INFINITIVE
            if {t.lemma_ for t in words} & F.EXPECT_THAT or _appears(words) or future:
                stance = "expected"  # "Vi regner (med) at nå målet", "ser ikke ud til at nå målene"
            means = [t.lower_ for t in before[:k]][-2:] == ["ved", "ikke"]  # not "svært ved at nå"
            if not ({t.lemma_ for t in words} & (F.SUCCEED | F.EXPECTED) or stance or means
                    or has_phrase([t.lower_ for t in words], F.NEAR + F.FAR)):
                return None  # "Vi arbejder på at nå målet": an aim; not "ved ikke at overholde fristen"
        elif stance is None:
            return None  # "Forventningen er, at målet …": reported, not stated
        main = doc[_main_clause_begin(doc, own.start, first + k):first + k]
        expected = expected or stance == "expected" or bool({t.lemma_ for t in main} & F.EXPECTED)
        unreachable = any(F.REACHABLE.get(t.lower_) is False for t in main)  # "Det er urealistisk, at …"
        denied = denied or (stance == "expected" and (has_phrase([t.lower_ for t in main], F.NEGATIONS)
                                                      or unreachable))
    return expected, denied


SUBORDINATORS = F.RELATIVE_OPENERS | {"at"}


def _under_condition(doc: Doc, own: Span, first: int) -> bool:
    """Whether the clauses before the verdict's lead back, through subordinate clauses only, to a
    condition: "…, når der … opstår en situation, hvor I må konstatere, at det er umuligt … at opfylde
    pasningsgarantien" is what would be."""
    k = first
    for _ in range(4):
        if k - 2 < own.start or doc[k - 1].text != ",":
            return False
        before = clause(doc, k - 2)
        opener = doc[before.start].lower_
        if opener in F.REPORT_CONDITIONS:
            return True
        if opener not in SUBORDINATORS and doc[k].lower_ not in SUBORDINATORS:
            return False
        k = before.start
    return False


def _purpose_or_counterfactual(doc: Doc, own: Span, first: int, start: int) -> bool:
    """ "…skal batte noget, så vi når vores klimamål": "så" after a clause that says what must be done
    opens its purpose; "uden denne plan ville det ikke være muligt at nå målet": what would have been."""
    words = [t.lower_ for t in doc[own.start:start]]
    if F.COUNTERFACTUAL_LEADS.intersection(words) and "ville" in words:
        return True
    if _perfect_after_past_modal(doc[clause(doc, start).start:min(own.end, start + 8)]):
        return True
    if doc[first].lower_ != "så" or first == own.start:
        return False
    return bool(F.PURPOSE_LEADS.intersection(t.lower_ for t in clause(doc, first - 2)))


def _perfect_after_past_modal(span: Span) -> bool:
    """ "kunne ikke være nået", "ville have nået": a past modal, then "være"/"have" (an adverb between)."""
    words = [t.lower_ for t in span if t.lower_ not in ("ikke", "aldrig", "nok", "godt", "vel", "jo")]
    return any(word in F.PAST_MODALS and nxt in ("være", "have") for word, nxt in zip(words, words[1:]))


def _scope_first(doc: Doc, first: int) -> int:
    """Where the words that may make a clause a condition or an at-clause begin: an at-clause or a
    condition runs on across an "og" with no comma before it ("skal sikre, at bistanden målt på
    tilsagn og udbetalinger lever op til målsætningen"), which the clause reading cuts at."""
    while first >= 2 and doc[first - 1].lower_ in ("og", "samt", "eller") and not doc[first - 2].is_punct:
        before = clause(doc, first - 2)
        # the items of a list are set off by commas: "hvis alle initiativer, indsatser og delmål …"
        while before.start >= 2 and doc[before.start - 1].text == "," and len(before) <= 2 \
                and all(t.is_alpha and t.norm_ not in CLAUSE_WORDS for t in before):
            before = clause(doc, before.start - 2)
        if before.start >= first - 1 or not (before[0].lower_ == "at" or before[0].lower_ in F.CONDITIONS):
            break
        first = before.start
    return first


def _reach_word(doc: Doc, i: int) -> bool | None:
    """Whether the word at i says the goal is reachable (True), unreachable (False), or is no
    such word (None). "til" counts only as a predicate ("er (ikke) til at nå"), not in "i
    forhold til at nå"."""
    word = doc[i].lower_
    if word not in F.REACHABLE:
        return None
    if word == "til":
        k = i - 1
        if k >= 0 and doc[k].lower_ == "ikke":
            k -= 1
        if k < 0 or doc[k].lemma_ != "være":
            return None
    return F.REACHABLE[word]


def _possible_only(before: list[Token]) -> bool:
    """A modal before the verb of success, not negated: "Vi kan godt lykkes med at nå målet"
    says it can be done ("kunne ikke leve op til" is a verdict)."""
    succeed = next((k for k, t in enumerate(before) if t.lemma_ in F.SUCCEED), None)
    if succeed is None:
        return False
    lead = before[:succeed]
    return any(t.lemma_ in F.MODALS for t in lead) and not has_phrase([t.lower_ for t in lead], F.NEGATIONS)


def _sentence_before(doc: Doc, i: int) -> Span | None:
    """The sentence before token i's (None where token i's opens the text)."""
    k = sentence(doc, i).start - 1
    while k >= 0 and not any(c.isalnum() for c in doc[k].text):
        k -= 1
    return sentence(doc, k) if k >= 0 else None


def _refers_to_goal(doc: Doc, i: int) -> bool:
    """Whether a pronoun at token i can stand for the row's goal: its sentence opens the
    text, or the sentence before names a goal ("Målet var 500 deltagere. Det er nået")."""
    before = _sentence_before(doc, i)
    return before is None or any(t._.bilag_goal for t in before)


def _attained_before(doc: Doc, i: int) -> bool:
    """Whether the sentence before token i's names the goal with an attainment verb ("det skal
    man leve op til"), for a pro-verb to take up."""
    before = _sentence_before(doc, i)
    if before is None:
        return False
    return any(t._.bilag_goal for t in before) and any(
        t._.bilag_attain or tuple(x.lower_ for x in doc[t.i + 1:t.i + 3]) == F.ATTAIN_PARTICLES.get(t.lemma_)
        for t in before)


def _fronted(doc: Doc, i: int, most: int = 3) -> bool:
    """Whether token i opens its sentence, or only a short adverbial and an inverted verb
    stand before it ("Derfor er det ikke nået", "Alligevel er det …")."""
    own = sentence(doc, i)
    before = [t for t in doc[own.start:i] if any(c.isalnum() for c in t.text)]
    if before and before[0].lower_ in ("at", "og", "men") and before[0].i == own.start:
        # "At det nu er lykkedes, vidner om …": the opening subject clause's own; "Og det har vi nået"
        before = before[1:]
    elif i > 0 and doc[i - 1].lower_ == "at" and doc[i - 2:i - 1].text == ",":
        return True  # "Ministeren erkender, at det bliver umuligt at nå": an at-clause's subject (its main
        # clause's stance is read by _lead)
    if not before or (i > 0 and doc[i - 1].text == ":" and len(before) <= most):
        return True  # at the opening, or after a leading label ("Status: Det er lykkedes")
    return len(before) <= most and before[-1].lemma_ in INVERTING \
        and all(t.is_alpha or t.like_num for t in before)


def _judge_pronoun(doc: Doc, first: int, start: int, end: int, expected: bool) -> _Reading | None:
    """A verdict whose subject or fronted object is a pronoun for the row's goal: "Dette er
    opfyldt", "Det er desværre ikke lykkedes", "Det når vi nok ikke"."""
    pronoun = next(t for t in doc[start:end] if t.lower_ in F.GOAL_PRONOUNS)
    if not (_fronted(doc, pronoun.i) and _refers_to_goal(doc, pronoun.i)) and not _takes_up(doc, pronoun.i):
        return None
    if doc[pronoun.i + 1].lower_ in F.PRO_VERBS and not _attained_before(doc, pronoun.i):
        return None  # "Det gør vi": only where the sentence before reaches for the goal
    rest = doc[end:clause(doc, end - 1).end]
    if any(t.lower_ == "at" for t in rest):
        return None  # "Det er lykkedes at nedbringe ventetiden": "det" points ahead, not to the goal
    if rest and (_is_number(rest[0]) or rest[0].lower_ in ("en", "et", "ud")
                 or (rest[0].lower_ == "til" and rest[1:2].text.lower() != "fulde")):
        return None  # "Det er opnået 5 aftaler", "Det er nået til enighed": "det" is no goal
    verb = doc[end - 1] if doc[end - 1].lower_ not in F.PRONOUN_ACTORS else doc[end - 2]
    expected = expected or doc[pronoun.i + 1].lemma_ in F.EXPECTED | F.EXPECT_THAT
    # a participle ("Det er desværre ikke lykkedes") has its degree before it; a finite verb ("Det
    # når vi nok ikke", "det lykkedes altså ikke") the words after it
    perfect = verb.lower_ in ("lykkedes", "lykkes") \
        and any(t.lemma_ in ("være", "have") for t in doc[start:end - 1])
    scope = doc[first:end] if is_participle(verb) or perfect else doc[first:clause(doc, end - 1).end]
    return _degree(doc, [t.lower_ for t in scope], [t.lemma_ for t in scope], first, end, expected)


def _takes_up(doc: Doc, i: int) -> bool:
    """Whether a pronoun at token i opens a main clause after ", og"/", men" and the clause before
    names a goal: "Kvalitetskravet er 93 procent, og det overholder man"."""
    if i < 2 or doc[i - 1].lower_ not in ("og", "men") or doc[i - 2].text != ",":
        return False
    return any(t._.bilag_goal for t in doc[sentence(doc, i).start:i - 2])


PRONOUN_TAIL = frozenset(w for p in F.PARTLY + F.NEGATIONS + F.NOT_YET for w in p) \
    | (F.REACH_FILLERS - {"et", "en", "det", "dette"}) \
    | {"desværre", "alligevel", "heller", "faktisk", "så", "fulde"}
"""Words that may follow the pronoun of "Vi nåede det": degrees and adverbs, no object or place."""


def _judge_actor_pronoun(doc: Doc, first: int, start: int, end: int, expected: bool) -> _Reading | None:
    """An actor opening its sentence with a pronoun object for the row's goal: "Vi nåede det –
    næsten", "Vi har ikke nået det". Only degree words may follow the pronoun ("Vi nåede det ikke
    til mødet" is about something else)."""
    if not (_fronted(doc, start, most=0) and _refers_to_goal(doc, start)):
        return None
    rest = [t for t in doc[end:sentence(doc, end - 1).end] if t.is_alpha]
    if any(t.lower_ not in PRONOUN_TAIL or (t.lower_ == "til" and t.i + 1 < len(doc)
                                            and doc[t.i + 1].lower_ not in ("dels", "fulde")) for t in rest):
        return None
    scope = doc[first:rest[-1].i + 1] if rest else doc[first:end]
    return _degree(doc, [t.lower_ for t in scope], [t.lemma_ for t in scope], first, end, expected)


def _judge_relative(doc: Doc, first: int, start: int, end: int, expected: bool) -> _Reading | None:
    """ "Målet, som blev sat i 2020, er nået": the goal and its verb around a relative clause,
    read without it (its words neither negate nor hedge the verdict)."""
    close = next(t.i for t in doc[start + 3:end] if t.text == ",")
    main = list(doc[first:start + 1]) + list(doc[close + 1:end])
    verb = doc[end - 1]
    if verb.lower_ == verb.lemma_ and verb.lower_ not in F.ATTAIN_FORMS:
        return None  # "Målet, som …, er at nå 500 borgere": what the goal is
    if any(t.lower_ == "at" for t in doc[close + 1:end]) or _counted(list(doc[first:start + 1])):
        return None
    scope = main if is_participle(verb) else main + list(doc[end:clause(doc, end - 1).end])
    return _degree(doc, [t.lower_ for t in scope], [t.lemma_ for t in scope], first, end, expected)


def _judge_reach(doc: Doc, first: int, start: int, end: int) -> _Reading | None:
    """Whether the goal can be reached, as an expectation: on track where it can ("et
    realistisk mål", "inden for rækkevidde"), not achieved where it cannot ("urealistisk",
    "ikke til at nå"). The subject must be the goal or a pronoun for it."""
    words = [t.lower_ for t in doc[start:end]]
    phrase = next((p for p in F.IN_REACH if tuple(words[:len(p)]) == p), None)
    word = next((t.i for t in doc[start:end] if t.lower_ in F.REACHABLE), None)
    reachable = F.IN_REACH[phrase] if phrase else _reach_word(doc, word) if word is not None else None
    if reachable is None:
        return None
    if doc[start].lower_ in F.GOAL_PRONOUNS and end < len(doc) and (
            not doc[end].is_punct or doc[end + 1:end + 2].text == "at"):
        return None  # "Det er realistisk(,) at …", "det er realistiske planer": the pronoun points ahead
    subject = [t for t in doc[first:start] if t.is_alpha] or [t for t in doc[start:end] if t.is_alpha][:2]
    goal_named = any(t._.bilag_goal for t in doc[first:start]) or doc[start]._.bilag_goal
    pronoun = next((t for t in doc[first:start + 3] if t.lower_ in F.GOAL_PRONOUNS), None)
    by_pronoun = pronoun is not None and _fronted(doc, pronoun.i) and _refers_to_goal(doc, pronoun.i)
    if not (goal_named or by_pronoun) or not subject or _others(list(doc[first:start]), []):
        return None
    negated = has_phrase([t.lower_ for t in doc[first:end]], F.NEGATIONS)
    return _Reading("on_track" if reachable != negated else "not_achieved", first, end)


def _degree(doc: Doc, words: list[str], lemmas: list[str], opening: int, end: int,
            expected: bool, negated: bool | None = None) -> _Reading:
    """The verdict from the words of its clause: expected, partly, negated, or achieved
    (`negated` where the caller knows it, else from the words)."""
    if negated is None:
        negated = has_phrase(words, F.NEGATIONS)
    # "kun" before a number says how few, not how far the goal was met: "Med kun 320 deltagere er
    # målet ikke nået"
    words = [w for w, nxt in zip(words, [*words[1:], ""])
             if not (w in F.NUMBER_LEADS and (parse_digits(nxt) is not None or parse_word(nxt) is not None))]
    if expected or _expects(words, lemmas):
        return _Reading("not_achieved" if negated else "on_track", opening, end)
    if has_phrase(words, F.PARTLY) or _share_done(doc, end):
        return _Reading("partially_achieved", opening, end)
    if negated and (fully := _fully_after(doc, end)) is not None:
        return _Reading("partially_achieved", opening, fully)
    if (hedge := _hedged(doc, end)) is not None:
        return _Reading("partially_achieved", opening, hedge)
    if negated:
        return _Reading("not_achieved", opening, end)
    return _Reading("achieved", opening, end)


def _share_done(doc: Doc, end: int) -> bool:
    """A share under the whole right before the participle: "Målet er 90 procent opfyldt"."""
    if end < 4 or doc[end - 2].lower_ not in PERCENT or doc[end - 4].lemma_ not in ("være", "blive") \
            or not is_participle(doc[end - 1]):
        return False  # not the goal's own level: "ambitionsniveauet for 2021 på 59,0% nået"
    share = parse_digits(doc[end - 3].text)
    return share is not None and share < 100


def _fully_after(doc: Doc, end: int) -> int | None:
    """The end of a fullness word right after a verdict ("ikke nået fuldt ud"), or None."""
    following = [t.lower_ for t in doc[end:end + 2]]
    return next((end + len(p) for p in F.FULLY if tuple(following[:len(p)]) == p), None)


def _opens_clause(doc: Doc, i: int) -> bool:
    """Whether a temporal word before token i is a conjunction ("før vi er kommet i mål",
    "inden målet nås"), not a preposition ("inden udgangen af året", "før 2025")."""
    if i >= len(doc):
        return False
    token = doc[i]
    return token.lower_ in PRONOUNS | F.PRONOUN_ACTORS | {"der", "man", "vi", "jeg", "du", "i", "end"} \
        or token._.bilag_goal


def _s_passive(verb: Token) -> bool:
    """A present or infinitive s-passive ("overholdes", "nås"): the goal after it is its subject."""
    return verb.lower_.endswith("s") and verb.lower_ != verb.lemma_ and not verb.lemma_.endswith("s")


def _passive_dated(verb: Token, scope: Span) -> bool:
    """A present passive with a year: "Målsætningen nås i 2025" says when it is expected."""
    return verb.lower_.endswith("s") and verb.lower_ != verb.lemma_ and any(
        t.like_num and len(t.text) == 4 and t.text.isdigit() for t in scope)


def _condition_follows(doc: Doc, end: int) -> bool:
    """ "…, når det har opnået …", "…, hvis …": the verdict holds only under a condition."""
    stop = sentence(doc, max(end - 1, 0)).end
    k = end
    while k < stop and doc[k].lower_ in ("kun", "blot", "bare", "netop"):
        k += 1
    if k < stop and doc[k].lower_ in F.BARE_CONDITIONS:
        return True  # "Målet nås (kun) hvis …"
    k = end
    while k < stop and not doc[k].is_punct:
        k += 1
    if not (k + 1 < stop and doc[k].text == "," and doc[k + 1].lower_ in F.CONDITIONS - {"om"}):
        return False
    if any(t.lower_ in ("eller", "og") for t in doc[end:k]):
        return False  # "hverken overholder retten … eller informerer patienterne …, hvis …": the last one's
    if past_when(doc, k + 1):
        return False  # "Vi er langt fra målet, når der i 2017 var 180 dræbte": a fact that shows it
    return not has_phrase([t.lower_ for t in doc[k + 1:k + 5]], F.TOPICS)  # "…, når det handler om …"


def _next_clause(doc: Doc, end: int) -> Span | None:
    """The clause after a verdict where it starts with "men" (", men forventes nået")."""
    k = end
    while k < len(doc) and doc[k].is_punct and doc[k].text not in (".", "!", "?"):
        k += 1
    if k < len(doc) and doc[k].lower_ == "men":
        return doc[k:sentence(doc, k).end]
    return None


def _phrase(doc: Doc, reading: _Reading) -> str:
    """The verdict as written: from the goal noun (or its clause's start where
    words lead up to it: "Samlet set er målet nået"), run on to its sentence's
    end where the sentence goes on in lower case ("Målet er nået og arbejdet
    fortsættes i 2025") but not into a following number or new sentence."""
    start, end = reading.start, reading.end
    if end < len(doc) and doc[end].is_alpha and doc[end].is_lower and not doc[end - 1].whitespace_ == "\n":
        end = sentence(doc, start).end
    return doc[start:end].text.strip().rstrip(".:;,").strip()


def _readings(doc: Doc, matches: list[tuple[int, int, int]], kinds: dict[int, str]) -> list[_Reading]:
    """The readings of the matches in the sentence of the first one that reads (the text's first
    verdict is the row's): matches after that sentence are not judged, which keeps a long report
    cheap."""
    found: list[_Reading] = []
    stop = None
    for match_id, start, end in sorted(matches, key=lambda m: (m[1], -(m[2] - m[1]))):
        if stop is not None and start >= stop:
            break
        reading = _judge(doc, kinds[match_id], start, end)
        if reading is not None:
            found.append(reading)
            stop = stop if stop is not None else sentence(doc, start).end
    return found


def _fallback_verb(doc: Doc, token: Token) -> int | None:
    """The end of an attainment verb for the clause fallback (after its particles where it needs
    them: "leve op til"), or None where the token is none or needs an idiom ("komme")."""
    if not token._.bilag_attain or token.lemma_ in F.FALLBACK_NEEDS_IDIOM:
        return None
    particles = F.ATTAIN_PARTICLES.get(token.lemma_)
    if particles is None:
        return token.i + 1
    words = tuple(t.lower_ for t in token.doc[token.i + 1:token.i + 1 + len(particles)])
    return token.i + 1 + len(particles) if words == particles else None


FALLBACK_BLOCKS = frozenset(CLAUSE_WORDS) | {"at"}
"""Words that stand between a goal and a verb of another clause in the fallback (a relative "der"
or "som" right after the goal is the goal's own clause: "En målsætning der … ser ud til at blive
opfyldt"; an "at" before an auxiliary's infinitive is the verb's own: "at blive opfyldt")."""


def _fallback(doc: Doc) -> list[_Reading]:
    """Where no pattern reads a verdict: a goal noun and the one attainment verb of its clause, in
    either order and at any distance, read by `_judge` as the subject or object pattern would be.
    Nothing where the clause has more than one attainment verb or another clause's word stands
    between them: an unsure verdict would make a false audit flag."""
    found: list[_Reading] = []
    all_goals = [t.i for t in doc if t._.bilag_goal]
    if not all_goals:
        return found
    all_verbs = [(t.i, end) for t in doc if (end := _fallback_verb(doc, t)) is not None]
    seen: set[int] = set()
    for goal in all_goals:
        own = clause(doc, goal)
        if own.start in seen:
            continue
        seen.add(own.start)
        verbs = [(i, end) for i, end in all_verbs if own.start <= i < own.end and i != goal]
        goals = [i for i in all_goals if own.start <= i < own.end]
        if len(verbs) != 1:
            continue  # no verb, or two: which one is the goal's is unsure
        verb, verb_end = verbs[0]
        near = min(goals, key=lambda g: abs(g - verb))
        low, high = (near, verb) if near < verb else (verb_end - 1, near)
        between = [t for t in doc[low + 1:high] if t.i != verb]
        if near < verb and between and between[0].lower_ in RELATIVES:
            between = between[1:]  # the goal's own relative clause
        if any((t.norm_ in FALLBACK_BLOCKS or t.text in PUNCT_BREAKS)
               and not (t.lower_ == "at" and doc[t.i + 1].lemma_ in INFINITIVE_AUX)
               and not (t.lower_ == "og" and joins_owners(doc, t.i)) for t in between):
            continue
        if near < verb:
            reading = _judge(doc, "subject", near, verb + 1)
        else:
            reading = _judge(doc, "object", verb, near + 1)
        if reading is not None:
            found.append(reading)
    return found


def _changed_at(doc: Doc, i: int) -> int | None:
    """The end of a directed change opening at token i ("nedbringe", "få flere"), or None."""
    if i >= len(doc):
        return None
    if doc[i].lemma_ in F.DIRECTED_CHANGES:
        return i + 1
    if doc[i].lemma_ == "få":
        return next((t.i + 1 for t in doc[i + 1:i + 4] if t.lower_ in F.DIRECTED_GET), None)
    return None


def _succeeded_change(doc: Doc) -> list[_Reading]:
    """A verb of success or failing with an infinitive of a directed change, the goal named by its
    verb phrase: "Det er lykkedes at nedbringe ventetiden" (achieved), "det ikke er lykkedes
    regionerne at nedbringe ventetiderne", "Reformen fejlede med at få flere unge …" (not achieved).
    Tried only where nothing else reads, since the change may be a step short of the goal."""
    found = []
    for token in doc:
        failing = token.lemma_ in F.FAIL
        if not (failing or token.lemma_ in F.SUCCEED or token.lower_ in ("lykkedes", "lykkes")):
            continue
        own = clause(doc, token.i)
        at = next((t.i for t in doc[token.i + 1:min(token.i + 6, own.end)] if t.lower_ == "at"), None)
        if at is None or any(t.is_punct or t.norm_ in CLAUSE_WORDS for t in doc[token.i + 1:at]):
            continue
        k = at + 1
        while k < len(doc) and doc[k].lower_ in F.PREDICATE_WORDS:
            k += 1  # "at ikke …", "at helt …"
        end = _changed_at(doc, k)
        if end is None:
            continue
        first = own.start
        lead = _lead(doc, "subject", first, token.i)
        before = list(doc[first:token.i + 1])
        if lead is None or _possible_only(before) or _counted(before) or _others(before, []) \
                or _share_of_occasions(doc[first:own.end]):
            continue  # "dersom det lykkes at …", "Vi kan godt lykkes med at …", other bodies, shares
        words = [t.lower_ for t in doc[first:end]]
        others = [t.lower_ for t in doc[first:end] if t.i != token.i]  # "mislykkedes" is a negation word too
        negated = (has_phrase(others, F.NEGATIONS) or lead[1]) != failing
        found.append(_degree(doc, words, [t.lemma_ for t in doc[first:end]], first, end, lead[0], negated))
    return found


QUOTE_MARKS = frozenset({"«", "»", "”", "“", '"'})


def _finite_aux(tokens: Span) -> Token | None:
    """The last finite form of "være" or "blive" among the tokens ("er", "blev"), or None."""
    return next((t for t in reversed(list(tokens)) if t.lemma_ in ("være", "blive") and t.lower_ != t.lemma_),
                None)


def _detached_predicate(doc: Doc) -> list[_Reading]:
    """A goal noun that opens a sentence with a long complement, and the sentence's predicate after it:
    "Målet om at det i 2030 skal være 90 pct. af en ungdomsårgang, som …, er fortsat langtfra indfriet".
    The predicate is an auxiliary, adverbs and an attainment participle near the sentence's end, or
    "er (ikke) til at nå" (whether it can be reached); its own words set the degree (the complement's
    "skal" is the goal's, not the verdict's). The goal may open an at-clause instead ("det betyder, at
    det opstillede mål om maksimum 120 dræbte i 2020, ikke er til at nå")."""
    found = []
    for token in doc:
        reach = token._.bilag_attain and [t.lower_ for t in doc[max(token.i - 2, 0):token.i]] == ["til", "at"]
        if not (is_participle(token) or reach):
            continue
        own = sentence(doc, token.i)
        last = token.i - 2 if reach else token.i
        openings = [own.start] + [t.i + 1 for t in doc[own.start:last] if t.lower_ == "at"]
        opening = next((o for o in openings if any(t._.bilag_goal for t in doc[o:min(o + 4, last)])),
                       own.start)
        k, auxiliary = last - 1, False
        while k >= opening and (doc[k].lemma_ in ("være", "blive") or doc[k].lower_ in F.PREDICATE_WORDS):
            auxiliary = auxiliary or doc[k].lemma_ in ("være", "blive")
            k -= 1
        if k < opening:
            continue
        goal = next((j for j in range(opening, min(opening + 4, k)) if doc[j]._.bilag_goal), None)
        subject = opening
        if not auxiliary:
            # the auxiliary before the goal: "Generelt er forvaltningens mål om at reducere … opnået"
            goal = next((j for j in range(opening, k)
                         if doc[j]._.bilag_goal and _finite_aux(doc[max(opening, j - 3):j])), None)
            subject = goal if goal is None else _finite_aux(doc[max(opening, goal - 3):goal]).i + 1
        # up to a quote's end or a source's saying: "…,« siger hun", "…, erkender ministeriet"
        sources = F.STATING | F.SAYING
        close = next((t.i for t in doc[token.i + 1:own.end] if t.text in QUOTE_MARKS
                      or (t.text == "," and t.i + 1 < own.end and doc[t.i + 1].lemma_ in sources)), own.end)
        rest = [t for t in doc[token.i + 1:close] if not t.is_punct]
        complement = goal is not None and (doc[goal + 1].lower_ in F.GOAL_COMPLEMENTS or (
            doc[goal + 1].text == "," and doc[goal + 2].lower_ in F.GOAL_COMPLEMENTS))  # "målet, om at …"
        if not complement or len(rest) > 4 \
                or (not auxiliary and any(t._.bilag_attain for t in doc[goal + 1:k + 1])):
            continue  # the predicate closes the sentence ("… er ikke nået i 2024.")
        if doc[own.end - 1].text == "?" or (own.end < len(doc) and doc[own.end].text == "?"):
            continue
        lead = _lead(doc, "subject", opening, goal)
        if lead is None or _counted(list(doc[subject:goal + 1])) or _floating_count(doc[goal + 1:token.i]):
            continue
        words = [t.lower_ for t in doc[k + 1:token.i + 1]]
        lemmas = [t.lemma_ for t in doc[k + 1:token.i + 1]]
        negated = has_phrase(words, F.NEGATIONS) or lead[1]
        if reach:  # "er ikke til at nå": can it be reached, an expectation
            found.append(_Reading("not_achieved" if negated else "on_track", goal, token.i + 1))
            continue
        found.append(_degree(doc, words, lemmas, goal, token.i + 1, lead[0], negated))
    return found


def _first(doc: Doc, readings: list[_Reading], bare: list[_Reading] = ()) -> Verdict | None:
    """The first verdict in the text; within one sentence a full one before a bare
    word ("Ja, målet er nået")."""
    if not readings and not bare:
        return None
    reading = min([(sentence(doc, r.start).start, False, r.start, r.start - r.end, r) for r in readings]
                  + [(sentence(doc, r.start).start, True, r.start, r.start - r.end, r) for r in bare],
                  key=lambda key: key[:4])[-1]
    return Verdict(reading.status, _phrase(doc, reading))


def _first_word(doc: Doc, start: int = 0) -> int:
    """Index of the first token from `start` on that is a word or number (not a
    space, punctuation or a symbol such as "●")."""
    for token in doc[start:]:
        if any(c.isalnum() for c in token.text):
            return token.i
    return len(doc)


def _after_label(doc: Doc, first: int, max_words: int = 3) -> int | None:
    """Index after a leading label such as "Status:" or "Samlet vurdering:", or None."""
    for k in range(first, min(first + max_words + 1, len(doc))):
        if doc[k].text == ":":
            return _first_word(doc, k + 1) if k > first else None
        if not (doc[k].is_alpha or doc[k].like_num):
            return None
    return None


def _answers(doc: Doc) -> set[int]:
    """The openings right after a question whether the goal was reached ("Er målet nået? Nej."), where a
    bare word answers it."""
    found = set()
    for token in doc:
        if token.text == "?" and token.i + 1 < len(doc):
            asked = sentence(doc, token.i - 1) if token.i > 0 else None
            if asked is not None and any(t._.bilag_goal for t in asked) \
                    and any(is_participle(t) for t in asked):
                found.add(_first_word(doc, token.i + 1))
    return found


def read_verdict(nlp: Language, doc: Doc, *, status_cell: bool, lead_sentences: int = 1) -> Verdict | None:
    """The verdict in one cell's Doc, or None. In a status cell any verdict
    counts ("● Opfyldt": the word decides); in a report a full one in any
    clause, a bare one only at the opening of one of its first `lead_sentences`
    sentences or after a leading label."""
    full, bare = _matchers(nlp)
    kinds = {nlp.vocab.strings[label]: label for label in list(PATTERNS) + list(BARE_PATTERNS)}
    readings = _readings(doc, full(doc), kinds)
    if status_cell:
        return _first(doc, readings) or _first(doc, _readings(doc, bare(doc), kinds)) \
            or _first(doc, _fallback(doc)) or _first(doc, _detached_predicate(doc)) \
            or _first(doc, _succeeded_change(doc))
    openings: set[int | None] = set()
    first = _first_word(doc)
    for _ in range(max(lead_sentences, 1)):
        if first < len(doc):
            openings |= {first, _after_label(doc, first)}
            first = _first_word(doc, sentence(doc, first).end)
    openings |= _answers(doc)
    return _first(doc, readings, _readings(doc, [m for m in bare(doc) if m[1] in openings], kinds)) \
        or _first(doc, _fallback(doc)) or _first(doc, _detached_predicate(doc)) \
        or _without_asides(nlp, doc, lead_sentences) or _first(doc, _succeeded_change(doc))


DASHES = ("–", "—")
ASIDE_MARKS = frozenset({",", *DASHES})


def _without_asides(nlp: Language, doc: Doc, lead_sentences: int) -> Verdict | None:
    """The verdict of the text read without the asides inside a clause, its phrase as the text has it:
    a reporting clause set off by commas ("Målene for 2021, vurderer ministeriet, ikke vil kunne nås"),
    a source between the verb and its predicate ("er ifølge forbundet ikke længere realistisk"), and
    after a goal noun a relative clause without its pronoun or a pair of dashes."""
    asides = []
    for token in doc:
        if token.lower_ in F.SOURCE_LEADS and token.i > 0 and doc[token.i - 1].lemma_ in ("være", "blive"):
            # "Planen er ifølge Politiforbundet ikke længere realistisk": a source between verb and predicate
            rest = doc[token.i + 2:min(token.i + 6, sentence(doc, token.i).end)]
            predicate = next((t for t in rest if t.lower_ in F.PREDICATE_WORDS), None)
            if predicate is not None and not any(t.is_punct for t in doc[token.i:predicate.i]):
                asides.append((token.idx, predicate.idx))
            continue
        if token.text not in ASIDE_MARKS or token.i + 1 >= len(doc):
            continue
        if token.i == sentence(doc, token.i).start:
            continue
        verb = doc[token.i + 1]
        if token.text in DASHES:
            # "Målet – 500 deltagere – er nået"
            close = next((t for t in doc[token.i + 2:token.i + 10] if t.text == token.text), None) \
                if doc[token.i - 1]._.bilag_goal else None
        elif verb.lemma_ in F.SAYING or verb.lower_ in F.SAYING:
            close = next((t for t in doc[token.i + 2:token.i + 6] if t.text == ","), None)
        elif doc[token.i - 1]._.bilag_goal:
            # a relative clause without its pronoun after the goal: "de servicekrav, kommunen har stillet
            # op til sig selv, i øjeblikket ikke kan overholdes"
            close = next((t for t in doc[token.i + 2:token.i + 10] if t.text == ","), None)
            if close is not None and any(t._.bilag_attain or t.norm_ in CLAUSE_WORDS or t.lower_ == "at"
                                         for t in doc[token.i + 1:close.i]):
                close = None
        else:
            continue
        if close is not None:
            asides.append((token.idx, close.idx + 1))
    if not asides:
        return None
    kept: list[int] = []  # the text's character offsets that stay, in order
    previous = 0
    for a, b in asides + [(len(doc.text), len(doc.text))]:
        kept.extend(range(previous, a))
        previous = b
    text = "".join(doc.text[k] for k in kept)
    verdict = read_verdict(nlp, nlp(text), status_cell=False, lead_sentences=lead_sentences)
    if verdict is None or verdict.text is None or (at := text.find(verdict.text)) < 0:
        return verdict
    return Verdict(verdict.status, doc.text[kept[at]:kept[at + len(verdict.text) - 1] + 1])
