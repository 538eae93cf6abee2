"""Attainment and audit flags, exactly as the `bilag/1` specification defines them."""

from __future__ import annotations

from bilag.record import Actual, Target

STATUS_CONTRADICTS_NUMBERS = "status_contradicts_numbers"


def attainment(targets: tuple[Target, ...], actuals: tuple[Actual, ...]) -> float | None:
    """The smallest actual/low ratio over the paired targets (4 decimals), or
    None where no target has a paired actual."""
    ratios = [a.value / targets[a.target].low for a in actuals
              if a.target is not None and targets[a.target].low > 0]
    return round(min(ratios), 4) if ratios else None


def flags(status: str, targets: tuple[Target, ...], actuals: tuple[Actual, ...]) -> tuple[str, ...]:
    """`status_contradicts_numbers` where the stated verdict and the paired numbers
    disagree: achieved with a paired actual below its target's low, or
    not_achieved while every target has a paired actual at or above its low."""
    paired = [(a, targets[a.target]) for a in actuals if a.target is not None]
    if status == "achieved" and any(a.value < t.low for a, t in paired):
        return (STATUS_CONTRADICTS_NUMBERS,)
    if status == "not_achieved" and targets:
        reached = {a.target for a, t in paired if a.value >= t.low}
        if reached == set(range(len(targets))):
            return (STATUS_CONTRADICTS_NUMBERS,)
    return ()
