"""Score the normalizer on the real-text cases, per category.

    python -m tests.realtext.score [CASES.jsonl] [--misses] [--verbose]

Prints stated verdicts (over the rows that state one, and over all rows),
target recall/precision, pair recall/precision, numbers that must not be
actuals, flags, rows flagged although their verdict or numbers were misread,
and each category's share of wholly correct rows. `--misses` prints the
failing case ids with their first reason, in the form of `known_misses.txt`.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from .cases import CASES_FILE, CATEGORIES, compare, load_cases


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a (0/0)"


def _overlap(expected: list, found: list) -> int:
    return sum((Counter(expected) & Counter(found)).values())


def score(cases: list[dict]) -> tuple[list[tuple[str, str]], list]:
    """(label, figure) lines and the comparisons of the settled cases."""
    settled = [c for c in cases if not c.get("unsettled")]
    results = [compare(c) for c in settled]
    stated = [r for r in results if r.case["status"] != "not_stated"]
    t_exp = sum(len(r.targets_expected) for r in results)
    t_found = sum(len(r.targets_found) for r in results)
    t_hit = sum(_overlap(r.targets_expected, r.targets_found) for r in results)
    p_exp = sum(len(r.pairs_expected) for r in results)
    p_found = sum(len(r.pairs_found) for r in results)
    p_hit = sum(_overlap(r.pairs_expected, r.pairs_found) for r in results)
    not_actuals = sum(len(r.case.get("not_actuals", [])) for r in results)
    taken = sum(len(r.not_actuals_taken) for r in results)
    flag_rows = [r for r in results if r.case.get("flags")]
    flagged = [r for r in results if r.goal.flags]
    misread_flagged = [r for r in flagged if not (r.status_ok and r.numbers_ok)]
    lines = [
        ("cases (settled / unsettled)", f"{len(settled)} / {len(cases) - len(settled)}"),
        ("verdicts, rows that state one", _ratio(sum(r.status_ok for r in stated), len(stated))),
        ("verdicts, all rows", _ratio(sum(r.status_ok for r in results), len(results))),
        ("target recall", _ratio(t_hit, t_exp)),
        ("target precision", _ratio(t_hit, t_found)),
        ("pair recall", _ratio(p_hit, p_exp)),
        ("pair precision", _ratio(p_hit, p_found)),
        ("not-actuals left out", _ratio(not_actuals - taken, not_actuals)),
        ("flags, rows as annotated", _ratio(sum(r.flags_ok for r in results), len(results))),
        ("flags, expected flags found", _ratio(sum(r.flags_ok for r in flag_rows), len(flag_rows))),
        ("flagged rows misread (want 0)", f"{len(misread_flagged)} of {len(flagged)} flagged"),
    ]
    for category in CATEGORIES:
        members = [r for r in results if category in r.case.get("categories", [])]
        right = sum(r.ok for r in members)
        lines.append((f"category {category}: rows wholly right", _ratio(right, len(members))))
    lines.append(("all rows wholly right", _ratio(sum(r.ok for r in results), len(results))))
    return lines, results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="?", type=Path, default=CASES_FILE)
    parser.add_argument("--misses", action="store_true", help="print failing ids with a reason")
    parser.add_argument("--verbose", action="store_true", help="print every failing case's problems")
    args = parser.parse_args(argv)
    lines, results = score(load_cases(args.cases))
    if args.misses:
        for r in results:
            if not r.ok:
                print(f"{r.case['id']}  {r.problems()[0]}")
        return
    width = max(len(label) for label, _ in lines)
    print(f"{args.cases}")
    for label, figure in lines:
        print(f"  {label:<{width}}  {figure}")
    if args.verbose:
        for r in results:
            if not r.ok:
                print(f"\n{r.case['id']}: " + "; ".join(r.problems()))


if __name__ == "__main__":
    main()
