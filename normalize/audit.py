"""Attainment and audit flags, as the `bilag/1` specification defines them,
for targets set as a least and, read the same way, for ceilings.

Most targets are a least ("2.000 elever", "mindst 20 projekter"): more is
better, and the specification's attainment (actual/low) and flag (achieved
with an actual below its target's low) say how far the report got. A target
set as a most (`ceiling`: "højst 5 klager", "reduceres til 20 sager") reads
the other way round: 3 klager against højst 5 is a goal met, not 60 % of one.
So a ceiling target

- takes no part in `attainment`, which stays the smallest actual/low over the
  paired targets that are a least (None where only ceilings are paired);
- is met where its paired actual is at or below its `high`: the flag is the
  same audit idea, turned round (achieved while an actual is above its
  ceiling; not_achieved while every target, least or most, is met).
"""

from __future__ import annotations

from dataclasses import replace

from bilag.extract.convert import word_key
from bilag.record import Actual, Goal, Target

STATUS_CONTRADICTS_NUMBERS = "status_contradicts_numbers"


def attainment(targets: tuple[Target, ...], actuals: tuple[Actual, ...]) -> float | None:
    """The smallest actual/low ratio over the paired targets that are a least
    (4 decimals), or None where none of them has a paired actual."""
    ratios = [a.value / target.low for a in actuals if a.target is not None
              and not (target := targets[a.target]).ceiling and target.low > 0]
    return round(min(ratios), 4) if ratios else None


def is_met(actual: Actual, target: Target) -> bool:
    """Whether an actual meets its target: at or above a least's low, at or below a ceiling's high."""
    return actual.value <= target.high if target.ceiling else actual.value >= target.low


def flags(status: str, targets: tuple[Target, ...], actuals: tuple[Actual, ...]) -> tuple[str, ...]:
    """`status_contradicts_numbers` where the stated verdict and the paired numbers
    disagree: achieved with a paired actual that misses its target (below its
    low; above a ceiling), or not_achieved while every target has a paired
    actual that meets it."""
    paired = [(a, targets[a.target]) for a in actuals if a.target is not None]
    if status == "achieved" and any(not is_met(a, t) for a, t in paired):
        return (STATUS_CONTRADICTS_NUMBERS,)
    if status == "not_achieved" and targets:
        reached = {a.target for a, t in paired if is_met(a, t)}
        if reached == set(range(len(targets))):
            return (STATUS_CONTRADICTS_NUMBERS,)
    return ()


LOW_OCR_CONFIDENCE = "low_ocr_confidence"


def with_ocr_flag(goal: Goal) -> Goal:
    """The goal flagged `low_ocr_confidence` where one of its targets or actuals
    was read from a word OCR doubted (low confidence, or shaped like a misread
    number such as "2.42S" or "2,425"): a number for a person to check on the page."""
    if not goal.ocr_doubtful or LOW_OCR_CONFIDENCE in goal.flags:
        return goal
    for quantity in goal.targets + goal.actuals:
        words = {word_key(w) for w in quantity.text.split()}
        numbers = [w for w in words if any(c.isdigit() for c in w)]
        # A number read from part of a word ("2.42" of "2.42S") counts as read from that word.
        if words & goal.ocr_doubtful or any(n in w for n in numbers for w in goal.ocr_doubtful):
            return replace(goal, flags=goal.flags + (LOW_OCR_CONFIDENCE,))
    return goal
