"""Synthetic annex records for the scale tests of series linking and its
benchmark: many publishers × plans × years × goals, built as `Record`s
directly (nothing is read or normalized).

The goal texts are fictional, in the genre's wording, made of a phrasing, a
target group, an activity and a housing area, so that two goals of one plan
differ while sharing most of their words. From year to year a goal's numbers
change, some goals are reworded, a few are dropped and a few are new; a
rendering of an annex (another file of the same edition) has the same rows,
a few of them with a word hyphenated as a PDF's line break leaves it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
from dataclasses import dataclass
from itertools import product

from bilag.record import Actual, DocumentInfo, Goal, Record, Source, TableInfo, Target
from bilag.store.series import Candidate, candidate, plan_identity

# Each target group with the people its goals count (plural, and the unit a target counts in).
GROUPS = {
    "1. Børn og unge": (("elever", "elev"), ("unge", "ung"), ("børn", "barn")),
    "2. Forældre": (("forældre", "forælder"), ("familier", "familie")),
    "3. Voksne": (("borgere", "borger"), ("ledige", "ledig"), ("nyankomne", "nyankommen")),
    "4. Fagpersoner": (("fagpersoner", "fagperson"), ("medarbejdere", "medarbejder")),
    "5. Civilsamfund": (("frivillige", "frivillig"), ("foreninger", "forening")),
    "6. Ældre borgere": (("seniorer", "senior"), ("pårørende", "pårørende")),
}
ACTIVITIES = ("dialogmøder om trivsel", "workshops om digital dannelse", "kurser i konfliktløsning",
              "rådgivningsforløb om gæld og privatøkonomi", "motions- og fællesskabsaktiviteter",
              "lektiecaféer", "sprogkurser", "mentorforløb", "netværksmøder med lokale foreninger",
              "oplæg om bekymringstegn", "forløb om rettigheder og ligestilling",
              "samtaler om uddannelsesvalg", "introduktionsforløb", "aktiviteter i klubberne",
              "madlavningshold", "erhvervspraktik", "kulturtilbud", "åbne rådgivningstimer")
AREAS = ("Gellerup", "Vollsmose", "Aalborg Øst", "Finlandsparken", "Vestervang",
         "Skovparken", "Midtbyen", "Havnekvarteret", "Nordbyen", "Søndermarken", "Bakkegården",
         "Stationsbyen", "Engparken", "Solvang", "Kildeparken", "Rosenhøj", "Tingbjerg", "Bispehaven",
         "hele kommunen")
PHRASINGS = ("{n} {who} deltager i {activity} i {area} årligt.",
             "Mindst {n} {who} i {area} skal have tilbudt {activity}.",
             "Antallet af {who}, der deltager i {activity} i {area}, øges fra {m} til {n}.",
             "Gennemførelse af {activity} for {n} {who} i {area} i løbet af året.",
             "Flere {who} i {area} skal deltage i {activity}: mindst {n} om året.")
REWORDINGS = (("årligt", "hvert år"), (" skal ", " skal fortsat "), ("Gennemførelse", "Afvikling"),
              ("deltager", "tager del"), ("mindst", "som minimum"))
REPORTS = ("{a} {who} har deltaget i {activity} i {area} i {year}.",
           "I {year} har {a} {who} deltaget i {activity}, gennemført i samarbejde med lokale foreninger.",
           "Der er gennemført {activity} for {a} {who}, primært i {area}.")
VERDICTS = {"achieved": "Målet er nået.", "partially_achieved": "Målet er delvist nået.",
            "not_achieved": "Målet er ikke nået.", "on_track": "Indsatsen er på rette vej."}
STATUSES = ("achieved", "achieved", "partially_achieved", "not_achieved", "on_track", "not_stated")
MUNICIPALITIES = ("Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Randers", "Kolding", "Horsens",
                  "Herning", "Silkeborg", "Roskilde", "Næstved", "Viborg", "Holbæk", "Slagelse", "Hjørring")
THEMES = ("tryghed og trivsel", "forebyggelse af ensomhed", "uddannelse og beskæftigelse",
          "sundhed og forebyggelse", "inklusion i fællesskaber", "forebyggelse af ekstremisme",
          "et aktivt seniorliv", "børn og unges trivsel")


@dataclass(frozen=True)
class GoalSpec:
    """What a goal is about; its numbers and wording vary by year."""

    group: str
    phrasing: int
    who: int
    activity: int
    area: int


@dataclass(frozen=True)
class Plan:
    municipality: str
    name: str
    specs: tuple[GoalSpec, ...]  # every goal the plan ever has, in table order
    seed: int


def plans(count: int, goals: int, seed: int = 1) -> list[Plan]:
    """`count` plans of `goals` goals each (and a few spares for later years),
    spread over publishers and themes; each plan has a name of its own."""
    rng = random.Random(seed)
    every = [GoalSpec(g, p, w, a, r) for g, who in GROUPS.items() for p, w, a, r in product(
        range(len(PHRASINGS)), range(len(who)), range(len(ACTIVITIES)), range(len(AREAS)))]
    found = []
    for i in range(count):
        municipality = MUNICIPALITIES[i % len(MUNICIPALITIES)] + " Kommune"
        theme = THEMES[(i // len(MUNICIPALITIES)) % len(THEMES)]
        round_ = i // (len(MUNICIPALITIES) * len(THEMES))
        name = f"{municipality}s handleplan for {theme}" + (f", del {round_ + 1}" if round_ else "")
        specs = sorted(rng.sample(every, min(len(every), goals + goals // 10 + 1)),
                       key=lambda s: (s.group, rng.random()))
        found.append(Plan(municipality, name, tuple(specs), seed * 100_003 + i))
    return found


def annex(plan: Plan, year: int, goals: int, format: str = "text", rendering: int = 0,
          churn: float = 0.04) -> Record:
    """The plan's annex of `year` with about `goals` rows, a share `churn` of
    them dropped this year and as many new ones each year since 2020;
    `rendering` > 0 gives another file of the same edition, a few words hyphenated."""
    rng = random.Random(f"{plan.seed}:{year}")
    kept = [(i, s) for i, s in enumerate(plan.specs[:goals]) if rng.random() >= churn]
    kept += [(i, s) for i, s in enumerate(plan.specs[goals:], start=goals)
             if rng.random() < churn * (year - 2020)]
    kept.sort()  # in the plan's table order
    rows = []
    for row, (_, spec) in enumerate(kept, start=1):
        goal = _goal(spec, year, rng, random.Random(f"{plan.seed}:{spec}"))
        if rendering and random.Random(f"{rendering}:{row}").random() < 0.02:
            goal = _hyphenated(goal)
        rows.append(dataclasses.replace(goal, row=row))
    file = f"{plan.name}_{year}_{rendering}.{format}"
    return Record(
        source=Source(file=file, sha256=hashlib.sha256(file.encode()).hexdigest(), format=format, pages=1),
        document=DocumentInfo(title="Bilag 2: Status på handleplanens indsatser med årlige mål", annex="2",
                              report_year=year, plan=plan.name, municipality=plan.municipality),
        tables=(TableInfo(index=1, title=None, columns=("target_group", "goal", "report"),
                          headers=("Målgruppe", "Mål", "Afrapportering")),),
        goals=tuple(rows))


def big_table(rows: int, year: int = 2024, seed: int = 7) -> list[Record]:
    """Three renderings (text, DOCX, PDF) of one annex whose table has `rows` rows."""
    (plan,) = plans(1, rows, seed)
    return [annex(plan, year, rows, format, rendering)
            for rendering, format in enumerate(("text", "docx", "pdf"))]


def _goal(spec: GoalSpec, year: int, rng: random.Random, fixed: random.Random) -> Goal:
    who, unit = GROUPS[spec.group][spec.who]
    activity, area = ACTIVITIES[spec.activity], AREAS[spec.area]
    n = fixed.choice((20, 40, 60, 120, 250, 400)) + rng.randint(0, 9) * 5
    m = n // 2
    text = PHRASINGS[spec.phrasing].format(n=n, m=m, who=who, activity=activity, area=area)
    if fixed.random() < 0.15 and year % 2:  # reworded in odd years
        old, new = REWORDINGS[spec.activity % len(REWORDINGS)]
        text = text.replace(old, new)
    status = rng.choice(STATUSES)
    a = max(1, round(n * {"achieved": 1.1, "partially_achieved": 0.8, "not_achieved": 0.4}.get(status, 0.6)))
    report = rng.choice(REPORTS).format(a=a, who=who, activity=activity, area=area, year=year)
    verdict = VERDICTS.get(status)
    return Goal(table=1, row=0, pages=(1,), target_group=spec.group, goal=text,
                report=f"{verdict} {report}" if verdict else report, status=status, status_text=verdict,
                targets=(Target(low=n, high=n, unit=unit, text=f"{n} {who}", period="annual"),),
                actuals=(Actual(value=a, unit=unit, text=f"{a} {who}", target=0),),
                attainment=round(a / n, 3))


def _hyphenated(goal: Goal) -> Goal:
    """The goal with its longest word broken over a line ("lektie- caféer")."""
    word = max(goal.goal.split(), key=len)
    cut = len(word) // 2
    return dataclasses.replace(goal, goal=goal.goal.replace(word, f"{word[:cut]}- {word[cut:]}", 1))


@dataclass(frozen=True)
class GoalRow:
    """A stored goal with its document's columns, as the linker reads them."""

    id: int
    document_id: int
    table_number: int
    row_number: int
    target_group: str | None
    goal_text: str | None
    report_text: str | None
    status_text: str | None
    plan_key: str
    annex: str | None
    report_year: int | None
    format: str
    sha256: str
    municipality: str | None


def candidates(records: list[Record]) -> list[Candidate]:
    """The linker's view of the records' goals as if they were stored (ids by position)."""
    found = []
    for document_id, record in enumerate(records, start=1):
        info = record.document
        for goal in record.goals:
            row = GoalRow(len(found) + 1, document_id, goal.table, goal.row, goal.target_group, goal.goal,
                          goal.report, goal.status_text, plan_identity(info.plan, info.annex, info.title),
                          info.annex, info.report_year, record.source.format, record.source.sha256,
                          info.municipality)
            found.append(candidate(row, {t.unit for t in goal.targets if t.unit}))
    return found
