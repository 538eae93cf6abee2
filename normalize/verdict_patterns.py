"""The verdict's token patterns: one list of spaCy `Matcher` patterns per skeleton a report puts a
verdict in (a goal noun as subject, an actor with the goal as object, a pronoun for the goal, a goal
under way, whether it can be reached …), over the word families of `families.py`. `verdict.py` reads
the words of each match's clause to judge it; a new skeleton is a new key here and a branch there.

The patterns test the token extensions `bilag_goal`, `bilag_attain` and `bilag_done` that
`verdict.py` registers (a goal noun, an attainment verb, its participle).
"""

from __future__ import annotations

from . import families as F
from .goal_words import CLAUSE_WORDS, PUNCT_BREAKS, SIMPLE_ATTAIN

RELATIVES = frozenset({"som", "der"})
PRONOUNS = frozenset({"de", "den", "det", "han", "hun", "disse"})

GOAL = {"_": {"bilag_goal": True}}
EFFORT = {"LEMMA": {"IN": sorted(F.EFFORTS)}}
# A parenthesis may stand between a goal and its verb ("årets målsætning (4.500) er ikke opnået").
FILLER = {"LOWER": {"NOT_IN": [p for p in PUNCT_BREAKS if p not in "()"]}, "NORM": {"NOT_IN": CLAUSE_WORDS}}
ATTAIN_VERB = {"_": {"bilag_attain": True}}
# inside a noun phrase "og" may join words ("i børne- og ungdomspsykiatrien"), and a list may stand
# ("udgiftslofterne for stat, kommuner og regioner")
NP_FILLER = {"LOWER": {"NOT_IN": [p for p in PUNCT_BREAKS if p not in "()"]},
             "NORM": {"NOT_IN": [w for w in CLAUSE_WORDS if w not in ("og", "eller")]}}
LIST_FILLER = {"LOWER": {"NOT_IN": [p for p in PUNCT_BREAKS if p not in "(),"]},
               "NORM": {"NOT_IN": [w for w in CLAUSE_WORDS if w not in ("og", "eller", "samt")]}}


ADVERBS_BEFORE = {"NORM": {"NOT_IN": CLAUSE_WORDS + ["at"]}, "IS_ALPHA": True, "OP": "{0,2}"}


def _phrase_pattern(words: tuple[str, ...]) -> list[dict]:
    return [{"LOWER": word} for word in words]


UNDER_WAY_LEADS = ["er", "blev", "var", "nu", "godt", "fortsat", "stadig", "allerede", "fint", "pænt",
                   "generelt", "samlet", "set", "overordnet", "således", "dermed", "derfor", "altså", "også"]
# "det" after the verb: the subject inverted after a fronted phrase ("Ifølge en ny rapport går det den
# rigtige vej")
PROGRESS_LEADS = {"LOWER": {"IN": UNDER_WAY_LEADS + ["frem", "sig", "det"]}, "OP": "{0,3}"}
APPROACH_VERB = {"LEMMA": F.APPROACH}
APPROACH_SELF = {"LOWER": {"IN": sorted(F.REFLEXIVE_OBJECTS)}}
PATTERNS: dict[str, list[list[dict]]] = {
    # a goal noun as subject, its verb after it in the clause ("Målet er desværre ikke nået")
    "subject": [[GOAL, dict(FILLER, OP="{0,14}"), ATTAIN_VERB],
                # a word's part joined by "og" is one word ("på beskæftigelses- og socialområdet ikke
                # er opnået"), no new clause
                [GOAL, dict(FILLER, OP="{0,12}"), {"TEXT": {"REGEX": r"\w-$"}},
                 {"LOWER": {"IN": ["og", "eller"]}}, dict(FILLER, OP="{1,4}"), ATTAIN_VERB],
                # two nouns joined inside the subject ("deres ret til udredning og behandling … ikke
                # bliver overholdt"), not a new clause's subject after "og"
                [GOAL, dict(FILLER, OP="{1,6}"), {"LOWER": {"IN": ["og", "eller"]}},
                 {"LOWER": {"NOT_IN": sorted(F.PRONOUN_ACTORS | PRONOUNS | {"der", "det", "at", "så"})},
                  "IS_ALPHA": True},
                 dict(NP_FILLER, OP="{0,8}"), ATTAIN_VERB]],
    # a relative clause between the goal and its verb ("Målet, som blev sat i 2020, er nået")
    "relative": [[GOAL, {"TEXT": ","}, {"LOWER": {"IN": sorted(RELATIVES)}}, dict(FILLER, OP="{1,12}"),
                  {"TEXT": ","}, dict(FILLER, OP="{0,6}"), ATTAIN_VERB]],
    # an actor with the goal as object ("Vi har nået målet", "kunne ikke leve op til målet")
    # with the subject after the verb too: "dermed nåede DSB målet", "har indfriet den 80% målsætning"
    "object": [[ATTAIN_VERB, dict(FILLER, OP="{0,8}"), GOAL]]
              + [[{"LEMMA": verb}, dict(FILLER, OP="{0,4}"), *_phrase_pattern(particles),
                  dict(FILLER, OP="{0,4}"), GOAL]
                 for verb, particles in F.ATTAIN_PARTICLES.items()]
              # "er kommet i mål", "vi er langt fra i mål"
              + [[{"LEMMA": {"IN": sorted(F.IN_GOAL_VERBS)}}, dict(FILLER, OP="{0,4}"),
                  *_phrase_pattern(F.IN_GOAL)]]
              # a limit kept by staying within it: "Kommunen holder sig (ikke) inden for rammen"
              + [[{"LEMMA": "holde"}, {"LOWER": {"IN": sorted(F.REFLEXIVE_OBJECTS)}},
                  {"LOWER": {"IN": sorted(F.PREDICATE_WORDS)}, "OP": "{0,3}"},
                  {"LOWER": {"IN": ["inden", "indenfor"]}}, {"LOWER": "for", "OP": "?"},
                  dict(FILLER, OP="{0,3}"), GOAL]],
    # a change beyond or short of the goal: "har kommunen reduceret mere end målet", "steg mindre end målet"
    "beyond": [[{"LOWER": {"IN": sorted(F.CHANGE_VERBS)}}, ADVERBS_BEFORE,
                {"LOWER": {"IN": sorted(F.BEYOND_WORDS)}}, {"LOWER": "end"}, dict(FILLER, OP="{0,2}"), GOAL],
               [{"LEMMA": {"IN": sorted(F.CHANGE_VERBS)}}, ADVERBS_BEFORE,
                {"LOWER": {"IN": sorted(F.BEYOND_WORDS)}}, {"LOWER": "end"}, dict(FILLER, OP="{0,2}"), GOAL]],
    # the goal fronted as the object of a verb with particles: "Målet lever vi ikke op til."
    "fronted_object": [[GOAL, dict(FILLER, OP="{0,6}"), {"LEMMA": verb}, dict(FILLER, OP="{1,3}"),
                        *_phrase_pattern(particles), {"IS_PUNCT": True}]
                       for verb, particles in F.ATTAIN_PARTICLES.items()],
    # "kom næsten i hus i forhold til målet": only with a goal noun in the clause (_judge)
    "in_house": [[{"LEMMA": {"IN": sorted(F.IN_GOAL_VERBS)}}, dict(FILLER, OP="{0,4}"),
                  *_phrase_pattern(F.IN_HOUSE)]],
    # a headline: "Egedal i mål med klimaplanen"
    "headline": [[{"IS_TITLE": True}, *_phrase_pattern(F.IN_GOAL)]],
    # "Langt fra målsætning", "Vi er tæt på målet"
    "distance": [[*_phrase_pattern(words), dict(FILLER, OP="{0,2}"), GOAL] for words in F.DISTANCES],
    # "Der er altså fortsat lang vej (endnu)": the way left, said on its own
    "long_way": [[{"LOWER": "der"}, {"LEMMA": "være"},
                  {"LOWER": {"IN": sorted(F.REACH_FILLERS - {",", "men"})}, "OP": "{0,3}"},
                  *_phrase_pattern(words)]
                 for words in F.LONG_WAY]
                # an at-clause's order: "at der stadig er langt til målet"
                + [[{"LOWER": "der"}, {"LOWER": {"IN": sorted(F.REACH_FILLERS - {",", "men"})},
                                       "OP": "{1,3}"},
                    {"LEMMA": "være"}, *_phrase_pattern(words)] for words in F.LONG_WAY]
                # inverted: "er der dog endnu lang vej til målet"
                + [[{"LEMMA": "være"}, {"LOWER": "der"},
                    {"LOWER": {"IN": sorted(F.REACH_FILLERS - {",", "men"})}, "OP": "{0,3}"},
                    *_phrase_pattern(words)] for words in F.LONG_WAY],
    # the goal far off: "Målet er et stykke væk", "målsætningen ligger stadig langt væk"
    "far_off": [[GOAL, {"LEMMA": {"IN": ["være", "ligge"]}},
                 {"LOWER": {"IN": sorted(F.PREDICATE_WORDS)}, "OP": "{0,3}"}, *_phrase_pattern(words)]
                for words in F.FAR_OFF],
    # a limit missed, as a noun: "Der er en overskridelse af grænseværdien"
    "miss_noun": [[{"LOWER": {"IN": sorted(F.MISS_NOUNS)}}, {"LOWER": "af"}, dict(FILLER, OP="{0,3}"), GOAL]],
    # approaching the goal: "nærmer sig målet", "Det mål begynder man så småt at nærme sig"
    "approach": [[APPROACH_VERB, APPROACH_SELF, dict(FILLER, OP="{0,3}"), GOAL],
                 [GOAL, dict(FILLER, OP="{0,5}"), APPROACH_VERB, APPROACH_SELF]],
    # a fulfilment that happened or not: "Der er (ikke) sket målopfyldelse"
    "fulfilment_event": [[{"LOWER": {"IN": ["sket", "opnået"]}},
                          {"LOWER": {"IN": list(F.FULFILMENT_NOUNS)}}]],
    # "Der er delvis målopfyldelse"
    "fulfilment": [[{"LOWER": {"IN": sorted(F.FULFILMENT_DEGREES)}},
                    {"LOWER": {"IN": list(F.FULFILMENT_NOUNS)}}],
                   # "manglende opfyldelse af kvalitetskravet", "delvis indfrielse af målet"
                   [{"LOWER": {"IN": sorted(F.FULFILMENT_DEGREES)}},
                    {"LOWER": {"IN": sorted(F.FULFILMENT_ACTS)}}, {"LOWER": "af"}, dict(FILLER, OP="{0,3}"),
                    GOAL]],
    # a fulfilment near or far: "En opfyldelse af målsætningen var dog tæt på" (nearly reached)
    "fulfilment_near": [[{"LOWER": {"IN": sorted(F.FULFILMENT_ACTS)}}, {"LOWER": "af"},
                         dict(FILLER, OP="{0,3}"), GOAL, {"LEMMA": "være"},
                         {"LOWER": {"IN": sorted(F.PREDICATE_WORDS)}, "OP": "{0,3}"}, *_phrase_pattern(near)]
                        for near in F.NEAR],
    "under_way": [[subject, {"LOWER": {"IN": UNDER_WAY_LEADS}, "OP": "{0,4}"}, *_phrase_pattern(way)]
                  for subject in (GOAL, EFFORT) for way in F.UNDER_WAY]
                 # with what the goal is between: "målsætningerne om mere nærhed og tilgængelighed er på
                 # rette kurs"
                 + [[GOAL, {"LOWER": {"IN": sorted(F.GOAL_COMPLEMENTS)}}, {"IS_PUNCT": False, "OP": "{1,8}"},
                     {"LEMMA": "være"}, {"LOWER": {"IN": UNDER_WAY_LEADS}, "OP": "{0,3}"},
                     *_phrase_pattern(way)] for way in F.ON_COURSE]
                 + [[{"LEMMA": "være"}, dict(FILLER, OP="{0,4}"), *_phrase_pattern(way)]
                    for way in F.ON_COURSE]
                 # judged so: "vurderes fremdriften fornuftig og på rette vej"
                 + [[{"LEMMA": {"IN": sorted(F.JUDGING_VERBS)}}, dict(FILLER, OP="{0,2}"),
                     {"LOWER": {"IN": ["og", "samt"]}, "OP": "?"}, *_phrase_pattern(way)]
                    for way in F.ON_COURSE]
                 + [[{"LEMMA": {"IN": sorted(F.PROGRESS_VERBS)}}, PROGRESS_LEADS, *_phrase_pattern(way)]
                    for way in F.GOING_WELL]
                 # "bevæger kommunerne sig i den rigtige retning"
                 + [[{"LEMMA": "bevæge"}, dict(FILLER, OP="{0,3}"), {"LOWER": "sig"}, *_phrase_pattern(way)]
                    for way in F.GOING_WELL]
                 # "er således på vej mod aftalens mål": on the way to the goal, whatever the subject
                 + [[{"LEMMA": "være"}, dict(FILLER, OP="{0,4}"), {"LOWER": "på"}, {"LOWER": "vej"},
                     {"LOWER": {"IN": ["mod", "til"]}},
                     {"LOWER": {"NOT_IN": ["at"]}, "IS_ALPHA": True, "OP": "{0,2}"}, GOAL]],
    # where one should be, denied: "vi er ikke der, hvor vi skal være", "er endnu ikke, hvor vi gerne vil
    # være" (not there yet; "ikke helt" partly)
    "not_there": [[{"LEMMA": "være"}, {"LOWER": {"IN": sorted(F.PREDICATE_WORDS)}, "OP": "{1,4}"},
                   {"LOWER": "der", "OP": "?"}, {"TEXT": ",", "OP": "?"}, {"LOWER": "hvor"},
                   {"LOWER": {"IN": sorted(F.PRONOUN_ACTORS)}}, dict(FILLER, OP="{0,3}"), {"LOWER": "være"}]],
    # progress the wrong way: "Udviklingen går den forkerte vej"
    "going_badly": [[{"LEMMA": {"IN": sorted(F.PROGRESS_VERBS)}}, PROGRESS_LEADS, *_phrase_pattern(way)]
                    for way in F.GOING_BADLY],
    # an effort to reach the goal: "hans arbejde med at indfri 70 procentsmålsætningen allerede er
    # gået i gang"
    "effort_for_goal": [[EFFORT, {"LOWER": "med"}, {"LOWER": "at"}, ATTAIN_VERB, dict(FILLER, OP="{0,6}"),
                         GOAL,
                         {"LOWER": {"IN": UNDER_WAY_LEADS + ["gået", "kommet"]}, "OP": "{0,4}"},
                         *_phrase_pattern(way)] for way in F.UNDER_WAY],
}
PRONOUN = {"LOWER": {"IN": sorted(F.GOAL_PRONOUNS)}}
REACH_FILLER = {"LOWER": {"IN": sorted(F.REACH_FILLERS)}, "OP": "{0,6}"}
ADVERBS = {"NORM": {"NOT_IN": CLAUSE_WORDS + ["at"]}, "IS_ALPHA": True, "OP": "{0,3}"}
SUCCEEDED = {"LOWER": {"IN": ["lykkedes", "lykkes"]}}
CLAUSE_ADVERBS = {"LOWER": {"IN": sorted(F.PREDICATE_WORDS)}, "OP": "{1,3}"}
CLAUSE_ADVERBS_OPTIONAL = dict(CLAUSE_ADVERBS, OP="{0,3}")
ACTOR_LEADS = {"LOWER": {"IN": ["har", "havde", "nu", "også", "faktisk", "så"]}, "OP": "{0,2}"}
# the pronoun patterns start at every "det": plain predicates (cached by spaCy) rather than the
# extension getters keep them cheap; _judge_pronoun checks the participle exactly
DONE_FORM = {"LEMMA": {"IN": SIMPLE_ATTAIN}, "LOWER": {"REGEX": "t$"}}
ATTAIN_FORM = {"LEMMA": {"IN": SIMPLE_ATTAIN}}
ACTOR = {"LOWER": {"IN": sorted(F.PRONOUN_ACTORS)}}
PATTERNS.update({
    # a pronoun standing for the row's goal: "Dette er opfyldt", "Derfor er det ikke nået",
    # "Det er desværre ikke lykkedes", "Det når vi nok ikke"
    "pronoun": [[PRONOUN, {"LEMMA": {"IN": ["være", "blive"]}}, ADVERBS, DONE_FORM],
                [{"LEMMA": {"IN": ["være", "blive"]}}, PRONOUN, ADVERBS, DONE_FORM],
                [PRONOUN, {"LEMMA": {"IN": ["være", "have"]}}, ADVERBS, SUCCEEDED],
                # an at-clause's order, the adverb before the verb: "At det nu er lykkedes, vidner om …"
                [PRONOUN, CLAUSE_ADVERBS, {"LEMMA": {"IN": ["være", "have"]}}, SUCCEEDED],
                [PRONOUN, CLAUSE_ADVERBS, {"LEMMA": {"IN": ["være", "blive"]}}, DONE_FORM],
                [PRONOUN, SUCCEEDED],
                [PRONOUN, ATTAIN_FORM, ACTOR],
                # the perfect with the actor after the auxiliary: "Og det har vi nået"
                [PRONOUN, {"LEMMA": "have"}, ACTOR, ADVERBS, DONE_FORM],
                # "Det forventer vi at nå i 2025", "Det regner vi med at nå"
                [PRONOUN, {"LEMMA": {"IN": ["forvente", "regne"]}}, ACTOR, ADVERBS, {"LOWER": "at"},
                 ATTAIN_FORM],
                # "…, og det skal man leve op til. Det gør man så ikke": "gøre" takes up the verb before
                [PRONOUN, {"LOWER": {"IN": sorted(F.PRO_VERBS)}}, ACTOR]],
    # what is still lacking before the goal is reached: "mangler der fortsat en del passagerer, før end
    # letbanen har nået sit oprindelige mål" (not achieved)
    "lacking": [[{"LEMMA": F.LACK}, {"LOWER": "der", "OP": "?"}, dict(FILLER, OP="{0,8}"),
                 {"TEXT": ",", "OP": "?"}, {"LOWER": {"IN": sorted(F.TEMPORALS)}},
                 {"LOWER": "end", "OP": "?"}, dict(FILLER, OP="{0,6}"), ATTAIN_VERB]],
    # an effort that succeeded or failed: "Projektet lykkedes", "Som mange ved, lykkedes projektet"
    "effort_succeeded": [[EFFORT, {"LEMMA": {"IN": ["være", "have"]}, "OP": "?"}, ADVERBS, SUCCEEDED],
                         [SUCCEEDED, EFFORT]],
    # an expectation before its goal: "forventes udgiftslofterne for stat, kommuner og regioner overholdt"
    "expected_inverted": [[{"LOWER": {"IN": ["forventes", "ventes"]}}, GOAL, dict(LIST_FILLER, OP="{0,8}"),
                           {"LOWER": {"IN": sorted(F.PREDICATE_WORDS)}, "OP": "{0,3}"}, DONE_FORM]],
    # none of the goals just named: "Intet af dette er indtil videre opfyldt", "Ingen af dem blev nået"
    "none_of_these": [[{"LOWER": {"IN": sorted(F.NONE_OF)}}, {"LOWER": "af"},
                       {"LOWER": {"IN": sorted(F.NONE_OF_PRONOUNS)}}, {"LEMMA": {"IN": ["være", "blive"]}},
                       ADVERBS, DONE_FORM]],
    # a relative "hvilket" for the goal just named: "For 2020 var målet 25 procent, hvilket heller ikke
    # blev indfriet"
    "which": [[{"LOWER": "hvilket"}, ADVERBS, {"LEMMA": {"IN": ["være", "blive"]}}, ADVERBS, DONE_FORM],
              # a relative clause on the goal noun: "de gældende udgiftslofter, som dermed forventes
              # overholdt", "målsætningen, der nu er indfriet"
              [GOAL, {"TEXT": ","}, {"LOWER": {"IN": ["som", "der"]}}, ADVERBS,
               {"LOWER": {"IN": ["er", "blev", "var", "bliver", "forventes", "ventes"]}}, ADVERBS,
               DONE_FORM]],
    # an actor under way: "Vi er allerede i gang", "Kommunen er godt på vej"
    "actor_under_way": [[ACTOR, {"LEMMA": "være"}, {"LOWER": {"IN": UNDER_WAY_LEADS}, "OP": "{0,3}"},
                         *_phrase_pattern(way)] for way in F.UNDER_WAY],
    # an actor and a pronoun object for the row's goal: "Vi nåede det – næsten", "Vi har nået det"
    "actor_pronoun": [[ACTOR, ACTOR_LEADS, ATTAIN_FORM, PRONOUN]]
                     # with its particles: "Vi lever op til det", "Vi levede ikke op til det"
                     + [[ACTOR, ACTOR_LEADS, {"LEMMA": verb}, CLAUSE_ADVERBS_OPTIONAL,
                         *_phrase_pattern(particles), PRONOUN]
                        for verb, particles in F.ATTAIN_PARTICLES.items()],
    # whether the goal can be reached: "Alligevel er det dog stadig et realistisk mål",
    # "urealistisk at nå", "ikke til at nå", "inden for rækkevidde"
    "reach": [[{"LEMMA": "være"}, REACH_FILLER, {"LOWER": {"IN": sorted(set(F.REACHABLE) - {"til"})}}, GOAL],
              # the goal's complement may be long: "Den politiske plan om at nå 11.700 blå uniformer i 2023
              # er ifølge Politiforbundet ikke længere realistisk"
              [GOAL, dict(FILLER, OP="{0,8}"), {"LEMMA": {"IN": ["være", *sorted(F.JUDGING_VERBS)]}},
               REACH_FILLER, {"LOWER": {"IN": sorted(set(F.REACHABLE) - {"til"})}}],
              # a pronoun for the goal: "Det er ambitiøst, men det er også realistisk"
              [PRONOUN, {"LEMMA": "være"}, REACH_FILLER,
               {"LOWER": {"IN": sorted(set(F.REACHABLE) - {"til"})}}],
              [{"LOWER": {"IN": sorted(F.REACHABLE)}}, {"LOWER": "at"}, ATTAIN_VERB]]
             + [_phrase_pattern(words) for words in F.IN_REACH],
})
BARE_MODIFIERS = ["ikke", "ej", "delvist", "delvis", "kun", "næsten", "forventes", "ventes", "endnu", "fuldt",
                  "helt", "langt", "fra", "langtfra", "at", "blive", "stort", "set"]
"""Words that may lead a bare participle ("Ikke nået", "Kun delvist opfyldt", "Forventes nået")."""
BARE_PATTERNS: dict[str, list[list[dict]]] = {
    "bare": [[{"LOWER": {"IN": BARE_MODIFIERS}, "OP": "*"}, {"_": {"bilag_done": True}}],
             [{"LOWER": {"IN": sorted(F.BARE_WORDS)}}],
             [{"LOWER": F.NOT_STARTED[0]}, {"LOWER": {"IN": list(F.NOT_STARTED[1])}}]]
            + [_phrase_pattern(way) for way in F.UNDER_WAY],
}
