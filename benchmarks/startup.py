"""Start-up benchmark: what one `bilag extract` of a three-page annex PDF costs.

    python benchmarks/startup.py [PDF] [--runs N]

Each figure is the best of N fresh processes (the least disturbed run on a
shared machine). It compares the language layer as spaCy sets it up by
default (`spacy.blank("da")` + the lookup lemmatizer, which loads the whole
lemma table) with bilag's (`spacy.blank("da")` + lemmas looked up on demand),
and times the whole command. Compare figures of one run with each other,
not with another machine's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PDF = ROOT / "samples" / "2024" / "bilag2_negativ_social_kontrol_2024.pdf"

SNIPPETS = {
    "python + bilag.cli import": "import bilag.cli",
    "extract only (pdfplumber)": "from bilag.extract import extract; extract({pdf!r})",
    "spaCy blank('da') + lookup lemmatizer": (
        "import spacy; nlp = spacy.blank('da'); nlp.add_pipe('lemmatizer', config={{'mode': 'lookup'}}); "
        "nlp.initialize()"),
    "spaCy blank('da') alone": "import spacy; spacy.blank('da')",
    "bilag language pipeline": "from bilag.normalize import warm_up; warm_up()",
}


def best_of(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=DEFAULT_PDF)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bilag = Path(sys.executable).with_name("bilag")
    for name, code in SNIPPETS.items():
        seconds = best_of([sys.executable, "-c", code.format(pdf=str(args.pdf))], args.runs)
        print(f"{name:<40} {seconds:6.2f} s")
    seconds = best_of([str(bilag), "extract", str(args.pdf), "--json"], args.runs)
    print(f"{'bilag extract PDF --json (whole command)':<40} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
