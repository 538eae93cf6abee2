"""Pairing: which actual measures which target (the same kind of thing)."""

from __future__ import annotations

import math
from dataclasses import replace

from rapidfuzz import fuzz

from bilag.record import Actual, Target

OUT_OF_TARGET, EXACT, ALTERNATIVE, NARROWER, GENERAL = 5, 4, 3, 2, 1


def sameness(actual_unit: str | None, target_unit: str | None, min_similarity: float) -> int:
    """How surely an actual's unit counts what the target's unit counts (0: not).

    Exact lemma > one of slash alternatives ("oplæg/workshop") > a narrower
    compound of the target's noun ("rettighedskursus" is a "kursus") or a
    spelling variant > the target's compound head, a more general noun
    ("58 pladser" against "60 akutte overnatningspladser"): that measures the
    target only where nothing surer does (the report's "2.425
    grundskoleelever" measures "2.000 grundskoleelever", not its "7.050 elever").
    """
    if not actual_unit or not target_unit:
        return 0
    if actual_unit == target_unit:
        return EXACT
    if set(actual_unit.split("/")) & set(target_unit.split("/")):
        return ALTERNATIVE
    if any(a.endswith(t) for a in actual_unit.split("/") for t in target_unit.split("/")):
        return NARROWER
    plain = (actual_unit.replace("-", ""), target_unit.replace("-", ""))
    if fuzz.ratio(*plain) >= min_similarity:
        return NARROWER
    if any(t.endswith(a) for a in actual_unit.split("/") for t in target_unit.split("/")):
        return GENERAL
    return 0


def counts_any(unit: str, targets: tuple[Target, ...], min_similarity: float) -> bool:
    """Whether some target counts this unit, or a narrower kind of it (not
    just its compound head: "et forløb" is no count of "brancheforløb")."""
    return any(sameness(unit, t.unit, min_similarity) > GENERAL for t in targets)


def _out_of_target(actual: Actual, whole: float | None, target: Target) -> int:
    """ "17 ud af 17 kurser" against a target of 17 rettighedskurser: counted out
    of the target's own number, in its head noun, it measures that target."""
    if whole is None or whole != target.low or not actual.unit or not target.unit:
        return 0
    return OUT_OF_TARGET if target.unit.endswith(actual.unit) else 0


def _distance(actual: Actual, target: Target) -> float:
    """How far apart in size an actual and a target are, as a ratio (0: the same):
    0,8 mio. kr. spent measures the 0,8 mio. kr. target, not the 2 mia. kr. one."""
    if actual.value <= 0 or target.low <= 0:
        return math.inf
    return abs(math.log(actual.value / target.low))


def pair(actuals: tuple[Actual, ...], targets: tuple[Target, ...], min_similarity: float,
         wholes: tuple[float | None, ...] = ()) -> tuple[Actual, ...]:
    """The actuals with `target` set: each target takes at most one actual, the
    surest match first and, among equals, the first actual in the text, with
    the target nearest its size. `wholes` holds, beside each actual, the N of
    "… ud af N" it was counted out of."""
    wholes = wholes or (None,) * len(actuals)
    candidates = sorted(
        (-score, a, _distance(actual, target), t)
        for a, actual in enumerate(actuals)
        for t, target in enumerate(targets)
        if (score := max(sameness(actual.unit, target.unit, min_similarity),
                         _out_of_target(actual, wholes[a], target)))
    )
    chosen: dict[int, int] = {}
    taken: set[int] = set()
    for _, a, _, t in candidates:
        if a in chosen or t in taken:
            continue
        chosen[a] = t
        taken.add(t)
    return tuple(replace(actual, target=chosen.get(a)) for a, actual in enumerate(actuals))
