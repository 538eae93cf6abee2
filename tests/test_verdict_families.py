"""The verdict families, read across each other: every goal noun with every attainment verb, tense,
voice and degree word, the actor with the goal as object, and the frames reports put a verdict in.

The sentences are made up by combining the families of `normalize/families.py` (the real wording
is in `tests/realtext/`); a template fails when any of its combinations is misread, and the
message lists them. One row per template keeps the list readable.
"""

from __future__ import annotations

import pytest

from bilag.normalize import normalize_record
from bilag.record import DocumentInfo, Goal, Record, Source, TableInfo

GOAL = "500 borgere skal deltage i kurser årligt."

SUBJECTS = ["målet", "målene", "målsætningen", "delmålet", "måltallet", "succeskriteriet", "resultatmålet",
            "målet om 500 deltagere", "årets mål", "det opstillede mål"]
PARTICIPLES = {"nå": "nået", "opfylde": "opfyldt", "indfri": "indfriet", "opnå": "opnået", "klare": "klaret"}
DEGREES = [("", "achieved"), ("ikke ", "not_achieved"), ("ikke helt ", "partially_achieved"),
           ("langtfra ", "not_achieved"), ("næsten ", "partially_achieved"),
           ("delvist ", "partially_achieved"),
           ("endnu ikke ", "not_achieved"), ("fuldt ud ", "achieved"), ("kun delvist ", "partially_achieved"),
           ("heller ikke ", "not_achieved"), ("desværre ikke ", "not_achieved")]
ACTORS = ["Vi", "Kommunen", "Man", "Forvaltningen", "Centret"]
OBJECTS = ["målet", "sit mål", "målsætningen", "årets mål", "vores mål", "de opstillede mål"]
ACTS = [("har nået", "achieved"), ("nåede", "achieved"), ("har ikke nået", "not_achieved"),
        ("nåede ikke", "not_achieved"), ("har indfriet", "achieved"), ("opfyldte ikke", "not_achieved"),
        ("har næsten nået", "partially_achieved"), ("har kun delvist opfyldt", "partially_achieved"),
        ("har ikke helt nået", "partially_achieved"), ("lever op til", "achieved"),
        ("levede ikke op til", "not_achieved"), ("har overgået", "achieved"), ("forventer at nå", "on_track"),
        ("forventer ikke at nå", "not_achieved"), ("kunne ikke leve op til", "not_achieved"),
        ("har ikke kunnet indfri", "not_achieved"), ("klarede", "achieved"),
        ("har ikke klaret", "not_achieved")]
# (frame with {s} for a goal noun phrase, status)
FRAMES = [
    ("{S} forventes nået i 2025.", "on_track"),
    ("{S} forventes ikke at blive nået i planperioden.", "not_achieved"),
    ("{S} er mere end nået.", "achieved"),
    ("{S} er på rette vej.", "on_track"),
    ("{S} er kommet i mål.", "achieved"),
    ("{S} er stadig langt fra indfriet.", "not_achieved"),
    ("{S} er nået – dog ikke helt.", "partially_achieved"),
    ("{S} blev indfriet allerede i juni.", "achieved"),
    ("{S} er indtil videre ikke nået.", "not_achieved"),
    ("Samlet set er {s} nået.", "achieved"),
    ("Det vurderes, at {s} er nået.", "achieved"),
    ("Det er glædeligt, at {s} er nået.", "achieved"),
    ("Det er beklageligt, at {s} ikke er nået.", "not_achieved"),
    ("Som det fremgår af tabellen, er {s} nået.", "achieved"),
    ("Med 520 deltagere er {s} nået.", "achieved"),
    ("Med kun 320 deltagere er {s} ikke nået.", "not_achieved"),
    ("{S} er ikke nået, da kun 320 borgere har deltaget.", "not_achieved"),
    ("Der har deltaget 320 borgere, og {s} er derfor ikke nået.", "not_achieved"),
    ("{S} anses for opfyldt.", "achieved"),
    ("{S} vurderes delvist opfyldt.", "partially_achieved"),
    ("{S} kan ikke siges at være nået.", "not_achieved"),
    ("Det er ikke lykkedes at nå {s}.", "not_achieved"),
    ("{S} er ikke indfriet i 2024, men forventes indfriet i 2025.", "not_achieved"),
    ("Vi er tæt på {s}.", "partially_achieved"),
    ("Vi er godt på vej mod {s}.", "on_track"),
    ("{S} lever vi ikke op til.", "not_achieved"),
    ("{S} nåede vi ikke.", "not_achieved"),
    ("Grundet corona er {s} ikke nået.", "not_achieved"),
    ("Trods corona er {s} nået.", "achieved"),
    ("Hvis {s} nås, er vi glade.", "not_stated"),
    ("Når {s} er nået, evaluerer vi.", "not_stated"),
    ("Vi arbejder for, at {s} nås.", "not_stated"),
    ("Det er usikkert, om {s} nås.", "not_stated"),
    ("{S} skal nås i 2025.", "not_stated"),
    ("{S} bør nås.", "not_stated"),
    ("For at nå {s} har vi ansat to medarbejdere.", "not_stated"),
    ("12 af 20 skoler har nået {s}.", "not_stated"),
    ("Halvdelen af skolerne har nået {s}.", "not_stated"),
    ("{S} var ambitiøst. Og det har vi nået.", "achieved"),
    ("{S} var ambitiøst. Vi lever ikke op til det.", "not_achieved"),
    ("Vi har klaret {s}.", "achieved"),
    ("{S} blev ikke nået, men vi er tæt på.", "partially_achieved"),
    ("{S} er stort set nået.", "partially_achieved"),
    ("{S} er så godt som nået.", "partially_achieved"),
    ("Det må konstateres, at {s} ikke er nået.", "not_achieved"),
    ("Ifølge forvaltningen er {s} ikke nået.", "not_achieved"),
    ("{S} er nået, siger direktøren.", "achieved"),
    ("{S} er for tredje år i træk nået.", "achieved"),
]

# limits: a budget, a frame, a ceiling or a time limit kept, exceeded, burst or stayed within
LIMITS = ["budgettet", "rammen", "anlægsrammen", "servicerammen", "udgiftsloftet", "fristen", "budgetterne"]
LIMIT_FRAMES = [("{S} er overholdt.", "achieved"), ("{S} blev ikke overholdt.", "not_achieved"),
                ("{S} er overskredet.", "not_achieved"), ("{S} blev ikke overskredet.", "achieved"),
                ("{S} er sprængt.", "not_achieved"), ("{S} forventes overholdt.", "on_track"),
                ("Kommunen har overholdt {s}.", "achieved"),
                ("Kommunen har overskredet {s}.", "not_achieved"),
                ("Kommunen overholder ikke {s}.", "not_achieved"),
                ("Kommunen holder sig inden for {s}.", "achieved"),
                ("Kommunen har sprængt {s}.", "not_achieved"),
                ("{S} er næsten overholdt.", "partially_achieved"),
                ("{S} er overskredet med 2 mio. kr.", "not_achieved"),
                ("Vi gør alt for at overholde {s}.", "not_stated")]


def _status(report: str) -> str:
    table = TableInfo(index=1, title=None, columns=("goal", "report"), headers=("Mål", "Status 2024"))
    row = Goal(table=1, row=1, pages=(), target_group=None, goal=GOAL, report=report)
    record = Record(source=Source(file="grid.txt", sha256="", format="text"),
                    document=DocumentInfo(report_year=2024), tables=(table,), goals=(row,))
    return normalize_record(record).goals[0].status


def _misread(sentences: list[tuple[str, str]]) -> list[str]:
    return [f"{text!r}: {got} (expected {status})" for text, status in sentences
            if (got := _status(text)) != status]


@pytest.mark.parametrize(("degree", "status"), DEGREES)
def test_goal_subject_with_attainment_verb(degree: str, status: str) -> None:
    sentences = []
    for k, subject in enumerate(SUBJECTS):
        upper = subject[0].upper() + subject[1:]
        for n, participle in enumerate(PARTICIPLES.values()):
            # each subject and verb in one of the tenses and orders, in turn (all of them is slow)
            forms = [f"{upper} er {degree}{participle}.", f"{upper} blev {degree}{participle} i 2024.",
                     f"I 2024 blev {subject} {degree}{participle}.",
                     f"{upper} er {degree}blevet {participle}."]
            sentences.append((forms[(k + n) % 4], status))
    assert _misread(sentences) == []


@pytest.mark.parametrize(("act", "status"), ACTS)
def test_actor_with_goal_as_object(act: str, status: str) -> None:
    sentences = [(f"{actor} {act} {goal}.", status) for k, actor in enumerate(ACTORS)
                 for goal in OBJECTS[k % 2::2]]
    assert _misread(sentences) == []


@pytest.mark.parametrize(("frame", "status"), FRAMES)
def test_verdict_in_its_frame(frame: str, status: str) -> None:
    sentences = [(frame.format(s=s, S=s[0].upper() + s[1:]), status) for s in SUBJECTS[::2]]
    assert _misread(sentences) == []


@pytest.mark.parametrize(("frame", "status"), LIMIT_FRAMES)
def test_limit_kept_or_exceeded(frame: str, status: str) -> None:
    sentences = [(frame.format(s=s, S=s[0].upper() + s[1:]), status) for s in LIMITS]
    assert _misread(sentences) == []
