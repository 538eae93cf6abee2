"""Series-linking benchmark: what linking costs after an import, as the store grows.

    python benchmarks/series_linking.py [--out DIR] [--sizes 1000 10000 100000] [--big-rows N]

Builds (once; outside the repository, default /tmp/bilag-series-linking)
SQLite stores of about 1,000, 10,000 and 100,000 goals of synthetic annexes
(`tests/synthetic_annexes.py`: publishers × plans × the years 2022-2025 ×
some 50 goals, one annex in ten also as PDF), each linked once. Then, in a
fresh process per store (so that the peak resident size is that run's), it
stores one new document, one plan's annex of 2026 with some 50 goals, and
prints the time `link_series` takes for the plan that import touched (what
`bilag import` runs; the best of five runs), the time of a full relink of the store, and the
process's peak RSS after each. Linking a new document should cost about the
same in every store: it reads and pairs that plan's goals only.

Last, the case that once hung: three renderings (text, DOCX, PDF) of one
table of --big-rows rows (default 10,000), linked in a fresh process: time
and peak RSS. Timings are wall clock on a shared machine: compare the rows
of one run with each other.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the synthetic annexes

GOALS = 50  # rows of each annex
YEARS = (2022, 2023, 2024, 2025)
RUNS = 5  # of linking the new annex: the least disturbed counts (the machine may be shared)


def build(path: Path, goals: int) -> None:
    """A linked store of about `goals` goals at `path`."""
    from synthetic_annexes import annex, plans

    from bilag.store import connect, link_series, save_record

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = connect(str(partial))
    for i, plan in enumerate(plans(max(1, goals // (GOALS * len(YEARS))), GOALS)):
        for year in YEARS:
            save_record(engine, annex(plan, year, GOALS))
            if (i + year) % 10 == 0:
                save_record(engine, annex(plan, year, GOALS, "pdf", rendering=1))
    link_series(engine)
    engine.dispose()
    partial.rename(path)


def build_big(path: Path, rows: int) -> None:
    """A store of three renderings of one `rows`-row table, not linked."""
    from synthetic_annexes import big_table

    from bilag.store import connect, save_record

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = connect(str(partial))
    for record in big_table(rows):
        save_record(engine, record)
    engine.dispose()
    partial.rename(path)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def measure_import(store: Path) -> dict:
    """In this process: store a new year of the first plan, link it, then relink everything."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session
    from synthetic_annexes import annex, plans

    from bilag.store import connect, link_series, save_record
    from bilag.store.schema import Goal
    from bilag.store.series import plan_keys

    scratch = store.with_name(store.stem + "_scratch.db")
    shutil.copyfile(store, scratch)
    engine = connect(str(scratch))
    with Session(engine) as session:
        goals = session.scalar(select(func.count()).select_from(Goal))
    record = annex(plans(1, GOALS)[0], 2026, GOALS)
    save_record(engine, record)
    start_mb = peak_mb()
    runs = []
    for _ in range(RUNS):  # the first links the new goals; the others find the same series again
        start = time.perf_counter()
        link_series(engine, plans=plan_keys(engine, [record.source.sha256]))
        runs.append(time.perf_counter() - start)
    new_seconds, new_mb = min(runs), peak_mb()
    start = time.perf_counter()
    series = link_series(engine)
    full_seconds = time.perf_counter() - start
    engine.dispose()
    scratch.unlink()
    return {"goals": goals, "new_goals": len(record.goals), "series": series, "start_mb": start_mb,
            "new_seconds": new_seconds, "new_mb": new_mb, "full_seconds": full_seconds, "full_mb": peak_mb()}


def measure_big(store: Path) -> dict:
    """In this process: link the three renderings of the long table."""
    from bilag.store import connect, link_series

    scratch = store.with_name(store.stem + "_scratch.db")
    shutil.copyfile(store, scratch)
    engine = connect(str(scratch))
    start_mb = peak_mb()
    start = time.perf_counter()
    series = link_series(engine)
    seconds = time.perf_counter() - start
    engine.dispose()
    scratch.unlink()
    return {"series": series, "seconds": seconds, "start_mb": start_mb, "mb": peak_mb()}


def in_child(*arguments: str) -> dict:
    """Run one measurement in a fresh process (its own peak RSS)."""
    done = subprocess.run([sys.executable, __file__, *arguments], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/bilag-series-linking"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--big-rows", type=int, default=10_000)
    parser.add_argument("--child", choices=["build", "build-big", "import", "big"], help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # a child's part
        if args.child == "build":
            build(args.store, args.size)
        elif args.child == "build-big":
            build_big(args.store, args.size)
        print(json.dumps(measure_import(args.store) if args.child == "import"
                         else measure_big(args.store) if args.child == "big" else {}))
        return
    # This process stays small: a child's peak RSS starts from its parent's (Linux keeps it over exec).
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{'goals':>8} {'link new annex':>15} {'peak RSS':>9} {'full relink':>12} {'peak RSS':>9}")
    for size in args.sizes:
        store = args.out / f"store_{size}.db"
        if not store.exists():
            print(f"(building {store} ...)", file=sys.stderr)
            in_child("--child", "build", "--store", str(store), "--size", str(size))
        m = in_child("--child", "import", "--store", str(store))
        print(f"{m['goals']:>8} {m['new_seconds']:>13.3f} s {m['new_mb']:>6.0f} MB "
              f"{m['full_seconds']:>10.2f} s {m['full_mb']:>6.0f} MB"
              f"   ({m['new_goals']} new goals; {m['start_mb']:.0f} MB before linking)")
    store = args.out / f"big_{args.big_rows}.db"
    if not store.exists():
        print(f"(building {store} ...)", file=sys.stderr)
        in_child("--child", "build-big", "--store", str(store), "--size", str(args.big_rows))
    m = in_child("--child", "big", "--store", str(store))
    print(f"three renderings of a {args.big_rows:,}-row table: {m['series']} series linked in "
          f"{m['seconds']:.2f} s, peak RSS {m['mb']:.0f} MB ({m['start_mb']:.0f} MB before linking)")


if __name__ == "__main__":
    main()
