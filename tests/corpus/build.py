"""Build the producer matrix: every case of `cases.py` rendered by its
producer, its gold record beside it, and a check that every word of the
gold stands in the file.

    python -m tests.corpus.build              # the committed set, into tests/corpus/
    python -m tests.corpus.build --holdout    # the hold-out set, into /work/holdout/corpus/
    python -m tests.corpus.build --only lo_ruled --force

Needs LibreOffice (`soffice`) and Chromium for the PDFs they make; a file
whose source (Word document, HTML page, typeset content) is unchanged is
not made again, so a rebuild leaves the committed files as they are.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import lxml.html
from lxml import etree

from . import render_docx, render_html, render_pdf
from .cases import ANNEXES, COMMITTED, HOLDOUT, HOLDOUT_ANNEXES
from .content import Annex
from .model import Layout, gold_record
from .produce import chromium, libreoffice

HERE = Path(__file__).resolve().parent
HOLDOUT_DIR = Path("/work/holdout/corpus")
SUFFIX = {"libreoffice": "pdf", "chromium": "pdf", "reportlab": "pdf", "docx": "docx", "cms": "html"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def source_of(annex: Annex, layout: Layout) -> bytes:
    """What the producer is given: a Word document, an HTML page, or (for
    the typesetting library, which is its own producer) the finished PDF."""
    if layout.producer in ("libreoffice", "docx"):
        return render_docx.build(annex, layout)
    if layout.producer in ("chromium", "cms"):
        return render_html.build(annex, layout).encode("utf-8")
    return render_pdf.build(annex, layout)


def produce(source: bytes, layout: Layout, target: Path) -> None:
    if layout.producer == "cms" or layout.producer == "reportlab" or (
            layout.producer == "docx" and not layout.via_odt):
        target.write_bytes(source)
        return
    if layout.producer == "chromium":
        chromium(source.decode("utf-8"), target, layout.name, layout.browser_header_footer)
        return
    with tempfile.TemporaryDirectory() as tmp:
        word = Path(tmp, f"{layout.name}.docx")
        word.write_bytes(source)
        if layout.via_odt:  # a document written in LibreOffice and saved as .docx
            odt = word.with_suffix(".odt")
            libreoffice(word, odt, "odt")
            word.unlink()
            libreoffice(odt, word, "docx")
            if layout.producer == "libreoffice":
                word = odt
        if layout.producer == "libreoffice":
            libreoffice(word, target, "pdf")
        else:
            target.write_bytes(word.read_bytes())


@functools.lru_cache(maxsize=4)
def pdf_words(path: Path) -> tuple[tuple[str, ...], ...]:
    """The words of each page of a PDF, as pdfplumber reads them."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return tuple(tuple(w["text"] for w in page.extract_words()) for page in pdf.pages)


def file_text(path: Path) -> str:
    """All the text of a produced file, as a reader's parser sees it."""
    if path.suffix == ".pdf":
        return " ".join(" ".join(words) for words in pdf_words(path))
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            tree = etree.fromstring(z.read("word/document.xml"))
        return " ".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in tree.iter(f"{W}p"))
    return " ".join(lxml.html.fromstring(path.read_bytes()).itertext())


def words_of(text: str) -> set[str]:
    return set(unicodedata.normalize("NFKC", text).replace("\u00ad", "").split())


def missing_words(gold: dict, text: str) -> list[str]:
    """Gold words the file does not hold. A word broken at a line end counts
    as held where its two parts stand in the file ("kompetenceud-" "vikling";
    "3-" "årsalderen"), wherever the parser puts them in its reading order."""
    held = words_of(text)
    fields = [gold["document"]["title"], *(n["text"] for n in gold["document"]["footnotes"])]
    for goal in gold["goals"]:
        fields += [goal.get(k) for k in ("target_group", "goal", "report", "theme")]
    missing = []
    for field in fields:
        for word in words_of(field or ""):
            if word in held or any((word[:i] + "-" in held or word[i - 1] == "-" and word[:i] in held)
                                   and word[i:] in held for i in range(1, len(word))):
                continue
            missing.append(word)
    return missing


def layout_problems(tags: tuple[str, ...], path: Path, gold: dict) -> list[str]:
    """Where a PDF does not show what its layout tags say (pages, repeated
    header, print header and footer, running header, orientation)."""
    if path.suffix != ".pdf":
        return []
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        landscape = pdf.pages[0].width > pdf.pages[0].height
    pages = [set(words) for words in pdf_words(path)]
    report = next(h for h, role in zip(gold["tables"][0]["headers"], gold["tables"][0]["columns"])
                  if role == "report").split()[0]
    n = len(pages)
    checks = {
        "split_rows": any(split_over(goal, pdf_words(path)) for goal in gold["goals"]),
        "multi_page": n >= 2,
        "repeated_header": n >= 2 and all(report in words for words in pages),
        "no_repeated_header": n >= 2 and not any(report in words for words in pages[1:]),
        "browser_header_footer": all(f"{i}/{n}" in words for i, words in enumerate(pages, start=1)),
        "page_margins": all(gold["document"]["municipality"].split()[0] in words for words in pages),
        "landscape": landscape,
    }
    return [tag for tag, ok in checks.items() if tag in tags and not ok]


def split_over(goal: dict, pages: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a row begins on one page and ends on the next: its goal's first
    words on one page, its report's last words only on the next."""
    head = " ".join((goal["goal"] or goal["report"]).split()[:3])
    tail = " ".join(goal["report"].split()[-2:])
    texts = [" ".join(words) for words in pages]
    return any(head in texts[i] and tail in texts[i + 1] and tail not in texts[i]
               for i in range(len(texts) - 1))


def build(cases: tuple[tuple[str, Layout], ...], annexes: dict[str, Annex], out: Path, only: str | None,
          force: bool) -> int:
    files, golds = out / "files", out / "gold"
    files.mkdir(parents=True, exist_ok=True)
    golds.mkdir(parents=True, exist_ok=True)
    index_path = out / "cases.json"
    index = {c["name"]: c for c in json.loads(index_path.read_text())["cases"]} if index_path.exists() else {}
    failures = 0
    for key, layout in cases:
        if only and layout.name != only:
            continue
        annex = annexes[key]
        target = files / f"{layout.name}.{SUFFIX[layout.producer]}"
        source = source_of(annex, layout)
        digest = hashlib.sha256(source).hexdigest()
        made = False
        if force or not target.exists() or index.get(layout.name, {}).get("source_sha256") != digest:
            produce(source, layout, target)
            made = True
        fmt = {"pdf": "pdf", "docx": "docx", "html": "html"}[SUFFIX[layout.producer]]
        gold = gold_record(annex, layout, target.name, fmt)
        (golds / f"{layout.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        lost = missing_words(gold, file_text(target))
        unlike = layout_problems(layout.tags, target, gold)
        index[layout.name] = {"name": layout.name, "producer": layout.producer, "layouts": list(layout.tags),
                              "content": key, "municipality": annex.municipality,
                              "file": f"files/{target.name}", "gold": f"gold/{layout.name}.json",
                              "source_sha256": digest}
        state = "made" if made else "kept"
        print(f"{state:>5} {target.stat().st_size:>8} {target.relative_to(out)}  rows {len(gold['goals'])}"
              + (f"  MISSING {len(lost)} gold words: {' '.join(lost[:8])}" if lost else "")
              + (f"  NOT AS TAGGED: {' '.join(unlike)}" if unlike else ""))
        failures += bool(lost or unlike)
    names = [layout.name for _, layout in cases]
    ordered = [index[n] for n in names if n in index]
    listing = {"description": "The producer matrix: each file, its producer, the layouts it stands for and "
                              "its gold record. Written by tests/corpus/build.py.",
               "cases": ordered}
    index_path.write_text(json.dumps(listing, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--holdout", action="store_true", help="build the hold-out set instead")
    parser.add_argument("--out", type=Path,
                        help="where to write (default: tests/corpus, or the hold-out folder)")
    parser.add_argument("--only", help="build only the case of this name")
    parser.add_argument("--force", action="store_true",
                        help="make the files even where the source is unchanged")
    args = parser.parse_args(argv)
    cases, annexes = (HOLDOUT, HOLDOUT_ANNEXES) if args.holdout else (COMMITTED, ANNEXES)
    out = args.out or (HOLDOUT_DIR if args.holdout else HERE)
    failures = build(cases, annexes, out, args.only, args.force)
    if failures:
        print(f"{failures} file(s) lack words of their gold record or do not look as tagged", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
