"""Danish phrasings the normalize stage must read exactly: verdicts, number
formats, units, what is never a quantity, future against delivered, pairing,
attainment and flags. One row per phrasing; spaCy loads once per session."""

from __future__ import annotations

import pytest

from bilag.normalize import normalize_record
from bilag.record import DocumentInfo, Goal, Record, Source, TableInfo


def normalize(goal: str | None = None, report: str | None = None, status_cell: str | None = None,
              goal_header: str = "Mål", report_year: int = 2024) -> Goal:
    table = TableInfo(index=1, title=None, columns=("target_group", "goal", "report"),
                      headers=("Målgruppe", goal_header, f"Afrapportering for {report_year}"))
    row = Goal(table=1, row=1, pages=(), target_group="Børn", goal=goal, report=report,
               status_cell=status_cell)
    record = Record(source=Source(file="x.txt", sha256="", format="text"),
                    document=DocumentInfo(report_year=report_year), tables=(table,), goals=(row,))
    return normalize_record(record).goals[0]


VERDICTS = [
    ("Målet er nået.", None, "achieved", "Målet er nået"),
    ("Målet er nået", None, "achieved", "Målet er nået"),
    ("Målet er nået 5182 folkeskoleelever har deltaget.", None, "achieved", "Målet er nået"),
    ("Målet er nået Undervisningsmaterialet er afprøvet.", None, "achieved", "Målet er nået"),
    ("Målet er nået og arbejdet fortsættes i 2025.\nMere tekst.", None, "achieved",
     "Målet er nået og arbejdet fortsættes i 2025"),
    ("Målet er opfyldt. 300 borgere deltog.", None, "achieved", "Målet er opfyldt"),
    ("Målsætningen er indfriet.", None, "achieved", "Målsætningen er indfriet"),
    ("Målet for 2024 er nået.", None, "achieved", "Målet for 2024 er nået"),
    ("Samlet set er målet nået.", None, "achieved", "Samlet set er målet nået"),
    ("Målet er delvist nået.", None, "partially_achieved", "Målet er delvist nået"),
    ("Målet er delvis opfyldt, da kun to af tre kurser blev afholdt.", None, "partially_achieved",
     "Målet er delvis opfyldt"),
    ("Målet er ikke nået.\n8 ud af 17 kurser er afviklet. Forventningen er, at målet kan opfyldes i 2025.",
     None, "not_achieved", "Målet er ikke nået"),
    ("Målet er ikke opfyldt", None, "not_achieved", "Målet er ikke opfyldt"),
    ("Målet er endnu ikke nået.", None, "not_achieved", "Målet er endnu ikke nået"),
    ("Målet forventes nået i 2025.", None, "on_track", "Målet forventes nået i 2025"),
    ("Målet forventes at blive opfyldt i løbet af 2025.", None, "on_track",
     "Målet forventes at blive opfyldt i løbet af 2025"),
    ("Målet er på rette vej.", None, "on_track", "Målet er på rette vej"),
    ("Nået. 250 henvendelser.", None, "achieved", "Nået"),
    ("Delvist opfyldt: 3 af 5 møder holdt.", None, "partially_achieved", "Delvist opfyldt"),
    ("I gang. Der er ansat en koordinator.", None, "on_track", "I gang"),
    ("Indsatsen er sat i gang i 2024.", None, "not_stated", None),
    ("Forvaltningen har i 2024 afholdt møder. Forventningen er, at målet kan opfyldes i 2025.", None,
     "not_stated", None),
    ("Der er afholdt 12 oplæg, og arbejdet er nået langt.", None, "not_stated", None),
    ("I 2024 har forvaltningen afholdt 12 oplæg. Målet er dermed nået.", None, "achieved",
     "Målet er dermed nået"),
    (None, None, "not_stated", None),
    ("Der er afholdt 12 oplæg.", "Nået", "achieved", "Nået"),
    ("Der er afholdt 5 oplæg.", "Delvist nået", "partially_achieved", "Delvist nået"),
    ("Der er afholdt 2 oplæg.", "Ikke nået", "not_achieved", "Ikke nået"),
    ("Der er afholdt 4 oplæg.", "Forventes nået", "on_track", "Forventes nået"),
    ("Der er afholdt 12 oplæg.", "Opfyldt", "achieved", "Opfyldt"),
    ("Målet er ikke nået.", "Grøn", "not_achieved", "Målet er ikke nået"),
    # an effort can be under way, never reached
    ("Projektet er godt i gang, og 4 skoler deltager.", None, "on_track", "Projektet er godt i gang"),
    ("Initiativet er på rette vej.", None, "on_track", "Initiativet er på rette vej"),
    ("Aktiviteterne er i gang.", None, "on_track", "Aktiviteterne er i gang"),
    ("Indsatsen er gennemført i 2024.", None, "not_stated", None),
    # not yet, but expected: not yet due
    ("Målsætningen er endnu ikke opfyldt, men forventes opfyldt i 2026.", None, "on_track",
     "Målsætningen er endnu ikke opfyldt, men forventes opfyldt i 2026"),
    ("Målet er ikke nået, men forventes nået næste år.", None, "not_achieved", "Målet er ikke nået"),
    # judged rather than stated, exceeded, far from
    ("Målet vurderes at være opfyldt.", None, "achieved", "Målet vurderes at være opfyldt"),
    ("Der er uddannet 45 frivillige, hvorfor målsætningen betragtes som indfriet.", None, "achieved",
     "målsætningen betragtes som indfriet"),
    ("Målet er klart overgået.", None, "achieved", "Målet er klart overgået"),
    ("Målet er mere end nået.", None, "achieved", "Målet er mere end nået"),
    ("Målet er næsten nået.", None, "partially_achieved", "Målet er næsten nået"),
    ("Måltallet er overgået med 20 borgere.", None, "achieved", "Måltallet er overgået med 20 borgere"),
    ("Målsætningen er langt fra opfyldt.", None, "not_achieved", "Målsætningen er langt fra opfyldt"),
    # a bare verdict after a leading label
    ("Vurdering: Opfyldt. 14 kurser er afholdt.", None, "achieved", "Opfyldt"),
    ("Samlet status: Delvis.", None, "partially_achieved", "Delvis"),
    ("Bemærk: 12 af de planlagte møder er gennemført.", None, "not_stated", None),
    # "kun" belongs to "delvist"; adverbs inside the verdict; a verdict in any main clause
    ("Delmålet er kun delvis indfriet.", None, "partially_achieved", "Delmålet er kun delvis indfriet"),
    ("Status: Kun delvist nået.", None, "partially_achieved", "Kun delvist nået"),
    ("Der er holdt 9 møder. Overordnet er målsætningen opfyldt.", None, "achieved",
     "Overordnet er målsætningen opfyldt"),
    ("Der blev hjulpet 40 borgere. Målsætningen er imidlertid ikke indfriet, fordi ventetiden steg.", None,
     "not_achieved", "Målsætningen er imidlertid ikke indfriet"),
    ("Alle hold er startet, og målet er hermed opfyldt.", None, "achieved", "målet er hermed opfyldt"),
    ("Ved udgangen af året var målet desværre ikke nået.", None, "not_achieved",
     "Ved udgangen af året var målet desværre ikke nået"),
    # a verdict in a subordinate clause is reported, expected or conditional
    ("Der er holdt 9 møder. Det er uvist, om målet er nået.", None, "not_stated", None),
    ("Der er holdt 9 møder. Hvis målet er nået i 2025, lukkes projektet.", None, "not_stated", None),
    # an actor with the goal as object, in any tense; negated with other verbs
    ("Vi har nået målet for 2024.", None, "achieved", "Vi har nået målet for 2024"),
    # a distance to the goal, without a verb
    ("Vi er langt fra målet.", None, "not_achieved", "Vi er langt fra målet"),
    ("Tæt på målsætningen: 92 pct. er i job.", None, "partially_achieved", "Tæt på målsætningen"),
    # under a main clause of cause, evidence or regret the at-clause is the document's own verdict
    ("Opbremsningen gør, at årets målsætning (4.500) ikke er opnået.", None, "not_achieved",
     "målsætning (4.500) ikke er opnået"),
    ("Det står klart, at kommunen ikke når målet i år.", None, "not_achieved",
     "at kommunen ikke når målet i år"),
    ("Det er ærgerligt, at målet ikke blev nået.", None, "not_achieved", "målet ikke blev nået"),
    # a form the lemma table lacks, and a share of the goals
    ("Målet om 100 deltagere er overopfyldt.", None, "achieved", "Målet om 100 deltagere er overopfyldt"),
    ("Næsten alle målene er indfriet.", None, "not_stated", None),
    # progress before an infinitive, headlines, other negations, "kun"
    ("Vi er i gang med at nå målet.", None, "on_track", "Vi er i gang med at nå målet"),
    ("Egedal i mål med klimaplanen.", None, "achieved", "Egedal i mål med klimaplanen"),
    ("De lever på ingen måde op til målet.", None, "not_achieved", "De lever på ingen måde op til målet"),
    ("Det er uacceptabelt, at regeringen ikke lever op til målet.", None, "not_achieved",
     "at regeringen ikke lever op til målet"),
    ("Målet er kun nået med 55 %.", None, "partially_achieved", "Målet er kun nået med 55 %"),
    ("Hun var i gang med en ungdomsuddannelse.", None, "not_stated", None),
    ("De fleste ministerier er kommet godt i gang.", None, "not_stated", None),
    ("De fleste delmål er nået.", None, "not_stated", None),
    ("Kommunen nåede sit mål.", None, "achieved", "Kommunen nåede sit mål"),
    ("Forvaltningen nåede ikke sit mål for året.", None, "not_achieved",
     "Forvaltningen nåede ikke sit mål for året"),
    ("Centret har ikke kunnet leve op til målet.", None, "not_achieved",
     "Centret har ikke kunnet leve op til målet"),
    ("Det er lykkedes at indfri målsætningen.", None, "achieved", "Det er lykkedes at indfri målsætningen"),
    ("Vi arbejder på at nå målet.", None, "not_stated", None),
    ("Projektet er endnu ikke kommet i mål.", None, "not_achieved", "Projektet er endnu ikke kommet i mål"),
    ("Målet nåede vi ikke.", None, "not_achieved", "Målet nåede vi ikke"),
    # other subjects of the goal family, passive and past
    ("Målsætningen blev indfriet allerede i juni.", None, "achieved",
     "Målsætningen blev indfriet allerede i juni"),
    ("Succeskriteriet er opfyldt.", None, "achieved", "Succeskriteriet er opfyldt"),
    ("Målet om 1.500 besøg er nået.", None, "achieved", "Målet om 1.500 besøg er nået"),
    ("Målet er at nå 500 borgere.", None, "not_stated", None),
    # degree words and hedges
    ("Målet er nået – dog ikke helt.", None, "partially_achieved", "Målet er nået – dog ikke helt"),
    ("Vi nåede desværre ikke helt målet.", None, "partially_achieved", "Vi nåede desværre ikke helt målet"),
    ("Resultatmålet er ikke fuldt ud opfyldt.", None, "partially_achieved",
     "Resultatmålet er ikke fuldt ud opfyldt"),
    ("Målet forventes ikke nået.", None, "not_achieved", "Målet forventes ikke nået"),
    ("Det vurderes, at målet er nået.", None, "achieved", "målet er nået"),
    ("Målet kan nås i 2025.", None, "not_stated", None),
    # a verdict on something else: a share of sub-goals, other bodies, a question
    ("80 pct. af delmålene blev opfyldt.", None, "not_stated", None),
    ("Tre af fem delmål er nået.", None, "not_stated", None),
    ("12 af regionens kommuner har opfyldt målet.", None, "not_stated", None),
    ("I 12 af regionens kommuner er målet opfyldt.", None, "not_stated", None),
    ("Er målet nået? Det vides først i 2025.", None, "not_stated", None),
    ("Når målet er nået, evalueres indsatsen.", None, "not_stated", None),
    ("Et område opfylder sin målsætning, når det er certificeret.", None, "not_stated", None),
    ("Det forventes ikke, at målet nås.", None, "not_achieved", "målet nås"),
    ("Vi er tæt på at nå målet.", None, "partially_achieved", "Vi er tæt på at nå målet"),
    ("Der er tale om delvis målopfyldelse.", None, "partially_achieved", "delvis målopfyldelse"),
    ("Ikke alle mål er nået.", None, "partially_achieved", "Ikke alle mål er nået"),
    ("Målsætningen nås i 2025.", None, "on_track", "Målsætningen nås i 2025"),
    ("Vi har nået et stykke af vejen mod målet.", None, "not_stated", None),
    ("Målgruppen er nået via sociale medier.", None, "not_stated", None),
    ("Med 412 deltagere er målet nået.", None, "achieved", "Med 412 deltagere er målet nået"),
    # a verdict column: yes/no/partly, a symbol with a word
    ("Der er afholdt 12 oplæg.", "Ja", "achieved", "Ja"),
    ("Der er afholdt 2 oplæg.", "Nej", "not_achieved", "Nej"),
    ("Der er afholdt 5 oplæg.", "Delvis", "partially_achieved", "Delvis"),
    ("Der er afholdt 5 oplæg.", "● Delvist opfyldt", "partially_achieved", "Delvist opfyldt"),
    ("Der er afholdt 12 oplæg.", "● Opfyldt", "achieved", "Opfyldt"),
    ("Der er afholdt 8 oplæg.", "Ja, delvist", "partially_achieved", "Ja, delvist"),
    # a pronoun for the row's goal: at the report's opening or right after the goal is named
    ("Dette er opfyldt.", None, "achieved", "Dette er opfyldt"),
    ("Det er desværre ikke lykkedes.", None, "not_achieved", "Det er desværre ikke lykkedes"),
    ("Det når vi nok ikke i år.", None, "not_achieved", "Det når vi nok ikke i år"),
    ("Målet var 40 deltagere. Det er nået.", None, "achieved", "Det er nået"),
    ("Der er holdt 9 møder. Det er nået.", None, "not_stated", None),
    # "det" points ahead here: the verb phrase, a directed change, names the goal
    ("Det er lykkedes at nedbringe ventetiden.", None, "achieved", "Det er lykkedes at nedbringe ventetiden"),
    ("Vi skulle leve op til målet. Det gjorde vi ikke.", None, "not_achieved", "Det gjorde vi ikke"),
    # whether the goal can be reached is an expectation
    ("Alligevel er det stadig et realistisk mål.", None, "on_track",
     "Alligevel er det stadig et realistisk mål"),
    ("Målsætningen er urealistisk at nå i 2025.", None, "not_achieved",
     "Målsætningen er urealistisk at nå i 2025"),
    ("Målet er ikke til at nå med de nuværende midler.", None, "not_achieved",
     "Målet er ikke til at nå med de nuværende midler"),
    ("Målet er inden for rækkevidde.", None, "on_track", "Målet er inden for rækkevidde"),
    ("Det er vigtigt at sætte et realistisk mål.", None, "not_stated", None),
    ("Den største udfordring i forhold til at nå målet er økonomien.", None, "not_stated", None),
    # hedges of probability and verbs that expect with an at-clause
    ("Målet nås næppe i år.", None, "not_achieved", "Målet nås næppe i år"),
    ("Forvaltningen venter, at målet nås inden udgangen af året.", None, "on_track",
     "målet nås inden udgangen af året"),
    ("Borgerne venter på, at målet nås.", None, "not_stated", None),
    # assertions, and a denied showing
    ("Borgmesteren erkender, at man stadig er langt fra målet.", None, "not_achieved",
     "at man stadig er langt fra målet"),
    ("Rådet vurderer, at indsatsen endnu ikke anskueliggør, at målet nås.", None, "not_stated", None),
    # verdicts of sets of bodies are not the row's
    ("Danmark er ét af få lande, der lever op til målet.", None, "not_stated", None),
    ("En række lande som Tyskland, Holland og Danmark lever ikke op til målsætningen.", None, "not_stated",
     None),
    ("Blot syv af de 30 lande levede op til målet.", None, "not_stated", None),
    ("Blandt medlemmerne opfylder fem lande målsætningen.", None, "not_stated", None),
    ("Målet er nået i hver fjerde kommune.", None, "not_stated", None),
    ("Målet er opfyldt for 3 af 5 skoler.", None, "not_stated", None),
    ("Danmark har sammen med ti andre lande allerede nået målsætningen.", None, "achieved",
     "Danmark har sammen med ti andre lande allerede nået målsætningen"),
    # a fraction of the row's own goal, distances, hyphenated goals
    ("Regeringen opfylder kun en tredjedel af sit eget mål.", None, "partially_achieved",
     "Regeringen opfylder kun en tredjedel af sit eget mål"),
    ("Vi er et godt stykke fra målet.", None, "not_achieved", "Vi er et godt stykke fra målet"),
    ("Kommunen er ikke langt fra målet.", None, "partially_achieved", "Kommunen er ikke langt fra målet"),
    ("Kommunen er tæt på at nå sit 2030-mål.", None, "partially_achieved",
     "Kommunen er tæt på at nå sit 2030-mål"),
    ("Vi kan godt lykkes med at nå målet.", None, "not_stated", None),
    ("Målet om 95 procent er urealistisk.", None, "not_achieved", "Målet om 95 procent er urealistisk"),
    # a relative clause between the goal and its verb does not hide the verdict, nor negate it
    ("Målet, som byrådet satte i 2020, er nået.", None, "achieved",
     "Målet, som byrådet satte i 2020, er nået"),
    ("Målsætningen, der ikke var let, er opfyldt.", None, "achieved",
     "Målsætningen, der ikke var let, er opfyldt"),
    ("Målet, som blev vedtaget i 2022, er desværre ikke indfriet.", None, "not_achieved",
     "Målet, som blev vedtaget i 2022, er desværre ikke indfriet"),
    ("Vi er kommet længere væk fra at indfri målene.", None, "not_stated", None),
    ("Det er nået til enighed om planen.", None, "not_stated", None),
    ("I 2023 er det nået.", None, "achieved", "I 2023 er det nået"),
    ("Målet er nået for alle 12 skoler.", None, "achieved", "Målet er nået for alle 12 skoler"),
    ("Aarhus, Odense og Aalborg har nået målet.", None, "not_stated", None),
    ("Kommunen har ikke en eneste gang nået målet.", None, "not_achieved",
     "Kommunen har ikke en eneste gang nået målet"),
    ("Det er realistisk, at vi når målet i 2025.", None, "on_track", "at vi når målet i 2025"),
    ("Det er urealistisk, at vi når målet i 2025.", None, "not_achieved", "at vi når målet i 2025"),
    ("Status: Det er lykkedes.", None, "achieved", "Det er lykkedes"),
    ("Det forventer vi at nå i 2025.", None, "on_track", "Det forventer vi at nå i 2025"),
    ("Det er vores vurdering, at målet er realistisk.", None, "on_track", "at målet er realistisk"),
    ("Selvom kommunen ikke er langt fra målet, er der et stykke arbejde tilbage.", None, "partially_achieved",
     "Selvom kommunen ikke er langt fra målet"),
    # where no pattern reads one: a goal and the one attainment verb of its clause, at any distance
    ("En målsætning der på nuværende tidspunkt ser ud til at blive opfyldt inden 2030.", None, "on_track",
     "målsætning der på nuværende tidspunkt ser ud til at blive opfyldt inden 2030"),
    ("Målet for genoptræning af borgere i eget hjem i hele kommunen blev i 2024 på trods af travlhed "
     "opfyldt.", None, "achieved",
     "Målet for genoptræning af borgere i eget hjem i hele kommunen blev i 2024 på trods af travlhed "
     "opfyldt"),
    ("Dels overholdes målet om 55 pct. ikke i dag, dels skal flere kørsler tælles med.", None, "not_achieved",
     "Dels overholdes målet om 55 pct. ikke i dag, dels skal flere kørsler tælles med"),
    ("Med 81,8 procent kom togtrafikken næsten i hus i september i forhold til målet på 82,4 procent.", None,
     "partially_achieved",
     "Med 81,8 procent kom togtrafikken næsten i hus i september i forhold til målet på 82,4 procent"),
    ("Det er et godt stykke under målet for 2018.", None, "not_achieved",
     "Det er et godt stykke under målet for 2018"),
    ("Arbejdet med at indfri målsætningen er allerede gået i gang.", None, "on_track",
     "Arbejdet med at indfri målsætningen er allerede gået i gang"),
    # … and where it must read none
    ("Aftalen er i hus.", None, "not_stated", None),
    ("Aftalen kom i hus i september.", None, "not_stated", None),
    ("Målet om flere borgere i job kommer til at kræve en ekstra indsats.", None, "not_stated", None),
    ("Målet om at borgere der kommer i job opnår en løn er vigtigt.", None, "not_stated", None),
    ("Målet gælder de borgere der opnår job.", None, "not_stated", None),
    ("Vi nåede i 2024 trods mange udfordringer med personale og økonomi ikke det ambitiøse mål.", None,
     "not_stated", None),
    ("Opbremsningen kan betyde, at vi ikke når målet for 2020.", None, "not_stated", None),
    ("Her kan man se, hvor langt man er med at nå målet.", None, "not_stated", None),
    ("Seks kommuner har en målsætning, men de har endnu ikke indfriet målsætningen.", None, "not_stated",
     None),
    # requirements, limits and rights are goals; verbs of missing; none of the goals; the way left
    ("Kommunen overholder dermed kravet om en reduktion på 2 % årligt.", None, "achieved",
     "Kommunen overholder dermed kravet om en reduktion på 2 % årligt"),
    ("Kommunen beklager, at den ikke har overholdt tidsfristen.", None, "not_achieved",
     "at den ikke har overholdt tidsfristen"),
    ("Vi missede målet for 2024.", None, "not_achieved", "Vi missede målet for 2024"),
    ("Målet bristede allerede i foråret.", None, "not_achieved", "Målet bristede allerede i foråret"),
    ("Ingen af målene er blevet indfriet i år.", None, "not_achieved",
     "Ingen af målene er blevet indfriet i år"),
    ("Der er altså fortsat lang vej.", None, "not_achieved", "Der er altså fortsat lang vej"),
    ("Den nye målsætning er ambitiøs, men også realistisk.", None, "on_track",
     "Den nye målsætning er ambitiøs, men også realistisk"),
    ("Grafen viser, hvordan kommunen er godt på vej til at nå målet.", None, "on_track",
     "hvordan kommunen er godt på vej til at nå målet"),
    ("Det er klart, at når måltallet er fire procent, så er vi langt fra at være i mål.", None,
     "not_achieved", "så er vi langt fra at være i mål"),
    ("Målet om, at 95 pct. af en ungdomsårgang skal have en uddannelse i 2015, er ikke nået.", None,
     "not_achieved", "Målet om, at 95 pct. af en ungdomsårgang skal have en uddannelse i 2015, er ikke nået"),
    ("Vi er allerede i gang i kommunerne.", None, "on_track", "Vi er allerede i gang i kommunerne"),
    ("Arbejdet går som planlagt.", None, "on_track", "Arbejdet går som planlagt"),
    ("SIRI har problemer med at overholde servicemålene.", None, "not_achieved",
     "SIRI har problemer med at overholde servicemålene"),
    ("Vi kommer i mål med vores plan for 2025.", None, "on_track", "Vi kommer i mål med vores plan for 2025"),
    ("Udgifterne er således på vej mod aftalens mål for 2018.", None, "on_track",
     "Udgifterne er således på vej mod aftalens mål for 2018"),
    ("Målene for 2021, vurderer ministeriet, ikke vil kunne nås.", None, "not_achieved",
     "Målene for 2021, vurderer ministeriet, ikke vil kunne nås"),
    ("For 2020 var målet 25 procent, hvilket heller ikke blev indfriet.", None, "not_achieved",
     "målet 25 procent, hvilket heller ikke blev indfriet"),
    ("DSB forbedrer punktligheden – men når ikke målene.", None, "not_achieved", "når ikke målene"),
    ("Der er stadig et stykke vej til byrådets mål om et overskud.", None, "not_achieved",
     "Der er stadig et stykke vej til byrådets mål om et overskud"),
    ("Uden denne plan ville det ikke være muligt at nå vores målsætning.", None, "not_stated", None),
    ("Adfærden skal fremover batte noget, så vi når vores klimamål.", None, "not_stated", None),
    ("Generelt er forvaltningens mål om at reducere ledigheden med fem procent opnået.", None, "achieved",
     "mål om at reducere ledigheden med fem procent opnået"),
    ("Det er ærgerligt, at det politiske mål, om at 25 procent skal vælge en erhvervsuddannelse, ikke bliver "
     "nået i 2020.", None, "not_achieved",
     "mål, om at 25 procent skal vælge en erhvervsuddannelse, ikke bliver nået i 2020"),
    ("Men der er et stykke vej endnu, hvis målsætningerne skal opfyldes.", None, "not_achieved",
     "der er et stykke vej endnu, hvis målsætningerne skal opfyldes"),
    ("København er på vej til at misse klimamålet.", None, "not_achieved",
     "København er på vej til at misse klimamålet"),
    ("Der er lang vej til skolen.", None, "not_stated", None),
    ("Operatøren levede kun op til kravet i 73 procent af tilfældene.", None, "not_stated", None),
    ("Mange kommuner får svært ved at nå målet.", None, "not_stated", None),
    # a relative clause without its pronoun after the goal is read past
    ("Han ærgrer sig over, at de servicemål, kommunen har sat for sig selv, ikke kan overholdes.", None,
     "not_achieved", "servicemål, kommunen har sat for sig selv, ikke kan overholdes"),
    # the way left, inverted; approaching the goal; a limit missed as a noun; the future "komme til at";
    # "så godt som umuligt"; a condition several subordinate clauses back
    ("Trods fremgang er der dog endnu lang vej til målet.", None, "not_achieved",
     "er der dog endnu lang vej til målet"),
    ("Kommunen nærmer sig målet.", None, "on_track", "Kommunen nærmer sig målet"),
    ("Vi nærmer os ikke målet.", None, "not_achieved", "Vi nærmer os ikke målet"),
    ("Der er en overskridelse af grænseværdien.", None, "not_achieved",
     "Der er en overskridelse af grænseværdien"),
    ("Vi må konstatere, at vi ikke kommer til at nå målsætningen i 2022.", None, "not_achieved",
     "at vi ikke kommer til at nå målsætningen i 2022"),
    ("Det bliver så godt som umuligt at nå målet.", None, "not_achieved",
     "Det bliver så godt som umuligt at nå målet"),
    ("Det bruges, når der opstår en situation, hvor vi må konstatere, at det er umuligt at opfylde "
     "garantien.", None, "not_stated", None),
    # a condition after a second conjunct is that one's; "om" after a goal noun is no "whether"; a dash
    # parts the clauses of a headline
    ("Det er kritisabelt, at regionen hverken overholder retten til udredning eller informerer patienterne, "
     "hvis fristen overskrides.", None, "not_achieved",
     "at regionen hverken overholder retten til udredning eller informerer patienterne, "
     "hvis fristen overskrides"),
    ("Mål om flere lærlinge indfriet i hver tredje kommune – Gladsaxe er langt fra målet", None,
     "not_achieved", "Gladsaxe er langt fra målet"),
    ("Det kom frem, at kommunen i 2022 ikke nåede målet.", None, "not_achieved",
     "at kommunen i 2022 ikke nåede målet"),
    # a bare word answers a question whether the goal was reached; a feeling presupposes its at-clause
    ("Er målet nået? Nej.", None, "not_achieved", "Nej"),
    ("Blev målet opfyldt? Delvist.", None, "partially_achieved", "Delvist"),
    ("Hvad er målet? Nej, det ved vi ikke.", None, "not_stated", None),
    ("Vi er skuffede over, at målet ikke blev nået.", None, "not_achieved", "målet ikke blev nået"),
    # a fronted means with a number counts no subject; a level wished or planned is the goal
    ("Med 412 deltagere når vi ikke helt målet.", None, "partially_achieved",
     "Med 412 deltagere når vi ikke helt målet"),
    ("Vi har ikke opnået det ønskede antal deltagere.", None, "not_achieved",
     "Vi har ikke opnået det ønskede antal deltagere"),
    # every one of the goals counted is the whole goal; some of them are not the row's verdict
    ("Alle tre delmål er opfyldt.", None, "achieved", "delmål er opfyldt"),
    ("Tre delmål er opfyldt.", None, "not_stated", None),
    # a negation of fullness only is partial; a fulfilment that happened, or not, except on a share
    ("Målet er ikke nået fuldt ud.", None, "partially_achieved", "Målet er ikke nået fuldt ud"),
    ("Målet er ikke indfriet til fulde.", None, "partially_achieved", "Målet er ikke indfriet til fulde"),
    ("Der er ikke sket målopfyldelse.", None, "not_achieved", "Der er ikke sket målopfyldelse"),
    ("Der er kun sket målopfyldelse for 30 % af vandløbene.", None, "not_stated", None),
    # progress verbs: as planned is on track, the wrong way is not achieved
    ("Indsatsen forløber som planlagt.", None, "on_track", "Indsatsen forløber som planlagt"),
    ("Arbejdet skrider frem som planlagt.", None, "on_track", "Arbejdet skrider frem som planlagt"),
    ("Udviklingen går den forkerte vej.", None, "not_achieved", "Udviklingen går den forkerte vej"),
    ("Det går den forkerte vej for de fleste kommuner.", None, "not_stated", None),
    # a modal of how to regard it is no possibility
    ("Målet må betragtes som opfyldt.", None, "achieved", "Målet må betragtes som opfyldt"),
    ("Målet kan nås.", None, "not_stated", None),
    ("Målet – 500 deltagere – er nået.", None, "achieved", "Målet – 500 deltagere – er nået"),

    # "holde" keeps a promise, a budget, a frame or a time limit, not a goal
    ("Regeringen holdt ikke sit løfte om 1.000 nye pladser.", None, "not_achieved",
     "Regeringen holdt ikke sit løfte om 1.000 nye pladser"),
    ("Budgettet er holdt.", None, "achieved", "Budgettet er holdt"),
    ("Vi holder fast i målet om 500 deltagere.", None, "not_stated", None),
    ("Vi holder møder om målet hver måned.", None, "not_stated", None),
    ("Målet er 500 deltagere. Det holder vi fast i.", None, "not_stated", None),
    # breaching or exceeding a limit value is a miss, also under a consequence told in the present
    ("Det fører til, at byen stadig overtræder grænseværdien på 40 mikrogram.", None, "not_achieved",
     "at byen stadig overtræder grænseværdien på 40 mikrogram"),
    ("Udledningen har hvert år overskredet grænseværdierne.", None, "not_achieved",
     "Udledningen har hvert år overskredet grænseværdierne"),
    # a reason presupposes its at-clause; a fulfilment near; a group counts the subject
    ("Vi har fået kritik på baggrund af, at centret ikke har levet op til målene.", None, "not_achieved",
     "at centret ikke har levet op til målene"),
    ("En indfrielse af målet var tæt på.", None, "partially_achieved", "En indfrielse af målet var tæt på"),
    ("Kun en lille gruppe af skoler lever op til målet.", None, "not_stated", None),
    ("Det går den rigtige vej for størstedelen af kommunens mål.", None, "not_stated", None),
    ("Det er ikke lykkedes at komme tæt på målet.", None, "not_achieved",
     "Det er ikke lykkedes at komme tæt på målet"),
    ("Regeringen kommer igennem med sit ambitionsniveau.", None, "not_stated", None),
    # an "og" joining names or owners stays inside one noun phrase; names joined as a subject are others
    ("Rammen for Ballerup Bibliotek og Kulturhus er dermed overholdt.", None, "achieved",
     "Rammen for Ballerup Bibliotek og Kulturhus er dermed overholdt"),
    ("Kommunerne i Nordjylland og Midtjylland opfyldte målet.", None, "not_stated", None),
    ("Bussen mellem Aarhus og Silkeborg var et stykke fra målet i maj.", None, "not_achieved",
     "Bussen mellem Aarhus og Silkeborg var et stykke fra målet i maj"),
    # success or failing at a directed change names the goal by its verb phrase
    ("Det lykkedes ikke kommunen at halvere sygefraværet i 2023.", None, "not_achieved",
     "Det lykkedes ikke kommunen at halvere sygefraværet i 2023"),
    ("Centret er lykkedes med at få flere ledige i job.", None, "achieved",
     "Centret er lykkedes med at få flere ledige i job"),
    ("Indsatsen mislykkedes med at sænke fraværet.", None, "not_achieved",
     "Indsatsen mislykkedes med at sænke fraværet"),
    ("Det er kun delvist lykkedes at nedbringe sygefraværet.", None, "partially_achieved",
     "Det er kun delvist lykkedes at nedbringe sygefraværet"),
    ("Hvis det lykkes at nedbringe ventetiden, kan flere få hjælp.", None, "not_stated", None),
    ("Kun tre kommuner er lykkedes med at nedbringe ventetiden.", None, "not_stated", None),
    ("Det er lykkedes at fastholde medarbejderne.", None, "not_stated", None),
    ("Vi er endnu ikke helt, hvor vi gerne vil være.", None, "partially_achieved",
     "Vi er endnu ikke helt, hvor vi gerne vil være"),
    ("Vi er ikke der, hvor vi skal være.", None, "not_achieved", "Vi er ikke der, hvor vi skal være"),
    # a limit's plural; a counterfactual; the goal far off; a source as an aside
    ("Tidsfristerne blev overskredet.", None, "not_achieved", "Tidsfristerne blev overskredet"),
    ("Målsætningen kunne ikke være indfriet uden de frivillige.", None, "not_stated", None),
    ("Målsætningen ligger stadig et stykke væk.",
     None, "not_achieved", "Målsætningen ligger stadig et stykke væk"),
    ("Målet er ifølge forvaltningen ikke nået.",
     None, "not_achieved", "Målet er ifølge forvaltningen ikke nået"),
    # appearances, evidence, a fact put up with, an opening subject clause
    ("Det lader til at gå efter planen.", None, "on_track", "Det lader til at gå efter planen"),
    ("Forvaltningen peger derfor på, at målet er nået.", None, "achieved", "målet er nået"),
    ("At målet er nået, skyldes en fælles indsats.", None, "achieved", "målet er nået"),
    ("Borgerne må leve med, at målet ikke er nået.", None, "not_achieved", "målet ikke er nået"),
    ("Forvaltningen erkender, at det bliver umuligt at nå.",
     None, "not_achieved", "at det bliver umuligt at nå"),
    # off course, judged on course, a long way to an attainment (not to anything else)
    ("Indsatsen er ikke på rette spor.", None, "not_achieved", "Indsatsen er ikke på rette spor"),
    ("Arbejdet vurderes tilfredsstillende og på rette spor.", None, "on_track",
     "Arbejdet vurderes tilfredsstillende og på rette spor"),
    ("Der er langt til, at kommunen kan nå målet.", None, "not_achieved", "Der er langt til"),
    ("Der er langt til, at vi kan åbne hallen.", None, "not_stated", None),
    # a finite verb of success has its negation after it; a condition reaches across a list's commas
    ("Målet var 400 besøg, men det lykkedes desværre ikke.", None, "not_achieved",
     "det lykkedes desværre ikke"),
    ("Hvis alle kurser, forløb og delmål kommer i hus, sparer vi 2 mio. kr.", None, "not_stated", None),
    # a fixed adverbial is no clause ("indtil videre"); "none of these" takes up the goals before it
    ("Målet er indtil videre ikke nået.", None, "not_achieved", "Målet er indtil videre ikke nået"),
    ("Indtil målet er nået, fortsætter vi.", None, "not_stated", None),
    ("Der blev sat tre delmål. Ingen af dem er nået endnu.", None, "not_achieved",
     "Ingen af dem er nået endnu"),
    # a fronted object of "leve op til"; a negated fulfilment noun; "bør" is a modal; "kun" before a
    # number is no degree
    ("Det mål lever kommunen desværre ikke op til.", None, "not_achieved",
     "Det mål lever kommunen desværre ikke op til"),
    ("Der er ikke målopfyldelse.", None, "not_achieved", "ikke målopfyldelse"),
    ("Der er ikke tale om fuld målopfyldelse.", None, "partially_achieved",
     "Der er ikke tale om fuld målopfyldelse"),
    ("Målet bør nås.", None, "not_stated", None),
    # the way left to the goal itself; a distance "et stykke vej fra"; what turned out or became plain
    ("Der er stadig langt til målet.", None, "not_achieved", "Der er stadig langt til målet"),
    ("Der er langt til skolen.", None, "not_stated", None),
    ("Der er flere områder, hvor der fortsat er lang vej igen.", None, "not_stated", None),
    ("Vi er fortsat et stykke vej fra målet.", None, "not_achieved", "Vi er fortsat et stykke vej fra målet"),
    ("Det har vist sig, at kommunen ikke kan leve op til målet.", None, "not_achieved",
     "at kommunen ikke kan leve op til målet"),
    # a "når" clause of what was is no condition; what is lacking before the goal is reached; a count
    # after "hvoraf" is others
    ("Vi er langt fra målet, når der i 2024 var 180 dræbte.", None, "not_achieved", "Vi er langt fra målet"),
    ("Der mangler stadig 3 procentpoint, inden målsætningen er opfyldt.", None, "not_achieved",
     "mangler stadig 3 procentpoint, inden målsætningen er opfyldt"),
    ("Vi mangler to dage, før vi er færdige.", None, "not_stated", None),
    ("Der kom 303 ansøgninger, hvoraf 158 havde overskredet fristen.", None, "not_stated", None),
    ("Der er nemlig stadig et godt stykke vej.", None, "not_achieved",
     "Der er nemlig stadig et godt stykke vej"),
    # a budget or a ceiling is kept where it is not exceeded; further from the goal; judged unrealistic;
    # a pronoun for the goal judged realistic
    ("Budgettet er ikke overskredet.", None, "achieved", "Budgettet er ikke overskredet"),
    ("Udgiftslofterne forventes overholdt.", None, "on_track", "Udgiftslofterne forventes overholdt"),
    ("Vi kommer længere og længere fra målet.", None, "not_achieved", "længere fra målet"),
    ("Målet vurderes ikke længere realistisk.", None, "not_achieved",
     "Målet vurderes ikke længere realistisk"),
    ("Målet er 500 deltagere. Det er ambitiøst, men det er også realistisk.", None, "on_track",
     "Det er ambitiøst, men det er også realistisk"),
    ("Det er realistiske planer.", None, "not_stated", None),
    # the actor's own opinion states its at-clause, another body's does not; an effort that succeeded;
    # an expectation before its goal noun
    ("Vi mener, at målet er nået.", None, "achieved", "målet er nået"),
    ("Formanden mener, at målet er nået.", None, "not_stated", None),
    ("Som mange ved, lykkedes projektet.", None, "achieved", "lykkedes projektet"),
    ("Indsatsen lykkedes desværre ikke.", None, "not_achieved", "Indsatsen lykkedes desværre ikke"),
    ("I 2024 forventes udgiftslofterne for stat, kommuner og regioner overholdt.", None, "on_track",
     "forventes udgiftslofterne for stat, kommuner og regioner overholdt"),
    # a right to be served is a level set to be met; "og" inside the subject joins nouns, not clauses
    ("Børn må fortsat leve med, at deres ret til udredning og behandling i børne- og ungdomspsykiatrien ikke "
     "bliver overholdt.", None, "not_achieved",
     "ret til udredning og behandling i børne- og ungdomspsykiatrien ikke bliver overholdt"),
    ("Målet blev sat i 2020 og kommunen arbejder på at nå det.", None, "not_stated", None),
    # a degree in parentheses after a bare verdict word
    (None, "Ja (delvist)", "partially_achieved", "Ja (delvist)"),
    # a share under the whole before the participle is a degree; the goal's own level is none
    ("Målet er 90 procent opfyldt.", None, "partially_achieved", "Målet er 90 procent opfyldt"),
    ("Dermed er ambitionsniveauet på 59 % nået.", None, "achieved",
     "Dermed er ambitionsniveauet på 59 % nået"),
    ("Med kun 320 deltagere er målet ikke nået.", None, "not_achieved",
     "Med kun 320 deltagere er målet ikke nået"),
    # the subject inverted after a fronted phrase: "går det den rigtige vej"
    ("Ifølge årets måling går det den rigtige vej.", None, "on_track",
     "Ifølge årets måling går det den rigtige vej"),
    ("Heldigvis går det nu i den rigtige retning med trivslen.", None, "on_track",
     "Heldigvis går det nu i den rigtige retning med trivslen"),
    # a fronted pronoun after "Og", the actor after the auxiliary
    ("Målet var 400 deltagere. Og det har vi nået.", None, "achieved", "det har vi nået"),
    ("Målet var 400 deltagere. Men det har kommunen ikke nået.", None, "not_achieved",
     "det har kommunen ikke nået"),
    # a count floating after the goal noun: a verdict on a share of the goals, not the row's
    ("Målene for de enkelte fraktioner er stort set alle blevet opfyldt.", None, "not_stated", None),
    # "klare" reaches a goal; "klare sig" does not
    ("Skolen har klaret målet for i år.", None, "achieved", "Skolen har klaret målet for i år"),
    ("Skolen klarer sig godt i forhold til målet.", None, "not_stated", None),
    # a plan to reach something is a goal; its complement may be long
    ("Planen om at nå 900 grønne job i 2030 er ifølge erhvervsrådet ikke realistisk.", None, "not_achieved",
     "Planen om at nå 900 grønne job i 2030 er ifølge erhvervsrådet ikke realistisk"),
    # frames and budgets: exceeded, burst or broken is missed, kept is reached, a relative clause on one
    ("Servicerammen overskrides med 0,2 mia. kr.", None, "not_achieved",
     "Servicerammen overskrides med 0,2 mia. kr"),
    ("Udgifterne til det specialiserede område sprænger rammen.", None, "not_achieved",
     "Udgifterne til det specialiserede område sprænger rammen"),
    ("Regionen overholder aftaleniveauet for 2024.", None, "achieved",
     "Regionen overholder aftaleniveauet for 2024"),
    ("Kommunen har ikke leveret den aftalte besparelse.", None, "not_achieved",
     "Kommunen har ikke leveret den aftalte besparelse"),
    ("Udgifterne ligger under de gældende lofter, som dermed forventes overholdt.", None, "on_track",
     "lofter, som dermed forventes overholdt"),
    ("Vi gør alt for at overholde anlægsrammen.", None, "not_stated", None),
    # a change beyond or short of the goal
    ("Kommunen har dermed reduceret mere end målet.", None, "achieved",
     "Kommunen har dermed reduceret mere end målet"),
    ("Udledningen faldt mindre end målet.", None, "not_achieved", "Udledningen faldt mindre end målet"),
    # a counted subject with an ordinal range before its noun; a contribution is no verdict
    ("Kun 30 procent af kommunens 7.-9. klasser lever op til anbefalingerne.", None, "not_stated", None),
    ("Vi viser, hvordan alle kan være med til at realisere målet.", None, "not_stated", None),
    # words between "leve" and its particles
    ("Tallene lever dog slet ikke op til regeringens målsætning.", None, "not_achieved",
     "Tallene lever dog slet ikke op til regeringens målsætning"),
    # not started, in a verdict column, is not achieved; started is under way
    (None, "Ikke påbegyndt", "not_achieved", "Ikke påbegyndt"),
    (None, "Påbegyndt", "on_track", "Påbegyndt"),
    # a degree after a bare participle; "ej" negates
    (None, "Opfyldt delvist", "partially_achieved", "Opfyldt delvist"),
    (None, "Ej opfyldt", "not_achieved", "Ej opfyldt"),
    ("Men målet om at samle 500 frivillige er langt fra nået.", None, "not_achieved",
     "målet om at samle 500 frivillige er langt fra nået"),
]


@pytest.mark.parametrize(("report", "status_cell", "status", "status_text"), VERDICTS)
def test_verdict(report: str | None, status_cell: str | None, status: str, status_text: str | None) -> None:
    goal = normalize(goal="Afholdelse af oplæg.", report=report, status_cell=status_cell)
    assert (goal.status, goal.status_text) == (status, status_text)


# (goal cell, goal column header, expected targets as (low, high, unit, period))
TARGETS = [
    ("2.000 grundskoleelever skal modtage undervisning årligt.", "Mål",
     [(2000, 2000, "grundskoleelev", "annual")]),
    ("Afprøvning af pilot i 2024 på to udvalgte folkeskoler.", "Mål", [(2, 2, "folkeskole", None)]),
    ("Der afholdes 8-10 oplæg/workshops pr. år.", "Mål", [(8, 10, "oplæg/workshop", "annual")]),
    ("Der afholdes 8–10 workshops pr. år.", "Mål", [(8, 10, "workshop", "annual")]),
    ("200-300 forældre deltager i workshops.", "Årlige mål", [(200, 300, "forælder", "annual")]),
    ("4.000 folkeskoleelever og 800 friskoleelever deltager i workshops.", "Årlige mål",
     [(4000, 4000, "folkeskoleelev", "annual"), (800, 800, "friskoleelev", "annual")]),
    ("Social kontrolvejlederne håndterer 250 henvendelser og 100 borgersager årligt.", "Mål",
     [(250, 250, "henvendelse", "annual"), (100, 100, "borgersag", "annual")]),
    ("Etablering af civilsamfundsnetværk med to årlige møder.", "Mål", [(2, 2, "møde", "annual")]),
    ("Afvikling af 17 kurser med fokus på rettigheder årligt.", "Mål", [(17, 17, "kursus", "annual")]),
    ("Andelen af borgere i job stiger fra 28 pct. til 35 pct.", "Mål", [(35, 35, "procent", None)]),
    ("88 % af deltagerne er tilfredse.", "Mål", [(88, 88, "procent", None)]),
    ("Mindst 75 procent af eleverne gennemfører forløbet.", "Mål", [(75, 75, "procent", None)]),
    ("Der uddeles 1,2 mio. kr. til lokale foreninger.", "Mål", [(1200000, 1200000, "kr", None)]),
    ("Ca. 150 borgere deltager i arrangementer.", "Mål", [(150, 150, "borger", None)]),
    # a negative number; a former level beside the one now set; a goal tightened in the next sentence
    ("Underskuddet må højst være minus 0,25 pct. af BNP.", "Mål", [(-0.25, -0.25, "procent", None)]),
    ("Udledningen skal ned til 38.300 tons. Tidligere var vurderingen, at den højst måtte være 36.600 tons.",
     "Mål", [(38300, 38300, "ton", None)]),
    ("Frem til 2020 skal udledningen reduceres med 20 pct. Målet er senere blevet skærpet til 29 pct.", "Mål",
     [(29, 29, "procent", "plan_period")]),
    # a year after a goal's "for" dates the goal
    ("Måltallet for 2015 udgør 110 procent.", "Mål", [(110, 110, "procent", None)]),
    # how often the goal is followed up is no period of its numbers
    ("Servicemålet opgøres én gang årligt.\nAndel fremme inden for 10 minutter: 67 %", "Mål",
     [(67, 67, "procent", None)]),
    ("Vi måler hvert år, om mindst 93 % af brevene kommer frem til tiden.", "Mål",
     [(93, 93, "procent", None)]),
    ("Opkvalificering af 200 fagpersoner i form af oplæg, kurser mv. årligt.", "Mål",
     [(200, 200, "fagperson", "annual")]),
    ("15 lokale kommunale og civile aktører indgår i netværket.", "Mål", [(15, 15, "aktør", None)]),
    ("I alt 500 borgere skal nås samlet for hele handleplansperioden 2024-2026.", "Mål",
     [(500, 500, "borger", "plan_period")]),
    ("Energiforbruget reduceres med 15 procent fra 2015 til 2025.", "Mål",
     [(15, 15, "procent", "plan_period")]),
    ("Der afholdes tolv netværksmøder om året.", "Mål", [(12, 12, "netværksmøde", "annual")]),
    ("Der gennemføres fem dialogmøder og tre konferencer.", "Mål",
     [(5, 5, "dialogmøde", None), (3, 3, "konference", None)]),
    ("Der afholdes en årlig konference for fagpersoner.", "Mål", [(1, 1, "konference", "annual")]),
    ("30 NGO-medarbejdere uddannes.", "Mål", [(30, 30, "ngo-medarbejder", None)]),
    ("50 unge deltager i forløbet.", "Mål", [(50, 50, "ung", None)]),
    ("Mellem 20 og 30 familier modtager støtte.", "Mål", [(20, 30, "familie", None)]),
    ("Borgere opnår efter seks måneders aktivt mentorforløb progression.", "Mål", []),
    ("Indsatsen gennemføres i 2024-2026 jf. § 114 i straffeloven.", "Mål", []),
    ("Kortlægning foretages i 2024 i regi af barnets lov.", "Mål", []),
    ("Unge mellem 15 og 25 år tilbydes et forløb på 3 uger.", "Mål", []),
    ("Skabe et 'fælles fagligt sprog' blandt en bred kreds af aktører.", "Mål", []),
    ("Handleplanen evalueres den 1. marts 2025 og igen efter 12 måneder.", "Mål", []),
    ("1) opkvalificering af lærere og 2) dialogworkshops.", "Mål", []),
    ("Se tabel 3 og kapitel 2 for detaljer.", "Mål", []),
    ("Indsatsen består af tre dele, jf. fase 2 og trin 3.", "Mål", [(3, 3, "del", None)]),
    # thousands grouped by a space or no-break space, as PDFs print them
    ("Kommunen rådgiver 2 400 borgere om året.", "Mål", [(2400, 2400, "borger", "annual")]),
    ("Puljen uddeler 1\u00a0250\u00a0000 kr. til foreninger.", "Mål", [(1250000, 1250000, "kr", None)]),
    ("I 2025 100 nye lejligheder.", "Mål", [(100, 100, "lejlighed", None)]),
    # "fra … til …" after a change sets the value after "til"
    ("Antallet af aktive stiger fra 60 til 75 pct.", "Mål", [(75, 75, "procent", None)]),
    # what a bare number counts may come first: "antallet af X … til N"
    ("Antallet af daglige besøg på biblioteket hæves til 1.500.", "Mål", [(1500, 1500, "besøg", None)]),
    ("Antallet af visiterede borgere skal om året være 320.", "Mål", [(320, 320, "borger", "annual")]),
    # a calendar compound of a time unit is a duration (here the processing time the goal sets,
    # in the days the text counts); other compounds are counted
    ("Ansøgninger behandles inden for fem arbejdsdage.", "Mål", [(5, 5, "arbejdsdag", None)]),
    ("Klager besvares på 10 hverdage, og der holdes 2 temadage.", "Mål", [(2, 2, "temadag", None)]),
    # adjectives and verbs around the head
    ("Vi når 200 ensomme pårørende.", "Mål", [(200, 200, "pårørende", None)]),
    ("Der rekrutteres 60 nye, aktive frivillige.", "Mål", [(60, 60, "frivillig", None)]),
    ("Mindst 25 unge ledige afsluttes i job.", "Mål", [(25, 25, "ledig", None)]),
    ("Der etableres 6 nye læsegrupper og 2 grupper for forældre.", "Mål",
     [(6, 6, "læsegruppe", None), (2, 2, "gruppe", None)]),
    ("Der rekrutteres 40 frivillige mentorer.", "Mål", [(40, 40, "mentor", None)]),
    # "svarende til 22 pct." gives the same target in other terms, no second one
    ("Antallet stiger fra 90 til 110 udsatte, svarende til 22 pct.", "Mål",
     [(110, 110, "udsat", None)]),
    # fractions: one character after the whole, or a slash fraction after a space
    ("Der afsættes 2½ årsværk til rådgivning.", "Mål", [(2.5, 2.5, "årsværk", None)]),
    ("Puljen er på 3¼ mio. kr.", "Mål", [(3250000, 3250000, "kr", None)]),
    ("Der bevilges 3 1/2 stillinger.", "Mål", [(3.5, 3.5, "stilling", None)]),
    # measures by their symbol, one lemma for each spelling
    ("Der renoveres 2.500 kvm skolegård og 300 m2 tag.", "Mål",
     [(2500, 2500, "m²", None), (300, 300, "m²", None)]),
    ("Forbruget sænkes med 900 GWh.", "Mål", [(900, 900, "gwh", None)]),
    # an adjective is no noun ("akutte": akut is its own neuter), nor a participle
    ("Der oprettes 30 akutte aflastningspladser.", "Mål", [(30, 30, "aflastningsplads", None)]),
    ("Biblioteket modtager 5.000 besøgende.", "Mål", [(5000, 5000, "besøgende", None)]),
    ("Der ansættes 1 ny sundhedsplejerske.", "Mål", [(1, 1, "sundhedsplejerske", None)]),
    # "en årlig …" given to each of a group counted before it is no target of one
    ("Alle 300 ledige tilbydes en årlig samtale.", "Mål", [(300, 300, "ledig", "annual")]),
    ("Der holdes 3 dialogmøder samt en årlig konference.", "Mål",
     [(3, 3, "dialogmøde", "annual"), (1, 1, "konference", "annual")]),
    # a present tense after a substantivised adjective is its verb, wherever the phrase goes on
    ("800 ledige modtager hvert år jobsamtaler.", "Mål", [(800, 800, "ledig", "annual")]),
    ("Mindst 60 unge gennemfører forløbet hvert år.", "Mål", [(60, 60, "ung", "annual")]),
    ("400 ældre får et hjemmebesøg.", "Mål", [(400, 400, "ældre", None)]),
    ("45 frivillige uddannes årligt som mentorer.", "Mål", [(45, 45, "frivillig", "annual")]),
    # … while nouns that look like verbs stay nouns
    ("25 unge deltagere gennemfører et kursus.", "Mål", [(25, 25, "deltager", None)]),
    ("Der holdes 6 møder og 3 folkemøder årligt.", "Mål",
     [(6, 6, "møde", "annual"), (3, 3, "folkemøde", "annual")]),
    # a short adjective in -t before its noun
    ("Netværket samler 35 faste medlemmer.", "Mål", [(35, 35, "medlem", None)]),
    # a year after a name, or before a participle, is no quantity
    ("Under Folkemødet 2025 deltager 30 medarbejdere.", "Mål", [(30, 30, "medarbejder", None)]),
    ("Roskilde Festival 2025 besøges af 500 unge.", "Mål", [(500, 500, "ung", None)]),
    ("Handleplanen for 2025 godkendt; der ansættes 4 rådgivere.", "Mål", [(4, 4, "rådgiver", None)]),
    ("Mindst 2000 borgere deltager.", "Mål", [(2000, 2000, "borger", None)]),
    # a noun's singular is no verb's present tense ("borger": borge), unlike its plural
    ("Der ansættes ½ borgerrådgiver og 1 leder.", "Mål",
     [(0.5, 0.5, "borgerrådgiver", None), (1, 1, "leder", None)]),
    ("Kommunen rådgiver 1 borger hver dag.", "Mål", [(1, 1, "borger", None)]),
    ("Der etableres 6 nye grupper.", "Mål", [(6, 6, "gruppe", None)]),
    # "hvert eneste år" is per year, and the quantity takes it along
    ("Der holdes 4 møder hvert eneste år.", "Mål", [(4, 4, "møde", "annual")]),
    # a number too large for a float is no quantity (and would be no JSON number)
    ("Der uddeles " + "9" * 400 + " kr.", "Mål", []),
    # a range from a number word to digits, but no dash after a share's words
    ("Sagsbehandlingstiden er seks til 12 måneder.", "Mål", [(6, 12, "måned", None)]),
    ("Tre ud af fire - 75 procent - er tilfredse.", "Mål", [(75, 75, "procent", None)]),
    # a level some years back is a baseline: "For to år siden var det cirka 20 procent"
    ("For to år siden var det cirka 20 procent. Andelen skal op på 50 procent.", "Mål",
     [(50, 50, "procent", None)]),
    # a count of goals with a participle before "mål" sets nothing; a count after a share's "af" is its base
    ("Planen har tre overordnede mål: 400 nye boliger og flere arbejdspladser.", "Mål",
     [(400, 400, "bolig", None)]),
    ("Mindst 60 % af de fire fokusfraktioner skal genanvendes.", "Mål", [(60, 60, "procent", None)]),
    # a coordinated compound: the first conjunct with the head the lexicon knows
    ("Otte ud af ti nævninge- og domsmandssager skal afgøres inden for fire måneder.", "Mål",
     [(8, 8, "nævningesag", None)]),
    # a target given again in other terms is no second target; with nothing counted before, it is one
    ("Beskæftigelsen skal stige med mindst 2 % (svarende til ca. 300 personer).", "Mål",
     [(2, 2, "procent", None)]),
    ("Målet er fuld dækning, hvilket svarer til, at 95 procent af timerne dækkes.", "Mål",
     [(95, 95, "procent", None)]),
    # a noun left out after the same bound: "højst … 40 elever, og højst 15 må …"
    ("I hver klasse må der højst gå 28 elever, og højst 6 må have brug for støtte.", "Mål",
     [(28, 28, "elev", None), (6, 6, "elev", None)]),
    # a number in a condition that names no goal sets a duty; a contract's weights and scores set nothing
    ("Hvis ledigheden ligger over 6 procent, skal der udarbejdes en plan. Ledigheden skal under 4 procent.",
     "Mål", [(4, 4, "procent", None)]),
    ("Fravær under 8 %\nVægt 30 %\nOpfyldelse = 100 %, hvis under 8 %\nOpfyldelse = 0 % hvis over 10 %",
     "Mål", [(8, 8, "procent", None)]),
    # a bare level of a measure named before it
    ("Karaktergennemsnittet i dansk skal ligge på mindst 7,2.", "Mål",
     [(7.2, 7.2, "karaktergennemsnit", None)]),
    # "på tværs af de to afdelinger" says which; "virksomheder/ organisationer" names both
    ("Der afholdes mindst tre fælles møder på tværs af de to afdelinger.", "Mål", [(3, 3, "møde", None)]),
    ("Vi besøger mindst 12 skoler/ institutioner pr. år.", "Mål", [(12, 12, "skole/institution", "annual")]),
    # an adjective that does not inflect stands before its noun
    ("Der skal indsamles 400 blå containere.", "Mål", [(400, 400, "container", None)]),
    # today's level in a relative clause is a baseline; a count of goals named by a hyphenated compound
    ("Andelen af rygere, der i dag er på 18 procent skal i 2030 ned på 8 procent.", "Mål",
     [(8, 8, "procent", None)]),
    ("To forskellige CO2-mål skal nås: 3 % færre tons årligt.", "Mål", [(3, 3, "procent", "annual")]),
    # how long something lasts is the time measured; a range of number words; one set as a bound
    ("Et ophold på herberg bør ikke vare mere end tre-fire måneder.", "Mål", [(3, 4, "måned", None)]),
    ("Der skal være mindst én ladestander ved hver skole.", "Mål", [(1, 1, "ladestander", None)]),
    ("95 procent skal have mindst en ungdomsuddannelse.", "Mål", [(95, 95, "procent", None)]),
]


@pytest.mark.parametrize(("goal_text", "header", "expected"), TARGETS)
def test_targets(goal_text: str, header: str, expected: list[tuple]) -> None:
    goal = normalize(goal=goal_text, report="", goal_header=header)
    assert [(t.low, t.high, t.unit, t.period) for t in goal.targets] == expected


# (goal cell, expected targets as (low, unit, ceiling)): a most, not a least
CEILINGS = [
    ("Højst 5 klager årligt.", [(5, "klage", True)]),
    ("Der må højst komme 5 klager om året.", [(5, "klage", True)]),
    ("Maks. 3 sager pr. medarbejder og maksimalt 2 klager.", [(3, "sag", True), (2, "klage", True)]),
    ("Færre end 10 unge afbryder forløbet.", [(10, "ung", True)]),
    ("Ikke over 8 fejl og under 4 genindlæggelser.", [(8, "fejl", True), (4, "genindlæggelse", True)]),
    ("Op til 500 borgere deltager.", [(500, "borger", True)]),
    ("Ventelisten nedbringes fra 40 til 25 familier.", [(25, "familie", True)]),
    ("Sagsbunken reduceres til 120 sager inden udgangen af året.", [(120, "sag", True)]),
    ("Mindst 20 projekter og over 500 deltagere.", [(20, "projekt", False), (500, "deltager", False)]),
    ("Antallet af aktive stiger fra 60 til 75 pct.", [(75, "procent", False)]),
    ("Belægget maksimalt må ligge på 95 procent.", [(95, "procent", True)]),
    # a number listed after a reference's number names too
    ("Sagsbehandlingstid 4 uger efter Serviceloven § 101 og 107.", [(4, "uge", True)]),
    ("Antallet af trafikdræbte skal halveres til 90 om året.", [(90, "trafikdræbt", True)]),
    # a service goal in minutes is the time measured; not a time that conditions a share
    ("Servicemålet er, at ambulancen i gennemsnit skal være fremme efter maksimalt 8,5 minutter.",
     [(8.5, "minut", True)]),
    ("Servicemålet på 9 minutter gælder hele regionen.", [(9, "minut", True)]),
    ("Målet er, at mindst 90 procent af togene skal være fremme med mindre end tre minutters forsinkelse.",
     [(90, "procent", False)]),
    # a level a later one replaces through "til": after "fra", or with a verb of change between; a most
    # where it comes down from a higher baseline
    ("Målet er en reduktion fra 48 skader til max. 24 skader.", [(24, "skade", True)]),
    ("Vi skal gå fra at bruge cirka 900 ton papir om året til at bruge omkring 400 ton.",
     [(400, "ton", True)]),
    ("Andelen på 6,2 procent skal nedbringes til 4 procent.", [(4, "procent", True)]),
    ("Rammen var sat til 300 pladser og blev siden hævet til 420 pladser.", [(420, "plads", False)]),
    ("Andelen skal op på 40 procent i 2026, og den skal øges til mindst 45 procent i 2030.",
     [(40, "procent", False), (45, "procent", False)]),
    # A number that ends its sentence keeps its full stop apart ("20." is no ordinal here).
    ("Antallet af genindlæggelser nedbringes til 30. Det følges hvert kvartal.",
     [(30, "genindlæggelse", True)]),
    ("Antallet af frivillige øges til 45.", [(45, "frivillig", False)]),
    ("Forløbet starter i 3. kvartal med 12 deltagere.", [(12, "deltager", False)]),
    # a capitalized abbreviation parted from its dot is a most still
    ("(Max. 2,5 %)", [(2.5, "procent", True)]),
    ("Maks. 2,5 % og Max 3 klager.", [(2.5, "procent", True), (3, "klage", True)]),
    # minutes that may pass at most are the time measured
    ("Der må maksimalt gå fem minutter, fra alarmcentralen sender besked, til bilen rykker ud.",
     [(5, "minut", True)]),
    # a number set for a ceiling or a frame is a most
    ("Det kommunale udgiftsloft for 2026 fastsættes til 250,1 mia. kr.", [(250100000000, "kr", True)]),
    ("Anlægsrammen for 2026 er 21,5 mia. kr.", [(21500000000, "kr", True)]),
]


@pytest.mark.parametrize(("goal_text", "expected"), CEILINGS)
def test_ceilings(goal_text: str, expected: list[tuple]) -> None:
    goal = normalize(goal=goal_text, report="")
    assert [(t.low, t.unit, t.ceiling) for t in goal.targets] == expected


# (goal cell, report cell, expected actuals as (value, high, unit, target index))
ACTUALS = [
    ("2.000 grundskoleelever skal modtage undervisning årligt.",
     "Målet er nået.\n2.425 grundskoleelever har modtaget undervisning.\n"
     "Derudover har 7.050 elever på folke- og friskoler deltaget i workshops.",
     [(2425, None, "grundskoleelev", 0), (7050, None, "elev", None)]),
    ("4.000 folkeskoleelever og 800 friskoleelever deltager i workshops.",
     "Målet er nået 5182 folkeskoleelever og 1868 fri- og privatskoleelever har deltaget i indsatsen.",
     [(5182, None, "folkeskoleelev", 0), (1868, None, "friskoleelev", 1)]),
    ("Afvikling af 17 kurser årligt.",
     "Målet er ikke nået.\n8 ud af 17 kurser er afviklet. Der er afviklet 8 rettighedskurser på jobcentret.",
     [(8, None, "kursus", 0), (8, None, "rettighedskursus", None)]),
    ("Afvikling af 17 kurser årligt.", "Der er afviklet 8 rettighedskurser på jobcentret.",
     [(8, None, "rettighedskursus", 0)]),
    ("Etablering af civilsamfundsnetværk med to årlige møder.",
     "Målet er nået\nDer er afholdt et møde i 2024\nog planlagt afholdelse af tre møder i 2025.",
     [(1, None, "møde", 0)]),
    ("Etablering af netværk.", "Der er etableret et netværk af 15 lokale kommunale og civile aktører.",
     [(15, None, "aktør", None)]),
    ("Aktiviteter for borgere.", "Aktiviteterne er nået ud til i alt ca. 150-160 borgere i lokalområdet.",
     [(150, 160, "borger", None)]),
    ("200-300 forældre deltager i workshops.", "Målet er nået 338 forældre har deltaget i workshops.",
     [(338, None, "forælder", 0)]),
    ("Der afholdes 8-10 oplæg/workshops pr. år.", "Der er afholdt 12 oplæg/workshops for fagpersoner.",
     [(12, None, "oplæg/workshop", 0)]),
    ("Der afholdes 8-10 oplæg/workshops pr. år.", "Der er afholdt 9 workshops.", [(9, None, "workshop", 0)]),
    ("Håndtering af 250 henvendelser og 100 borgersager årligt.",
     "Der er håndteret 413 henvendelser og 121 borgersager i 2024.",
     [(413, None, "henvendelse", 0), (121, None, "borgersag", 1)]),
    ("Møder med moskéer.",
     "Der har været møder med fire københavnske moskéer, hvoraf tre af fire var positive.",
     [(4, None, "moské", None), (3, None, "moské", None)]),
    ("Andelen stiger fra 28 pct. til 35 pct.", "Andelen var 31 pct. ved udgangen af 2024.",
     [(31, None, "procent", 0)]),
    ("Der uddannes 40 frivillige årligt.",
     "Der er uddannet 42 frivillige. Yderligere 20 frivillige vil blive uddannet i foråret.",
     [(42, None, "frivillig", 0)]),
    ("Der uddannes 40 frivillige årligt.", "Det forventes, at 45 frivillige uddannes i 2025.", []),
    ("Der uddannes 40 frivillige årligt.", "I 2023 blev 38 frivillige uddannet.", []),
    ("Der afholdes 10 kurser årligt.",
     "I 2024 blev der afholdt 6 kurser, og der er planlagt 4 kurser i 2025.",
     [(6, None, "kursus", 0)]),
    ("Der afholdes 10 kurser årligt.", "Der er afholdt et kursus og en konference.",
     [(1, None, "kursus", 0)]),
    ("500 borgere deltager.", "Borgerne har i gennemsnit deltaget i 3 uger. Der var 2 deltagere under 18 år.",
     [(2, None, "deltager", None)]),
    ("Borgere modtager støtte.", "Straffelovens § 114 gælder. Der er igangsat 1. fase.", []),
    ("Borgere modtager støtte.", "Der blev videreført ét mentorforløb fra 2023 til 2024.",
     [(1, None, "mentorforløb", None)]),
    # the target's compound head measures it only where nothing surer does
    ("2.000 grundskoleelever årligt.", "Der har deltaget 7.050 elever.", [(7050, None, "elev", 0)]),
    ("Der etableres 12 nye krisepladser.", "Der er oprettet 9 pladser og 2 krisepladser.",
     [(9, None, "plads", None), (2, None, "kriseplads", 0)]),
    ("Der etableres 12 nye krisepladser.", "Ved årets udgang var der 11 pladser.", [(11, None, "plads", 0)]),
    ("Afvikling af 17 rettighedskurser årligt.",
     "Målet er nået.\n17 ud af 17 kurser er afviklet. Der er afviklet 11 rettighedskurser på jobcentret.",
     [(17, None, "kursus", 0), (11, None, "rettighedskursus", None)]),
    # a definite article names what is known, it does not count: "de to skoler"
    ("Pilot på to udvalgte folkeskoler.", "Der er afholdt pilot i tæt dialog med de to skoler.", []),
    ("Der åbnes 20 boliger.", "Der er åbnet 14 boliger. De øvrige 6 boliger står klar til sommer.",
     [(14, None, "bolig", 0)]),
    # a count out of a whole past "ca.", "de" or a genitive
    ("Alle 60 lærere deltager i kurset.", "Indtil nu har 48 ud af knap 60 lærere deltaget.",
     [(48, None, "lærer", 0)]),
    ("Alle skoler deltager.", "12 af kommunens 40 skoler og 3 af de 5 klubber deltager.",
     [(12, None, "skole", None), (3, None, "klub", None)]),
    # a year after a month or quarter is a date; the latest time of year is the report's
    ("Der afholdes 10 møder.", "Opgørelsen fra marts 2024 viser 11 møder.", [(11, None, "møde", 0)]),
    ("Der afholdes 10 møder.",
     "Opgørelsen fra marts 2024 viser 11 møder, og pr. 3. kvartal 2024 er der 14 møder.",
     [(14, None, "møde", 0)]),
    ("Mindst 90 procent skal have svar til tiden.",
     "I tredje kvartal fik 84 procent svar til tiden, mens det i første kvartal var 79 procent.",
     [(84, None, "procent", 0)]),
    ("Ledigheden falder til 4 pct.", "Ledigheden er faldet fra 5,2 til 4,6 pct.",
     [(4.6, None, "procent", 0)]),
    ("Der afholdes 900 samtaler.", "Der er afholdt 1 020 samtaler.", [(1020, None, "samtale", 0)]),
    # a comparison or another year dates its own clause, not the whole sentence
    ("Der ydes 600 rådgivninger.", "Der er ydet 640 rådgivninger mod ca. 580 rådgivninger året før i 2023.",
     [(640, None, "rådgivning", 0)]),
    ("Der ydes 600 rådgivninger.", "Der er ydet 640 rådgivninger (2023: 580 rådgivninger).",
     [(640, None, "rådgivning", 0)]),
    ("Der afholdes 4 temadage.", "Der er afholdt tre temadage, mens to temadage er flyttet til 2025.",
     [(3, None, "temadag", 0)]),
    ("Der afholdes 4 temadage.", "I 2023 blev der afholdt fire temadage, og 30 ansatte deltog.", []),
    ("Der afholdes 4 temadage.", "Der er afholdt fire temadage mod vold i 2024.", [(4, None, "temadag", 0)]),
    # a quantity in brackets is dated by the sentence around it
    ("Der bygges 3.000 m² nye klubhuse.", "Klubhuset i Vest (1.200 m²) indvies i foråret 2025.", []),
    ("Der tilbydes 300 samtaler.", "I 2024 har 310 borgere (heraf 45 unge) fået en samtale.",
     [(310, None, "borger", None), (45, None, "ung", None)]),
    # a week's year is a date; a preposition ends the counted phrase; delayed is not delivered
    ("Færre hjemløse.", "Tællingen i uge 11 2024 viste 230 hjemløse mod 260 året før.",
     [(230, None, "hjemløs", None)]),
    ("Der udskiftes 40 busser.", "Levering af 25 busser er forsinket, og 15 busser er leveret.",
     [(15, None, "bus", 0)]),
    ("Der holdes 6 sprogcaféer.", "Der er holdt 5 sprogcaféer, og 1 sprogcafé blev aflyst.",
     [(5, None, "sprogcafé", 0)]),
    ("Der besvares 90 % af opkaldene.", "92 % af de 3.100 opkald er besvaret.",
     [(92, None, "procent", 0), (3100, None, "opkald", None)]),
    # a measure's abbreviation may end the sentence, and then a capital starts the next
    ("Der anlægges 20 km stier.", "Der er i år anlagt 21 km.", [(21, None, "km", 0)]),
    ("Der uddeles 500.000 kr. til foreninger.",
     "Der er uddelt 450.000 kr. Resten forventes uddelt i foråret.",
     [(450000, None, "kr", 0)]),
    ("Solceller på 6.000 kvadratmeter tag.", "Der er sat solceller op på 4.200 m² tag.",
     [(4200, None, "m²", 0)]),
    # a share of people counts no noun after its verb ("kendte kampagnens …")
    ("Kampagne om rettigheder.", "7 ud af 10 huskede kampagnens hovedbudskab.", []),
    ("Kampagne om rettigheder.", "6 ud af 10 unge kendte tilbuddet.", [(6, None, "ung", None)]),
    ("Der etableres en café.", "Caféen har 45 faste gæster hver uge.", [(45, None, "gæst", None)]),
    # among targets of the same unit, the one nearest in size
    ("Der bruges 40 mio. kr. på nybyggeri og 1,5 mio. kr. på rådgivning.",
     "Rådgivningen har kostet 1,4 mio. kr.",
     [(1400000, None, "kr", 1)]),
    # "delmålet var at nå 50 %" says what the goal was: no actual
    ("Delmålet er at nå 50 % i 2024.", "Andelen er nu 48 %. Delmålet var at nå 50 % i år.",
     [(48, None, "procent", 0)]),
    # a bare number counts what the target it shares its verb (or the goal) with counts; a number
    # naming the noun before it counts nothing
    ("500 borgere skal deltage i kurser årligt.", "Målet er nået. 520 har deltaget.",
     [(520, None, "borger", 0)]),
    ("4 møder skal afholdes årligt.", "Der er afholdt 5 i 2024.", [(5, None, "møde", 0)]),
    ("4 møder skal afholdes årligt.", "Målet er nået med 5.", [(5, None, "møde", 0)]),
    ("90 procent af opkaldene besvares inden for tre minutter.",
     "Kun 24 procent af opkaldene til akuttelefonen 1813 blev besvaret.", [(24, None, "procent", 0)]),
    # a goal noun opening the next sentence restates nothing of the number before it
    ("Andelen skal være mindst 85 procent i 2024.", "Andelen ligger på 87 pct. Målet for 2025 er 88 pct.",
     [(87, None, "procent", 0)]),
    # a one-word label counts its number; the nearest "antallet af" names what a number counts; a year
    # after a number dates that number, not the next clause's
    ("Vejlederne håndterer 250 henvendelser og 100 borgersager årligt.",
     "Henvendelser: 413. Borgersager: 121.",
     [(413, None, "henvendelse", 0), (121, None, "borgersag", 1)]),
    ("Vejlederne håndterer 250 henvendelser og 100 borgersager årligt.",
     "Antallet af henvendelser var 413 og antallet af borgersager 121.",
     [(413, None, "henvendelse", 0), (121, None, "borgersag", 1)]),
    ("Vejlederne håndterer 250 henvendelser og 100 borgersager årligt.",
     "Der blev registreret 413 henvendelser (2023: 390) og 121 borgersager (2023: 98).",
     [(413, None, "henvendelse", 0), (121, None, "borgersag", 1)]),
    ("Vejlederne håndterer 250 henvendelser og 100 borgersager årligt.",
     "Vejlederne har i 2024 håndteret 413 henvendelser mod 390 i 2023 og 121 borgersager mod 98 i 2023.",
     [(413, None, "henvendelse", 0), (121, None, "borgersag", 1)]),
    ("500 borgere skal deltage i kurser årligt.", "Målet er nået, idet 520 har deltaget.",
     [(520, None, "borger", 0)]),
    # what is still lacking or needed is no delivery
    ("500 deltagere årligt.", "Der mangler 200 deltagere.", []),
    ("Udledningen skal ned til 38.300 tons.", "Der er nu et indsatsbehov på 13.100 tons.", []),
    # figures listed together measure the same target, each for its part
    ("Mindst 90 procent af patienterne får en plan inden for fire timer.",
     "I Hobro og Thisted er det 59 og 65 procent, der får en plan inden for fire timer.",
     [(59, None, "procent", 0), (65, None, "procent", 0)]),
    # people whom the clause says were killed count the killed of a road-safety goal
    ("Højst 120 dræbte i trafikken om året.", "Sidste år mistede 167 personer livet i trafikken.",
     [(167, None, "trafikdræbt", 0)]),
    ("Højst 120 dræbte om året.", "I 2024 blev der dræbt 175 mennesker.", [(175, None, "dræbt", 0)]),
    # a share's relative clause says what it counts: the shares pair by it, not by their size
    ("Mindst 85 % skal have første dosis, og mindst 75 % skal have begge.",
     "Blandt de 12-årige var det 64 %, som havde fået første dosis, og 41 %, som havde fået begge.",
     [(64, None, "procent", 0), (41, None, "procent", 1)]),
    # a relative clause after a list of figures is theirs all
    ("Mindst 80 procent af patienterne skal have en plan inden for to timer.",
     "På de to matrikler er det 61 og 66 procent, der får en plan inden for to timer.",
     [(61, None, "procent", 0), (66, None, "procent", 0)]),
    # things added to what there is are measured by an increase
    ("Der skal tilføres ældreplejen 500 social- og sundhedshjælpere.",
     "Ved årets udgang var der 520 flere social- og sundhedshjælpere.",
     [(520, None, "socialhjælper", 0)]),
    # a national figure measures a national goal; a "når" clause of what was is no condition
    ("Ventetiden på en plejebolig må højst være 60 dage.",
     "På landsplan ventede de ældre i gennemsnit 41 dage.", [(41, None, "dag", 0)]),
    ("Højst 200 trafikdræbte om året.",
     "Vi er langt fra målet, når der i år var 230 trafikanter, der mistede livet.",
     [(230, None, "dræbt", 0)]),
    # a time of day counts nothing
    ("Mindst 90 procent af afgangene skal være til tiden.",
     "Mellem klokken 7 og 9 var 84 procent af afgangene til tiden.", [(84, None, "procent", 0)]),
    # the figure just told, taken up as the subject with a definite article, is the actual
    ("25 procent af arealet skal være skov i 2040.",
     "Hver ottende hektar er nu skov. De 12,4 procent er det højeste nogensinde.",
     [(12.4, None, "procent", 0)]),
    # a figure listed after what the one before it is of measures the same target
    ("Mindst 85 procent af eleverne skal bestå prøven.",
     "I år bestod mellem 70 og 74 procent af eleverne i dansk og mellem 78 og 80 procent i matematik.",
     [(70, 74, "procent", 0), (78, 80, "procent", 0)]),
    # a share of a municipality's pupils measures a national share of pupils: the owner is no base
    ("Ministeriets mål er, at 25 procent af landets elever vælger en erhvervsuddannelse.",
     "I år valgte 23 procent af kommunens grundskoleelever en erhvervsuddannelse.",
     [(23, None, "procent", 0)]),
    # a margin against what was budgeted is no result
    ("Anlægsudgifterne må højst udgøre 18 mia. kr.",
     "Anlægsudgifterne blev 17,6 mia. kr., hvilket er 0,4 mia. kr. mindre end budgetteret.",
     [(17600000000, None, "kr", 0)]),
    ("Servicerammen er 2 mia. kr.",
     "Forbruget blev 1,9 mia. kr. Det er et underforbrug på i alt 0,1 mia. kr.",
     [(1900000000, None, "kr", 0)]),
    # a strong verb's past after a bare number counts nothing itself: the number counts the target's
    ("500 borgere skal deltage i kurser.", "I alt 480 deltog.", [(480, None, "borger", 0)]),
    # a bare number after a strong past ("der deltog 520"); a count short of the goal is no result
    ("Mindst 500 borgere skal deltage i kurser.", "Målet var 500 borgere, og der deltog 520.",
     [(520, None, "borger", 0)]),
    ("Mindst 500 borgere skal deltage i kurser.", "Der deltog 480 borgere, 20 færre end målet.",
     [(480, None, "borger", 0)]),
    # a change counted from a base year measures a change target
    ("Udledningen skal nedsættes med mindst 2 % årligt.",
     "I forhold til basisåret 2023 er der sket et fald i udledningen på ca. 4 %.",
     [(4, None, "procent", 0)]),
    # a level at the start of the work is a baseline; a commitment's number is the goal said again
    ("60 procent af borgerne skal være aktive.",
     "Ved opstarten af projektet var status, at 52 procent var aktive. I år er 58 procent aktive.",
     [(58, None, "procent", 0)]),
    ("Der skal plantes 400 træer.",
     "Kommunen har forpligtet sig til at plante 400 træer, og der er plantet 310 træer.",
     [(310, None, "træ", 0)]),
    # a share of occasions measures a share of people
    ("95 % af borgerne skal have svar inden for 2 dage.", "Svartiden var i 93 % af tilfældene under 2 dage.",
     [(93, None, "procent", 0)]),
    # a year before a strong past is a year; a strong past in -å counts nothing
    ("Sagsbehandlingstiden skal ned med 20 procent.", "I første halvår af 2024 gik der 180 dage.", []),
    ("Mindst 75 procent skal bestå.", "Tre ud af fire bestod.", []),
]


@pytest.mark.parametrize(("goal_text", "report", "expected"), ACTUALS)
def test_actuals(goal_text: str, report: str, expected: list[tuple]) -> None:
    goal = normalize(goal=goal_text, report=report)
    assert [(a.value, a.high, a.unit, a.target) for a in goal.actuals] == expected


# (goal cell, report cell, attainment, flags)
AUDITS = [
    ("2.000 grundskoleelever årligt.", "Målet er nået.\n2.425 grundskoleelever har deltaget.", 1.2125, ()),
    ("Afvikling af 17 kurser årligt.", "Målet er ikke nået.\n8 ud af 17 kurser er afviklet.", 0.4706, ()),
    ("Etablering af netværk med to årlige møder.", "Målet er nået\nDer er afholdt et møde i 2024.", 0.5,
     ("status_contradicts_numbers",)),
    ("Afvikling af 17 kurser årligt.", "Målet er ikke nået.\n18 kurser er afviklet.", 1.0588,
     ("status_contradicts_numbers",)),
    ("250 henvendelser og 100 borgersager årligt.",
     "Målet er ikke nået.\nDer er håndteret 413 henvendelser og 90 borgersager.", 0.9, ()),
    ("250 henvendelser og 100 borgersager årligt.",
     "Målet er nået.\nDer er håndteret 413 henvendelser og 121 borgersager.", 1.21, ()),
    ("200-300 forældre deltager.", "Målet er delvist nået. 150 forældre har deltaget.", 0.75, ()),
    ("200-300 forældre deltager.", "Målet er nået.", None, ()),
    ("Afvikling af 17 kurser årligt.", "Målet er ikke nået.", None, ()),
    ("Der afholdes 8-10 oplæg/workshops pr. år.", "Målet er nået\nDer er afholdt 12 oplæg/workshops.",
     1.5, ()),
    # a ceiling is met at or below it: no attainment, and the flag turned round
    ("Højst 5 klager årligt.", "Målet er nået. Der kom 3 klager.", None, ()),
    ("Højst 5 klager årligt.", "Målet er nået. Der kom 7 klager.", None, ("status_contradicts_numbers",)),
    ("Ventelisten nedbringes til 25 familier.", "Målet er ikke nået. 22 familier venter.", None,
     ("status_contradicts_numbers",)),
    ("Op til 12 hold og mindst 30 frivillige.", "Målet er nået. Der er 10 hold og 36 frivillige.", 1.2, ()),
    # a singular noun pairs with its plural ("1 leder" measures "10 ledere")
    ("10 ledere uddannes.", "Målet er ikke nået. Kun 1 leder er uddannet.", 0.1, ()),
    # a measured time is a ceiling: 7 weeks against at most 6 contradicts "achieved"
    ("Sagsbehandlingstiden skal ned på 6 uger.", "Sagsbehandlingstiden er 7 uger. Målet er nået.", None,
     ("status_contradicts_numbers",)),
    ("Ventetiden er højst 10 dage.", "Målet er nået. Ventetiden var 8 dage.", None, ()),
    # a hedged verdict is no "achieved" to contradict
    ("Der afholdes 10 kurser.", "Målet er nået – dog ikke helt. Der er afholdt 8 kurser.", 0.8, ()),
]


# (goal cell, report cell, targets as (low, unit, ceiling), paired actuals as (value, target),
#  numbers left out as (text, reason)): a number's role in its clause, read alike in goal and report
ROLES = [
    # a restated target and an excess are no actuals
    ("Der skal være 1.500 besøg.", "Målet for året var 1.500 besøg, og der kom 1.620 besøg.",
     [(1500, "besøg", False)], [(1620, 0)], [("1.500 besøg", "restated target")]),
    ("Budgettet er 2 mio. kr.", "Rammen er overholdt, og målet er overgået med 0,2 mio. kr.",
     [(2000000, "kr", False)], [], [("0,2 mio. kr.", "excess")]),
    ("Der etableres 300 pladser.", "Der er etableret 310 pladser, hvilket er 10 pladser over målet.",
     [(300, "plads", False)], [(310, 0)], [("10 pladser", "excess")]),
    # the distance left to the goal is neither target nor delivery
    ("Målet er 80 procent, men i dag er vi cirka 6 procentpoint derfra.", "Andelen var 74 procent.",
     [(80, "procent", False)], [(74, 0)], [("cirka 6 procentpoint", "distance to the goal")]),
    ("Mindst 60 % af borgerne skal være tilfredse.", "Andelen er 55 %, altså 5 procent under målet.",
     [(60, "procent", False)], [(55, 0)], [("5 procent", "distance to the goal")]),
    # a change's start with a bound on its end: "fra 27% til mere end 55%"
    ("Genanvendelsen skal være 50 %.", "Genanvendelsen er øget fra 31 % til mere end 52 %.",
     [(50, "procent", False)], [(52, 0)], [("31 %", "baseline")]),
    # baselines in other words, in goal and in report
    ("Antallet hæves fra et mål om 400 til 600 deltagere.", "", [(600, "deltager", False)], [], []),
    ("Sidste år var andelen 30 pct., og den skal op på 45.", "", [(45, "procent", False)], [],
     [("30 pct.", "baseline")]),
    ("Udgangspunkt: 62 %. Andelen skal være 70 %.", "Baseline: 62 %. I 2024 er andelen 66 %.",
     [(70, "procent", False)], [(66, 0)], [("62 %", "baseline"), ("62 %", "baseline")]),
    ("Der holdes 1.100 samtaler.", "Der er holdt 1.180 samtaler mod 950 samtaler i 2023.",
     [(1100, "samtale", False)], [(1180, 0)], [("950 samtaler", "comparison year")]),
    # a verb of change, the amount, then the level after "til": the amount is the change
    ("Sagsbehandlingstiden skal være højst 13 uger.",
     "Sagsbehandlingstiden steg i gennemsnit en uge til 15,2 uger.",
     [(13, "uge", True)], [(15.2, 0)], []),
    # the amount of a change noun is no scope of a share; a count named by "antal" before a bare level;
    # a unit written out is its symbol ("megawatt" is mw)
    ("Udledningen skal årligt nedbringes med 1.451 ton.",
     "Der er blot sket en reduktion på 12 ton – altså under en procent.",
     [(1451, "ton", False)], [(12, 0)], []),
    ("Antallet af trafikdræbte må højest være 300.", "Det samlede antal trafikdræbte er nu nede på 290.",
     [(300, "trafikdræbt", True)], [(290, 0)], []),
    ("Der udbygges 500 megawatt landvind.", "Der er opstillet 924 MW.", [(500, "mw", False)], [(924, 0)], []),
    # a goal's level labelled with an earlier year is its baseline; a change's base year dates no level
    ("Andelen skal stige til 90 pct. i 2026 (2023: 84 pct.).", "Andelen er 86 pct. i 2024.",
     [(90, "procent", False)], [(86, 0)], [("84 pct.", "baseline")]),
    ("Udledningen skal reduceres med 70 % i 2030 i forhold til 1990.",
     "Udledningen er reduceret med 54 % i forhold til 1990.", [(70, "procent", False)], [(54, 0)], []),
    # a share of the complement (negated, or on the other side of a time limit) measures no target
    ("Mindst 90 procent skal have en plan senest fire timer efter ankomst.",
     "Kun 46 procent af patienterne, der venter mere end fire timer, klager. 59 procent får en plan "
     "inden for fire timer.", [(90, "procent", False)], [(59, 0)], []),
    ("98 procent af togene skal køre til tiden.", "Ti procent af togene kører ikke til tiden.",
     [(98, "procent", False)], [], []),
    # "personer" is a general word for the people a target counts
    ("Der skal uddannes 345 politikadetter.", "126 personer har færdiggjort uddannelsen.",
     [(345, "politikadet", False)], [(126, 0)], []),
    # among equal units, the actual said in the target's words wins, a compound by its head
    ("80 unge skal have en uddannelsesplan.",
     "Vi har været i kontakt med 300 unge, og 95 unge har fået en plan.",
     [(80, "ung", False)], [(95, 0)], []),
    # a tolerance is a most; "omkring de 90 procent" is a rough level, no qualifier
    ("Budgetafvigelse på maksimalt +/- 2 %.", "Målet er opfyldt, da årets mindreforbrug udgør 1,4 %.",
     [(2, "procent", True)], [(1.4, 0)], []),
    ("98 procent af togene skal køre til tiden.", "Andelen ligger omkring de 90 procent.",
     [(98, "procent", False)], [(90, 0)], []),
    # a scale's ends are no levels
    ("Tilfredsheden skal være mindst 80 % på en skala fra 1 til 5 i 2025.", "", [(80, "procent", False)], [],
     [("5", "qualifier")]),
    # a bound in a relative clause on a noun says which things are meant
    ("Andelen af kommuner, der har over 20.000 indbyggere, skal være 50 %.", "", [(50, "procent", False)], [],
     [("over 20.000 indbyggere", "qualifier")]),
    # a "hvor" clause after a year is dated by it
    ("Andelen skal være 90 %.",
     "Andelen var 79 % i 2024, hvilket er lavere end i 2014, hvor andelen var 89 %.",
     [(90, "procent", False)], [(79, 0)], [("89 %", "comparison year")]),
    # a number listed after a compared one is compared too
    ("Servicemålet er 9 minutter.",
     "Responstiden endte på 8,2 minutter, mod 8,5 minutter måneden før og 8,9 minutter i juni.",
     [(9, "minut", True)], [(8.2, 0)],
     [("8,5 minutter", "comparison year"), ("8,9 minutter", "comparison year")]),
    # a change measures a change, whatever form its verb has ("faldet med")
    ("Antallet skal reduceres med 10 %.", "Antallet er faldet med 12 %.", [(10, "procent", False)],
     [(12, 0)], []),
    # the predicate after a relative clause dates the subject's number: a forecast is no actual
    ("Mindst 90 procent skal have en uddannelse.",
     "84 procent af de unge, som gik i 9. klasse i 2016, forventes at opnå en uddannelse.",
     [(90, "procent", False)], [], [("84 procent", "future")]),
    # the report's own time right at the number, whatever else its clause dates
    ("Andelen skal være 25 procent.", "Andelen er faldet til 19,9 procent i år fra 20,1 procent sidste år.",
     [(25, "procent", False)], [(19.9, 0)], [("20,1 procent", "comparison year")]),
    ("Der holdes 1.100 samtaler.",
     "Der er holdt 1.180 samtaler. Det forventes, at 1.300 samtaler holdes i 2025.",
     [(1100, "samtale", False)], [(1180, 0)], [("1.300 samtaler", "future")]),
    # qualifiers and names are no targets
    ("Alle skoler med over 300 elever får besøg af 2 vejledere.", "", [(2, "vejleder", False)], [],
     [("over 300 elever", "qualifier")]),
    ("Samarbejdet mellem de to forvaltninger styrkes med 4 møder.", "", [(4, "møde", False)], [],
     [("to forvaltninger", "qualifier")]),
    ("80 % af kursisterne på Danskuddannelse 2 består modultest 2.", "", [(80, "procent", False)], [], []),
    # units where the word after the number is not the counted noun
    ("Antallet af klager skal være højst 50 inden udgangen af året.", "", [(50, "klage", True)], [], []),
    ("Der holdes 15 fælles arrangementer.", "", [(15, "arrangement", False)], [], []),
    ("Antallet af dræbte skal ned til 20 dræbte.", "", [(20, "dræbt", True)], [], []),
    ("Højst 90 dræbte og 900 tilskadekomne.", "", [(90, "dræbt", True), (900, "tilskadekommen", True)],
     [], []),
    # waiting and processing times are targets where they are what the goal measures: ceilings
    ("Ventetiden er højst 10 dage.", "Ventetiden var 12 dage.", [(10, "dag", True)], [(12, 0)], []),
    ("Sagsbehandlingstiden skal ned på 6 uger.", "Sagsbehandlingstiden er 5 uger.", [(6, "uge", True)],
     [(5, 0)], []),
    ("90 pct. tilbydes en plads inden for 60 dage.", "", [(90, "procent", False)], [], []),
    ("Borgerne tilbydes et forløb på seks måneder.", "", [], [], []),
    # pairing by what is measured: a general word, the words of the target's clause
    ("350 seniorer deltager i motion.", "412 deltagere har været med.", [(350, "senior", False)],
     [(412, 0)], []),
    ("80 unge får en plan.", "Vi har været i kontakt med 300 unge, og 95 unge har fået en plan.",
     [(80, "ung", False)], [(95, 0)], []),
    # others' level, and a total that borrows its sentence's unit
    ("Mindst 80 % af borgerne skal være tilfredse.", "Tilfredsheden er 86 %. Landsgennemsnittet er 82 %.",
     [(80, "procent", False)], [(86, 0)], [("82 %", "comparison year")]),
    ("I 2024 uddannes 200 medarbejdere, og i alt 600 i planperioden.",
     "230 medarbejdere er uddannet i 2024, i alt 410 siden 2023.",
     [(200, "medarbejder", False), (600, "medarbejder", False)], [(230, 0), (410, 1)], []),
    ("Der etableres 40 nye pladser i 2024 og 120 i alt frem til 2026.", "Der er etableret 45 pladser i 2024.",
     [(40, "plads", False), (120, "plads", False)], [(45, 0)], []),
    ("Der skal gennemføres 400 samtaler.", "Der er gennemført 412 samtaler, svarende til 103 pct. af målet.",
     [(400, "samtale", False)], [(412, 0)], [("103 pct.", "share of the target")]),
    # the report year's figure measures the year's target before the plan period's total
    ("Der uddannes 40 frivillige årligt og 120 frivillige i hele planperioden.",
     "Der er uddannet 45 frivillige.", [(40, "frivillig", False), (120, "frivillig", False)], [(45, 0)], []),
    ("Der uddannes 40 frivillige årligt og 120 frivillige i hele planperioden.",
     "I alt er der siden 2022 uddannet 110 frivillige.",
     [(40, "frivillig", False), (120, "frivillig", False)], [(110, 1)], []),
    # processing and waiting times: an answer time where nothing else is counted, a unit that
    # keeps the text's days, a unit elided in a second range, a limit noun, what may pass at most
    ("Borgere skal have svar inden for 4 timer.", "Borgerne fik i gennemsnit svar inden for 3 timer.",
     [(4, "time", True)], [(3, 0)], []),
    ("Svartiden er to hverdage.", "Svartiden var tre hverdage.", [(2, "hverdag", True)], [(3, 0)], []),
    ("Ventetiden skal være 30 dage for simple sager og 40-50 for komplekse sager.", "",
     [(30, "dag", True), (40, "dag", True)], [], []),
    ("Udredningsretten er på 30 dage.", "Ventetiden var 46 dage.", [(30, "dag", True)], [(46, 0)], []),
    ("Der må højst gå 14 kalenderdage fra henvisningen til behandlingen.", "",
     [(14, "kalenderdag", True)], [], []),
    ("Realitetsbehandling af ansøgningen § 17 3 mdr.", "", [(3, "måned", True)], [], []),
    # no measured time: a condition, a citizen's own time, a stretch of the calendar, an age, a change
    ("Har vi ikke svaret inden 14 dage, kan du klage.", "", [], [], []),
    ("Du har 4 uger til at klage over afgørelsen.", "", [], [], []),
    ("Andelen skal op på 60 pct. i de seneste 12 måneder.", "", [(60, "procent", False)], [], []),
    ("Andelen af unge op til 25 år uden uddannelse skal halveres.", "", [], [], []),
    ("Ventetiderne skal nedbringes med seks dage.", "", [(6, "dag", False)], [], []),
    # a daily amount of minutes is a least; the requirement said again is no actual
    ("Eleverne skal bevæge sig 45 minutter om dagen.",
     "Kun halvdelen lever op til kravet om 45 minutters bevægelse.",
     [(45, "minut", False)], [], [("45 minutters", "restated target")]),
    # an increase ("flere") is measured by an increase, not by the year's level; a noun of the same
    # things under another name measures it; "N flere end …" borrows its noun
    ("Der skal være 500 flere pædagoger.", "Der er ansat 320 flere pædagoger. I alt er der 4.100 pædagoger.",
     [(500, "pædagog", False)], [(320, 0)], []),
    ("Der skal skabes 2.100 flere praktikpladser.",
     "Der er indgået 37.087 uddannelsesaftaler. Det er 2.800 flere end i 2016.",
     [(2100, "praktikplads", False)], [(2800, 0)], []),
    ("Der skal være 2100 flere praktikpladser i 2018.", "", [(2100, "praktikplads", False)], [], []),
    # a narrower kind does not measure a qualified class; a measure written short does
    ("Der skal være 100 grønne biler i kommunens bilpark.", "Kommunen har nu 80 elbiler.",
     [(100, "bil", False)], [], []),
    ("Der indsamles 5 kg madaffald pr. husstand om ugen.",
     "Der blev indsamlet ca. 6 kg pr. husstand om ugen.",
     [(5, "kg", False)], [(6, 0)], []),
    # a change "fra … i 2020 til N" ends in the report year; a reduction on a percentage
    ("Andelen i job skal være 70 pct.", "Andelen er steget fra 30 pct. i 2020 til 64 pct.",
     [(70, "procent", False)], [(64, 0)], [("30 pct.", "baseline")]),
    ("Udledningen reduceres med 70 %.", "Der er opnået en reduktion på 48 %.", [(70, "procent", False)],
     [(48, 0)], []),
    # planned money, forecasts, possibilities and restatements of them are no actuals
    ("Der afholdes 20 kurser.", "Der er afsat 1,5 mio. kr. til at afholde flere kurser. "
     "Forventningen er, at 18 kurser afholdes.", [(20, "kursus", False)], [],
     [("1,5 mio. kr.", "future"), ("18 kurser", "future")]),
    ("Genanvendelsen skal være 50 pct.", "Ifølge prognoserne når genanvendelsen 47 pct.",
     [(50, "procent", False)], [], [("47 pct.", "future")]),
    ("Der ansættes 50 pædagoger.", "Med midlerne kan der ansættes 60 pædagoger.", [(50, "pædagog", False)],
     [], [("60 pædagoger", "future")]),
    ("Der indsamles 3.000 ton madaffald.",
     "Vi forventer at indsamle 2800 tons madaffald. Det svarer til cirka 30 % af affaldet.",
     [(3000, "ton", False)], [], [("2800 tons", "future"), ("cirka 30 %", "future")]),
    # numbers that only say which things count, a fraction, a word that only looks like a goal noun
    ("Det er især ét område, hvor der skal opnås mindst 80 procents økologi.", "",
     [(80, "procent", False)], [], []),
    ("Det er tre fjerdedele af anbefalingen på 60 minutters bevægelse om dagen.", "",
     [(60, "minut", False)], [], []),
    ("50 pct. af affaldet genanvendes.", "Genanvendelsen målt efter metoden er oppe på 41 %.",
     [(50, "procent", False)], [(41, 0)], []),
    # a question or a condition delivers nothing; a share of people measures no share of things
    ("Cykelkørslen skal øges med 20 procent.", "Gevinsten vil være stor, dersom det lykkes at øge den med 20 "
     "procent.", [(20, "procent", False)], [], [("20 procent", "condition")]),
    ("80 procent af kommunikationen skal være digital.",
     "I dag er 89 pct. af borgerne tilmeldt, mens 11 pct. er fritaget.", [(80, "procent", False)], [], []),
    # a fall from a baseline range to a level sets a ceiling; a change measured against a change
    ("Andelen skal være nedbragt fra 6 – 7% til 5%.", "", [(5, "procent", True)], [],
     [("6 – 7%", "baseline")]),
    ("Målet er en 25 % reduktion i 2025.", "Udledningen er reduceret fra bygninger og transport med 23 %.",
     [(25, "procent", False)], [(23, 0)], []),
    # a bound after the counted noun and its verbs; a unit left out after a bound in a list
    ("Antallet af trafikdræbte højest må være 300 inden udgangen af 2012.", "",
     [(300, "trafikdræbt", True)], [], []),
    ("Sagsbehandlingstiden skal under 13 uger og under 10 i sager om pension.", "",
     [(13, "uge", True), (10, "uge", True)], [], []),
    # a spread over bodies, a distance from others' level, a margin against a budget; the report's own
    # time before a number
    ("Andelen skal op på 96 procent.", "Andelen er 95 procent og varierer mellem kommunerne fra 90 til 98 "
     "procent.", [(96, "procent", False)], [(95, 0)], [("98 procent", "comparison year")]),
    ("Ledigheden skal ned på 4 procent.", "Ledigheden er 5,3 procent, hvilket er 0,9 procentpoint over "
     "landsgennemsnittet.", [(4, "procent", True)], [(5.3, 0)], [("0,9 procentpoint", "comparison year")]),
    ("Andelen skal være 25 procent.", "Andelen var i år 12,9 procent – en lille stigning fra 2017, hvor "
     "tallet var 12,8 procent.", [(25, "procent", False)], [(12.9, 0)],
     [("12,8 procent", "comparison year")]),
    # numbers in names; a school year dates a clause
    ("Målet er at mindske CO 2 -udledningen med tre procent om året.", "", [(3, "procent", False)], [], []),
    ("Andelen skal op på 90 procent.", "I skoleåret 2015/16 var andelen 83 procent.",
     [(90, "procent", False)], [], [("83 procent", "comparison year")]),
    # an earlier month than the report's latest; the period just ended where nothing is dated now
    ("Ventetiden skal være højst 20 dage.",
     "Ventetiden toppede i marts med 26 dage, og i maj var den 18 dage.",
     [(20, "dag", True)], [(18, 0)], [("26 dage", "comparison year")]),
    ("Højst 50 ulykker i 2030.", "Der skete 64 ulykker sidste år.", [(50, "ulykke", True)], [(64, 0)], []),
    # an approach verb, a wish of those counted, a service goal's inserted relative, a change noun compound
    ("Højst 50 ulykker om året.",
     "Det mål nærmer vi os med 55 ulykker.", [(50, "ulykke", True)], [(55, 0)], []),
    ("30 procent af eleverne skal vælge en erhvervsuddannelse.",
     "I dag er det 22 procent, der ønsker at vælge en erhvervsuddannelse.",
     [(30, "procent", False)], [(22, 0)], []),
    ("Det servicemål, som er aftalt med leverandøren, er 12 minutter.", "Responstiden var 11 minutter.",
     [(12, "minut", True)], [(11, 0)], []),
    ("Målet er 20 procent CO2-reduktion frem til 2030.", "Udledningen er reduceret med 12 procent.",
     [(20, "procent", False)], [(12, 0)], []),
    # the requirement itself lowered: the new level, no ceiling
    ("80 procent af sagerne skulle afgøres inden for fire uger. Kravet blev senere sænket til 70 procent.",
     "I år blev 65 procent af sagerne afgjort.",
     [(70, "procent", False)], [(65, 0)], [("80 procent", "baseline")]),
    # a change noun's amount; an at-clause under a norm; a national figure for a local goal
    ("Andelen skal være 40 procent.",
     "Stigningen fra 2022 til 2023 var på 2 procent.", [(40, "procent", False)], [],
     [("2 procent", "comparison year")]),
    ("90 procent skal bestå.", "Det skal ikke være en sejr i sig selv, at 90 procent består.",
     [(90, "procent", False)], [], [("90 procent", "future")]),
    ("Odense Kommune skal have under 200 ledige unge.", "I hele landet var der 9.000 ledige unge.",
     [(200, "ung", True)], [], []),
    # a deadline counted against; counted bodies' level; shares of two groups; the goal restated
    ("Alle skal have svar inden for 10 dage.", "Kun halvdelen af borgerne fik svar inden for 10 dage.",
     [(10, "dag", True)], [], [("10 dage", "condition")]),
    ("Andelen skal op på 50 procent.", "Fem kommuner genanvender mellem 30 og 40 procent.",
     [(50, "procent", False)], [], [("30 og 40 procent", "comparison year")]),
    ("80 procent skal være vaccineret.",
     "I alt er 75 procent af kvinderne og 70 procent af mændene vaccineret.",
     [(80, "procent", False)], [], []),
    ("Der skal etableres 200 pladser.", "Det svarer til 40 pladser om året.", [(200, "plads", False)], [],
     [("40 pladser om året", "restated target")]),
]


# (goal column header, goal cell, expected targets as (low, unit, ceiling)): a column of times
TIME_COLUMNS = [
    ("Frist", "4 uger", [(4, "uge", True)]),
    ("Svarfrist", "14 arbejdsdage", [(14, "arbejdsdag", True)]),
    ("Servicemål", "55 dage", [(55, "dag", True)]),
    ("Mål", "4 uger", []),
]


@pytest.mark.parametrize(("header", "goal_text", "expected"), TIME_COLUMNS)
def test_time_columns(header: str, goal_text: str, expected: list[tuple]) -> None:
    goal = normalize(goal=goal_text, report="", goal_header=header)
    assert [(t.low, t.unit, t.ceiling) for t in goal.targets] == expected


@pytest.mark.parametrize(("goal_text", "report", "targets", "pairs", "skipped"), ROLES)
def test_number_roles(goal_text: str, report: str, targets: list[tuple], pairs: list[tuple],
                      skipped: list[tuple]) -> None:
    goal = normalize(goal=goal_text, report=report)
    assert [(t.low, t.unit, t.ceiling) for t in goal.targets] == targets
    assert [(a.value, a.target) for a in goal.actuals if a.target is not None] == pairs
    assert [(s.text, s.reason) for s in goal.skipped] == skipped


@pytest.mark.parametrize(("goal_text", "report", "attainment", "flags"), AUDITS)
def test_attainment_and_flags(goal_text: str, report: str, attainment: float | None, flags: tuple) -> None:
    goal = normalize(goal=goal_text, report=report)
    assert (goal.attainment, goal.flags) == (attainment, flags)


def test_normalizing_returns_new_records() -> None:
    before = Goal(table=1, row=1, pages=(), target_group=None, goal="10 kurser årligt.",
                  report="Målet er nået. 12 kurser.")
    record = Record(source=Source(file="x", sha256="", format="text"),
                    document=DocumentInfo(report_year=2024), goals=(before,))
    after = normalize_record(record)
    assert record.goals[0] is before and before.targets == () and after.goals[0].attainment == 1.2


def test_a_report_without_full_stops_is_read_in_time_linear_in_its_length() -> None:
    """A hostile report cell of one endless sentence full of verdicts
    (tests/data/bad/docx_cell_verdicts_100k.docx): four times the text must
    cost some four times the time; were the sentence read anew for each
    verdict in it, some sixteen."""
    import time

    words = "målet er nået unge voksne forløb kurser deltaget oplæg fagpersoner".split()
    normalize(report="Målet er nået.")  # the language pipeline loaded

    def seconds(length: int) -> float:
        report = " ".join(words[i % len(words)] for i in range(length))
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            normalize(report=report)
            best = min(best, time.perf_counter() - start)
        return best

    assert seconds(4_000) / seconds(1_000) < 9


@pytest.mark.parametrize("report, status", [
    ("Målet ser ud til at blive opfyldt.", "on_track"),
    ("Målet ser ikke ud til at blive nået.", "not_achieved"),
    ("Det tegner til at målet nås.", "on_track"),
])
def test_how_things_look_before_an_infinitive_is_an_expectation(report: str, status: str) -> None:
    assert normalize(report=report).status == status


@pytest.mark.parametrize("report", ["Målet nås hvis borgerne opfylder kravene.",
                                    "Målet nås kun hvis vi får flere midler."])
def test_a_condition_right_after_the_verdict_makes_it_none(report: str) -> None:
    assert normalize(report=report).status == "not_stated"
