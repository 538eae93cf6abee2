"""The document's own facts: title, annex number, report year, plan and publisher."""

from __future__ import annotations

import re
from collections import Counter

from .tables import GoalTable

ANNEX = re.compile(r"\bbilag\s+(\d{1,2})\s?([a-zæøå])?(?![\w.])", re.IGNORECASE)
YEAR = re.compile(r"\b(20\d{2}|19\d{2})\b")
# "Afrapportering for 2024", "Status 2024", "Status pr. 31.12.2024", "Opfølgning på 2024"
REPORT_YEAR = re.compile(
    r"\b(afrapportering|status|opfølgning|resultater?|årsrapport|redegørelse)\b[^\n]{0,45}?\b(20\d{2})\b(?!\s*-)",
    re.IGNORECASE,
)
# "Handleplan til forebyggelse af ekstremisme", "Hjemløsestrategi 2022-2026", "Klimahandleplan 2.0":
# a plan word with what it is for, or a compound naming its field; then its period or version.
PLAN = re.compile(
    r"\b(?P<field>[a-zæøå]*?)(?P<kind>handleplan|strategi|indsatsplan|politik)(?:en|ens|ken|kens)?\b"
    r"(?P<purpose>\s+(?:for|mod|til|om)\s+[^.:;()\n–]+?"
    r"(?=\s+(?:med|uden|for\s+perioden|\d{4}|\d+\.\d+)\b|\s*[.:;()\n–]|\s+-\s|$))?"
    r"(?P<period>\s+(?:\d{4}\s*[-–]\s*\d{4}|\d+\.\d+))?",
    re.IGNORECASE,
)


def title(paragraphs: tuple[str, ...]) -> str | None:
    """The first "Bilag N …" line, else the first paragraph."""
    for text in paragraphs:
        if ANNEX.match(text.strip()):
            return text.split("\n")[0].strip()
    return paragraphs[0].split("\n")[0].strip() if paragraphs else None


def annex(title_text: str | None, paragraphs: tuple[str, ...]) -> str | None:
    """The annex number ("2", "3a") from the title or an early heading."""
    for text in ([title_text] if title_text else []) + list(paragraphs[:5]):
        match = ANNEX.search(text)
        if match:
            return match.group(1) + (match.group(2) or "").lower()
    return None


def report_year(tables: tuple[GoalTable, ...], title_text: str | None,
                paragraphs: tuple[str, ...]) -> int | None:
    """The year reported on: from a report column's header ("Afrapportering for
    2024"), else from the title or the text before the tables."""
    for table in tables:
        for header, role in zip(table.headers, table.columns):
            if role in ("report", "status"):
                years = YEAR.findall(header)
                if years:
                    return int(years[-1])
    for text in ([title_text] if title_text else []) + [t.title or "" for t in tables] + list(paragraphs[:8]):
        match = REPORT_YEAR.search(text)
        if match:
            return int(match.group(2))
    # Last resort: the year the goal tables' headers or captions name most often.
    counts = Counter(int(y) for t in tables for h in (*t.headers, t.title or "") for y in YEAR.findall(h))
    return counts.most_common(1)[0][0] if counts else None


def plan(title_text: str | None, tables: tuple[GoalTable, ...], paragraphs: tuple[str, ...]) -> str | None:
    """The action plan's name where the document states it outside the tables'
    cells ("Handleplan for forebyggelse af ekstremisme"), else None."""
    for text in ([title_text] if title_text else []) + [t.title or "" for t in tables] + list(paragraphs[:8]):
        for match in PLAN.finditer(text):
            if match["field"] or match["purpose"]:  # "handleplanens indsatser" names no plan
                name = (match["field"] + match["kind"]).lower().capitalize()
                rest = (match["purpose"] or "") + (match["period"] or "")
                return name + re.sub(r"\s+", " ", rest).rstrip()
    return None


# "Aarhus Kommune", "Københavns Kommune(s)", "Lyngby-Taarbæk Kommune", "Bornholms Regionskommune".
MUNICIPALITY = re.compile(
    r"\b(?P<name>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)*)\s+(?P<kind>[Rr]egionskommune|[Kk]ommune)s?\b")
HEADING_WORDS = 14  # a paragraph of more words is running text, which may name other municipalities


def municipality(title_text: str | None, paragraphs: tuple[str, ...],
                 furniture: tuple[str, ...]) -> str | None:
    """The publishing municipality where the document names it: in a page
    header or footer, the title, or a heading before the first table; never
    from running text ("i samarbejde med Aarhus Kommune") or the tables."""
    headings = [p for p in paragraphs[:8] if len(p.split()) <= HEADING_WORDS and not p.rstrip().endswith(".")]
    for text in (*furniture, title_text or "", *headings):
        match = MUNICIPALITY.search(text)
        if match:
            return f"{match['name']} {match['kind'].capitalize()}"
    return None
