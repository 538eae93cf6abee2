"""Long-annex benchmark: a ~60-page LibreOffice annex of ~400 rows, read by bilag.

    python benchmarks/long_annex.py [--out DIR] [--rows N] [--runs N]

Builds (once; outside the repository, default /tmp/bilag-long-annex) a Word
document of the samples' kind (ruled table, header repeated on each page,
target-group cells merged over their rows, a running header and "Side N af
M") with goal cells whose second paragraph "(Det bemærkes, at målet gælder
…)" may start a new page and words like "3-årsalderen", converts it to PDF
with LibreOffice and writes its gold record beside it. Then it prints

(a) the rows `bilag.extract.extract()` finds against the gold rows, with
    the acceptance scorer's row recall and precision, and
(b) the time of `bilag.extract.extract()` against pdfplumber's own
    `extract_tables()` + `extract_words()` over all pages, as a ratio,
    measured in this one run (the best of --runs of each, interleaved).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import replace
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES = (
    "(Det bemærkes, at målet gælder samlet for hele kommunen og ikke kun for de udvalgte boligområder)",
    "(Det bemærkes, at målet gælder for alle skoler i kommunen, også fri- og privatskoler)",
    "(Det bemærkes, at målet gælder både nye og eksisterende forløb)",
)
WHO = (("Børn og unge", "Trivsel og fællesskab"), ("Forældre", "Trivsel og fællesskab"),
       ("Voksne", "Uddannelse og beskæftigelse"), ("Fagpersoner", "Tværgående samarbejde"),
       ("Ældre borgere", "Sundhed og forebyggelse"))
AREAS = ("Midtby", "Nord", "Syd", "Øst", "Vest", "Havnen", "Skovparken", "Bakkegården")


def long_annex(rows: int):
    """The long annex's content: many groups, a note paragraph in every second goal."""
    from tests.corpus.content import PLACES, Annex, make_annex, make_rows

    groups = tuple((f"{i}. {who} i {area}", theme)
                   for i, ((who, theme), area) in enumerate(product(WHO, AREAS), start=1))
    groups = groups[:max(1, rows // 10)]
    base: Annex = make_annex(7, PLACES["horsens"], "2", 2024, "Handleplan for tryghed og trivsel", rows=1)
    made = make_rows(random.Random(7), PLACES["horsens"], 2024, rows, groups=groups)
    made = tuple(replace(r, goal=r.goal + (NOTES[i % len(NOTES)],)) if i % 2 and len(r.goal) == 1 else r
                 for i, r in enumerate(made))
    return replace(base, rows=made)


def build(out: Path, rows: int) -> tuple[Path, dict]:
    from tests.corpus import render_docx
    from tests.corpus.cases import THREE
    from tests.corpus.model import Layout, gold_record
    from tests.corpus.produce import libreoffice

    annex = long_annex(rows)
    layout = Layout("long_annex", "libreoffice", ("ruled", "merged_group", "repeated_header"), THREE,
                    font_size=11, margin_mm=30)
    out.mkdir(parents=True, exist_ok=True)
    word, pdf = out / f"long_annex_{rows}.docx", out / f"long_annex_{rows}.pdf"
    source = render_docx.build(annex, layout)
    if not pdf.exists() or not word.exists() or word.read_bytes() != source:
        word.write_bytes(source)
        libreoffice(word, pdf, "pdf")
    gold = gold_record(annex, layout, pdf.name, "pdf")
    (out / f"long_annex_{rows}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    return pdf, gold


def notes_opening_a_page(pdf_path: Path) -> int:
    """Pages on which the goal column goes on with a "(Det bemærkes …" paragraph
    of the row the page break split."""
    import pdfplumber

    count = 0
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            report = next((w for w in words if w["text"] == "Afrapportering"), None)
            goal = next((w for w in words if report and w["text"] == "Mål"
                         and abs(w["top"] - report["top"]) < 3), None)
            if goal is None:
                continue
            column = sorted((w for w in words if w["top"] > report["bottom"] + 2
                             and goal["x0"] - 5 <= w["x0"] < report["x0"] - 5),
                            key=lambda w: (w["top"], w["x0"]))
            count += bool(column) and column[0]["text"].startswith("(Det")
    return count


def plumber(pdf_path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.extract_words()


def matched(gold: list[dict], found: list[dict], window: int = 8) -> dict[str, float]:
    """Row recall and precision by the acceptance scorer's text match, each gold
    row compared with the found rows near its place (comparing all pairs of
    400 rows would cost minutes), and the mean report and goal text similarity."""
    from tests.gold_scoring import MATCH_AT, row_text, similarity

    taken: set[int] = set()
    hits = report = goal = 0.0
    for i, g in enumerate(gold):
        near = [j for j in range(max(0, i - window), min(len(found), i + window + 1)) if j not in taken]
        scored = [(similarity(row_text(g), row_text(found[j])), j) for j in near]
        best, j = max(scored, default=(0.0, -1))
        if best >= MATCH_AT:
            taken.add(j)
            hits += 1
            report += similarity(g["report"], found[j]["report"])
            goal += similarity(g["goal"], found[j]["goal"])
    return {"row_recall": hits / len(gold), "row_precision": hits / len(found) if found else 0.0,
            "report_text": report / len(gold), "goal_text": goal / len(gold)}


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))  # tests.corpus renders the annex
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/bilag-long-annex"))
    parser.add_argument("--rows", type=int, default=400)
    parser.add_argument("--runs", type=int, default=1, help="timed runs of each (the best counts)")
    args = parser.parse_args(argv)
    from bilag.extract import extract

    pdf, gold = build(args.out, args.rows)
    times: dict[str, list[float]] = {"bilag": [], "pdfplumber": []}
    record = None
    for _ in range(args.runs):
        start = time.perf_counter()
        plumber(pdf)
        times["pdfplumber"].append(time.perf_counter() - start)
        start = time.perf_counter()
        record = extract(pdf)
        times["bilag"].append(time.perf_counter() - start)
    found = record.to_dict()
    figures = matched(gold["goals"], found["goals"])
    broken = sum("3- årsalderen" in f"{g['goal']} {g['report']}" for g in found["goals"])
    print(f"{pdf}: {record.source.pages} pages, {len(gold['goals'])} rows; pages that a goal's "
          f"'(Det bemærkes …' paragraph opens: {notes_opening_a_page(pdf)}")
    print(f"(a) rows found {len(found['goals'])} of {len(gold['goals'])} gold rows; "
          f"row recall {figures['row_recall']:.3f}, precision {figures['row_precision']:.3f}, "
          f"report text {figures['report_text']:.3f}, goal text {figures['goal_text']:.3f}; "
          f"rows with '3- årsalderen': {broken}")
    best = {k: min(v) for k, v in times.items()}
    print(f"(b) bilag.extract.extract() {best['bilag']:.2f} s, pdfplumber extract_tables()+extract_words() "
          f"{best['pdfplumber']:.2f} s: ratio {best['bilag'] / best['pdfplumber']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
