"""The structured content of the corpus annexes: fictional goal/result rows
in the genre's wording, with the quantities and verdict of each row known by
construction.

An annex is made from a seed: the seed picks the municipality's goals from
the kinds below, their numbers, how far each goal was reached and the
wording of the verdict, so that two seeds give two different annexes. Every
renderer (Word, HTML, typesetting) draws the same `Annex`, and the gold
record is written from it (`gold.py`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

FICTIONAL_NOTE = "Fiktivt eksempel til test: kommune, tal og tekst er opdigtet."


@dataclass(frozen=True)
class Quantity:
    """A target (what the goal sets) or an actual (what the report delivers)."""

    text: str
    unit: str
    low: float
    high: float | None = None
    period: str | None = None  # targets: annual, plan_period or None
    ceiling: bool = False  # targets: an upper bound
    target: int | None = None  # actuals: index of the target it measures


@dataclass(frozen=True)
class Row:
    """One goal row. `result` is the report without its verdict sentence; a
    layout with a verdict column prints the verdict there instead."""

    theme: str
    group: str
    goal: tuple[str, ...]
    verdict: str | None  # the report's verdict sentence ("Målet er nået."), None: no verdict stated
    result: tuple[str, ...]
    status: str
    targets: tuple[Quantity, ...] = ()
    actuals: tuple[Quantity, ...] = ()
    verdict_inline: bool = False  # the verdict opens the first report paragraph instead of standing alone
    footnote: str | None = None  # a note on the row's first actual (a mark where the layout has notes)


@dataclass(frozen=True)
class Annex:
    municipality: str
    annex: str
    year: int
    plan: str
    title: str
    intro: tuple[str, ...]
    rows: tuple[Row, ...]
    department: str = ""
    other_annexes: tuple[str, ...] = ()  # titles a web site's side menu links to


def dk(n: float) -> str:
    """A number the Danish way: 2.425, 1,5."""
    if float(n).is_integer():
        return f"{int(n):,}".replace(",", ".")
    return f"{n:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")


WORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 10: "ti", 12: "tolv"}

VERDICTS = {
    "achieved": ("Målet er nået.", "Målet er opfyldt.", "Målet er indfriet.", "Vi har nået målet.",
                 "Målet er mere end nået."),
    "partially_achieved": ("Målet er delvist nået.", "Målet er delvist opfyldt.", "Målet er næsten nået."),
    "not_achieved": ("Målet er ikke nået.", "Målet er ikke opfyldt.", "Målet er langtfra indfriet."),
    "on_track": ("Målet forventes nået i {next}.", "Indsatsen er på rette vej.",
                 "Målet forventes nået inden udgangen af planperioden."),
}
# The hold-out set's wording: other phrasings of the same verdicts.
HOLDOUT_VERDICTS = {
    "achieved": ("Målsætningen blev opfyldt.", "Målet for året er nået.", "Målet er fuldt ud opfyldt."),
    "partially_achieved": ("Målet er kun delvist nået.", "Målsætningen er delvist indfriet.",
                           "Målet er delvis opfyldt."),
    "not_achieved": ("Målet blev ikke nået.", "Kommunen kunne ikke leve op til målet.",
                     "Målet forventes ikke nået."),
    "on_track": ("Arbejdet er i gang og forløber som planlagt.", "Vi er på rette vej mod målet.",
                 "Målet forventes nået ved planperiodens udløb."),
}
# How far the actual goes of its target for each verdict (a range of ratios).
REACH = {"achieved": (1.0, 1.3), "partially_achieved": (0.6, 0.93), "not_achieved": (0.2, 0.55),
         "on_track": (0.3, 0.8), "not_stated": (0.5, 1.2)}


@dataclass(frozen=True)
class Place:
    municipality: str
    area: str  # a housing area or district of the municipality
    partner: str  # a local partner organisation


# A kind of goal: given the target number, the actual number and the
# annex's place and year, its goal paragraphs, report paragraphs and quantities.
Kind = Callable[[random.Random, str, Place, int], tuple[tuple[str, ...], tuple[str, ...],
                                                         tuple[Quantity, ...], tuple[Quantity, ...]]]


def _reach(rng: random.Random, status: str, n: int, ceiling: bool = False) -> int:
    low, high = REACH[status]
    if ceiling:  # an upper bound: below it is reached
        low, high = 2 - high, 2 - low
    return max(1, round(n * rng.uniform(low, high)))


def k_pupils(rng, status, place, year):
    school = rng.choice(("grundskole", "folkeskole"))
    topic = rng.choice(("trivsel og fællesskab", "digital dannelse", "rettigheder og ligestilling"))
    n = rng.choice((1500, 2000, 2400, 3200, 4500))
    a = _reach(rng, status, n)
    extra = rng.choice((3100, 5200, 7050, 960))
    goal = (f"{dk(n)} {school}elever skal modtage undervisning i form af workshops mv. om {topic} årligt.",)
    result = (f"{dk(a)} {school}elever har modtaget undervisning om {topic} i samarbejde med "
              f"{place.partner}.",
              f"Derudover har {dk(extra)} elever på ungdomsuddannelserne deltaget i workshops om demokratisk "
              "dannelse. Indsatsen er koordineret med kommunens øvrige handleplaner.")
    return (goal, result, (Quantity(f"{dk(n)} {school}elever", f"{school}elev", n, period="annual"),),
            (Quantity(f"{dk(a)} {school}elever", f"{school}elev", a, target=0),
             Quantity(f"{dk(extra)} elever", "elev", extra)))


def k_professionals(rng, status, place, year):
    n = rng.choice((150, 200, 250, 300))
    a = _reach(rng, status, n)
    goal = (f"Opkvalificering af {n} fagpersoner på skoler, klubber og fritidsinstitutioner i form af oplæg, "
            "kurser mv. årligt.",)
    result = (f"{a} fagpersoner, der arbejder med børn og unge, har deltaget i oplæg om bekymringstegn, "
              "forebyggelse og håndtering.",
              "Erfaringerne fra oplæggene indgår i planlægningen af næste års forløb.")
    return (goal, result, (Quantity(f"{n} fagpersoner", "fagperson", n, period="annual"),),
            (Quantity(f"{a} fagpersoner", "fagperson", a, target=0),))


def k_parents(rng, status, place, year):
    n = rng.choice((40, 60, 80, 120))
    a = _reach(rng, status, n)
    goal = (f"Mindst {n} forældre deltager i dialogforløb om familieliv og børneopdragelse i {place.area}.",)
    result = (f"I alt {a} forældre har deltaget i dialogforløbene, som er gennemført i samarbejde med den "
              "boligsociale helhedsplan.",)
    return (goal, result, (Quantity(f"{n} forældre", "forælder", n),),
            (Quantity(f"{a} forældre", "forælder", a, target=0),))


def k_share(rng, status, place, year):
    base = rng.choice((52, 58, 61))
    p = base + rng.choice((8, 10, 14))
    q = round(base + (p - base) * {"achieved": 1.2, "partially_achieved": 0.6, "not_achieved": 0.1,
                                   "on_track": 0.7, "not_stated": 0.8}[status])
    goal = (f"Andelen af unge i målgruppen, der er i job eller uddannelse et år efter forløbet, øges fra "
            f"{base} pct. til {p} pct.",)
    result = (f"{q} pct. af de unge var i job eller uddannelse ved udgangen af {year}. Blandt "
              "erhvervsskole- og FGU-elever i målgruppen er fastholdelsen steget.",)
    return (goal, result, (Quantity(f"{p} pct.", "procent", p),),
            (Quantity(f"{q} pct.", "procent", q, target=0),))


def k_courses(rng, status, place, year):
    n = rng.choice((12, 17, 20))
    a = min(n, _reach(rng, status, n))
    goal = (f"Afvikling af {n} rettighedskurser i jobcentret og i udvalgte boligområder årligt.",)
    result = (f"{a} ud af {n} kurser er afviklet.",
              f"Kurserne er afholdt i jobcentret og i {place.area} i samarbejde med {place.partner}.")
    return (goal, result, (Quantity(f"{n} rettighedskurser", "rettighedskursus", n, period="annual"),),
            (Quantity(f"{a} ud af {n} kurser", "kursus", a, target=0),))


def k_meetings(rng, status, place, year):
    n = rng.choice((3, 4, 5))
    a = {"achieved": rng.randint(n, 6), "partially_achieved": n - 1,
         "not_achieved": 2}.get(status, rng.randint(2, 6))
    members = rng.choice((14, 19, 23))
    goal = (f"Etablering af et netværk af lokale aktører og foreninger med {WORDS[n]} årlige møder.",)
    result = (f"Netværket tæller nu {members} lokale foreninger og aktører, og der er afholdt {WORDS[a]} "
              f"møder i {year}.",)
    return (goal, result, (Quantity(f"{WORDS[n]} årlige møder", "møde", n, period="annual"),),
            (Quantity(f"{WORDS[a]} møder", "møde", a, target=0),))


def k_waiting(rng, status, place, year):
    n = rng.choice((10, 14, 21))
    a = _reach(rng, status, n, ceiling=True)
    goal = (f"Ventetiden på en første samtale i rådgivningen er højst {n} dage.",)
    result = (f"Den gennemsnitlige ventetid var {a} dage i {year}. Rådgivningen har udvidet den åbne "
              "telefontid til fire dage om ugen.",)
    return (goal, result, (Quantity(f"højst {n} dage", "dag", n, ceiling=True),),
            (Quantity(f"{a} dage", "dag", a, target=0),))


def k_seniors(rng, status, place, year):
    n = rng.choice((400, 600, 750))
    a = _reach(rng, status, n)
    goal = (f"{n} seniorer deltager i motions- og fællesskabsaktiviteter årligt.",)
    result = (f"I alt {a} deltagere har været med i aktiviteterne, som foregår i samarbejde med "
              f"{place.partner} og de lokale idrætsforeninger.",)
    return (goal, result, (Quantity(f"{n} seniorer", "senior", n, period="annual"),),
            (Quantity(f"{a} deltagere", "deltager", a, target=0),))


def k_language(rng, status, place, year):
    n = rng.choice((900, 1200, 1850))
    a = _reach(rng, status, n)
    goal = (f"Sprogvurdering af {dk(n)} børn omkring 3-årsalderen i kommunens dagtilbud årligt.",)
    result = (f"{dk(a)} børn er sprogvurderet omkring 3-årsalderen, og forældrene er tilbudt en samtale om "
              "barnets sprog.",)
    return (goal, result, (Quantity(f"{dk(n)} børn", "barn", n, period="annual"),),
            (Quantity(f"{dk(a)} børn", "barn", a, target=0),))


def k_plan(rng, status, place, year):
    goal = ("Udarbejdelse af en fælles beredskabsplan for opsporing og håndtering af bekymringer på tværs af "
            "forvaltningerne.",)
    month = rng.choice(("marts", "juni", "september"))
    result = (f"Beredskabsplanen er vedtaget i {month} {year} og formidlet til alle forvaltninger.",
              "Planen indgår nu i introduktionen af nye medarbejdere.")
    return goal, result, (), ()


def k_complaints(rng, status, place, year):
    n = rng.choice((20, 30, 45))
    a = _reach(rng, status, n, ceiling=True)
    goal = (f"Højst {n} klager over sagsbehandlingen om året.",)
    result = (f"Der er modtaget {a} klager over sagsbehandlingen i {year}. Klagerne drejer sig især om "
              "svartider.",)
    return (goal, result, (Quantity(f"{n} klager", "klage", n, ceiling=True),),
            (Quantity(f"{a} klager", "klage", a, target=0),))


def k_housing(rng, status, place, year):
    n = rng.choice((25, 40, 60))
    a = _reach(rng, status, n)
    goal = (f"Etablering af {n} nye botilbudspladser frem til 2026.",)
    result = (f"Der er i {year} etableret {a} nye pladser, og yderligere pladser er under opførelse.",)
    return (goal, result, (Quantity(f"{n} nye botilbudspladser", "botilbudsplads", n, period="plan_period"),),
            (Quantity(f"{a} nye pladser", "plads", a, target=0),))


def k_debt(rng, status, place, year):
    n = rng.choice((150, 250, 320))
    a = _reach(rng, status, n)
    goal = (f"{n} borgere deltager i rådgivningsforløb om gæld og privatøkonomi årligt.",)
    result = (f"Der er gennemført forløb for ca. {a} borgere, primært i {place.area}.",)
    return (goal, result, (Quantity(f"{n} borgere", "borger", n, period="annual"),),
            (Quantity(f"ca. {a} borgere", "borger", a, target=0),))


def k_students(rng, status, place, year):
    n = rng.choice((300, 450, 520))
    a = _reach(rng, status, n)
    goal = (f"Vejledning af {n} erhvervsskole- og FGU-elever om fravær og fastholdelse årligt.",)
    result = (f"{a} erhvervsskole- og FGU-elever har fået vejledning, heraf mange i forbindelse med "
              "overgangen fra grundskolen.",)
    return (goal, result, (Quantity(f"{n} erhvervsskole- og FGU-elever", "elev", n, period="annual"),),
            (Quantity(f"{a} erhvervsskole- og FGU-elever", "elev", a, target=0),))


def k_keypersons(rng, status, place, year):
    n = rng.choice((20, 30, 40))
    a = _reach(rng, status, n)
    goal = (f"Gennemførelse af kompetenceudvikling af {n} lokale nøglepersoner med henblik på at skabe et "
            "fælles fagligt sprog.",
            "(Det bemærkes, at målet gælder samlet for hele handleplansperioden 2024-2026)")
    result = (f"{a} nøglepersoner fra {place.area} har gennemført uddannelsen i samarbejde med "
              f"{place.partner}.",)
    return (goal, result, (Quantity(f"{n} lokale nøglepersoner", "nøgleperson", n, period="plan_period"),),
            (Quantity(f"{a} nøglepersoner", "nøgleperson", a, target=0),))


def k_volunteers(rng, status, place, year):
    n = rng.choice((60, 90, 140))
    a = _reach(rng, status, n)
    goal = (f"{n} frivillige rekrutteres til lektiecaféer og mentorordninger årligt.",)
    result = (f"Der er i {year} rekrutteret {a} nye frivillige, især gennem samarbejdet med {place.partner}.",
              "Frivilligkoordinatoren følger op med et introduktionskursus hvert kvartal.")
    return (goal, result, (Quantity(f"{n} frivillige", "frivillig", n, period="annual"),),
            (Quantity(f"{a} nye frivillige", "frivillig", a, target=0),))


def k_home_visits(rng, status, place, year):
    n = rng.choice((350, 480, 610))
    a = _reach(rng, status, n)
    goal = (f"{n} familier med nyfødte modtager et ekstra hjemmebesøg af sundhedsplejen inden for de første "
            "to uger.",)
    result = (f"Sundhedsplejen har gennemført ekstra hjemmebesøg hos {a} familier i {place.area} og resten "
              "af kommunen.",)
    return (goal, result, (Quantity(f"{n} familier", "familie", n),),
            (Quantity(f"{a} familier", "familie", a, target=0),))


def k_satisfaction(rng, status, place, year):
    p = rng.choice((75, 80, 85))
    q = round(p * {"achieved": 1.08, "partially_achieved": 0.93, "not_achieved": 0.75, "on_track": 0.95,
                   "not_stated": 0.98}[status])
    goal = (f"Mindst {p} pct. af deltagerne vurderer forløbet som godt eller meget godt.",)
    result = (f"I evalueringen svarer {q} pct. af deltagerne, at forløbet var godt eller meget godt.",)
    return (goal, result, (Quantity(f"{p} pct.", "procent", p),),
            (Quantity(f"{q} pct.", "procent", q, target=0),))


KINDS: tuple[Kind, ...] = (k_pupils, k_professionals, k_parents, k_share, k_courses, k_meetings, k_waiting,
                           k_seniors, k_language, k_plan, k_complaints, k_housing, k_debt, k_students,
                           k_keypersons)
HOLDOUT_KINDS: tuple[Kind, ...] = KINDS + (k_volunteers, k_home_visits, k_satisfaction)

# (target group, theme): a Målgruppe and the Indsatsområde it belongs to.
GROUPS = (
    ("1. Børn og unge", "Trivsel og fællesskab"),
    ("2. Forældre", "Trivsel og fællesskab"),
    ("3. Voksne", "Uddannelse og beskæftigelse"),
    ("4. Fagpersoner", "Tværgående samarbejde"),
    ("5. Civilsamfund", "Tryghed i boligområderne"),
    ("6. Ældre borgere", "Sundhed og forebyggelse"),
)

STATUS_MIX = ("achieved", "achieved", "achieved", "partially_achieved", "partially_achieved",
              "not_achieved", "on_track", "not_stated")


def make_rows(rng: random.Random, place: Place, year: int, count: int,
              groups: tuple[tuple[str, str], ...] = GROUPS, kinds: tuple[Kind, ...] = KINDS,
              notes: int = 0, verdicts: dict[str, tuple[str, ...]] = VERDICTS) -> tuple[Row, ...]:
    """`count` rows over the groups in order (each group two or three rows),
    with a mix of verdicts; the first `notes` rows with numbers get a footnote."""
    kinds = list(kinds)
    rng.shuffle(kinds)
    per_group = [count // len(groups)] * len(groups)
    for i in range(count - sum(per_group)):
        per_group[i] += 1
    rows = []
    for (group, theme), n in zip(groups, per_group):
        for _ in range(n):
            kind = kinds[len(rows) % len(kinds)]
            status = rng.choice(STATUS_MIX)
            goal, result, targets, actuals = kind(rng, status, place, year)
            verdict = None
            if status != "not_stated":
                verdict = rng.choice(verdicts[status]).format(next=year + 1)
            footnote = None
            if notes and actuals:
                footnote = rng.choice(("Opgjort pr. 1. december", "Kilde: kommunens fagsystem, opgørelse for",
                                       "Tallet omfatter også deltagere fra nabokommuner i"))
                footnote = f"{footnote} {year}."
                notes -= 1
            inline = rng.random() < 0.3
            if inline and verdict and rng.random() < 0.5:
                verdict = verdict.rstrip(".")  # "Målet er nået 4.916 folkeskoleelever har …"
            rows.append(Row(theme=theme, group=group, goal=goal, verdict=verdict, result=result,
                            status=status, targets=targets, actuals=actuals, verdict_inline=inline,
                            footnote=footnote))
    return tuple(rows)


TITLES = (
    "Bilag {annex}: Status på handleplanens indsatser med årlige mål",
    "Bilag {annex}: Afrapportering på handleplanens mål for {year}",
    "Bilag {annex}: Status på indsatser og mål i {plan}",
)


def make_annex(seed: int, place: Place, annex: str, year: int, plan: str, rows: int = 12,
               title: int = 0, notes: int = 0, groups: tuple[tuple[str, str], ...] = GROUPS,
               department: str = "Social- og Beskæftigelsesforvaltningen", holdout: bool = False) -> Annex:
    """A whole fictional annex of one municipality."""
    rng = random.Random(seed)
    return Annex(
        municipality=place.municipality,
        annex=annex,
        year=year,
        plan=plan,
        title=TITLES[title].format(annex=annex, year=year, plan=plan),
        intro=(f"{place.municipality} har i {year} arbejdet videre med {plan} (2024-2026). Bilaget viser for "
               "hver målgruppe handleplanens mål og status på indsatserne, som forvaltningen har opgjort "
               f"dem ved årets udgang. Bilaget forelægges udvalget sammen med den samlede status for {year}.",
               FICTIONAL_NOTE),
        rows=make_rows(rng, place, year, rows, groups=groups, notes=notes,
                       kinds=HOLDOUT_KINDS if holdout else KINDS,
                       verdicts=HOLDOUT_VERDICTS if holdout else VERDICTS),
        department=department,
        other_annexes=(f"Bilag {int(annex) + 1}: Økonomisk opfølgning på {plan}",
                       f"Bilag {annex}: Status på handleplanens indsatser for {year - 1}"),
    )


PLACES = {
    "aarhus": Place("Aarhus Kommune", "Gellerup", "Red Barnet"),
    "odense": Place("Odense Kommune", "Vollsmose", "Ungdommens Røde Kors"),
    "aalborg": Place("Aalborg Kommune", "Aalborg Øst", "DGI Nordjylland"),
    "esbjerg": Place("Esbjerg Kommune", "Stengårdsvej", "Frivilligcenter Esbjerg"),
    "vejle": Place("Vejle Kommune", "Finlandsparken", "Ældre Sagen"),
    "randers": Place("Randers Kommune", "Vestervang", "Børns Vilkår"),
    "kolding": Place("Kolding Kommune", "Skovparken", "Red Barnet"),
    "horsens": Place("Horsens Kommune", "Sundparken", "Ungdommens Røde Kors"),
    "roskilde": Place("Roskilde Kommune", "Musicon", "DGI Midt- og Vestsjælland"),
    "naestved": Place("Næstved Kommune", "Kalbyris", "Frivilligcenter Næstved"),
}
