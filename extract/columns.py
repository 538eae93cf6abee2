"""Column roles from Danish header wording.

A goal/result table is recognised by its header row, wherever it stands:
target_group (Målgruppe, Indsatsområde, Tema …), goal (Mål, Årlige mål,
Målsætning, Succeskriterium …), report (Afrapportering for 2024, Status og
resultater, Opfølgning …) and status (a column holding only the verdict:
Status, Målopfyldelse …).
"""

from __future__ import annotations

import re

from bilag.settings import Settings

# Checked in this order: the first role whose pattern matches the header wins,
# so "Målgruppe" is a target group before it could be a "Mål".
ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("target_group", re.compile(
        r"^(mål-?\s?grupper?n?e?|indsats-?\s?områder?|fokus-?\s?områder?|tema(er)?|område|indsats(er)?|"
        r"delindsats(er)?|initiativ(er)?|aktivitet(er)?|tiltag|handling(er)?|projekt(er)?|spor)\b")),
    # "Status", "Status 2024", "Status pr. 31. december 2024", "Status ultimo 2024": the
    # verdict, or the report where the cells say more (see column_roles).
    ("status", re.compile(
        r"^(status|målopfyldelse|mål(et)?\s+(er\s+)?(nået|opfyldt)\s*\??|opfyldt\??|grad\s+af\s+målopfyldelse|"
        r"vurdering|(samlet\s+)?vurdering\s+af\s+målopfyldelse)"
        r"(?!\s+(og|på)\b)(\s.{0,30}\b\d{4})?\s*$")),
    ("report", re.compile(
        r"^(afrapportering|status\s+og\s+(resultat|bemærkning|opfølgning|fremdrift|aktivitet)|"
        r"status\s+(for|på|i)\b|resultat|opfølgning|status\s+\d{4}|redegørelse|fremdrift|"
        r"beskrivelse\s+af\s+(status|resultat)|status\s*/\s*resultat|aktiviteter\s+og\s+resultat|"
        r"hvad\s+er\s+opnået|opnåede?\s+resultat)")),
    ("goal", re.compile(
        r"^((årlige|overordnede|konkrete)\s+)?(mål|delmål|måltal|målsætning(er)?|succe?s+-?\s?kriteri(e|er|um)|"
        r"succesmål|forventede?\s+(effekt|resultat)|resultatmål|målepunkt(er)?|indikator(er)?)\b")),
)
# Headers of a comment column: the report where the table has no better one.
REMARKS = re.compile(r"^(bemærkning(er)?|kommentar(er)?|uddybning|forklaring|beskrivelse)\b")
# The target group proper: where a table also has an Indsatsområde or Tema
# column, this one is the target group and the other the row's theme.
TARGET_GROUP = re.compile(r"^mål-?\s?grupper?n?e?\b")


def header_role(header: str | None) -> str:
    """The role a header text names, or "other"."""
    for text in _readings(header):
        for role, pattern in ROLE_PATTERNS:
            if pattern.search(text):
                return role
    return "other"


def _readings(header: str | None) -> tuple[str, str]:
    """The header in lower case, and without spaces: a PDF may break a word of
    a narrow header cell over two lines ("Målgrup pe")."""
    text = re.sub(r"\s+", " ", (header or "").strip().lower()).strip(" :.*")
    return text, text.replace(" ", "")


def column_roles(headers: tuple[str | None, ...], settings: Settings,
                 sample_cells: list[tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """Each column's role, from its header and, where the header is ambiguous,
    its cells:

    * where no header names the report, the wordiest "Status …" column is
      the report if its cells hold more than a verdict or another verdict-worded
      column stands beside it ("Målopfyldelse" | "Status 2024");
    * of several target-group columns, a Målgruppe column wins and the others
      are "other" (their text is the row's theme, see `theme_column`);
    * a second column of any other role is "other";
    * a remarks column (Bemærkninger) is the report where the table has none.
    """
    roles = [header_role(h) for h in headers]
    statuses = [i for i, role in enumerate(roles) if role == "status"]
    if statuses and "report" not in roles:
        wordiest = max(statuses, key=lambda i: _words(i, sample_cells))
        if len(statuses) > 1 or _words(wordiest, sample_cells) > settings.max_verdict_words:
            roles[wordiest] = "report"
    groups = [i for i, role in enumerate(roles) if role == "target_group"]
    proper = [i for i in groups if any(TARGET_GROUP.match(t) for t in _readings(headers[i]))]
    keep = (proper or groups)[:1]
    roles = ["other" if i in groups and i not in keep else role for i, role in enumerate(roles)]
    seen: set[str] = set()
    for i, role in enumerate(roles):
        if role in seen and role != "other":
            roles[i] = "other"
        seen.add(role)
    if "report" not in roles:
        remarks = [i for i, h in enumerate(headers)
                   if roles[i] == "other" and any(REMARKS.match(text) for text in _readings(h))]
        if remarks:
            roles[remarks[0]] = "report"
    return tuple(roles)


def theme_column(headers: tuple[str | None, ...], roles: tuple[str, ...]) -> int | None:
    """The column whose text is the row's theme: a target-group-worded column
    (Indsatsområde, Tema …) left as "other" beside the Målgruppe column."""
    if "target_group" not in roles:
        return None
    for i, (header, role) in enumerate(zip(headers, roles)):
        if role == "other" and header_role(header) == "target_group":
            return i
    return None


def _words(column: int, sample_cells: list[tuple[str, ...]] | None) -> int:
    """The most words a cell of the column holds."""
    return max((len(row[column].split()) for row in sample_cells or [] if column < len(row)), default=0)


def is_goal_table_header(roles: tuple[str, ...], min_roles: int) -> bool:
    """Whether a row whose cells name these roles heads a goal/result table."""
    known = [r for r in roles if r != "other"]
    return len(known) >= min_roles and bool({"report", "status"} & set(known))
