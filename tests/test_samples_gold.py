"""The 2024 samples (the two real annexes in every format) against the gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gold_scoring import score

from bilag.pipeline import process

ROOT = Path(__file__).parent.parent
GOLD_DIR = Path(__file__).parent / "gold"
GOLD = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DIR.glob("*.json"))]
SAMPLES = sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in {".txt", ".docx", ".pdf", ".html"})

# What the issues ask of every sample (structure, then verdicts and numbers).
REQUIRED = {
    "row_recall": 1.0, "row_precision": 1.0, "report_text": 0.98, "goal_text": 0.98,
    "target_group": 1.0, "report_year": 1.0, "annex": 1.0,
    "status": 1.0, "target_recall": 0.95, "target_precision": 0.9,
    "pair_recall": 0.9, "pair_precision": 0.9, "flag_f1": 1.0,
}


def gold_for(record: dict) -> dict | None:
    """The gold record a sample renders: same annex, same report year."""
    key = (record["document"]["annex"], record["document"]["report_year"])
    for gold in GOLD:
        if (gold["document"]["annex"], gold["document"]["report_year"]) == key:
            return gold
    return None


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: str(p.relative_to(ROOT)))
def test_sample_against_gold(path: Path) -> None:
    record = process(path).to_dict()
    gold = gold_for(record)
    if gold is None:
        assert "Fiktivt eksempel" in (record["document"]["title"] or ""), "a real sample must match its gold"
        return
    figures = score(gold, record)
    short = {k: round(v, 3) for k, v in figures.items() if v < REQUIRED[k]}
    assert not short, f"below the required figures: {short}"
