"""The verdict a row states about its goal: achieved, partially, not, on track.

Read with spaCy `Matcher` patterns, never inferred from the numbers. Where
the table has a status column, its cell speaks first; else the report cell.
A full verdict ("Målet er nået", "Målsætningen er kun delvist opfyldt",
"Målet er dog ikke nået", "Målet anses for opfyldt") counts in any main
clause, also with the verb before the subject after a fronted adverbial
("Samlet set er målet nået", "I 2024 er målet nået"); not in a clause that a
subordinating conjunction opens ("Det forventes, at målet er nået i 2025",
"hvis målet er nået"). A bare one ("Nået", "Delvist opfyldt", "I gang")
only opens the report, or follows a leading label ("Status: Nået."), or
stands in the status cell.

Only a goal ("målet") can be reached; an effort ("indsatsen", "projektet")
can only be under way: "Indsatsen er i gang" is on track, "arbejdet er nået
langt" is no verdict.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from .context import clause, sentence

SUBJECTS = ["målet", "målene", "målsætningen", "målsætningerne", "delmålet", "delmålene", "måltallet",
            "måltallene", "succeskriteriet", "succeskriterierne", "resultatmålet", "effektmålet"]
EFFORTS = ["indsatsen", "indsatserne", "projektet", "projekterne", "arbejdet", "initiativet", "initiativerne",
           "aktiviteten", "aktiviteterne", "tiltaget", "tiltagene", "forløbet", "implementeringen"]
"""Subjects that can be under way but not reached."""
DONE = ["nået", "opfyldt", "indfriet", "opnået", "realiseret", "gennemført", "honoreret", "innået",
        "overgået", "overopfyldt"]
PARTLY = ["delvist", "delvis"]
EXPECTED = ["forventes", "ventes", "forventeligt", "forventet"]
IS = ["er", "blev", "var"]
DEEMED = ["anses", "vurderes", "betragtes", "regnes"]
ADVERBS = ["fuldt", "helt", "således", "derfor", "dermed", "hermed", "derved", "altså", "dog", "imidlertid",
           "desværre", "stadig", "også", "ligeledes", "nu", "hidtil", "samlet", "allerede", "overordnet",
           "fortsat", "stort", "set", "ud", "endnu", "i", "høj", "grad", "langt", "hovedsageligt", "til",
           "fulde", "godt", "klart", "mere", "end"]
SUBORDINATORS = frozenset({"at", "om", "hvis", "når", "såfremt", "medmindre", "indtil", "før", "inden",
                           "hvorvidt"})
"""Conjunctions that open a subordinate clause: a verdict there is reported,
expected or conditional, not stated ("Det forventes, at målet er nået")."""

# A subject may carry a year: "Målet for 2024 er nået".
SUBJECT = [{"LOWER": {"IN": SUBJECTS}}, {"LOWER": {"IN": ["for", "i"]}, "OP": "?"},
           {"LIKE_NUM": True, "OP": "?"}]
# "er", "er blevet", and a judgement: "anses for", "vurderes at være", "betragtes som".
IS_ = [{"LOWER": {"IN": IS + DEEMED}}, {"LOWER": {"IN": ["blevet", "for", "som", "at", "være"]}, "OP": "*"}]
ADVERB = [{"LOWER": {"IN": ADVERBS}, "OP": "*"}]
PARTICIPLE = [{"LOWER": {"IN": DONE}}]
# "kun delvist opfyldt": "only" belongs to "partly", not to a full verdict
PARTLY_ = [{"LOWER": "kun", "OP": "?"}, {"LOWER": {"IN": PARTLY}}]
TO_BE = [{"LOWER": "at", "OP": "?"}, {"LOWER": "blive", "OP": "?"}]
NOT = [{"LOWER": {"IN": ["ikke", "langtfra"]}}]
FAR_FROM = [{"LOWER": "langt"}, {"LOWER": "fra"}]
UNDER_WAY = [[{"LOWER": "på"}, {"LOWER": {"IN": ["rette", "vej"]}, "OP": "+"}],
             [{"LOWER": "i"}, {"LOWER": "gang"}]]
EXPECTED_DONE = [{"LOWER": {"IN": EXPECTED}}] + TO_BE + PARTICIPLE
# "Målet er endnu ikke nået, men forventes nået": not yet due, so on track.
NOT_YET_BUT_EXPECTED = [{"LOWER": "endnu"}] + NOT + ADVERB + PARTICIPLE + [{"IS_PUNCT": True, "OP": "?"},
                                                                           {"LOWER": "men"}] + EXPECTED_DONE

EFFORT = [{"LOWER": {"IN": EFFORTS}}]

# Label → patterns. "FULL" patterns name the goal; "BARE" ones are a status word.
FULL = {
    "achieved": [SUBJECT + IS_ + ADVERB + PARTICIPLE,
                 IS_[:1] + SUBJECT[:1] + ADVERB + PARTICIPLE],  # "Samlet set er målet nået"
    "partially_achieved": [SUBJECT + IS_ + ADVERB + PARTLY_ + ADVERB + PARTICIPLE,
                           IS_[:1] + SUBJECT[:1] + ADVERB + PARTLY_ + PARTICIPLE],
    "not_achieved": [SUBJECT + IS_ + ADVERB + negation + ADVERB + PARTICIPLE for negation in (NOT, FAR_FROM)]
                    + [IS_[:1] + SUBJECT[:1] + ADVERB + NOT + ADVERB + PARTICIPLE],
    "on_track": [SUBJECT + EXPECTED_DONE,
                 SUBJECT + IS_ + EXPECTED_DONE[:1] + PARTICIPLE,
                 SUBJECT + IS_ + NOT_YET_BUT_EXPECTED]
                + [subject + IS_ + ADVERB + way for way in UNDER_WAY for subject in (SUBJECT, EFFORT)],
}
BARE = {
    "achieved": [PARTICIPLE, [{"LOWER": "ja"}]],
    "partially_achieved": [PARTLY_ + ADVERB + PARTICIPLE,
                           # "Målopfyldelse: Delvist."
                           PARTLY_ + [{"IS_PUNCT": True, "OP": "?"}]],
    "not_achieved": [NOT + ADVERB + PARTICIPLE, [{"LOWER": "nej"}],
                     [{"LOWER": "ikke"}, {"LOWER": {"IN": ["påbegyndt", "igangsat", "startet"]}}]],
    "on_track": [[{"LOWER": {"IN": EXPECTED}}] + TO_BE + PARTICIPLE,
                 [{"LOWER": "på"}, {"LOWER": "rette"}, {"LOWER": "vej"}],
                 [{"LOWER": "i"}, {"LOWER": "gang"}], [{"LOWER": {"IN": ["igangsat", "igangværende",
                                                                             "påbegyndt", "undervejs"]}}]],
}


@dataclass(frozen=True)
class Verdict:
    status: str
    text: str | None


NOT_STATED = Verdict("not_stated", None)


@functools.cache
def _matchers(nlp: Language) -> tuple[Matcher, Matcher]:
    full, bare = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for label, patterns in FULL.items():
        full.add(label, patterns)
    for label, patterns in BARE.items():
        bare.add(label, patterns)
    return full, bare


def _first_word(doc: Doc, start: int = 0) -> int:
    """Index of the first token from `start` on that is not space or punctuation."""
    for token in doc[start:]:
        if not (token.is_space or token.is_punct):
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


def _phrase(doc: Doc, span: Span) -> str:
    """The verdict as written: the match, run on to its sentence's end where the
    sentence goes on in lower case ("Målet er nået og arbejdet fortsættes i 2025")
    but not into a following number or new sentence ("Målet er nået 5182 …").
    With the verb first, from the start of its clause ("Samlet set er målet nået")."""
    start, end = span.start, span.end
    if doc[start].lower_ not in SUBJECTS + EFFORTS:
        start = clause(doc, start).start
    if end < len(doc) and doc[end].is_alpha and doc[end].is_lower and not doc[end - 1].whitespace_ == "\n":
        end = sentence(doc, span.start).end
    return doc[start:end].text.strip().rstrip(".:;,").strip()


def _best(doc: Doc, matches: list[tuple[int, int, int]]) -> Verdict | None:
    """The earliest match, the longest among those starting together."""
    if not matches:
        return None
    match_id, start, end = min(matches, key=lambda m: (m[1], -(m[2] - m[1])))
    return Verdict(doc.vocab.strings[match_id], _phrase(doc, doc[start:end]))


def _is_subordinate(doc: Doc, start: int) -> bool:
    """Whether a verdict starting at token `start` stands in a subordinate clause."""
    return start > 0 and doc[start - 1].lower_ in SUBORDINATORS


def read_verdict(nlp: Language, doc: Doc, *, status_cell: bool, lead_sentences: int = 1) -> Verdict | None:
    """The verdict in one cell's Doc, or None. In a status cell any verdict
    counts; in a report only where the module docstring says, a bare one at
    the opening of one of its first `lead_sentences` sentences."""
    full, bare = _matchers(nlp)
    if status_cell:
        return _best(doc, full(doc)) or _best(doc, bare(doc))
    matches = [m for m in full(doc) if not _is_subordinate(doc, m[1])]
    openings: set[int | None] = set()
    first = _first_word(doc)
    for _ in range(max(lead_sentences, 1)):
        if first < len(doc):
            openings |= {first, _after_label(doc, first)}
            first = _first_word(doc, sentence(doc, first).end)
    matches += [m for m in bare(doc) if m[1] in openings]
    return _best(doc, matches)
