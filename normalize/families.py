"""The Danish word families the readings are built from: the one place to extend them.

The verdict reading (`verdict.py`) and the number roles (`roles.py`) are
token patterns over these families, matched by lemma (the lookup table's
lemma, so "nåede", "nås", "nået" are all `nå`) or, where the table has no
useful lemma, by the lower-case form. Add a word to its family here and
every pattern that uses the family knows it; no rule names a single sentence.
"""

from __future__ import annotations

# --- Verdicts: a statement about the goal -----------------------------------------------

GOAL_HEADS = ("mål", "målsætning", "måltal", "succeskriterie", "succeskriterium", "målværdi", "ambition",
              "ambitionsniveau", "målniveau", "krav", "standard", "forpligtelse", "frist", "garanti",
              "rettighed", "anbefaling", "ramme", "budget", "miljøløfte", "klimaløfte", "valgløfte",
              "mission", "grænseværdi", "løfte", "loft", "aftaleniveau", "økonomiaftale")
"""Nouns for the goal itself (and for a level set to be met: a recommendation, a frame of spending,
a budget: "lever ikke op til WHO's anbefaling", "overholder de samlede udgiftsrammer"); a compound
ending in one is one too ("delmål",
"resultatmål", "effektmålet", "succeskriterierne"). A requirement of quality or service is a level
set to be met, like a service goal ("kvalitetskravet for postlevering"), and so is a time limit or
a right to be served in time ("tidsfristen er overholdt", "de rettigheder overholdes ikke")."""
AGREED = frozenset({"aftalte", "fastsatte", "opstillede", "vedtagne", "udmeldte", "lovede", "besluttede",
                    "målsatte", "ønskede", "planlagte", "fastlagte"})
"""Participles of a level set in advance: the noun after one is the goal ("den aftalte reduktion
langtfra er nået", "det vedtagne serviceniveau er overholdt")."""
GOAL_FORMS = frozenset({"retten", "vision", "visionen", "visioner", "visionerne"})
"""Forms that are goal nouns only as whole words: "retten til udredning inden for 30 dage"
(a head "ret" would make "året" and "kvarteret" goals), "visionen" (a head "vision" would make
"Rigsrevisionen" one)."""
NOT_GOALS = frozenset({"formål", "spørgsmål", "omål", "tidsmål", "landsmål", "målgruppe"})
"""Compounds of those heads that name something else."""

ATTAIN = frozenset({"nå", "opfylde", "indfri", "opnå", "realisere", "honorere", "innå", "overgå",
                    "overopfylde", "gennemføre", "leve", "komme", "indfrie", "efterleve", "imødekomme",
                    "overholde", "misse", "miss", "forfejle", "glippe", "briste", "overskride", "overtræde",
                    "holde", "klare", "sprænge", "bryde", "levere"})
"""Verbs (lemmas) that say a goal was reached, in any tense and voice, or missed (MISSES)."""
MISSES = frozenset({"misse", "miss", "forfejle", "glippe", "briste", "overtræde"})
"""Of those, the ones that say it was missed: "Vi missede målet", "Målet bristede" are not achieved,
"missede ikke målet" achieved."""
LIMITS = ("frist", "garanti", "grænseværdi", "budget", "budgettet", "ramme", "loft", "aftaleniveau")
CEILING_NOUNS = ("loft", "ramme", "grænseværdi")
"""Heads of nouns (a compound ending in one, in any form) of an upper bound: a number set for one is a
ceiling ("Det kommunale udgiftsloft for finansåret 2020 fastsættes til 240,9 mia. kr.", "hvoraf det
statslige delloft … udgør 201,5 mia. kr.")."""
EXCEEDING = frozenset({"overskride", "sprænge", "bryde"})
"""Verbs that go past a limit, which misses it ("Udgifterne sprænger rammen", "budgetterne er brudt");
"overskride" a goal of reaching is reaching it, "sprænge" and "bryde" say nothing of one."""
"""Heads of goal nouns (lemma or form) of a limit, which "overskride" misses ("Tidsfristen blev
overskredet", "budgettet er overskredet" are not achieved; "ikke overskredet" is kept), while an
exceeded goal is reached ("Målet på 500 blev overskredet")."""
ATTAIN_FORMS = frozenset({"overopfyldt", "overopfyldte", "overopfyldes", "innået", "indfriede", "holdt"})
"""Forms of those verbs that the lemma table lacks."""
ATTAIN_PARTICLES = {"leve": ("op", "til")}
"""Verbs of the family that reach the goal only with their particles ("leve op til målet")."""
REFLEXIVE_OBJECTS = frozenset({"sig", "os", "mig", "dig", "jer"})
NOT_ATTAIN_AFTER = {"nå": ("ud",), "opnå": (), "holde": ("fast", "øje", "fokus", "styr", "igen"),
                    "klare": tuple(sorted(REFLEXIVE_OBJECTS))}
"""Particles that make another verb of an attainment verb: "nå ud til 300 borgere" (reach out),
"holder fast i målet" (keeps to it), "klarer sig godt i forhold til målet" (does well)."""
KEPT_HEADS = ("løfte", "løftet", "løfter", "løfterne", "budget", "budgettet", "budgetter", "budgetterne",
              "ramme", "rammen", "rammer", "rammerne", "frist", "fristen", "fristerne", "loft", "loftet",
              "lofter", "lofterne")
"""Goal nouns that "holde" reaches: a promise, a budget, a frame or a time limit is kept ("Løftet blev
ikke holdt", "budgettet er holdt"); a goal is not ("holder målet for øje")."""
KEPT_FORMS = frozenset({"holdt", "holdes", "holder", "holde"})
"""Forms of "holde" (the lemma table gives "holdt" as its own lemma)."""

EFFORTS = frozenset({"indsats", "projekt", "arbejde", "initiativ", "aktivitet", "tiltag", "forløb",
                     "implementering", "udvikling", "proces"})
"""Subjects that can be under way ("Indsatsen er i gang") but not reached."""
UNDER_WAY = (("på", "rette", "vej"), ("godt", "på", "vej"), ("på", "vej"), ("i", "gang"),
             ("godt", "i", "gang"), ("på", "rette", "spor"), ("på", "sporet"), ("på", "rette", "kurs"))
"""Phrases of a goal or effort under way: on track."""
ON_COURSE = (("på", "rette", "vej"), ("på", "rette", "spor"), ("godt", "på", "vej"), ("godt", "i", "gang"),
             ("på", "rette", "kurs"))
"""Of those, the ones that say it of any subject ("Derved er kommunerne på rette spor")."""
JUDGING_VERBS = frozenset({"vurdere", "anse", "betragte", "skønne"})
"""Verbs that judge a subject to be on course ("Fremdriften vurderes fornuftig og på rette vej")."""
GOING_WELL = (("i", "den", "rigtige", "retning"), ("den", "rigtige", "vej"), ("som", "planlagt"),
              ("efter", "planen"))
"""After "går", progress as planned: "Arbejdet går som planlagt", "Udviklingen går i den rigtige
retning" is on track."""
GOING_BADLY = (("i", "den", "forkerte", "retning"), ("den", "forkerte", "vej"),
               ("i", "den", "gale", "retning"), ("den", "gale", "vej"))
"""After such a verb, progress the wrong way: "Udviklingen går den forkerte vej" is not achieved."""
PROGRESS_VERBS = frozenset({"gå", "forløbe", "skride", "udvikle"})
"""Verbs of progress before those ("Indsatsen forløber som planlagt", "skrider frem som planlagt",
"udvikler sig i den rigtige retning")."""
IN_GOAL = ("i", "mål")
"""Being or coming "i mål" is reaching the goal ("vi er langt fra i mål", "er kommet i mål")."""
IN_GOAL_VERBS = frozenset({"være", "komme", "nå", "bringe"})
IN_HOUSE = ("i", "hus")
"""Coming "i hus" is reaching the goal only where the clause names one ("kom togtrafikken næsten i hus
i forhold til målet"); "Aftalen er i hus" is something else done."""
FALLBACK_NEEDS_IDIOM = frozenset({"komme"})
"""Verbs of the attainment family that reach a goal only in an idiom ("komme i mål"): neither a
goal subject nor the clause fallback takes them alone ("Målet kommer til at kræve …")."""
BARE_WORDS = {"ja": "achieved", "nej": "not_achieved", "delvis": "partially_achieved",
              "delvist": "partially_achieved", "igangsat": "on_track", "igangværende": "on_track",
              "påbegyndt": "on_track", "undervejs": "on_track"}
"""Words that are a verdict on their own in a verdict column or as a report's opening."""
NOT_STARTED = ("ikke", ("påbegyndt", "igangsat", "startet"))
FULFILMENT_NOUNS = ("målopfyldelse", "målopfyldelsen", "målindfrielse")
FULFILMENT_ACTS = frozenset({"opfyldelse", "opfyldelsen", "indfrielse", "indfrielsen", "opnåelse",
                             "opnåelsen", "overholdelse", "overholdelsen", "efterlevelse", "efterlevelsen",
                             "realisering", "realiseringen"})
"""Nouns of attaining, with their goal after "af": "manglende opfyldelse af kvalitetskravet" is a
verdict with a degree word before it (FULFILMENT_DEGREES), "for at sikre opfyldelse af målet" none."""
FULFILMENT_DEGREES = {"fuld": "achieved", "fuldstændig": "achieved", "delvis": "partially_achieved",
                      "delvist": "partially_achieved", "ingen": "not_achieved", "manglende": "not_achieved",
                      "ikke": "not_achieved"}
"""The verdict as a noun with its degree: "Der er delvis målopfyldelse", "fuld målopfyldelse", "Der
er ikke målopfyldelse"; "ikke fuld målopfyldelse" is partial."""
LONG_WAY = (("lang", "vej"), ("et", "godt", "stykke", "vej"), ("et", "stykke", "vej"), ("langt", "igen"),
            ("langt", "til"))
"""The way left to the goal, on its own after "der er": "Der er altså fortsat lang vej" is not achieved
where the clause ends there or goes on to the goal ("et stykke vej til Byrådets mål", "et stykke vej
endnu, hvis målsætningerne skal opfyldes"), not "lang vej til skolen"; "langt til" only before an at-clause
that attains the goal ("der er langt til, at Danmark kan opfylde målsætningen")."""
SOURCE_LEADS = frozenset({"ifølge", "iflg."})
"""Words that open a source set between a verb and its predicate ("Målet er ifølge KL ikke nået"):
the verdict is read without it."""
FAR_OFF = (("langt", "væk"), ("et", "stykke", "væk"), ("et", "godt", "stykke", "væk"), ("stadig", "væk"))
"""After a goal subject and "er"/"ligger", the goal far off: "Målet er et stykke væk" is not achieved."""
TOWARD = frozenset({"mod", "imod", "tættere"})
"""Before the goal noun, a way towards it, not the goal reached ("et stykke af vejen mod målet")."""

APPEARANCES = {"se": ("ud", "til"), "tegne": ("til",), "lade": ("til",)}
"""Verbs (lemmas) and particles of how things look: what follows is expected, not stated ("Kommunen
ser ikke ud til at nå målene" is not achieved, "Det tegner til, at målet nås", "lader det til at gå efter
planen" on track)."""

# Degree: how a word in the verdict's clause changes it. Checked in this order, first wins.
EXPECTED = frozenset({"forvente", "ventes", "forventeligt", "formentlig", "formodentlig", "forventet",
                      "forventer", "forventes", "sandsynligvis", "antageligt", "forudse", "formentligt",
                      "formodentligt", "antageligvis", "sandsynligt", "sandsynlig", "næppe",
                      # projections ("Ministeriet fremskriver, at man forventer at nå målet i 2035")
                      "fremskrive", "fremskriver", "fremskrivning", "fremskrivningen", "prognose",
                      "prognosen", "estimere", "estimerer", "estimat", "estimatet"})
"""Forms and lemmas that put the verdict in the future: on track (or not achieved, negated);
the hedges of probability count as expectations ("Målet nås formentlig ikke", "næppe")."""
EXPECTED_PHRASES = (("nok", "ikke"), ("højst", "sandsynligt"), ("ud", "til", "at"), ("tegner", "til", "at"))
"""Hedges of several words: "Det når vi nok ikke" (probably not; "ikke nok" is not enough);
how things look before an infinitive: "Målet ser ud til at blive opfyldt", "tegner til at"."""
EXPECT_THAT = frozenset({"vente", "regne"})
"""Verbs that expect only with an at-clause right after them: "Kommunen venter, at målet nås",
"regner med, at" (while "venter på" waits)."""
REACHABLE = {"realistisk": True, "realistiske": True, "opnåelig": True, "opnåeligt": True,
             "opnåelige": True, "urealistisk": False, "urealistiske": False, "uopnåelig": False,
             "uopnåeligt": False, "uopnåelige": False, "umuligt": False, "umulig": False, "til": True}
"""Predicates that say whether a goal can be reached: an expectation, on track where reachable
("et realistisk mål", "realistisk at nå", "til at nå"), not achieved where not ("urealistisk",
"ikke til at nå")."""
IN_REACH = {("inden", "for", "rækkevidde"): True, ("indenfor", "rækkevidde"): True,
            ("uden", "for", "rækkevidde"): False, ("udenfor", "rækkevidde"): False}
"""Reach as a place: "Målet er inden for rækkevidde" is on track, "uden for rækkevidde" not."""
REACH_FILLERS = frozenset({"dog", "stadig", "fortsat", "nu", "også", "altså", "derfor", "således", "dermed",
                           "jo", "vel", "nemlig", "ikke", "et", "en", "det", "dette", "helt", "meget",
                           "fuldt", "godt", "absolut", "nok", "slet", "overhovedet", "længere", "mere",
                           "endnu", "både",
                           # a concession before it: "er ambitiøs, men også realistisk"
                           "ambitiøs", "ambitiøst", "ambitiøse", ",", "men", "er"})
"""Words that may stand between "er" and a reach predicate ("er det dog stadig et realistisk mål"),
and nothing else: "Det er vigtigt at sætte et realistisk mål" is no verdict."""
GOAL_COMPLEMENTS = frozenset({"om", "for", "på", "fra"})
"""After a goal noun opening a sentence, words that open what the goal is ("Målet om at det i 2030
skal være 90 pct. …, er fortsat langtfra indfriet"): the sentence's last predicate may be the goal's
("er … indfriet") however long the complement between."""
PREDICATE_WORDS = frozenset({"ikke", "fortsat", "stadig", "endnu", "langtfra", "delvist", "delvis", "næsten",
                             "desværre", "allerede", "heller", "helt", "fuldt", "ud", "kun", "nu", "dermed",
                             "derfor", "således", "altså", "dog", "også", "stort", "set", "langt", "fra",
                             "så", "godt", "som"})
"""Adverbs that may stand in such a predicate between its auxiliary and the participle ("er langt fra
nået", "er så godt som nået")."""
GOAL_PRONOUNS = frozenset({"det", "dette"})
"""Pronouns that stand for the row's goal where they open the report's first sentence or the
sentence right after the goal is named ("Dette er opfyldt", "Det når vi nok ikke")."""
NONE_OF = frozenset({"ingen", "intet"})
NONE_OF_PRONOUNS = frozenset({"dem", "disse", "dette", "det"})
"""Opening a verdict, "none of these" takes up the goals the sentence before names: "Intet af dette
er indtil videre opfyldt", "Ingen af dem er nået" (not achieved)."""
PRONOUN_ACTORS = frozenset({"vi", "man", "man.", "de", "jeg", "kommunen", "regionen", "staten",
                            "forvaltningen", "byrådet", "kommunalbestyrelsen", "regionsrådet", "ministeriet",
                            "styrelsen"})
"""Subjects after a fronted pronoun object and its verb: "Det når vi nok ikke" ("man." is "man" at a
sentence's end, which the tokenizer keeps whole as the weekday's abbreviation)."""
PRO_VERBS = frozenset({"gør", "gjorde"})
"""Forms of "gøre" (the lemma table gives "gør" as "gø") that take up the verb of the sentence
before: "… det skal man leve op til. Det gør man så ikke" (not achieved)."""
NOT_YET = (("endnu", "ikke"), ("ikke", "endnu"))
PARTLY = (("ikke", "helt"), ("ikke", "alle"), ("ikke", "fuldt"), ("ikke", "fuldstændig"),
          ("ikke", "fuldstændigt"),
          ("næsten",), ("delvis",), ("delvist",), ("til", "dels"), ("kun", "delvist"),
          ("stort", "set", "ikke"), ("nærmest",), ("tæt", "på"), ("ikke", "i", "fuld"), ("kun",),
          ("blot",), ("halvvejs",),
          # largely, as good as: "stort set nået", "så godt som opfyldt", "langt hen ad vejen indfriet"
          ("stort", "set"), ("så", "godt", "som"), ("langt", "hen", "ad", "vejen"),
          ("i", "det", "væsentlige"), ("overvejende",))
"""Degree words that make a verdict partial ("ikke helt nået", "næsten nået", "delvist opfyldt")."""
FULLY = (("fuldt", "ud"), ("helt",), ("til", "fulde"), ("fuldstændigt",), ("fuldstændig",),
         ("100", "procent"))
"""After a negated verdict's verb, words that deny only its fullness: "Målet er ikke nået fuldt ud",
"ikke indfriet til fulde" are partly achieved."""
NEGATIONS = (("ikke",), ("langtfra",), ("langt", "fra"), ("milevidt", "fra"), ("aldrig",), ("ingenlunde",),
             ("hverken",),
             ("mislykkedes",), ("på", "ingen", "måde"), ("på", "ingen", "vis"), ("ingen", "steder"),
             ("næppe",), ("ej",))
"""Words that negate the verdict."""
MODALS = frozenset({"kunne", "skulle", "burde", "bør", "måtte", "ville"})
"""Modal verbs: "målet kan nås" is no verdict, "kunne ikke leve op til målet" is one (not achieved);
"vil blive nået" is an expectation."""
OBLIGATIONS = frozenset({"burde", "bør", "skulle"})
"""In a goal, modals of what was to be: "burde 77 procent … sidste år have været afgjort" sets the
target of that year, no baseline."""
FUTURE_MODALS = frozenset({"vil", "ville"})
PROGRESSING = (("i", "gang", "med"), ("på", "vej", "til"), ("på", "vej", "mod"), ("godt", "på", "vej"))
"""Before an infinitive attainment, progress: "Vi er i gang med at nå målet" is on track."""
NEAR = (("tæt", "på"), ("nær", "ved"), ("tæt", "ved"))
"""Before an infinitive attainment, a degree: "Vi er tæt på at nå målet" is partly achieved."""
DIFFICULTIES = (("problemer", "med"), ("problem", "med"), ("vanskeligheder", "med"))
"""Right before an infinitive attainment, a present difficulty: "har problemer med at overholde
servicemålene" is not achieved ("vil få problemer med at …" is a forecast the spec leaves open)."""
FAR = (("langt", "fra"), ("langtfra",), ("milevidt", "fra"), ("i", "nærheden", "af"))
"""Before an infinitive attainment, a distance: "vi er langt fra at være i mål", "ikke i nærheden af at
nå målene" are not achieved."""
SUCCEED = frozenset({"lykkes", "lykkedes", "lykke", "evne", "formå", "klare"})
"""Verbs that carry an infinitive attainment as their verdict: "Det er lykkedes at nå målet",
"evnede ikke at leve op til målsætningen"."""
FAIL = frozenset({"fejle", "mislykkes"})
"""Verbs of failing that carry an infinitive as their verdict: "Reformen fejlede med at få flere unge
til at søge ind" is not achieved."""
DIRECTED_CHANGES = frozenset({"nedbringe", "reducere", "mindske", "sænke", "nedsætte", "halvere", "forkorte",
                              "begrænse", "øge", "forøge", "hæve", "fordoble", "tredoble", "forbedre",
                              "udbrede", "indfase"})
"""Verbs of a change in one direction, the shape of most goals ("nedbringe ventetiden", "fordoble
arealet"): after a verb of success or failing they state the verdict of the goal they name, with no
goal noun ("Det er lykkedes at nedbringe ventetiden", "det ikke er lykkedes at forbedre …")."""
DIRECTED_GET = frozenset({"flere", "færre", "mere", "mindre", "ned", "op"})
"""After "få", the words that make it a directed change ("fejlede med at få flere unge til …")."""
STATING = frozenset({"vurdere", "konstatere", "anse", "betragte", "skønne", "fremgå", "betyde", "vise",
                     "se", "opgøre", "glæde", "opleve", "nyhed", "glædelig", "positiv", "tilfreds", "flot",
                     "stolt",
                     # causes and consequences ("Opbremsningen gør, at målet ikke er nået")
                     "gøre", "gør", "medføre", "resultere", "skyldes", "følge", "konsekvens", "betød",
                     "fører",  # "det fører til, at …" (the present form: "skal føre til, at …" is a purpose)
                     "erklære",
                     # evidence and conclusions ("Det står klart, at man ikke når målet")
                     "klar", "klart", "tydelig", "tydeligt", "sikker", "sikkert", "faktum", "konkludere",
                     "konklusion", "registrere", "kendsgerning", "status", "resultat",
                     # regret or relief ("Vi må desværre konstatere, at …", "Det er ærgerligt, at …")
                     "desværre", "beklage", "beklageligvis", "ærgerlig", "ærgerligt", "skuffende",
                     "heldigvis",
                     # judgements of it ("Det er uacceptabelt, at regeringen ikke lever op til målet")
                     "uacceptabel", "uacceptabelt", "kritisabel", "kritisabelt", "bekymrende", "problematisk",
                     "alvorlig", "alvorligt", "beklagelig", "beklageligt", "tilfredsstillende", "godt",
                     # assertions and admissions ("erkender, at man stadig er langt fra målet")
                     "vurdering", "erkende", "påpege", "understrege", "fastslå", "bekræfte", "pointere",
                     "medgive",
                     "indrømme", "dokumentere", "oplyse", "meddele",
                     # findings and reproaches ("fandt ud af, at …", "Statsrevisorerne påtaler, at …")
                     "finde", "opdage", "erfare", "notere", "påtale", "kritisere", "anerkende", "nemlig",
                     # a reason presupposes what it explains ("Årsagen til, at målet ikke er nået")
                     "årsag", "forklaring", "skyld", "historie", "baggrund",
                     # a problem told ("Problemet er, at kommunen er langt fra målet"), an authority's
                     # statement ("Statsforvaltningen har udtalt, at …")
                     "problem", "problemet", "udtale", "udtalt", "utilfredsstillende",
                     # feelings about a fact, and agreeing with it ("ærgrer sig over, at …", "vækker det
                     # bekymring, at …", "kvitterer for, at …", "er enig i, at …"); a source's word ("lyder
                     # det, at …")
                     "ærgre", "ærgrer", "bekymring", "bekymre", "kvittere", "kvitterer", "enig", "rose",
                     "skuffede", "glad", "glade", "stolte", "bemærke", "bemærkelsesværdigt", "tilfredse",
                     "utilfredse", "vidne", "vidnet", "vidner",
                     "fejre",
                     "skuffet", "skuffelse", "utilfreds", "lyde", "lyder",
                     # a council's decision on a report ("at det tages til efterretning, at måltal … er nået")
                     "efterretning"})
"""Main-clause verbs and words under which an at-clause verdict is still the document's own
("Det vurderes, at målet er nået", "Det er en god nyhed, at det er lykkedes at komme i mål";
"Forventningen er, at …" is not one of them)."""
STATING_PHRASES = (("kom", "frem"), ("kommet", "frem"), ("komme", "frem"), ("står", "fast"),
                   ("peger", "på"), ("pegede", "på"), ("peget", "på"), ("leve", "med"), ("lever", "med"),
                   ("vist", "sig"), ("viste", "sig"), ("viser", "sig"), ("står", "klart"), ("stod", "klart"),
                   ("står", "det", "klart"), ("stod", "det", "klart"))
"""Main-clause phrases that state their at-clause as a fact: "det kom frem, at dansk bistand … ikke
nåede FN's anbefaling", "Regionen peger på, at målsætningen er opfyldt" (evidence pointed to), "må
leve med, at retten ikke bliver overholdt" (a fact put up with), "Det har vist sig, at …", "står det
klart, at …" (a fact that became plain)."""
LINKING_ADVERBS = frozenset({"således", "også", "dog", "altså", "nemlig", "jo", "derfor", "dermed"})
"""Adverbs that may stand inside a main-clause phrase ("peger således på, at …")."""
OPINIONS = frozenset({"mene", "mener", "synes", "tro", "tror"})
"""Verbs of an opinion: the document's own where its actor holds it ("Vi mener, at målet er nået",
"jeg vil tillade mig at mene, at vi er godt på vej"), not where another body does."""
SAYING = frozenset({"sige", "siger", "skrive", "skriver", "mene", "mener", "vurdere", "vurderer", "oplyse",
                    "oplyser", "fortælle", "fortæller"})
"""Verbs of a source's saying that may stand set off by commas inside the clause they report
("Målene, vurderer ministeriet, ikke vil kunne nås")."""
JUDGEMENTS = frozenset({"tilfredsstillende", "acceptabel", "acceptabelt", "godt", "positiv", "positivt",
                        "glædelig", "glædeligt", "tilfreds", "ærgerlig", "ærgerligt", "uacceptabel",
                        "uacceptabelt", "kritisabel", "kritisabelt", "heldigt", "overraskende",
                        "utilfredsstillende"})
"""Judgements of a fact, stating like those: denied they still presuppose it ("finder det ikke
tilfredsstillende, at … ikke har opfyldt målene" states not achieved), unlike a denied showing."""
CAUSES = frozenset({"betydning", "bidrage", "medvirke", "føre", "bidraget", "bidrog", "medvirket",
                    "medvirkede", "ført", "førte"})
"""Main-clause words (lemmas, and past forms the lemma table lacks) of a cause, stating their
at-clause only when told in the past ("har haft betydning for, at målene ikke er indfriet"); in
the present they may be a purpose ("skal bidrage til, at målet nås") or an importance
("Det har stor betydning, at …")."""
PAST_MARKERS = frozenset({"haft", "havde", "var", "været", "blev", "bidrog", "bidraget", "førte",
                          "ført", "medvirkede", "medvirket", "medførte", "medført"})
"""Words that put a main clause of cause in the past: "har bidraget til", "havde betydning for"."""
CONSEQUENCES = frozenset({"betyde", "gøre", "gør", "medføre", "resultere", "føre", "følge"})
"""Main-clause verbs of a consequence: under "kan"/"kunne" a possibility, no statement ("Opbremsningen
kan betyde, at vi ikke når EU-målet")."""
INDIRECT_QUESTIONS = (("hvor", "langt"), ("hvor", "tæt"), ("hvor", "nær"), ("hvor", "meget"),
                      ("hvor", "godt"), ("hvor", "mange"))
"""An indirect question before a verdict makes it none: "se, hvor langt man er med at nå målet"."""
CONDITIONS = frozenset({"hvis", "såfremt", "medmindre", "om", "hvorvidt", "når", "indtil", "før", "inden",
                        "førend", "ifald", "dersom", "hvordan", "hvornår"})
"""Conjunctions that make a verdict a condition or a question, not a statement."""
SHOWN_HOW = frozenset({"hvordan"})
"""Of those, the ones that a stating main clause makes a statement ("Grafen viser, hvordan
regionerne er godt på vej til at nå klimamålet")."""
BARE_CONDITIONS = frozenset({"hvis", "såfremt", "medmindre"})
COUNTERFACTUAL_LEADS = frozenset({"uden", "hvis"})
"""With "ville" before the verdict, what would have been: "uden denne specialeplan ville det ikke være
muligt at nå vores målsætning" states nothing of the goal."""
LOCAL_BODIES = ("kommune", "kommunes", "kommunen", "kommunens", "region", "regions", "regionen", "regionens")
"""Word ends of one municipality or region ("Esbjerg Kommune", "kommunens"; not "kommuner"): a
sentence of a local body."""
NATIONAL_SCOPES = (("i", "danmark"), ("på", "landsplan"), ("i", "hele", "landet"), ("hele", "danmark"),
                   ("landsgennemsnittet",), ("nationalt",))
"""Phrases of the whole country: a figure said so measures no local body's target."""
BODY_PLURALS = frozenset({"kommuner", "kommunerne", "regioner", "regionerne", "lande", "landene", "skoler",
                          "skolerne", "institutioner", "institutionerne"})
"""Plural bodies: counted as a clause's subject ("Syv kommuner vurderer …"), the level is theirs."""
NORM_MODALS = frozenset({"skal", "bør", "burde", "vil"})
"""In a main clause, modals of what should or will be: its at-clause's numbers are no delivery ("Det
skal ikke være en succes, at man når 96 procent")."""
PAST_MODALS = frozenset({"kunne", "ville", "skulle", "burde"})
"""A past modal before a perfect infinitive is what could or would have been: "Målet kunne ikke være
nået uden en kæmpe indsats", "vi ville have nået målet" state nothing of the goal."""
PURPOSE_LEADS = frozenset({"skal", "må", "bør", "skulle", "fremover"})
"""In the clause before ", så …", words of what must be done: the "så"-clause is its purpose ("Det er
adfærden, der fremover skal batte noget, så vi når vores klimamål"), no verdict."""
"""Of those, the ones that make a condition right after the verdict without a comma
("Målet nås hvis borgerne opfylder kravene"); "når" and "inden" there are times."""
REPORT_CONDITIONS = frozenset({"hvis", "dersom", "såfremt", "medmindre", "når", "ifald"})
"""Words that open a clause of a condition in a report: its numbers are what would be, no actuals."""
SCORE_LABELS = frozenset({"vægt", "vægtning", "opfyldelse", "målopfyldelse", "opfyldelsesgrad"})
"""Labels of a contract's weights and scores ("Vægt 50%", "Opfyldelse = 100%, hvis under 20%"):
their numbers say how much the goal counts, or scores it, and set no level."""
GOAL_CONDITIONS = REPORT_CONDITIONS - {"når"}
"""The same in a goal, where "når" is mostly a time: "Hvis søgetallet ligger under 10 procent, skal
kommunen …" sets a duty, not a level (not where the clause reaches for a goal: "Hvis målet om 80 %
skal nås, …")."""
TOPICS = (("når", "det", "handler", "om"), ("når", "det", "gælder"), ("når", "det", "kommer", "til"),
          ("hvis", "man", "ser", "på"), ("når", "man", "ser", "på"))
"""After a verdict's comma, a conjunction opening a topic, not a condition: "ser ikke ud til at nå
målene, når det handler om ejendomsdrift"."""
TEMPORALS = frozenset({"inden", "før", "indtil", "førend"})
"""Of those, the ones that are prepositions too ("inden udgangen af året"): a condition only
where a clause follows ("før vi er kommet i mål")."""
LACK = "mangle"
"""The verb of what is still lacking before the goal is reached: "mangler der … før end letbanen har
nået sit mål" (not achieved)."""
ADVERBIAL_PHRASES = (("indtil", "videre"), ("indtil", "nu"), ("indtil", "dato"), ("før", "tid"),
                     ("før", "tiden"), ("inden", "længe"))
"""Fixed adverbials whose first word would otherwise open a clause: "Målet er indtil videre nået".
The language layer gives that word the phrase as its norm ("indtil_videre"), which no clause word
list holds."""
NO_ONE = (("ikke", "et"), ("ikke", "en"), ("ikke", "ét"), ("ikke", "én"))
"""Before a subject, "none": "ikke et land vurderes … på vej til at opfylde alle mål" is others."""
TRAILING_HEDGES = frozenset({"dog", "men", "om", "end", "–", "-", "—", ",", "omend", "("})
"""Words that open a hedge after the verdict: "Målet er nået – dog ikke helt"."""
COUNTING_PHRASES = (("næsten", "alle"), ("langt", "de", "fleste"), ("stort", "set", "alle"),
                    ("de", "fleste"), ("en", "del", "af"))
"""Phrases before a goal noun, or after it before its verb, that count the goals: the verdict is then
about a share of them ("Næsten alle målene er indfriet", "Disse mål er næsten alle blevet nået")."""
DISTANCES = {("langt", "fra"): "not_achieved", ("langtfra",): "not_achieved",
             ("længere", "fra"): "not_achieved", ("længere", "væk", "fra"): "not_achieved",
             ("milevidt", "fra"): "not_achieved",
             ("i", "nærheden", "af"): "partially_achieved",
             ("stykke", "fra"): "not_achieved", ("stykke", "under"): "not_achieved",
             ("stykke", "vej", "fra"): "not_achieved", ("lang", "vej", "fra"): "not_achieved",
             ("tæt", "på"): "partially_achieved", ("nær",): "partially_achieved"}
"""A distance to the goal as the verdict, without an attainment verb: "Langt fra målsætning",
"Vi er et godt stykke fra målet", "Vi er tæt på målet"; denied ("ikke langt fra målet") a great
distance is a small one: partly achieved."""
QUANTIFIERS = frozenset({"majoritet", "majoriteten", "minoritet", "mindretal", "halvdel", "halvdelen",
                         "flertal", "flertallet", "hovedpart", "hovedparten",
                         "størstedel", "størstedelen", "flere", "fleste", "nogle", "mange", "få", "enkelte",
                         "del", "delen", "andel", "andelen", "ingen", "resten", "tredjedel", "fjerdedel",
                         "samtlige", "bedste", "dårligste", "hver", "række", "kreds", "kredsen", "håndfuld",
                         "gruppe", "gruppen"})
"""Words that count a subject: the verdict is then about those ("80 pct. af delmålene",
"12 af regionens kommuner", "flere kommuner har nået målet", "En række lande som …"), not the
row's goal. Counting the row's own goal in the singular ("en tredjedel af sit eget mål", "80 pct.
af målet") makes the verdict partial instead."""
NUMBER_LEADS = frozenset({"blot", "kun", "bare", "hele", "knap", "godt", "næsten", "ca.", "ca", "cirka",
                          "omkring", "over", "under", "mindst", "højst", "præcis", "netop", "sammenlagt",
                          "tilsammen", "yderligere", "endnu"})
"""Words before a number that do not name it ("Blot syv af de 30 lande"), unlike a noun ("bølge fire")."""
CONNECTIVES = frozenset({"idet", "hvoraf", "heraf", "desuden", "samt", "ialt", "altså", "derudover",
                         "endvidere", "hvorved", "hvormed"})
"""Linking words before a number that the lexicon does not rule out as nouns: "idet 520 har deltaget"."""
COMITATIVES = (("sammen", "med"), ("ligesom",), ("i", "lighed", "med"), ("på", "linje", "med"))
"""Phrases that join others to a subject without counting it: "Danmark har sammen med ti andre
medlemslande nået målsætningen" is a verdict on Danmark."""
SCOPE_PREPOSITIONS_AFTER = frozenset({"i", "for", "på", "blandt", "hos", "ved"})
"""After a verdict, these with a count make it a verdict on a share ("Målet er nået i hver 4.
kommune", "opfyldt for 3 af 5 skoler"): not the row's verdict."""

# --- Numbers: the role a number plays in its clause ----------------------------------------

RESULT_WORDS = frozenset({"resultat", "statistik", "opgørelse", "måling", "status"})
"""Nouns of a measured level: in a goal, "resultatet er på 42 pct." is no target."""
PLAN_NOUNS = frozenset({"plan", "strategi", "aftale", "målsætning", "ambition", "handleplan", "udspil",
                        "krav"})
"""Nouns whose "for at"/"om" before a number make it the plan's number said again
("sin plan for at placere 3900 statslige arbejdspladser")."""
SCOPE_PREPOSITIONS = frozenset({"på", "for", "i", "blandt", "inden", "indenfor", "fra"})
"""Before a count in a sentence that measures a share, these make the count say where the
share is taken ("andelen … på fem udvalgte områder", "Tallene for alle fire bølger")."""
BEYOND_WORDS = {"mere": "achieved", "flere": "achieved", "mindre": "not_achieved", "færre": "not_achieved"}
"""After a verb of change and before "end" and the goal: a change beyond the goal reaches it
("har kommunen reduceret mere end målet"), one short of it does not ("steg mindre end målet")."""
CHANGE_VERBS = frozenset({"stige", "falde", "øge", "forøge", "reducere", "nedbringe", "mindske", "vokse",
                          "hæve", "sænke", "nedsætte", "forbedre", "øges", "reduceres", "halvere", "fordoble",
                          # participles the lemma table gives another lemma ("faldet": the noun "fald")
                          "faldet", "vokset", "øget", "sænket"})
"""Verbs whose "med N" is a change, not a level: it measures a target set as a change."""
COPULAS = frozenset({"være", "udgøre", "ligge", "lyde"})
"""Verbs that say what a subject amounts to ("Stigningen var på 0,01 %", "Faldet udgjorde 2 procent")."""
CHANGED_TO = frozenset({"nedsat", "ændret", "hævet", "sænket", "justeret", "opjusteret", "nedjusteret",
                        "skærpet", "strammet", "forhøjet", "opskrevet", "nedskrevet", "lempet"})
"""Participles of a goal changed to a level ("Det krav blev … nedsat til 70 procent"), besides the
change verbs' lemmas."""
FORMER_WORDS = frozenset({"tidligere", "før", "oprindeligt", "oprindelig", "hidtil", "førhen"})
"""Words that date a goal's level to before the one now set: "Tidligere var vurderingen, at udledningen
maksimalt måtte være på 36.600 tons", "hvor målet før var 78.000 ton" (a former level, no target)."""
BASELINE_WORDS = frozenset({"udgangspunkt", "baseline", "baselinen", "nulpunkt", "nulpunktsmåling",
                            "udgangsniveau", "startniveau", "basisår", "førmåling", "referenceår",
                            "udgangspunktet"})
"""Labels of a starting level: "Udgangspunkt: 62 %", "Baseline: 76,4 %"."""
AT_THE_START = (("ved", "opstarten"), ("ved", "starten"), ("ved", "begyndelsen"),
                ("ved", "projektets", "start"), ("da", "projektet", "startede"))
"""Phrases of the start of the work: a report's level after one is where it started, a baseline ("Ved
opstarten af projektet var status, at 68 procent …")."""
COMMITMENT_VERBS = frozenset({"forpligte", "love"})
"""Verbs of a commitment in a report: the number of what is committed to is the goal restated ("forpligter
kommunerne sig til at reducere CO2-forbruget med minimum 2 procent om året")."""
BASE_YEAR_WORDS = frozenset({"basisår", "basisåret", "referenceår", "referenceåret"})
"""Nouns of the year a change is counted from ("i forhold til basisåret 2011 … et fald på 7 %"): the
year dates the start, not the change."""
THIS_YEAR = (("i", "år"), ("i", "dag"), ("nu",), ("i", "øjeblikket"))
"""Right before a report's number, the report's own time: it dates the number, whatever other year its
clause names ("var i år 12,9 procent – en lille stigning fra 2017")."""
OVER_LIMIT = (("mere", "end"), ("over",), ("længere", "end"), ("ud", "over"))
WITHIN_LIMIT = (("inden", "for"), ("indenfor",), ("senest",), ("under",), ("mindre", "end"), ("højst",),
                ("inden",))
"""Before a number after a share, the side of a time limit it states: over ("venter mere end fire
timer") or within ("får en plan inden for fire timer")."""
MISS_NOUNS = frozenset({"overskridelse", "overskridelsen", "overskridelser", "brud", "bruddet"})
"""Nouns of a limit missed: "Der er en overskridelse af grænseværdien" is not achieved ("ingen
overskridelse af fristen" achieved)."""
APPROACH = "nærme"
"""Approaching the goal ("Det mål begynder man så småt at nærme sig", "nærmer sig målet") is on track."""
FUTURE_INFINITIVE = ("komme", "til")
"""Before "at" and an attainment, the future: "vi ikke kommer til at nå målsætningen" is an expectation."""
SCALE_WORDS = frozenset({"skala", "skalaen", "skalaer"})
"""Before the numbers of a scale's ends ("på en skala fra 1 til 5"): they name the scale, no level."""
RELATIVE_OPENERS = frozenset({"som", "der", "hvor"})
"""Words that open a relative clause after a comma ("skoler, hvor …", "de unge, som …")."""
WISH_WORDS = frozenset({"ønsker"})
"""Right after a relative opener, a present wish of those counted ("20,1 procent, der ønsker at …"), no
future."""
WHOLE_WORDS = frozenset({"alle", "samtlige", "begge"})
"""Before a count of goals, words of every one of them: "Alle tre delmål er opfyldt" is the whole goal."""
MEANS_LEADS = frozenset({"med", "ved"})
"""Before a number, words of a fronted means, no counted subject ("Med 412 deltagere når vi ikke helt
målet")."""
ROUGH_LEADS = frozenset({"omkring", "ca.", "ca", "cirka", "knap", "næsten", "rundt"})
"""Before "de" and a number, words of a rough level ("ligger omkring de 90 procent"): no qualifier."""
WHEN_WORDS = frozenset({"hvor", "da"})
"""Words that open a clause about the time named right before it ("i 2014, hvor andelen var 89,8 %")."""
NOW_BREAKS = frozenset({"og", "mens", "fra", "mod", "men", "end"})
"""Words that end the reach of a "nu"/"i år" next to a number: "i år fra 20,1 procent sidste år"."""
NOW_WORDS = (("i", "dag"), ("aktuelt",), ("p.t.",), ("i", "øjeblikket"), ("på", "nuværende", "tidspunkt"),
             ("for", "tiden"))
"""In a goal cell, phrases of the present state: a number said of now, with no "skal" or other future
word in its clause, is where the goal starts ("I dag har mere end 70 kommuner indgået en aftale om …",
"I dag er andelen 30 pct."), no target."""
PAST_WORDS = (("sidste", "år"), ("året", "før"), ("året", "forinden"), ("i", "fjor"), ("forrige", "år"),
              ("sidste", "måling"), ("tidligere", "år"), ("sidste", "opgørelse"), ("sidste", "skoleår"),
              ("sidste", "år"), ("foregående", "år"), ("det", "foregående"))
"""Phrases that date a number's clause to before the report: a baseline in a goal,
a comparison in a report."""
MONTHS_IN_ORDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                   "oktober", "november", "december")
"""In a report that names several months of one year, the latest is the report's time: a figure of an
earlier month ("toppede i januar med 10,1 minutter", "i august var den 8,1") is a comparison."""
QUARTERS = {"første": 0, "1.": 0, "anden": 1, "andet": 1, "2.": 1, "tredje": 2, "3.": 2, "fjerde": 3, "4.": 3,
            "sidste": 3}
"""Ordinals before "kvartal": a quarter counts as its last month ("I andet kvartal blev kun 20 procent …,
mens det for første kvartal var 70 procent": the first quarter's figure is a comparison)."""
LAST_PERIOD = (("sidste", "år"), ("sidste", "skoleår"), ("i", "fjor"), ("sidste", "måling"),
               ("sidste", "opgørelse"))
"""Of the past words, those of the period just ended: where a report gives no figure for now, the
figure "sidste år" is its latest level, the actual ("167 personer mistede livet i trafikken sidste
år"); beside a figure for now it is the comparison ("14 mod 8 måneder sidste år")."""
AGO_UNITS = frozenset({"år", "måned", "måneder", "uge", "uger"})
"""Units of "for <n> <unit> siden" ("For to år siden var det cirka 20 procent"): a time
counted back from now, which dates a clause to before the report as a past word does."""
OTHERS_LEVELS = frozenset({"landsgennemsnit", "landsgennemsnittet", "landsniveau", "landstal",
                           "regionsgennemsnit", "regionsgennemsnittet", "sammenligningskommuner",
                           "landsgennemsnitlig"})
"""Nouns of others' levels: "Landsgennemsnittet er 82 %" is a comparison, no actual."""
LEVELS_BESIDE = OTHERS_LEVELS | {"landsplan"}
"""The same after a distance ("0,9 procentpoint over landsplan"); "På landsplan" before a figure only
says whose it is (the country's: `NATIONAL_SCOPES`), which measures a national goal."""
SPREAD_VERBS = frozenset({"variere", "varierer", "svinge", "svinger", "spænde", "spænder"})
"""Verbs of a spread: "fra X til Y" after one ranges over bodies or places, no change and no actual."""
OTHERS_LEVEL_PHRASES = (("danske", "gennemsnit"), ("nationale", "gennemsnit"), ("landets", "gennemsnit"),
                        ("regionale", "gennemsnit"), ("til", "sammenligning"))
"""Phrases before a number in its clause, or opening its sentence ("Til sammenligning …"), that
make it others' level: "over det danske gennemsnit på 53%"."""
COMPARED_TO = (("mod",), ("imod",), ("sammenlignet", "med"), ("i", "forhold", "til"), ("end", "i"))
"""Words right before a number that make it the level compared with ("640 mod 580")."""
PAST_VERBS = frozenset({"var", "blev", "havde", "udgjorde", "lå", "nåede", "steg", "faldt"})
"""Past tenses that, with an earlier year, make a goal's number a level of before
("I 2023 var andelen 30 pct.")."""
MEANS = frozenset({"ved", "uden", "efter", "gennem"})
"""Before "at", these open a clause of how it was done ("ved at reducere forbruget med 18 pct.")."""
CHANGE_LEADS = frozenset({"ca.", "ca", "cirka", "omkring", "godt", "knap", "næsten", "mindst", "over", "et",
                         "en", "mål", "om", "på", "niveau", "maksimalt", "højst", "maks.", "max", "under",
                         # a level's noun ("fra et gennemsnit på 5,8 procent i 2021 til 7,1")
                         "gennemsnit", "niveauet", "andel", "snit", "gennemsnitligt", "gennemsnitlig",
                         # a judgement of the level, or its time ("fra allerede lave 22 procent til nu 18")
                         "allerede", "nu", "lave", "høje", "blot", "kun",
                         # a bound of the level ("øget fra 27% til mere end 55%")
                         "mere", "mindre", "end"})
"""Words that may stand between "fra"/"til" and its number ("fra et mål om 400 til 600")."""
FROM = frozenset({"fra"})
TO = frozenset({"til", "på"})
"""A change "fra X til Y": X is where it started ("hævet fra et mål om 400 til 600")."""
EXCESS_VERBS = frozenset({"overgå", "overstige", "overskride", "overopfylde", "overgås"})
"""Verbs whose "med N" is by how much the goal was beaten, not what was delivered."""
EXCESS_AFTER = (("over", "målet"), ("mere", "end", "målet"), ("flere", "end", "målet"),
                ("over", "måltallet"), ("ud", "over", "målet"), ("mere", "end", "forventet"),
                ("flere", "end", "forventet"), ("over", "målsætningen"))
"""What after a number makes it an excess: "0,2 mio. kr. over målet"."""
MARGIN_AFTER = tuple((comparative, "end", planned)
                     for comparative in ("mere", "mindre", "flere", "færre", "højere", "lavere", "større")
                     for planned in ("budgetteret", "ventet", "forventet", "aftalt", "planlagt", "budgettet"))
"""The same against what was budgeted or expected: "0,4 mia. kr. mindre end budgetteret", "1,6
milliarder højere end budgetteret" (a margin, no result)."""
MEASURE_HEADS = ("gennemsnit", "score", "indeks")
"""Nouns (a compound ending in one) of a measured level whose bare number after "på"/"være" counts
in them: "et eksamensgennemsnit i kemi på minimum 5,0" (eksamensgennemsnit); not the adverb "i
gennemsnit"."""
OCCASION_BASES = frozenset({"tilfælde", "gang", "forløb"})
"""Bases of a share that count occasions ("i 93 % af tilfældene"): a share of them measures a share of
people or of things alike."""
LASTING_VERBS = frozenset({"vare"})
"""Verbs of how long something lasts: a duration after one is the time measured ("Ophold på et
forsorgshjem … bør ikke vare mere end 3-4 måneder"), a ceiling."""
BOUNDS_BEFORE_ONE = frozenset({"mindst", "minimum", "højst", "maksimalt", "maks."})
"""Before "én"/"et", a bound that makes the one a count set as a target ("mindst én ladestander")."""
LIST_LEADS = frozenset({"mellem", "ca.", "cirka", "omkring", "godt", "knap", "henholdsvis", "hhv."})
"""Words before a figure listed after another ("… og mellem 75 og 77 procent")."""
LIST_REACH = 12
"""Words, at most, of what the first of two listed figures is of ("62 procent for livmoderhalskræft og 61
procent", "76 procent af eleverne er gode til at læse og mellem 75 …"); a figure listed so measures
what the first one measures, where no target of its own is left for it."""
SHORTFALL_AFTER = (("fra", "målet"), ("under", "målet"), ("fra", "at", "nå"), ("under", "måltallet"),
                   ("fra", "målsætningen"), ("under", "målsætningen"), ("færre", "end", "målet"),
                   ("mindre", "end", "målet"), ("færre", "end", "måltallet"))
"""What after a number makes it the distance left to the goal ("cirka 13-14 procentpoint derfra",
"4 procent under målet"): no target and no delivery."""
FRAME_HEADS = ("ramme", "budget", "loft")
MARGIN_NOUNS = frozenset({"mindreforbrug", "merforbrug", "underforbrug", "overforbrug", "overskridelse",
                          "overskridelsen", "underskud",
                          "overskud", "mindreudgift", "merudgift"})
"""Nouns of a margin against a budget: the amount "på" after one is by how much, not a result."""
"""Nouns of a frame set in advance: a number "over"/"under" it is by how much it was exceeded or kept
("48 millioner kroner over servicerammen", "34 millioner under budgettet")."""
BETTER_THAN = frozenset({"bedre", "højere", "lavere", "mere", "flere", "over", "større", "mindre", "færre"})
"""A comparative before "end" and a goal noun: "3,6 procent bedre end måltallet" is an excess."""
QUALIFIER_LEADS = frozenset({"med"})
COMPARE_WORDS = (("over",), ("under",), ("mere", "end"), ("flere", "end"), ("mindre", "end"),
                 ("færre", "end"), ("mindst",), ("højst",), ("op", "til"))
"""After a noun and "med", these make the number say which things are meant
("besparelser på mindst 34.399 MWh" is the goal's size, no qualifier):
"skoler med over 300 elever", "borgere med mindst 2 indlæggelser"."""
BARE_COMPARE_WORDS = (("over",), ("under",), ("mere", "end"), ("flere", "end"), ("op", "til"))
"""Those that do so right after the noun: "lokalsamfund over 200 indbyggere"."""
VERB_MARKERS = frozenset({"at", "skal", "kan", "vil", "må", "bør", "skulle", "kunne", "ville"})
"""Words before a verb's infinitive ("at ligge under 12 dage"): the word after them is no noun."""
DEFINITE_BEFORE = frozenset({"de", "disse", "begge", "hver", "hvert"})
"""Before a number, these name things already known ("mellem de to forvaltninger")."""
LEVEL_LEADS = (("op", "på"), ("ned", "på"), ("op", "til"), ("ned", "til"))
"""Before a definite article and a number, a level to reach ("skal op på de 1000 flere
sygeplejersker"): the number is the goal's, not a qualifier of known things."""
NAME_HEADS = ("uddannelse", "test", "modul", "prøve", "niveau", "trin", "fase", "pulje", "spor", "pakke",
              "model", "version", "etape", "runde", "klasse", "lov", "afsnit", "linje", "zone", "hold")
"""Nouns a number names rather than counts when it follows them: "Danskuddannelse 2",
"modultest 2", "spor 3"."""
SHARE_WORDS = frozenset({"andel", "andelen", "procentdel", "procentdelen", "tilfredshed", "dækningsgrad"})
"""Nouns whose bare level is a percentage ("Andelen skal op på 45")."""

TIME_MEASURE_HEADS = ("tid", "frist", "varighed", "ventetid")
"""Nouns of a measured time: "ventetiden", "sagsbehandlingstiden", "svartiden"; a duration
after one in its sentence is the goal's target (a ceiling: less is better)."""
NOT_TIME_MEASURES = frozenset({"fritid", "deltid", "fuldtid", "samtid", "tid", "arbejdstid", "åbningstid",
                               "mødetid", "spisetid", "sommertid", "undervisningstid"})
TIME_UNIT_LEMMAS = {"dag": "dag", "hverdag": "hverdag", "arbejdsdag": "arbejdsdag",
                    "kalenderdag": "kalenderdag", "uge": "uge", "arbejdsuge": "arbejdsuge", "måned": "måned",
                    "døgn": "døgn", "time": "time",
                    "minut": "minut", "år": "år"}
"""Time units a measured time is counted in, as the spec names them; a compound keeps the day
the text counts ("10 arbejdsdage" are no 10 calendar days)."""

CUMULATIVE = (("i", "alt"), ("samlet",), ("siden",), ("hidtil",), ("i", "perioden"), ("akkumuleret",),
              ("til", "dato"))
"""Words that give a report figure as a running total over the plan period."""

PEOPLE_GENERAL = frozenset({"deltager", "person", "borger", "bruger", "modtager", "menneske", "individ",
                            "kursist", "besøgende", "fremmødt", "tilmeldt", "ansøger", "aktør"})
"""General words for people: they measure a target counting any kind of people
("412 deltagere" for "350 seniorer")."""
PEOPLE_HEADS = ("elev", "borger", "senior", "ung", "ældre", "barn", "forælder", "familie", "deltager",
                "medarbejder", "frivillig", "lærer", "leder", "pårørende", "ledig", "kvinde", "mand", "pige",
                "dreng", "beboer", "patient", "klient", "bruger", "studerende", "kursist", "gæst",
                "besøgende", "person", "menneske", "indbygger", "medlem", "pensionist", "flygtning",
                "indvandrer", "mentor", "fagperson", "unge", "udsat", "hjemløs", "misbruger", "modtager",
                "ansat", "aktør", "vejleder", "rådgiver", "ambassadør", "mentee", "kollega", "kunde",
                "ansøger", "sygeplejerske", "pædagog", "frivillige", "ledere", "professionel", "ekspert",
                "tilflytter", "nydansker", "ældre", "senior", "partner", "virksomhed", "dansker",
                "befolkning", "årgang", "ungdomsårgang", "husstand", "husholdning", "kadet", "betjent",
                "læge", "praktikant", "lærling", "pendler", "passager", "bilist", "cyklist")
"""Heads of nouns for people (and bodies that take part), compounds included ("grundskoleelev")."""
THINGS_GENERAL = {"plads": ("plads",), "aktivitet": ("arrangement", "event", "aktivitet", "møde", "workshop",
                                                      "kursus", "forløb", "oplæg", "temadag", "konference"),
                  "arrangement": ("arrangement", "event", "koncert", "forestilling", "møde", "workshop",
                                  "oplæg", "temadag", "konference", "udstilling"),
                  "besøg": ("besøg", "besøgende"),
                  "stilling": ("arbejdsplads", "job", "stilling"), "job": ("arbejdsplads", "stilling", "job")}
"""General words for things and what they may stand for."""

TIME_COLUMN_HEADS = ("frist", "svarfrist", "tidsfrist", "sagsbehandlingstid", "behandlingstid", "svartid",
                     "ventetid", "servicemål", "sagsbehandlingsfrist", "responstid")
"""Goal-column headers (a word ending in one) whose cells are times: a bare duration there
("4 uger" under "Frist") is the row's target, a ceiling."""
DEADLINE_FILLERS = frozenset({"maks.", "maksimalt", "højst", "max.", "max", "ca.", "cirka"})
"""Words between a deadline's lead and its number ("inden for maks. 30 dage")."""
ANSWER_LEADS = (("inden", "for"), ("indenfor",), ("inden",), ("senest",), ("senest", "inden"),
                ("senest", "indenfor"), ("senest", "inden", "for"), ("inden", "for", "maks."),
                ("inden", "for", "højst"), ("i", "løbet", "af"))
"""Before a duration, a time within which something is done ("svar inden for 1 uge"): the
goal's measure where nothing else in its sentence is counted, else a condition of that."""
TIME_LIMIT_NOUNS = ("tidsgrænse", "tidsgrænsen", "garanti", "garantien", "sret", "sretten")
"""Nouns (a compound ending in one; a right with its linking s, since many participles end in
-eret) of a limit set on a time: "udredningsretten på 30 dage",
"behandlingsgarantien", "den lovpligtige tidsgrænse … er sat til 30 dage"."""
MAY_PASS = (("må", "gå"), ("må", "maksimalt", "gå"), ("må", "højst", "gå"), ("må", "der", "gå"),
            ("må", "der", "højst", "gå"), ("må", "der", "maksimalt", "gå"))
"""Before a duration, the most that may pass: "Der må gå 21 kalenderdage fra … til …"."""
TIME_GIVEN = (("til", "at"),)
"""After a duration, a time someone has to do a thing ("har du 4 uger til at klage"): the
citizen's limit, not the goal's measure."""
CONDITION_VERBS = frozenset({"har", "kan", "er", "bliver", "får", "skulle", "hvis"})
"""Finite verbs that open an inverted condition ("Har vi ikke … inden 14 dage, har du …",
"Kan en henvendelse ikke færdigbehandles i løbet af 14 dage skal …")."""
PERIOD_LEADS = frozenset({"første", "seneste", "sidste", "kommende", "forløbne", "næste", "foregående"})
"""Before a duration, words that make it a stretch of the calendar ("årets første ni måneder",
"de seneste 12 måneder"), not a measured time."""
PER_DAY = (("om", "dagen"), ("pr.", "dag"), ("per", "dag"), ("hver", "dag"), ("dagligt",), ("daglig",),
           ("daglige",), ("i", "løbet", "af", "en", "skoledag"), ("om", "ugen"), ("pr.", "uge"),
           ("ugentligt",))
"""After a duration, a daily or weekly amount ("45 minutter om dagen", "45 minutters daglig
bevægelse"): the goal's measure, a least rather than a ceiling."""
AGE_UNITS = frozenset({"år"})
"""Time units of ages and plan lengths ("unge op til 25 år", "på 5 år"): a measured time only
after a noun of a measured time, never through a goal noun alone."""
STRESSED_ONE = frozenset({"ét", "én", "èt"})
"""The stressed article: in a goal it counts only where "en"/"et" would ("ét område, hvor …"
says where, "ét årligt møde" sets one)."""
COMPARATIVE_COUNTS = frozenset({"flere", "færre"})
"""After a number, words that make it an increase or a decrease ("2.100 flere praktikpladser"):
a change, which a change measures and a level does not."""
NEUTRAL_COUNTS = frozenset({"nye", "ny", "nyt", "ekstra", "yderligere"})
"""After a number, words of things added ("350 nye praktikpladser"): a count that measures
either a level or an increase."""
REACHING = frozenset({"nå", "opnå", "opfylde", "indfri", "indfrie", "innå", "realisere"})
"""Of the attainment family, the verbs of reaching a level ("for at nå 50 pct.", "planen om at nå …"),
not of keeping, coming or delivering ("holde", "komme", "klare", "levere")."""
ADDING_VERBS = frozenset({"tilføre", "tilføje"})
"""Verbs of things added to what there is ("der skal tilføres sygehusene 1000 sygeplejersker"): their
count is a level of what is added and an increase at once, which either measures ("1009 flere
sygeplejersker")."""
CHANGE_NOUNS = frozenset({"reduktion", "reducering", "fald", "nedgang", "stigning", "forøgelse",
                          "nedbringelse",
                          "forbedring", "vækst", "tilvækst"})
"""Nouns of a change before "på" and a number ("en reduktion på 48 %"): the number is a change."""
SAME_THINGS = (frozenset({"praktikplads", "læreplads", "elevplads", "uddannelsesaftale", "praktikaftale"}),)
"""Nouns that count the same things under another name (a training agreement is what a
praktikplads is counted as): each measures a target counting another of its group."""
GOAL_LOOKALIKE_LEMMAS = frozenset({"måle"})
"""Lemmas of words that look like a goal noun ("målt" of måle, to measure) but are none."""
POSSIBILITY_MODALS = frozenset({"kan", "kunne"})
"""In a report, a modal that makes its clause a possibility ("kan der ansættes 1050"): no delivery."""
FORECAST_WORDS = frozenset({"forventningen", "forventninger", "forventningerne", "prognose", "prognosen",
                            "prognoser", "prognoserne", "fremskrivning", "fremskrivningen",
                            "fremskrivningerne", "forventede", "forventet", "forventes", "estimat",
                            "estimatet", "skøn", "skønnet"})
"""Words that make a report's number a forecast ("ifølge prognoserne", "lød fremskrivningerne,
at …")."""
GOAL_CLAUSE_LINKS = frozenset({"om", "er", "var", "lyder", "lød"})
"""Between a goal noun and an at-clause, words that make the clause the goal's content ("målsætningen
om, at 80 pct. …", "målet er, at 80 pct. …"): its number in a report is the target said again."""
EQUIVALENT_LEADS = (("svarer", "til"), ("svarende", "til"), ("hvilket", "svarer", "til"),
                    ("svarer", "det", "til"))
"""Before a number, words that restate the quantity before it in another unit ("Det svarer til
cirka 30 %"): it has that quantity's role; in a goal it is the same target, no second one ("mindst
0,5% (svarende til knap 500 indbyggere pr år)")."""
REQUIREMENT_NOUNS = ("krav", "kravet", "kravene", "anbefaling", "anbefalingen", "tidsgrænse", "tidsgrænsen",
                     "garanti", "garantien", "sret", "sretten")
"""Nouns (a compound ending in one) of a requirement or of a limit set on a time ("skolereformens
krav om 45 minutters", "udredningsretten på 30 dage"): a number after one in its clause is the
requirement, in a report said again."""
BOUND_ADVERBS = frozenset({"max", "max.", "maks.", "maks", "højst", "maksimalt", "mindst", "min.", "minimum"})
"""Bounds that may stand between a comparison and its number ("op til max 35 m2")."""
FRACTION_NOUNS = frozenset({"halvdel", "tredjedel", "fjerdedel", "femtedel", "tiendedel", "trediedel"})
"""Fractions written with a number word ("tre fjerdedele af anbefalingen"): a share of something,
no count."""
ALLOCATED = frozenset({"afsat", "afsættes", "bevilget", "bevilges", "bevilliget", "reserveret", "øremærket",
                       "budgetteret", "budgetlagt"})
"""Before money in a report, words of an allocation ("afsat 1,5 mio. kr. til at …"): planned, not spent."""
UNQUALIFYING = frozenset({"årlige", "årligt", "årlig", "mindst", "højst", "ca.", "cirka", "over", "under",
                          "op", "til", "maksimalt", "minimum", "alle", "samlet", "i", "alt"})
"""Words of a target's text that do not narrow what it counts ("mindst 20 årlige kurser"): a
target with any other word before its noun ("100 grønne biler") is measured by no narrower
compound ("80 elbiler" are part of the green cars)."""

MEASURING_WORDS = frozenset({"opgøre", "opgøres", "måle", "måles", "følge", "følges", "rapportere",
                             "afrapportere", "evaluere", "registrere", "offentliggøre", "udføre", "udføres",
                             "måling", "målinger", "opgørelse", "status", "tælle", "tælles"})
"""Words of measuring and reporting: "Servicemålet opgøres én gang årligt", "får hvert år udført
målinger" say how often the goal is followed up, not that its numbers are per year."""

VICTIM_PHRASES = {("mistede", "livet"): "dræbt", ("mister", "livet"): "dræbt", ("mistet", "livet"): "dræbt",
                  ("omkom",): "dræbt", ("omkommet",): "dræbt", ("omkomne",): "dræbt", ("døde",): "dræbt",
                  ("dræbt",): "dræbt", ("dræbte",): "dræbt", ("slået", "ihjel"): "dræbt",
                  ("kom", "til", "skade"): "tilskadekommen", ("kommet", "til", "skade"): "tilskadekommen",
                  ("kom", "alvorligt", "til", "skade"): "tilskadekommen"}
"""What happened to the people a count counts, in its clause: "167 personer mistede livet", "blev der
dræbt 175 mennesker", "180 trafikanter, der mistede livet" count the killed (`dræbt`), whom a goal of
"højst 120 dræbte" counts."""
VICTIM_COUNTED = frozenset({"person", "menneske", "trafikant", "bilist", "cyklist", "fodgænger", "borger"})
"""General nouns for people that a victim's predicate makes a count of victims."""
REMAINING_WORDS = frozenset({"mangler", "manglede", "mangle", "resterende", "udestående", "behov"})
"""Words before a number of what is still lacking or needed ("der mangler 200 deltagere", "et
indsatsbehov på 13.100 tons", a compound ending in "behov" too): still to come, no delivery."""
