"""Build the sample annexes in samples/ and the year-over-year key of their goals.

Rebuild with (from the project root, LibreOffice's `soffice` on the PATH for the PDFs):

    .venv/bin/python samples/build_samples.py

What it makes:

* samples/2024/<stem>.txt: the two real seed annexes (Københavns Kommune's status
  annexes for 2024), copied byte for byte from the shared seeds.
* samples/2025/<stem>.txt: fictional 2025 annexes of the same two plans, written
  from the rows in `BILAG2_2025` and `BILAG3_2025` below in the same export
  conventions (one row a line, cells split by tabs, <p>/<i> inside cells).
* <stem>.docx beside every text export: the export rebuilt as a Word document
  (title heading, table captions, real tables with a repeating header row,
  target-group cells merged over their rows, footnote marks as superscript).
* <stem>.pdf beside every Word document: converted by LibreOffice, the way
  municipalities produce their PDFs, with a running header and page numbers.
* tests/data/series_2024_2025.json: which 2024 and 2025 rows are the same goal,
  which 2024 goals were dropped and which 2025 goals are new.

It is idempotent: a Word document is written with fixed dates, so it only
changes when its content does, and its PDF is only converted again then.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import lxml.html
from docx import Document
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as WordTableObject
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run

from bilag.extract import text as text_reader
from bilag.extract.blocks import Block, PageBreak, Paragraph, Row
from bilag.extract.columns import header_role, is_goal_table_header
from bilag.extract.footnotes import MARK, PLAIN, as_footnote
from bilag.extract.markup import clean_lines
from bilag.settings import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = Path("/work/shared/seeds")
SERIES_FILE = ROOT / "tests" / "data" / "series_2024_2025.json"

MUNICIPALITY = "Københavns Kommune"
FONT = "Arial"  # LibreOffice renders it with the metric-compatible Liberation Sans
BODY_SIZE = Pt(10)
NOTE_SIZE = Pt(8)
MARGIN = Mm(25)
# Column widths in mm, by the number of columns (A4 is 210 mm wide, 160 mm inside the margins).
COLUMN_WIDTHS = {2: (45, 115), 3: (38, 52, 70)}
# Word documents get the same dates every build, so a rebuild changes no byte.
FIXED_TIME = datetime(2025, 3, 1, 12, 0, 0)
ZIP_TIME = (2025, 3, 1, 12, 0, 0)

ANNEX_TITLE = re.compile(r"^\s*Bilag\s+\d", re.IGNORECASE)
FICTIONAL = " (Fiktivt eksempel)"


# --------------------------------------------------------------------------
# The 2025 annexes, as data
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class GoalRow:
    """One row of a 2025 table: each cell a tuple of paragraphs (<i> allowed)."""

    target_group: str  # "" where the group of the row above goes on (a merged cell in Word)
    goal: tuple[str, ...] | None  # None in a table without a goal column
    report: tuple[str, ...]
    was: tuple[int, int] | None  # (table, row) of the same goal in the 2024 annex; None: new in 2025


@dataclass(frozen=True)
class GoalTable:
    caption: str | None
    headers: tuple[str, ...]
    rows: tuple[GoalRow, ...]
    notes: tuple[str, ...] = ()  # footnote texts printed right after the table


@dataclass(frozen=True)
class Annex:
    title: str
    tables: tuple[GoalTable, ...]


@dataclass(frozen=True)
class Plan:
    """One action plan: its real 2024 annex and its fictional 2025 annex."""

    key: str
    seed: str  # file name of the 2024 text export among the shared seeds
    stem: str  # file stem without the year
    annex_2025: Annex

    def stem_for(self, year: int) -> str:
        return f"{self.stem}_{year}"


BILAG2_2025 = Annex(
    title="Bilag 2: Status på handleplanens indsatser med årlige mål" + FICTIONAL,
    tables=(GoalTable(
        caption=None,
        headers=("Målgruppe", "Mål", "Afrapportering for 2025"),
        rows=(
            GoalRow(
                "1. Børn og unge",
                ("2.200 grundskoleelever skal modtage undervisning i form af workshops mv. om negativ "
                 "social kontrol årligt.",),
                ("Målet er nået.",
                 "2.318 grundskoleelever har modtaget undervisningstilbud om negativ social kontrol i "
                 "samarbejde med Børns Vilkår og C:ntact.",
                 "Derudover har 6.540 elever på folke- og friskoler deltaget i workshops om rettigheder, "
                 "demokratisk dannelse mv. Indsatsen er udmøntet i samarbejde med BUF og koordineret med "
                 "Handleplan for forebyggelse af ekstremisme."),
                was=(1, 1)),
            GoalRow(
                "",
                ("Videreførelse af pilot i 2025 på tre udvalgte folkeskoler med sammenhængende forløb "
                 "(undervisning og oplysning til elever, forældredialog samt opkvalificering af "
                 "fagpersoner).",),
                ("Målet er delvist nået.",
                 "Forløbet er gennemført for elever, forældre og lærere på to af de tre skoler. På den "
                 "tredje skole er forløbet udskudt til foråret 2026 pga. skift i skoleledelsen.",
                 "Undervisningskonceptet er justeret på baggrund af erfaringerne fra 2024, bl.a. med "
                 "kortere dialogworkshops for forældre og elever."),
                was=(1, 2)),
            GoalRow(
                "",
                ("Opkvalificering af 250 fagpersoner på skoler, klubber og fritidsinstitutioner i form af "
                 "oplæg, kurser mv. årligt.",),
                ("Målet er nået.",
                 "263 fagpersoner, der arbejder med børn og unge, har deltaget i oplæg vedr. forebyggelse, "
                 "bekymringstegn og håndtering af negativ social kontrol."),
                was=(1, 3)),
            GoalRow(
                "2. Voksne",
                ("Social kontrolvejlederne håndterer 400 henvendelser og 100 borgersager årligt.",),
                ("Målet er delvist nået.",
                 "Social kontrolvejlederne har håndteret 386 henvendelser og 117 borgersager i 2025. "
                 "Antallet af borgersager er steget i forhold til 2024, mens antallet af henvendelser er "
                 "faldet en smule."),
                was=(1, 4)),
            GoalRow(
                "",
                ("Afvikling af 17 rettighedskurser i Jobcenter København og i udvalgte boligområder "
                 "årligt.",),
                ("Målet er nået.",
                 "17 ud af 17 kurser er afviklet.",
                 "Der er afviklet 11 rettighedskurser på Jobcenter København og 6 kurser i boligområder i "
                 "Bispebjerg i regi af den områdebaserede indsats til forebyggelse af negativ social "
                 "kontrol."),
                was=(1, 5)),
            GoalRow(
                "",
                ("Fortsat implementering i 2025 af beredskabsplanen ifm. barnets lov, som anviser fælles "
                 "definition af området og ensartet praksis ift. opsporing og håndtering på tværs i "
                 "kommunen.",),
                ("Målet er nået.",
                 "Materialepakken målrettet frontpersonale i Københavns Kommune er distribueret til alle "
                 "forvaltninger i foråret 2025.",
                 "Forvaltningen har afholdt 5 oplæg om beredskabsplanen for i alt 140 medarbejdere i "
                 "samarbejde med Socialforvaltningen."),
                was=(1, 7)),
            GoalRow(
                "",
                ("Mindst 40 forældre deltager i dialogforløb om familieliv og børneopdragelse i "
                 "Bispebjerg.",),
                ("Målet forventes nået i 2026.",
                 "Der er gennemført to dialogforløb med i alt 23 deltagende forældre i samarbejde med den "
                 "boligsociale helhedsplan. Yderligere to forløb er planlagt til foråret 2026."),
                was=None),
            GoalRow(
                "3. Civilsamfund",
                ("Etablering af civilsamfundsnetværk med tre årlige møder.",),
                ("Målet er nået.",
                 "Aktørnetværket i regi af den områdebaserede indsats mod negativ social kontrol er udvidet "
                 "til 19 lokale kommunale og civile aktører, og der er afholdt tre møder i 2025.",
                 "Derudover er forvaltningen i dialog med civilsamfundsaktører og opnår input til "
                 "indsatser mv. igennem Ekspertgruppen til forebyggelse af negativ social kontrol samt "
                 "MÆRK's civilsamfundsnetværk."),
                was=(1, 8)),
            GoalRow(
                "",
                ("Videreudvikling af netværksbaserede indsatser med fokus på empowerment af målgruppen samt "
                 "styrket kritisk refleksion omkring normer vedr. køn og familieliv mv.",),
                ("Målet er nået.",
                 "I 2025 har forvaltningen i samarbejde med lokale aktører i Bispebjerg Bakke afviklet 9 "
                 "aktiviteter, bl.a. samtalegrupper for kvinder og temaaftener for unge. Aktiviteterne er "
                 "nået ud til i alt ca. 210 borgere i lokalområdet."),
                was=(1, 9)),
            GoalRow(
                "",
                ("Gennemførelse af kompetenceudvikling af lokale aktører med henblik på at skabe et "
                 "'fælles fagligt sprog'.",
                 "<i>(Det bemærkes, at målet gælder samlet for hele handleplansperioden 2024-2026)</i>"),
                ("Målet er nået.",
                 "Nøglepersonsuddannelsen er afviklet i foråret 2025 i samarbejde med MÆRK. 22 fagpersoner "
                 "fra området Bispebjerg/Nordvest har gennemført uddannelsen."),
                was=(1, 10)),
        ),
    ),),
)

GROUP_INDIVIDER = ("3. Individier i ekstremistiske miljøer eller som viser konkrete bekymringstegn på "
                   "ekstremisme")  # the seed's spelling, kept so the target group is the same

BILAG3_2025 = Annex(
    title="Bilag 3: Status på handleplanens indsatser" + FICTIONAL,
    tables=(
        GoalTable(
            caption="Tabel 1: Status på handleplanen til forebyggelse af ekstremisme med måltal",
            headers=("Målgruppe", "Årlige mål", "Afrapportering for 2025"),
            rows=(
                GoalRow(
                    "1. Unge, forældre, voksne og civilsamfund",
                    ("4.500 folkeskoleelever og 800 friskoleelever deltager i workshops.",),
                    ("Målet er nået 4.916 folkeskoleelever og 1.102 fri- og privatskoleelever har deltaget "
                     "i indsatsen. Indsatsen er udmøntet i samarbejde med Børne- og Ungdomsforvaltningen og "
                     "koordineret med handleplan til forebyggelse af negativ social kontrol.",),
                    was=(1, 1)),
                GoalRow(
                    "",
                    ("200-300 forældre deltager i workshops om børns onlinetrivsel og digitale "
                     "fællesskaber.",),
                    ("Målet er ikke nået 164 forældre har deltaget i workshops vedr. børns onlinetrivsel "
                     "afholdt af Center for Digital Pædagogik. Tilslutningen har været lavere end forventet, "
                     "og workshopperne tilbydes fra 2026 i samarbejde med skolebestyrelserne.",),
                    was=(1, 3)),
                GoalRow(
                    "",
                    ("Afholdelse af 6 dialogmøder om polarisering og konspirationsteorier for elever på "
                     "ungdomsuddannelser.",),
                    ("Målet er delvist nået 4 ud af 6 dialogmøder er afholdt på tre ungdomsuddannelser med "
                     "i alt ca. 320 deltagende elever. De sidste to møder afholdes i foråret 2026.",),
                    was=None),
                GoalRow(
                    "2. Lokale fællesskaber og grupper præget af frustrationer",
                    ("Anvendelse af den forebyggende handleplan i relevante situationer i København, "
                     "herunder sikre inddragelse og koordinering af relevante aktører på tværs af "
                     "forvaltninger.",),
                    ("Målet er nået I 2025 blev den forebyggende handleplan anvendt på to situationer i "
                     "København; i forbindelse med uro blandt grupper af unge i et boligområde samt på en "
                     "ungdomsuddannelse. Forvaltningen har koordineret og håndteret sagerne i sparring med "
                     "SSP og Københavns Politi.",),
                    was=(1, 4)),
                GoalRow(
                    GROUP_INDIVIDER,
                    ("Borgere opnår efter seks måneders aktivt mentorforløb progression ud fra risiko- eller "
                     "beskyttelsesfaktorerne i det nationale vurderingsværktøj¹. Der måles på dette via "
                     "Infohus Københavns progressionsmålingsværktøj.",),
                    ("Målet er nået",
                     "I 2025 har Beskæftigelses- og Integrationsforvaltningen igangsat to nye mentorforløb. "
                     "I begge forløb er der efter seks måneder sket en progression forstået på den måde, at "
                     "bekymringen om ekstremisme er reduceret.",
                     "Der er herudover igangsat fire indsatser i andre forvaltninger, hvoraf tre har vist "
                     "progression efter seks måneder. Det sidste forløb er i opstartsfasen og kan endnu ikke "
                     "effektmåles."),
                    was=(1, 5)),
                GoalRow(
                    "4. Fagpersoner med kontakt til sårbare borgere",
                    ("Udbredelse af kendskabet til kommunens beredskabsplan om forebyggelse, opsporing og "
                     "håndtering af ekstremisme til kommunens medarbejdere med kontakt til børn, unge og "
                     "voksne (jf. barnets lov).",
                     "Særligt udvalgte faggrupper tilbydes målrettet undervisning med mere detaljeret viden "
                     "om ekstremisme, bekymringstegn, forebyggelse mv. Der afholdes 10-12 oplæg/workshops "
                     "pr. år."),
                    ("Målet er delvist nået",
                     "Beredskabsplanen er formidlet til alle forvaltninger og indgår i introduktionen af nye "
                     "medarbejdere i Børne- og Ungdomsforvaltningen.",
                     "Der er afholdt 9 oplæg/workshops for fagpersoner. To planlagte workshops er flyttet "
                     "til januar 2026."),
                    was=(1, 6)),
            ),
            notes=("¹ Vurderingsværktøj — stopekstremisme.dk",),
        ),
        GoalTable(
            caption="Tabel 2: Status på handleplanens indsatser uden årlige mål",
            headers=("Målgruppe", "Afrapportering for 2025"),
            rows=(
                GoalRow(
                    "Samfundsniveau: Voksenindsats", None,
                    ("I 2025 har forvaltningen i samarbejde med Nordic Safe Cities gennemført en kampagne om "
                     "god debatkultur online og afholdt et event for 35 administratorer af københavnske "
                     "Facebookgrupper.",
                     "Erfaringerne samles i en guide til administratorer, som udgives i 2026."),
                    was=(2, 1)),
                GoalRow(
                    "Samfundsniveau: Udvikling af et bredt civilsamfundssamarbejde", None,
                    ("Forvaltningen har i 2025 videreført de bilaterale samarbejder med udvalgte moskéer. "
                     "Der er afholdt et fælles arrangement om unges trivsel med deltagelse af to moskéer og "
                     "ca. 60 unge.",),
                    was=(2, 2)),
                GoalRow(
                    "Individniveau: Pårørendeindsats", None,
                    ("Forvaltningen har i regi af Infohus København igangsat fem indsatser med en "
                     "pårørendecoach. Indsatsen omfatter professionel støtte til forældre/pårørende, der er "
                     "udfordret af en nær persons radikaliseringsproces.",),
                    was=(2, 3)),
                GoalRow(
                    "Individniveau: Samarbejdet med Kriminalforsorgen", None,
                    ("Infohus København har videreført samarbejdet med Kriminalforsorgen ifm. bekymringer "
                     "relateret til ekstremisme, herunder indsatte københavnere, der afsoner domme for "
                     "terror (straffelovens § 114). Samarbejdet omfatter også forvaltningens indsats "
                     "<i>Job og uddannelse til dømt og varetægtsfængslede</i>.",),
                    was=(2, 4)),
            ),
        ),
    ),
)

PLANS = (
    Plan("negativ_social_kontrol", "000_ee788f8e76b54271.txt", "bilag2_negativ_social_kontrol",
         BILAG2_2025),
    Plan("forebyggelse_af_ekstremisme", "003_07629f909be1d81f.txt", "bilag3_forebyggelse_af_ekstremisme",
         BILAG3_2025),
)


# --------------------------------------------------------------------------
# Text exports
# --------------------------------------------------------------------------

def export_cell(paragraphs: tuple[str, ...]) -> str:
    """A cell as the exports write it: plain text, or <p> elements side by side."""
    if len(paragraphs) == 1 and "<" not in paragraphs[0]:
        return paragraphs[0]
    return " ".join(f"<p>{p}</p>" for p in paragraphs)


def export_text(annex: Annex) -> str:
    """The annex as a text export: paragraphs alone on a line, one table row a line."""
    lines = ["", "", annex.title, ""]
    for table in annex.tables:
        if table.caption:
            lines += [table.caption, ""]
        lines.append("\t".join(table.headers))
        for row in table.rows:
            cells = [row.target_group] + ([export_cell(row.goal)] if row.goal is not None else [])
            lines.append("\t".join(cells + [export_cell(row.report)]))
        lines.append("")
        for note in table.notes:
            lines += [note, ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# From a text export to the content of a Word document
# --------------------------------------------------------------------------

Cell = tuple[str, ...]  # the paragraphs of one table cell


@dataclass(frozen=True)
class WordTable:
    """A table as Word holds it: one table however many pages it runs over."""

    header: tuple[str, ...] | None  # None for the part of a table after a footnote
    rows: tuple[tuple[Cell, ...], ...]


def read_export(path: Path) -> tuple[list[Paragraph | WordTable], frozenset[str]]:
    """The paragraphs and tables of a text export, read by the project's text
    reader, and the phrases the export sets in italics."""
    source = text_reader.decode(path)
    return word_blocks(text_reader.parse(source)), italic_phrases(source)


def italic_phrases(source: str) -> frozenset[str]:
    """Text of every <i>/<em> element (the reader's cell text drops the markup)."""
    tree = lxml.html.fragment_fromstring(source.replace("\t", " "), create_parent="div")
    return frozenset(clean_lines(e.text_content()) for e in tree.iter("i", "em"))


def word_blocks(blocks: list[Block]) -> list[Paragraph | WordTable]:
    """Join the table parts the export broke over pages into one table each."""
    result: list[Paragraph | WordTable] = []
    after_break = False
    for block in blocks:
        if isinstance(block, PageBreak):
            after_break = True
            continue
        was_after_break, after_break = after_break, False
        if isinstance(block, Paragraph):
            result.append(block)
            continue
        header = block.rows[0].cells if is_header(block.rows[0]) else None
        rows = [tuple(cell_paragraphs(c) for c in r.cells) for r in block.rows[1 if header else 0:]]
        previous = result[-1] if result and isinstance(result[-1], WordTable) else None
        if previous and was_after_break and header is None and len(rows[0]) == len(previous.rows[0]):
            if not any(rows[0][:-1]):
                # Only the last cells go on: the rest of a row the page break split.
                rows[0] = join_split_row(previous.rows[-1], rows[0])
                result[-1] = WordTable(previous.header, previous.rows[:-1] + tuple(rows))
            else:
                result[-1] = WordTable(previous.header, previous.rows + tuple(rows))
            continue
        result.append(WordTable(tuple(c or "" for c in header) if header else None, tuple(rows)))
    return result


def is_header(row: Row) -> bool:
    roles = tuple(header_role(c) for c in row.cells)
    return is_goal_table_header(roles, DEFAULT.min_header_roles)


def cell_paragraphs(cell: str | None) -> Cell:
    return tuple(line for line in (cell or "").split("\n") if line.strip())


def join_split_row(before: tuple[Cell, ...], rest: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """A row put together again; a paragraph cut mid-sentence is one paragraph."""
    cells = []
    for above, below in zip(before, rest):
        if above and below and below[0][:1].islower():
            cells.append(above[:-1] + (f"{above[-1]} {below[0]}",) + below[1:])
        else:
            cells.append(above + below)
    return tuple(cells)


def table_rows(blocks: list[Paragraph | WordTable]) -> list[tuple[int, int]]:
    """(table, row) of every goal row, numbered as bilag/1 numbers them: a
    table part without a header row goes on with the table before it."""
    numbers: list[tuple[int, int]] = []
    table = row = 0
    for block in blocks:
        if isinstance(block, WordTable):
            if block.header is not None:
                table, row = table + 1, 0
            for _ in block.rows:
                row += 1
                numbers.append((table, row))
    return numbers


# --------------------------------------------------------------------------
# Word documents
# --------------------------------------------------------------------------

def build_docx(blocks: list[Paragraph | WordTable], italics: frozenset[str], title: str) -> WordDocument:
    """A Word document laid out like a municipality's annex."""
    document = Document()
    set_up_page(document)
    set_up_styles(document)
    properties = document.core_properties
    properties.title, properties.author, properties.last_modified_by = title, MUNICIPALITY, MUNICIPALITY
    properties.created = properties.modified = FIXED_TIME
    properties.revision = 1
    for block in blocks:
        if isinstance(block, WordTable):
            add_table(document, block, italics)
        elif ANNEX_TITLE.match(block.text):
            document.add_heading(block.text, level=1)
        elif as_footnote(block.text):
            note = document.add_paragraph(style="Footnote")
            add_runs(note, block.text, italics)
        else:
            caption = document.add_paragraph(style="Table Caption")
            add_runs(caption, block.text, italics)
    return document


def set_up_page(document: WordDocument) -> None:
    """A4 with normal margins, the municipality in the header and page numbers in the footer."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = Mm(12)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    small(header.add_run(MUNICIPALITY))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    small(footer.add_run("Side "))
    add_field(footer, "PAGE", "1")
    small(footer.add_run(" af "))
    add_field(footer, "NUMPAGES", "1")


def small(run: Run) -> None:
    run.font.size = NOTE_SIZE
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def add_field(paragraph: WordParagraph, instruction: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when laying out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = paragraph.add_run(placeholder)
    small(run)
    field.append(run._r)
    paragraph._p.append(field)


def set_up_styles(document: WordDocument) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = BODY_SIZE
    normal.paragraph_format.space_after = Pt(3)
    heading = styles["Heading 1"]
    heading.font.name = FONT
    heading.font.size = Pt(14)
    heading.font.color.rgb = RGBColor(0, 0, 0)
    heading.paragraph_format.space_after = Pt(12)
    caption = styles.add_style("Table Caption", 1)  # 1: a paragraph style
    caption.base_style = normal
    caption.font.bold = True
    caption.paragraph_format.space_before = Pt(12)
    caption.paragraph_format.space_after = Pt(6)
    caption.paragraph_format.keep_with_next = True
    note = styles.add_style("Footnote", 1)
    note.base_style = normal
    note.font.size = NOTE_SIZE
    note.paragraph_format.space_before = Pt(4)


def add_table(document: WordDocument, block: WordTable, italics: frozenset[str]) -> None:
    """A table with borders, a header row repeated on every page and the
    target-group cells merged over the rows of their group."""
    width = len(block.header or block.rows[0])
    table = document.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    if block.header:
        cells = table.add_row().cells
        for cell, header in zip(cells, block.header):
            run = cell.paragraphs[0].add_run(header)
            run.bold = True
            shade(cell, "D9D9D9")
        repeat_as_header(table.rows[0])
    first_body_row = len(table.rows)
    for row in block.rows:
        for cell, paragraphs in zip(table.add_row().cells, row):
            for i, paragraph in enumerate(paragraphs):
                add_runs(cell.paragraphs[0] if i == 0 else cell.add_paragraph(), paragraph, italics)
    set_widths(table, COLUMN_WIDTHS.get(width, (160 / width,) * width))
    merge_target_groups(table, first_body_row)


def repeat_as_header(row: _Row) -> None:
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def set_widths(table: WordTableObject, widths_mm: tuple[float, ...]) -> None:
    # LibreOffice reads the grid's widths, Word the cells': set both.
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def merge_target_groups(table: WordTableObject, first_row: int) -> None:
    """Merge each target-group cell down over the rows whose cell is empty."""
    rows = table.rows[first_row:]
    start = 0
    for i in range(1, len(rows) + 1):
        if i < len(rows) and not rows[i].cells[0].text.strip():
            continue
        if i - start > 1:
            rows[start].cells[0].merge(rows[i - 1].cells[0])
        start = i


def add_runs(paragraph: WordParagraph, text: str, italics: frozenset[str]) -> None:
    """The text as runs: footnote marks as superscript digits, italic phrases in italics."""
    pattern = "|".join(re.escape(p) for p in sorted(italics, key=len, reverse=True) if p)
    pieces = re.split(f"({pattern})", text) if pattern else [text]
    for piece in pieces:
        if not piece:
            continue
        italic = piece in italics
        position = 0
        for mark in MARK.finditer(piece):
            if mark.start() > position:
                add_run(paragraph, piece[position:mark.start()], italic=italic)
            add_run(paragraph, mark.group().translate(PLAIN), superscript=True)
            position = mark.end()
        if position < len(piece):
            add_run(paragraph, piece[position:], italic=italic)


def add_run(paragraph: WordParagraph, text: str, italic: bool = False, superscript: bool = False) -> None:
    run = paragraph.add_run(text)
    if italic:
        run.italic = True
    if superscript:
        run.font.superscript = True


def docx_bytes(document: WordDocument) -> bytes:
    """The saved document with fixed dates on its ZIP entries, so the same
    content gives the same bytes."""
    saved = io.BytesIO()
    document.save(saved)
    result = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME), source.read(entry),
                            compress_type=zipfile.ZIP_DEFLATED)
    return result.getvalue()


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


# --------------------------------------------------------------------------
# PDFs
# --------------------------------------------------------------------------

def convert_to_pdf(documents: list[Path]) -> None:
    """Convert Word documents to PDF beside them with LibreOffice, in a
    profile of its own so a LibreOffice already running does not interfere."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("build_samples.py: LibreOffice (soffice) is needed to make the PDFs")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp, "profile").as_uri()
        out = Path(tmp, "out")
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), *map(str, documents)],
                       check=True, capture_output=True, timeout=300)
        for document in documents:
            shutil.move(out / f"{document.stem}.pdf", document.with_suffix(".pdf"))


# --------------------------------------------------------------------------
# The year-over-year key
# --------------------------------------------------------------------------

def series_entry(plan: Plan, rows_2024: list[tuple[int, int]]) -> dict:
    """Which rows of the two years' annexes of a plan are the same goal."""
    pairs, new = [], []
    for table_number, table in enumerate(plan.annex_2025.tables, start=1):
        for row_number, row in enumerate(table.rows, start=1):
            here = {"table": table_number, "row": row_number}
            if row.was is None:
                new.append(here)
                continue
            if row.was not in rows_2024:
                raise ValueError(f"{plan.key}: 2024 has no row {row.was}")
            pairs.append({"2024": {"table": row.was[0], "row": row.was[1]}, "2025": here})
    followed = [(p["2024"]["table"], p["2024"]["row"]) for p in pairs]
    if len(followed) != len(set(followed)):
        raise ValueError(f"{plan.key}: a 2024 row is followed by two 2025 rows")
    return {
        "files": {"2024": plan.stem_for(2024), "2025": plan.stem_for(2025)},
        "pairs": pairs,
        "dropped_2024": [{"table": t, "row": r} for t, r in rows_2024 if (t, r) not in followed],
        "new_2025": new,
    }


# --------------------------------------------------------------------------

def main() -> None:
    exports: list[Path] = []
    series: dict[str, dict] = {}
    for plan in PLANS:
        seed = SAMPLES / "2024" / f"{plan.stem_for(2024)}.txt"
        write_if_changed(seed, (SEEDS / plan.seed).read_bytes())
        fictional = SAMPLES / "2025" / f"{plan.stem_for(2025)}.txt"
        write_if_changed(fictional, export_text(plan.annex_2025).encode("utf-8"))
        exports += [seed, fictional]
        series[plan.key] = series_entry(plan, table_rows(read_export(seed)[0]))

    to_convert = []
    for export in exports:
        blocks, italics = read_export(export)
        title = next(b.text for b in blocks if isinstance(b, Paragraph) and ANNEX_TITLE.match(b.text))
        word = export.with_suffix(".docx")
        changed = write_if_changed(word, docx_bytes(build_docx(blocks, italics, title)))
        if changed or not word.with_suffix(".pdf").exists():
            to_convert.append(word)
    if to_convert:
        convert_to_pdf(to_convert)

    key = {
        "description": "Goals of the 2024 and fictional 2025 sample annexes in samples/ that are the same "
                       "goal; rows numbered as in bilag/1 (1-based within each table). "
                       "Written by samples/build_samples.py.",
        "plans": series,
    }
    write_if_changed(SERIES_FILE, (json.dumps(key, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    for path in sorted(SAMPLES.glob("20*/*")):
        print(f"{path.stat().st_size:>8}  {path.relative_to(ROOT)}")
    print(f"{len(to_convert)} Word document(s) changed and converted to PDF")


if __name__ == "__main__":
    main()
