"""Load the real-text cases, run the normalizer on one, and compare it with the annotation.

A case is one goal row: `goal` (or null), `report`, optional `status_cell`, the report
year, and what the spec says normalizing must give: `status`, `targets`, the actuals
that measure a target, numbers that must not be actuals (`not_actuals`), and `flags`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilag.normalize import normalize_record
from bilag.record import DocumentInfo, Goal, Record, Source, TableInfo

HERE = Path(__file__).parent
CASES_FILE = HERE / "cases.jsonl"
KNOWN_MISSES_FILE = HERE / "known_misses.txt"
CATEGORIES = ("verdict", "targets", "actuals", "pairing", "flags")
STATUSES = ("achieved", "partially_achieved", "not_achieved", "on_track", "not_stated")


def load_cases(path: Path = CASES_FILE) -> list[dict[str, Any]]:
    """Every case of a JSON Lines file, in file order."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def known_misses(path: Path = KNOWN_MISSES_FILE) -> dict[str, str]:
    """Case id -> reason, from `known_misses.txt` ("id  reason" per line, # comments)."""
    if not path.exists():
        return {}
    misses = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            case_id, _, reason = line.partition(" ")
            misses[case_id] = reason.strip()
    return misses


def normalize_case(case: dict[str, Any]) -> Goal:
    """The case as the one goal row of a record, normalized by the real pipeline stage."""
    year = case.get("report_year", 2024)
    columns, headers = ["target_group", "goal", "report"], ["Målgruppe", case.get("goal_header", "Mål"),
                                                         f"Afrapportering for {year}"]
    if case.get("status_cell") is not None:
        columns.append("status")
        headers.append("Status")
    table = TableInfo(index=1, title=None, columns=tuple(columns), headers=tuple(headers))
    row = Goal(table=1, row=1, pages=(), target_group=case.get("target_group"), goal=case.get("goal"),
               report=case.get("report"), status_cell=case.get("status_cell"))
    record = Record(source=Source(file=f"{case['id']}.txt", sha256="", format="text"),
                    document=DocumentInfo(report_year=year), tables=(table,), goals=(row,))
    return normalize_record(record).goals[0]


def target_key(target: Any) -> tuple:
    """What identifies a target: its bounds, unit, period and whether it is a ceiling."""
    if isinstance(target, dict):
        get = target.get
    else:
        def get(name: str, default: Any = None) -> Any:
            return getattr(target, name, default)
    return (round(float(get("low")), 4), round(float(get("high")), 4), get("unit"), get("period"),
            bool(get("ceiling", False)))


def expected_pairs(case: dict[str, Any]) -> list[tuple]:
    """(actual value, target key) for every annotated actual that measures a target."""
    targets = case.get("targets", [])
    return [(round(float(a["value"]), 4), target_key(targets[a["target"]]))
            for a in case.get("actuals", []) if a.get("target") is not None]


def found_pairs(goal: Goal) -> list[tuple]:
    """(actual value, target key) for every actual the normalizer paired with a target."""
    return [(round(float(a.value), 4), target_key(goal.targets[a.target]))
            for a in goal.actuals if a.target is not None and a.target < len(goal.targets)]


@dataclass
class Comparison:
    """How one normalized row compares with its annotation, part by part."""

    case: dict[str, Any]
    goal: Goal
    status_ok: bool
    targets_expected: list[tuple]
    targets_found: list[tuple]
    pairs_expected: list[tuple]
    pairs_found: list[tuple]
    not_actuals_taken: list[float] = field(default_factory=list)
    flags_ok: bool = True

    @property
    def targets_ok(self) -> bool:
        return sorted(self.targets_expected) == sorted(self.targets_found)

    @property
    def pairs_ok(self) -> bool:
        return sorted(self.pairs_expected) == sorted(self.pairs_found)

    @property
    def numbers_ok(self) -> bool:
        return self.targets_ok and self.pairs_ok and not self.not_actuals_taken

    @property
    def ok(self) -> bool:
        return self.status_ok and self.numbers_ok and self.flags_ok

    def problems(self) -> list[str]:
        """Short readable reasons, empty where the row is read as annotated."""
        out = []
        if not self.status_ok:
            out.append(f"status {self.goal.status} (expected {self.case['status']})")
        if not self.targets_ok:
            out.append(f"targets {_keys(self.targets_found)} (expected {_keys(self.targets_expected)})")
        if not self.pairs_ok:
            out.append(f"pairs {_pairs(self.pairs_found)} (expected {_pairs(self.pairs_expected)})")
        if self.not_actuals_taken:
            out.append(f"read as actual: {', '.join(_num(v) for v in self.not_actuals_taken)}")
        if not self.flags_ok:
            out.append(f"flags {list(self.goal.flags)} (expected {self.case.get('flags', [])})")
        return out


def compare(case: dict[str, Any], goal: Goal | None = None) -> Comparison:
    """Normalize the case (unless given its row) and compare each part with the annotation."""
    goal = goal if goal is not None else normalize_case(case)
    values = {round(float(a.value), 4) for a in goal.actuals}
    taken = [float(n["value"]) for n in case.get("not_actuals", []) if round(float(n["value"]), 4) in values]
    return Comparison(
        case=case, goal=goal, status_ok=goal.status == case["status"],
        targets_expected=[target_key(t) for t in case.get("targets", [])],
        targets_found=[target_key(t) for t in goal.targets],
        pairs_expected=expected_pairs(case), pairs_found=found_pairs(goal),
        not_actuals_taken=taken, flags_ok=sorted(goal.flags) == sorted(case.get("flags", [])))


def _num(value: float) -> str:
    return f"{value:g}"


def _keys(keys: list[tuple]) -> str:
    parts = []
    for low, high, unit, period, ceiling in sorted(keys, key=str):
        bound = _num(low) if low == high else f"{_num(low)}-{_num(high)}"
        parts.append(f"{'≤' if ceiling else ''}{bound} {unit}{'/' + period if period else ''}")
    return "[" + "; ".join(parts) + "]"


def _pairs(pairs: list[tuple]) -> str:
    return "[" + "; ".join(f"{_num(v)}→{_keys([t])[1:-1]}" for v, t in sorted(pairs, key=str)) + "]"
