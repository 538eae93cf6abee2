"""The verdict a row states about its goal: achieved, partially, not, on track.

Read with spaCy `Matcher` patterns, never inferred from the numbers. Where
the table has a status column, its cell speaks first; else the report cell.
A full verdict ("Målet er nået", "Målsætningen er delvist opfyldt", "Samlet
set er målet nået") counts where it opens a sentence, or anywhere in the
report's first sentence; a bare one ("Nået", "Delvist opfyldt", "I gang")
only opens the report or stands in the status cell. So "Forventningen er, at
målet kan opfyldes i 2025" deep in a report is no verdict.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from .context import sentence

SUBJECTS = ["målet", "målene", "målsætningen", "målsætningerne", "delmålet", "delmålene", "måltallet",
            "måltallene", "succeskriteriet", "succeskriterierne", "resultatmålet", "effektmålet"]
DONE = ["nået", "opfyldt", "indfriet", "opnået", "realiseret", "gennemført", "honoreret", "innået"]
PARTLY = ["delvist", "delvis"]
NOT = ["ikke"]
EXPECTED = ["forventes", "ventes", "forventeligt", "forventet"]
IS = ["er", "blev", "var"]
ADVERBS = ["fuldt", "helt", "således", "derfor", "dermed", "samlet", "allerede", "overordnet", "fortsat",
           "stort", "set", "ud", "endnu", "i", "høj", "grad", "langt", "hovedsageligt", "til", "fulde"]

# A subject may carry a year: "Målet for 2024 er nået".
SUBJECT = [{"LOWER": {"IN": SUBJECTS}}, {"LOWER": {"IN": ["for", "i"]}, "OP": "?"},
           {"LIKE_NUM": True, "OP": "?"}]
IS_ = [{"LOWER": {"IN": IS}}, {"LOWER": "blevet", "OP": "?"}]
ADVERB = [{"LOWER": {"IN": ADVERBS}, "OP": "*"}]
PARTICIPLE = [{"LOWER": {"IN": DONE}}]
TO_BE = [{"LOWER": "at", "OP": "?"}, {"LOWER": "blive", "OP": "?"}]

# Label → patterns. "FULL" patterns name the goal; "BARE" ones are a status word.
FULL = {
    "achieved": [SUBJECT + IS_ + ADVERB + PARTICIPLE,
                 IS_[:1] + SUBJECT[:1] + ADVERB + PARTICIPLE],  # "Samlet set er målet nået"
    "partially_achieved": [SUBJECT + IS_ + ADVERB + [{"LOWER": {"IN": PARTLY}}] + ADVERB + PARTICIPLE,
                           IS_[:1] + SUBJECT[:1] + ADVERB + [{"LOWER": {"IN": PARTLY}}] + PARTICIPLE],
    "not_achieved": [SUBJECT + IS_ + ADVERB + [{"LOWER": {"IN": NOT}}] + ADVERB + PARTICIPLE,
                     IS_[:1] + SUBJECT[:1] + ADVERB + [{"LOWER": {"IN": NOT}}] + ADVERB + PARTICIPLE],
    "on_track": [SUBJECT + [{"LOWER": {"IN": EXPECTED}}] + TO_BE + PARTICIPLE,
                 SUBJECT + IS_ + [{"LOWER": {"IN": EXPECTED}}] + PARTICIPLE,
                 SUBJECT + IS_ + ADVERB + [{"LOWER": "på"}, {"LOWER": {"IN": ["rette", "vej"]}, "OP": "+"}],
                 SUBJECT + IS_ + ADVERB + [{"LOWER": "i"}, {"LOWER": "gang"}]],
}
BARE = {
    "achieved": [PARTICIPLE, [{"LOWER": "ja"}]],
    "partially_achieved": [[{"LOWER": {"IN": PARTLY}}] + ADVERB + PARTICIPLE],
    "not_achieved": [[{"LOWER": {"IN": NOT}}] + ADVERB + PARTICIPLE, [{"LOWER": "nej"}],
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


def _first_word(doc: Doc) -> int:
    """Index of the first token that is not space or punctuation."""
    for token in doc:
        if not (token.is_space or token.is_punct):
            return token.i
    return len(doc)


def _phrase(doc: Doc, span: Span) -> str:
    """The verdict as written: the match, run on to its sentence's end where the
    sentence goes on in lower case ("Målet er nået og arbejdet fortsættes i 2025")
    but not into a following number or new sentence ("Målet er nået 5182 …")."""
    end = span.end
    if end < len(doc) and doc[end].is_alpha and doc[end].is_lower and not doc[end - 1].whitespace_ == "\n":
        end = sentence(doc, span.start).end
    return doc[span.start:end].text.strip().rstrip(".:;,").strip()


def _best(doc: Doc, matches: list[tuple[int, int, int]]) -> Verdict | None:
    """The earliest match, the longest among those starting together."""
    if not matches:
        return None
    match_id, start, end = min(matches, key=lambda m: (m[1], -(m[2] - m[1])))
    return Verdict(doc.vocab.strings[match_id], _phrase(doc, doc[start:end]))


def read_verdict(nlp: Language, doc: Doc, *, status_cell: bool, lead_sentences: int = 1) -> Verdict | None:
    """The verdict in one cell's Doc, or None. In a status cell any verdict
    counts; in a report only where the module docstring says."""
    full, bare = _matchers(nlp)
    if status_cell:
        return _best(doc, full(doc)) or _best(doc, bare(doc))
    first = _first_word(doc)
    lead_end = first
    for _ in range(max(lead_sentences, 1)):
        if lead_end < len(doc):
            lead_end = sentence(doc, lead_end).end + 1
    matches = [m for m in full(doc) if m[1] < lead_end or sentence(doc, m[1]).start == m[1]]
    matches += [m for m in bare(doc) if m[1] == first]
    return _best(doc, matches)
