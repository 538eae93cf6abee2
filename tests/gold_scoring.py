"""Comparison of extraction records with the annotated gold records in
tests/gold/ (copies of the project's acceptance gold), by the same rules as
the acceptance scorer: rows are matched by their text, every rate is over
the gold rows."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

MATCH_AT = 0.80


def norm(text: str | None) -> str:
    text = (text or "").lower().replace("\u00ad", "")
    return re.sub(r"[\s\u00a0]+", " ", re.sub(r"[^\w%/.,-]+", " ", text)).strip()


def similarity(a: str | None, b: str | None) -> float:
    a, b = norm(a), norm(b)
    if not a and not b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    # The full ratio is slow on long texts; rows this unlike never match anyway.
    return matcher.ratio() if matcher.quick_ratio() > 0.5 else matcher.quick_ratio() * 0.5


def row_text(goal: dict[str, Any]) -> str:
    return f"{goal.get('goal') or ''} {goal.get('report') or ''}"


def bounds(q: dict[str, Any]) -> tuple[float, float]:
    low = q.get("low", q.get("value"))
    return round(float(low), 6), round(float(q.get("high", low)), 6)


def score(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, float]:
    """The acceptance figures of one predicted record against its gold record."""
    ggoals, pgoals = gold["goals"], pred["goals"]
    ranked = sorted(((similarity(row_text(g), row_text(p)), i, j)
                     for i, g in enumerate(ggoals) for j, p in enumerate(pgoals)), reverse=True)
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    pairs = []
    for s, i, j in ranked:
        if s >= MATCH_AT and i not in taken_g and j not in taken_p:
            taken_g.add(i)
            taken_p.add(j)
            pairs.append((ggoals[i], pgoals[j]))
    c: dict[str, float] = {}

    def add(key: str, n: float = 1) -> None:
        c[key] = c.get(key, 0) + n

    for g, p in pairs:
        add("report_sim", similarity(g["report"], p["report"]))
        add("goal_sim", similarity(g["goal"], p["goal"]))
        add("target_group_ok", norm(g["target_group"]) == norm(p["target_group"]))
        add("status_ok", g["status"] == p["status"])
        free = list(range(len(p["targets"])))
        mapping = {}
        for gi, gt in enumerate(g["targets"]):
            for k in free:
                if bounds(p["targets"][k]) == bounds(gt):
                    free.remove(k)
                    mapping[gi] = k
                    add("targets_tp")
                    break
        add("targets_pred", len(p["targets"]))
        pred_pairs = [a for a in p["actuals"] if a.get("target") is not None]
        add("pairs_pred", len(pred_pairs))
        for ga in g["actuals"]:
            k = mapping.get(ga["target"]) if ga.get("target") is not None else None
            if k is not None and any(a["target"] == k and a["value"] == ga["value"] for a in pred_pairs):
                add("pairs_tp")
        gf = "status_contradicts_numbers" in g["flags"]
        pf = "status_contradicts_numbers" in p["flags"]
        add("flag_tp", gf and pf)
        add("flag_fp", pf and not gf)
    rows = len(ggoals)
    targets = sum(len(g["targets"]) for g in ggoals)
    gold_pairs = sum(a.get("target") is not None for g in ggoals for a in g["actuals"])
    gold_flags = sum("status_contradicts_numbers" in g["flags"] for g in ggoals)
    tp, fp = c.get("flag_tp", 0), c.get("flag_fp", 0)
    fn = gold_flags - tp
    return {
        "row_recall": len(pairs) / rows,
        "row_precision": len(pairs) / len(pgoals) if pgoals else 0.0,
        "report_text": c.get("report_sim", 0) / rows,
        "goal_text": c.get("goal_sim", 0) / rows,
        "target_group": c.get("target_group_ok", 0) / rows,
        "status": c.get("status_ok", 0) / rows,
        "target_recall": c.get("targets_tp", 0) / targets if targets else 1.0,
        "target_precision": c.get("targets_tp", 0) / c["targets_pred"] if c.get("targets_pred") else 1.0,
        "pair_recall": c.get("pairs_tp", 0) / gold_pairs if gold_pairs else 1.0,
        "pair_precision": c.get("pairs_tp", 0) / c["pairs_pred"] if c.get("pairs_pred") else 1.0,
        "flag_f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0,
        "report_year": float(gold["document"]["report_year"] == pred["document"]["report_year"]),
        "annex": float(str(gold["document"]["annex"]) == str(pred["document"]["annex"])),
    }
