"""The corpus: which annex content is rendered by which producer in which
layout. `COMMITTED` is built into tests/corpus/files; `HOLDOUT` (other
content, other municipalities and layouts the committed set lacks) is built
outside the repository for scoring on data the readers were not tuned on."""

from __future__ import annotations

from .content import GROUPS, PLACES, Annex, make_annex
from .model import Layout

THREE = (("group", "Målgruppe"), ("goal", "Mål"), ("report", "Afrapportering for {year}"))
FIVE = (("theme", "Indsatsområde"), ("goal", "Mål"), ("group", "Målgruppe"), ("verdict", "Status"),
        ("report", "Bemærkninger"))

ANNEXES: dict[str, Annex] = {
    "aarhus": make_annex(1, PLACES["aarhus"], "2", 2024, "Handleplan for tryghed og trivsel", rows=18,
                         notes=2),
    "odense": make_annex(2, PLACES["odense"], "3", 2025, "Handleplan mod negativ social kontrol", rows=12,
                         title=1, department="Børn- og Ungeforvaltningen"),
    "aalborg": make_annex(3, PLACES["aalborg"], "1", 2024,
                          "Handleplan for unges uddannelse og beskæftigelse", rows=12, title=2,
                          department="Job- og Velfærdsforvaltningen"),
}

COMMITTED: tuple[tuple[str, Layout], ...] = (
    # LibreOffice: Word documents converted to PDF.
    ("aarhus", Layout("lo_ruled", "libreoffice",
                      ("ruled", "merged_group", "repeated_header", "multi_page", "split_rows",
                       "page_margins"),
                      THREE)),
    ("odense", Layout("lo_landscape_fivecol", "libreoffice",
                      ("landscape", "two_column_intro", "five_columns", "verdict_column", "page_margins"),
                      FIVE, group_cells="repeat", verdict_style="short", landscape=True, intro_columns=2,
                      margin_mm=18, font_size=9)),
    ("aalborg", Layout("lo_hrules_blank", "libreoffice",
                       ("horizontal_rules", "blank_group_cells", "no_repeated_header", "dark_header", "zebra",
                        "multi_page", "split_rows", "page_margins"),
                       THREE, group_cells="blank", rules="hrules", zebra=True, header_fill="1F3864",
                       header_color="FFFFFF", repeat_header=False, page_numbers="Side {page}")),
    ("aarhus", Layout("lo_sections_title", "libreoffice",
                      ("ruled", "section_rows", "title_row", "repeated_header", "multi_page", "split_rows",
                       "page_margins"),
                      (("goal", "Mål"), ("report", "Afrapportering for {year}")), group_cells="section",
                      title_row="Status på handleplanens indsatser {year}", header_fill="DCE6F1",
                      page_numbers="{page}/{pages}")),
    # Chromium: HTML and CSS printed to PDF.
    ("aarhus", Layout("chrome_zebra", "chromium",
                      ("horizontal_rules", "zebra", "dark_header", "merged_group", "repeated_header",
                       "multi_page", "split_rows", "browser_header_footer"),
                      THREE, css="hairline", browser_header_footer=True)),
    ("odense", Layout("chrome_verdict_borderless", "chromium",
                      ("borderless", "verdict_column", "blank_group_cells", "no_repeated_header",
                       "multi_page"),
                      (("group", "Målgruppe"), ("goal", "Mål"), ("verdict", "Mål nået?"),
                       ("report", "Afrapportering for {year}")),
                      group_cells="blank", verdict_style="ja_nej", css="plain", repeat_header=False)),
    ("aalborg", Layout("chrome_symbols", "chromium",
                       ("ruled", "verdict_symbols", "merged_group", "repeated_header",
                        "browser_header_footer"),
                       (("group", "Målgruppe"), ("goal", "Mål"), ("report", "Status {year}"),
                        ("verdict", "Målopfyldelse")),
                       verdict_style="symbol", css="grid", browser_header_footer=True)),
    ("odense", Layout("chrome_sections_landscape", "chromium",
                      ("landscape", "two_column_intro", "section_rows", "horizontal_rules", "dark_header",
                       "browser_header_footer"),
                      (("goal", "Målsætning"), ("report", "Status og resultater")), group_cells="section",
                      css="hairline", landscape=True, intro_columns=2, browser_header_footer=True)),
    # reportlab: typeset PDFs.
    ("aarhus", Layout("rl_sections", "reportlab",
                      ("borderless", "section_rows", "hyphenation", "ligatures", "footnotes", "page_margins",
                       "multi_page", "no_repeated_header"),
                      (("goal", "Mål"), ("report", "Afrapportering for {year}")),
                      group_cells="section", rules="none", header_fill=None, font="DejaVu Sans", notes=True,
                      repeat_header=False,
                      justify=True, hyphenate=True, ligatures=True, font_size=9.5)),
    ("odense", Layout("rl_ruled_verdict", "reportlab",
                      ("ruled", "verdict_column", "repeated_header", "multi_page", "page_margins"),
                      (("group", "Målgruppe"), ("goal", "Mål"), ("report", "Afrapportering for {year}"),
                       ("verdict", "Mål nået?")),
                      group_cells="repeat", verdict_style="ja_nej", font="Liberation Sans", justify=True,
                      hyphenate=True)),
    # python-docx Word documents.
    ("aalborg", Layout("docx_title_tworow", "docx",
                       ("title_row", "two_row_header", "merged_group", "repeated_header", "verdict_column"),
                       (("group", "Målgruppe"), ("goal", "Mål"), ("verdict", "Vurdering"),
                        ("report", "Resultater")),
                       verdict_style="vurdering", title_row="Status på handleplanens mål",
                       group_heading=("Status for {year}", 2, 2))),
    ("aarhus", Layout("docx_fivecol", "docx", ("five_columns", "merged_group", "verdict_column"), FIVE,
                      verdict_style="short", landscape=True, margin_mm=20)),
    # Web pages.
    ("odense", Layout("cms_site", "cms", ("web_page", "merged_group"), THREE)),
    ("aalborg", Layout("cms_symbols", "cms", ("web_page", "verdict_symbols", "merged_group"),
                       (("group", "Målgruppe"), ("goal", "Mål"), ("report", "Status {year}"),
                        ("verdict", "Målopfyldelse")), verdict_style="symbol")),
    ("aalborg", Layout("word_html", "cms", ("web_page", "word_html", "blank_group_cells"), THREE,
                       group_cells="blank", web="word")),
)

HOLDOUT_ANNEXES: dict[str, Annex] = {
    "randers": make_annex(11, PLACES["randers"], "2", 2025, "Handleplan for et trygt og inkluderende Randers",
                          rows=13, title=1, department="Kultur- og Borgerserviceforvaltningen",
                          holdout=True),
    "kolding": make_annex(12, PLACES["kolding"], "4", 2024, "Handleplan for sundhed og trivsel", rows=12,
                          notes=2, groups=GROUPS[2:] + GROUPS[:2], holdout=True),
    "roskilde": make_annex(13, PLACES["roskilde"], "2", 2024, "Handleplan for unge i uddannelse", rows=11,
                           title=2, department="Børne- og Skoleforvaltningen", holdout=True),
}

HOLDOUT: tuple[tuple[str, Layout], ...] = (
    ("randers", Layout("h_chrome_serif", "chromium",
                       ("serif_theme", "vertical_rules", "merged_group", "no_repeated_header", "multi_page"),
                       (("group", "Målgruppe"), ("goal", "Årlige mål"),
                        ("report", "Status pr. 31. december {year}")),
                       css="serif", font="DejaVu Serif", margin_mm=30, repeat_header=False)),
    ("randers", Layout("h_odt_docx_column_order", "docx",
                       ("via_odt", "column_order", "merged_group"),
                       (("goal", "Mål"), ("group", "Målgruppe"), ("report", "Opfølgning {year}")),
                       via_odt=True)),
    ("randers", Layout("h_lo_odt_serif", "libreoffice",
                       ("via_odt", "column_order", "horizontal_rules", "serif_theme", "page_margins"),
                       (("goal", "Mål"), ("group", "Målgruppe"), ("report", "Opfølgning {year}")),
                       via_odt=True, rules="hrules", font="Liberation Serif", margin_mm=15,
                       header_fill=None)),
    ("kolding", Layout("h_rl_ruled_symbols", "reportlab",
                       ("ruled", "verdict_symbols", "section_rows", "footnotes", "serif_theme"),
                       (("goal", "Succeskriterium"), ("report", "Status og resultater"),
                        ("verdict", "Målopfyldelse")),
                       group_cells="section", verdict_style="symbol", font="DejaVu Serif", notes=True,
                       margin_mm=18)),
    ("kolding", Layout("h_word_html_fivecol", "cms", ("web_page", "word_html", "five_columns"), FIVE,
                       verdict_style="short", web="word", group_cells="repeat")),
    ("roskilde", Layout("h_chrome_landscape", "chromium",
                        ("landscape", "two_column_intro", "horizontal_rules", "browser_header_footer"),
                        THREE, css="hairline", landscape=True, intro_columns=2, browser_header_footer=True,
                        group_cells="blank")),
    ("roskilde", Layout("h_cms_sections", "cms", ("web_page", "section_rows"),
                        (("goal", "Mål"), ("report", "Afrapportering for {year}")), group_cells="section")),
)
