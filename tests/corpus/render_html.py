"""HTML of a layout: a print page for a browser (CSS themes), a page of a
municipal web site as a CMS writes it (navigation, side menu, cookie banner,
footer around the annex), and a Word "save as web page" document."""

from __future__ import annotations

from html import escape

from .content import Annex
from .model import MARK, Layout, footnotes, table

THEMES = {
    # Horizontal hairlines only, zebra rows, white header text on a dark band.
    "hairline": """
      table { border-collapse: collapse; }
      th { background: #1f3a5f; color: #fff; text-align: left; }
      td, th { border-bottom: 0.5px solid #9aa5b1; }
      tbody tr:nth-child(even) td { background: #eef2f6; }
      tr.section td { background: none; }""",
    # No lines, no fills.
    "plain": """
      table { border-collapse: separate; border-spacing: 0; }
      th { text-align: left; border: none; }
      td, th { border: none; }""",
    # A full grid of thin lines, grey header band.
    "grid": """
      table { border-collapse: collapse; }
      td, th { border: 0.75px solid #555; }
      th { background: #d9d9d9; text-align: left; }""",
    # Serif type, wide margins, vertical lines only, a coloured header band.
    "serif": """
      body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; }
      table { border-collapse: collapse; }
      td, th { border-left: 1px solid #7a4b2a; border-right: 1px solid #7a4b2a; }
      th { background: #f3e3d3; color: #4a2a10; text-align: left; border-top: 2px solid #7a4b2a; }
      tbody tr:last-child td { border-bottom: 2px solid #7a4b2a; }""",
}
WIDTHS = {"theme": 14, "group": 15, "goal": 26, "report": 37, "verdict": 11}


def runs(text: str) -> str:
    """Cell text with its footnote marks as <sup>."""
    return MARK.sub(lambda m: f"<sup>{m.group(1)}</sup>", escape(text))


def table_html(annex: Annex, layout: Layout, word: bool = False) -> str:
    drawn = table(annex, layout)
    p = '<p class=MsoNormal>' if word else "<p>"
    out = ['<table class="MsoTableGrid" border=1 cellspacing=0 cellpadding=0>' if word
           else '<table class="goals">']
    total = sum(WIDTHS[k] for k in layout.keys())
    out.append("<colgroup>" + "".join(f'<col style="width:{100 * WIDTHS[k] / total:.0f}%">'
                                      for k in layout.keys()) + "</colgroup>")
    out.append("<thead>")
    if drawn.title_row:
        out.append(f'<tr><th colspan="{drawn.width}">{escape(drawn.title_row)}</th></tr>')
    two = len(drawn.header_rows) == 2
    for r, header in enumerate(drawn.header_rows):
        cells = []
        for c, (text, span) in enumerate(header):
            if r == 1 and drawn.header_rows[0][_top_index(drawn.header_rows[0], c)][1] == 1:
                continue  # stands in the row above, spanning both
            attrs = f' colspan="{span}"' if span > 1 else ""
            if two and r == 0 and span == 1:
                attrs += ' rowspan="2"'
            cells.append(f"<th{attrs}>{escape(text)}</th>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</thead><tbody>")
    for item in drawn.body:
        if isinstance(item, str):
            out.append(f'<tr class="section"><td colspan="{drawn.width}"><b>{escape(item)}</b></td></tr>')
            continue
        cells = []
        for cell in item:
            if cell.span == 0:
                continue
            attrs = f' rowspan="{cell.span}"' if cell.span > 1 else ""
            body = "".join(f"{p}{runs(t)}{'<o:p></o:p>' if word else ''}</p>" for t in cell.paragraphs)
            cells.append(f'<td valign="top"{attrs}>{body or "&nbsp;"}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    for mark, text in footnotes(annex, layout):
        out.append(f'<p class="note"><sup>{mark}</sup> {escape(text)}</p>')
    return "\n".join(out)


def _top_index(top, column: int) -> int:
    """Index of the top header cell over a column."""
    c = 0
    for i, (_, span) in enumerate(top):
        if c <= column < c + span:
            return i
        c += span
    raise IndexError(column)


def annex_body(annex: Annex, layout: Layout, word: bool = False) -> str:
    """Title, introduction, caption and table: the annex itself."""
    p = '<p class=MsoNormal>' if word else "<p>"
    intro = "".join(f"{p}{escape(t)}</p>" for t in annex.intro)
    if layout.intro_columns > 1:
        style = f"column-count:{layout.intro_columns}; column-gap:8mm"
        intro = f'<div class="intro" style="{style}">{intro}</div>'
    caption = f"{p}<b>{escape(layout.caption)}</b></p>" if layout.caption else ""
    byline = f"{p}{escape(annex.municipality)}, {escape(annex.department)}</p>"
    return f"<h1>{escape(annex.title)}</h1>\n{byline}\n{intro}\n{caption}\n{table_html(annex, layout, word)}"


def print_page(annex: Annex, layout: Layout) -> str:
    """A page for printing from a browser."""
    size = "A4 landscape" if layout.landscape else "A4"
    repeat = "" if layout.repeat_header else "thead { display: table-row-group; }"
    return f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8">
<title>{escape(annex.title)} – {escape(annex.municipality)}</title>
<style>
  @page {{ size: {size}; margin: {layout.margin_mm}mm {layout.margin_mm - 5}mm; }}
  body {{ font-family: '{layout.font}', sans-serif; font-size: {layout.font_size}pt; line-height: 1.3; }}
  h1 {{ font-size: 16pt; }}
  table.goals {{ width: 100%; }}
  td, th {{ padding: 4px 6px; vertical-align: top; }}
  td p {{ margin: 0 0 4px 0; }}
  p.note {{ font-size: 8pt; }}
  {THEMES[layout.css]}
  {repeat}
</style></head>
<body>
{annex_body(annex, layout)}
</body></html>
"""


def site_page(annex: Annex, layout: Layout) -> str:
    """The annex as a page of the municipality's web site."""
    city = annex.municipality.replace(" Kommune", "")
    menu = "".join(f'<li><a href="/politik/{i}">{escape(t)}</a></li>'
                   for i, t in enumerate(annex.other_annexes))
    return f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8">
<title>{escape(annex.title)} | {escape(annex.municipality)}</title>
<meta name="generator" content="Umbraco CMS">
<link rel="stylesheet" href="/css/site.css"></head>
<body class="page-article">
<div id="cookie-banner" class="cookie-consent" role="dialog">
  <h2>Cookiepolitik</h2>
  <p>{escape(annex.municipality)} bruger cookies til statistik og til at huske dine valg. Læs mere i vores
  <a href="/cookiepolitik">Cookiepolitik</a>.</p>
  <button>Accepter alle</button> <button>Kun nødvendige</button>
</div>
<header class="site-header">
  <a class="logo" href="/">{escape(annex.municipality)}</a>
  <nav class="main-nav"><ul>
    <li><a href="/borger">Borger</a></li><li><a href="/erhverv">Erhverv</a></li>
    <li><a href="/politik">Politik og indflydelse</a></li><li><a href="/om">Om {escape(city)}</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Søg på {escape(city.lower())}.dk"></form>
</header>
<nav class="breadcrumb"><a href="/">Forside</a> › <a href="/politik">Politik</a> ›
  <a href="/politik/handleplaner">Handleplaner</a> › {escape(annex.title)}</nav>
<div class="layout">
<aside class="side-menu"><h2>Handleplaner</h2><ul>{menu}
  <li><a href="/politik/handleplaner">Alle handleplaner og afrapporteringer</a></li></ul></aside>
<main id="content"><article>
{annex_body(annex, layout)}
<p class="updated">Senest opdateret 3. marts {annex.year + 1}</p>
</article></main>
</div>
<footer class="site-footer">
  <p>{escape(annex.municipality)} · Rådhuset · Telefon 70 00 00 00 · CVR 00000000</p>
  <ul><li><a href="/cookiepolitik">Cookiepolitik</a></li>
  <li><a href="/tilgaengelighed">Tilgængelighedserklæring</a></li>
  <li><a href="/privatliv">Privatlivspolitik</a></li></ul>
</footer>
</body></html>
"""


def word_page(annex: Annex, layout: Layout) -> str:
    """The annex as Word's "save as web page" writes it."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<title>{escape(annex.title)}</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>{escape(annex.municipality)}</o:Author>
<o:Subject>Fiktivt eksempel til test</o:Subject></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {{mso-style-parent:""; margin:0cm; font-size:10.0pt; font-family:"Arial",sans-serif;}}
@page WordSection1 {{size:595.3pt 841.9pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1 {{page:WordSection1;}} --></style></head>
<body lang=DA style='tab-interval:65.2pt'>
<div class=WordSection1>
{annex_body(annex, layout, word=True)}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
</div></body></html>
"""


def build(annex: Annex, layout: Layout) -> str:
    if layout.producer == "chromium":
        return print_page(annex, layout)
    return word_page(annex, layout) if layout.web == "word" else site_page(annex, layout)
