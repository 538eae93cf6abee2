"""The goal family and the attainment verbs as tests of a token, for every rule that asks: a goal
noun in any form ("målet", "delmålene", "anlægsrammen", "2030-målet"), an attainment verb or its
participle ("nåede", "opfyldes", "overopfyldt"). They are registered as the token extensions
`bilag_goal`, `bilag_attain` and `bilag_done` that the verdict's patterns match on.
"""

from __future__ import annotations

import functools

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.tokens import Token

from . import families as F

CLAUSE_WORDS = ["og", "men", "mens", "samt", "eller", "hvorimod", "fordi", "da", "idet", "selvom", "der",
                "hvilket", "hvor", "hvorfor"] + sorted(F.CONDITIONS - {"om"})
"""Words that open another clause: a subject and its verb do not reach across them."""
PUNCT_BREAKS = [",", ";", ":", "(", ")", ".", "!", "?", "–", "—", "\n"]
SIMPLE_ATTAIN = sorted(F.ATTAIN - set(F.ATTAIN_PARTICLES))
REFLEXIVES = frozenset({"sit", "sin", "sine"})
GOAL_DETERMINERS = REFLEXIVES | {"det", "den", "de", "eget", "egen", "egne", "vores", "vort", "vor", "hele",
                                 "samlede", "opstillede", "fastsatte"}
GOAL_ENDINGS = ("", "t", "et", "en", "n", "ene", "erne", "rne", "ne", "er", "r", "s", "ets", "ens", "enes")
ATTAIN_WORD_FORMS = F.ATTAIN_FORMS | F.KEPT_FORMS


def has_head(word: str, heads: tuple[str, ...]) -> bool:
    """Whether a word in any of the goal nouns' forms ends in one of the heads ("anlægsloftet", "rammen"
    for "loft", "ramme")."""
    return any(word.endswith(ending) and word[:len(word) - len(ending)].endswith(heads)
               for ending in GOAL_ENDINGS)


def is_goal_word(token: Token) -> bool:
    """A noun of the goal family, in any form ("målet", "delmålene", "succeskriterierne"),
    also as the last part of a hyphenated compound ("2030-målet", "Nato-målsætningen")."""
    if token.is_alpha:
        agreed = token.i > 0 and token.doc[token.i - 1].lower_ in F.AGREED and token.lower_ not in STOP_WORDS
        # a right to be served: "deres ret til udredning … bliver ikke overholdt"
        right = token.lower_ == "ret" and token.doc[token.i + 1:token.i + 2].text == "til"
        # a plan to reach something is a goal: "Den politiske plan om at nå 11.700 blå uniformer"
        aim = token.lemma_ in F.PLAN_NOUNS and _plan_to_attain(token)
        return agreed or right or aim or token.lower_ in F.GOAL_FORMS \
            or _is_goal_form(token.lower_, token.lemma_)
    last = token.lower_.rsplit("-", 1)[-1]
    if "-" in token.text and last.isalpha():
        return _is_goal_form(last, last)
    # a colon with no space after it stays in the token: "det mål:89 procent af …"
    word, colon, rest = token.lower_.partition(":")
    return bool(colon) and word.isalpha() and rest[:1].isdigit() and _is_goal_form(word, word)


def _plan_to_attain(token: Token) -> bool:
    """ "planen om at nå …", "strategien for at opnå …": a plan whose aim is to reach something."""
    follow = token.doc[token.i + 1:token.i + 4]
    return len(follow) == 3 and follow[2].lemma_ in F.REACHING \
        and [t.lower_ for t in follow[:2]] in (["om", "at"], ["for", "at"])


@functools.lru_cache(maxsize=8192)
def _is_goal_form(lower: str, lemma: str) -> bool:
    for ending in GOAL_ENDINGS:
        if ending and not lower.endswith(ending):
            continue
        stem = lower[:len(lower) - len(ending)] if ending else lower
        if stem in F.NOT_GOALS:
            return False
        if stem.endswith(F.GOAL_HEADS):
            return True
    return lemma.endswith(F.GOAL_HEADS) and lemma not in F.NOT_GOALS


def is_goal_lemma(lemma: str) -> bool:
    """Whether a unit's lemma is a noun of the goal family ("fem mål" counts goals, no result)."""
    return lemma.endswith(F.GOAL_HEADS) and lemma not in F.NOT_GOALS


def is_attain(token: Token) -> bool:
    """A verb of the attainment family in any form ("nåede", "opfyldes", "overopfyldt");
    not the conjunction "når" that opens a clause ("Når målet er nået, …")."""
    if token.lower_ in F.CONDITIONS:
        before = token.doc[token.i - 1] if token.i > 0 else None
        after = token.doc[token.i + 1:token.i + 3]
        # "Selvom det går den rigtige vej, når vi ikke det ambitionsniveau": the verb after a fronted
        # clause, its subject and an adverb or its object after it
        verb = before is not None and before.text == "," and len(after) == 2 \
            and after[0].lower_ in F.PRONOUN_ACTORS \
            and (after[1].lower_ in F.PREDICATE_WORDS | GOAL_DETERMINERS or after[1]._.bilag_goal)
        # "… – men når ikke målene": a negated verb before its object
        verb = verb or (len(after) == 2 and after[0].lower_ == "ikke"
                        and (after[1].lower_ in GOAL_DETERMINERS or after[1]._.bilag_goal))
        if (before is None or before.is_punct or before.lower_ in CLAUSE_WORDS or before.lower_ == "at") \
                and not verb:
            return False  # "…, at når måltallet er fire procent, så …": no infinitive is "når"
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ in ("klare", "klart") and following is not None and is_goal_word(following):
        return False  # "klare mål": the adjective, not the verb
    return token.lemma_ in SIMPLE_ATTAIN or token.lower_ in ATTAIN_WORD_FORMS


def is_participle(token: Token) -> bool:
    """A past participle of the attainment family ("nået", "opfyldt", "indfriet")."""
    return is_attain(token) and token.lower_ != token.lemma_ and token.lower_.endswith("t") \
        or token.lower_ in F.ATTAIN_FORMS and token.lower_.endswith("t")


if not Token.has_extension("bilag_goal"):
    Token.set_extension("bilag_goal", getter=is_goal_word)
    Token.set_extension("bilag_done", getter=is_participle)
    Token.set_extension("bilag_attain", getter=is_attain)
