"""Score the producer matrix: each file read by bilag against its gold
record (the acceptance scorer's metrics, `tests/gold_scoring.py`), summed
per producer and per layout.

    python -m tests.corpus.score                         # the committed set
    python -m tests.corpus.score /work/holdout/corpus    # the hold-out set
    python -m tests.corpus.score --files                 # also one line per file
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from bilag.errors import BilagError
from bilag.pipeline import process
from tests.gold_scoring import score

HERE = Path(__file__).resolve().parent
# The figures the producer matrix must reach in every producer and layout.
REQUIRED = {"row_recall": 0.98, "row_precision": 0.98, "target_group": 0.98, "report_text": 0.98,
            "status": 0.98}
SHOWN = ("row_recall", "row_precision", "target_group", "report_text", "goal_text", "status",
         "target_recall", "annex", "report_year")
PER_ROW = ("row_recall", "report_text", "goal_text", "target_group", "status")
PER_DOC = ("annex", "report_year")


def cases(folder: Path = HERE) -> list[dict[str, Any]]:
    """The cases of a built corpus (its cases.json), with paths made absolute."""
    listed = json.loads((folder / "cases.json").read_text(encoding="utf-8"))["cases"]
    return [{**c, "file": folder / c["file"], "gold": folder / c["gold"]} for c in listed]


def score_case(case: dict[str, Any]) -> dict[str, Any]:
    """One file's figures, with the counts needed to sum them over files."""
    gold = json.loads(Path(case["gold"]).read_text(encoding="utf-8"))
    try:
        pred = process(case["file"]).to_dict()
        error = None
    except BilagError as e:
        pred, error = {"document": {"annex": None, "report_year": None}, "goals": []}, str(e)
    figures = score(gold, pred)
    return {"name": case["name"], "producer": case["producer"], "layouts": case["layouts"],
            "rows_gold": len(gold["goals"]), "rows_pred": len(pred["goals"]), "error": error,
            "figures": figures, "record": pred}


def summed(scored: list[dict[str, Any]]) -> dict[str, float]:
    """Figures over several files: row rates weighted by gold rows, precision
    over all predicted rows, document figures per file."""
    gold = sum(s["rows_gold"] for s in scored)
    pred = sum(s["rows_pred"] for s in scored)
    result = {k: sum(s["figures"][k] * s["rows_gold"] for s in scored) / gold for k in PER_ROW}
    matched = sum(s["figures"]["row_recall"] * s["rows_gold"] for s in scored)
    result["row_precision"] = matched / pred if pred else 0.0
    targets = [s["figures"]["target_recall"] for s in scored]
    result["target_recall"] = sum(targets) / len(targets)
    for k in PER_DOC:
        result[k] = sum(s["figures"][k] for s in scored) / len(scored)
    return result


def groups(scored: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The files of each producer ("producer:chromium") and layout ("layout:zebra")."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in scored:
        grouped[f"producer:{s['producer']}"].append(s)
        for tag in s["layouts"]:
            grouped[f"layout:{tag}"].append(s)
    return dict(sorted(grouped.items(), key=lambda kv: (not kv[0].startswith("producer"), kv[0])))


def short_of(figures: dict[str, float]) -> dict[str, float]:
    return {k: round(figures[k], 3) for k, v in REQUIRED.items() if figures[k] < v}


def table(rows: list[tuple[str, int, int, int, dict[str, float]]]) -> str:
    head = f"{'':<32} {'files':>5} {'gold':>5} {'pred':>5} " + " ".join(f"{k[:10]:>10}" for k in SHOWN)
    lines = [head]
    for name, files, gold, pred, figures in rows:
        marks = "" if not short_of(figures) else "  <"
        lines.append(f"{name:<32} {files:>5} {gold:>5} {pred:>5} "
                     + " ".join(f"{figures[k]:>10.3f}" for k in SHOWN) + marks)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE, help="a built corpus (with cases.json)")
    parser.add_argument("--files", action="store_true", help="also print one line per file")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    scored = [score_case(c) for c in cases(args.folder)]
    grouped = groups(scored)
    if args.json:
        print(json.dumps({name: summed(members) for name, members in grouped.items()}, indent=1))
    else:
        rows = [(name, len(m), sum(s["rows_gold"] for s in m), sum(s["rows_pred"] for s in m), summed(m))
                for name, m in grouped.items()]
        rows.append(("all", len(scored), sum(s["rows_gold"] for s in scored),
                     sum(s["rows_pred"] for s in scored), summed(scored)))
        if args.files:
            files = [(s["name"], 1, s["rows_gold"], s["rows_pred"], s["figures"]) for s in scored]
            print(table(files) + "\n")
        print(table(rows))
        for s in scored:
            if s["error"]:
                print(f"error: {s['name']}: {s['error']}")
        print("< : below " + ", ".join(f"{k} {v}" for k, v in REQUIRED.items()))
    return 1 if any(short_of(summed(m)) for m in grouped.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
