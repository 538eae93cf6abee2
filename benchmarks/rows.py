"""Normalizing cost per row, warm: the sample annexes' rows normalized N times in one process.

    python benchmarks/rows.py [--rounds N]

The text exports of `samples/` are extracted once; then every goal row is
normalized N times (spaCy and the lemma index loaded before the clock
starts). Prints the time per row over all rounds and in the least disturbed
round (CPU time, for a shared machine). Compare figures of one machine's runs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bilag.extract import extract
from bilag.normalize import normalize_record, warm_up

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    records = [extract(path) for path in sorted((ROOT / "samples").rglob("*.txt"))]
    rows = sum(len(r.goals) for r in records)
    warm_up()
    for record in records:
        normalize_record(record)  # the lemma cache meets every word once
    start = time.perf_counter()
    best = float("inf")
    for _ in range(args.rounds):
        round_start = time.process_time()
        for record in records:
            normalize_record(record)
        best = min(best, time.process_time() - round_start)
    seconds = time.perf_counter() - start
    per_row = 1000 * seconds / (rows * args.rounds)
    print(f"{rows} rows × {args.rounds} rounds: {per_row:.2f} ms per row (warm, wall clock), "
          f"{1000 * best / rows:.2f} ms in the least disturbed round (CPU time)")


if __name__ == "__main__":
    main()
