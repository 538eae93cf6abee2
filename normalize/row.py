"""One goal row from text to verdict, targets, actuals, attainment and flags."""

from __future__ import annotations

import functools
from dataclasses import replace

from bilag.record import Goal
from bilag.settings import Settings

from . import audit
from .actuals import read_actuals
from .language import lexicon, pipeline
from .pairing import Evidence, counts_any, implied_units, pair, parts_of_totals
from .quantities import find_quantities
from .targets import read_targets
from .units import is_noun
from .verdict import NOT_STATED, read_verdict


def normalize_goal(goal: Goal, report_year: int | None, annual_column: bool, settings: Settings,
                   time_column: bool = False) -> Goal:
    """The goal row with status, status_text, targets, actuals, attainment and flags
    (and, for explaining, the numbers left out with the reason). `time_column`: the goal
    column is headed as a time ("Frist"), so a bare duration in it is the row's target."""
    nlp = pipeline(settings.lemma_cache_dir)
    words = lexicon(settings.lemma_cache_dir)
    noun = functools.partial(is_noun, words=words)
    goal_doc = nlp(goal.goal or "")
    report_doc = nlp(goal.report or "")

    verdict = None
    if goal.status_cell:
        verdict = read_verdict(nlp, nlp(goal.status_cell), status_cell=True)
    if verdict is None:
        verdict = read_verdict(nlp, report_doc, status_cell=False,
                               lead_sentences=settings.verdict_sentences)
    verdict = verdict or NOT_STATED

    targets, target_quantities, left_in_goal = read_targets(
        goal_doc, find_quantities(goal_doc, words, settings), annual_column, report_year, noun, time_column)
    report_quantities = find_quantities(report_doc, words, settings, report=True,
                                        implied=implied_units(goal_doc, target_quantities))
    actuals, actual_quantities, left_in_report = read_actuals(
        report_doc, report_quantities, report_year,
        lambda unit: counts_any(unit, targets, settings.unit_min_similarity), noun)
    parts = parts_of_totals(report_doc, report_quantities)
    actuals = pair(actuals, targets, settings.unit_min_similarity,
                   [replace(Evidence.of(report_doc, q), part=q.number in parts) for q in actual_quantities],
                   [Evidence.of(goal_doc, q) for q in target_quantities])
    return replace(goal, status=verdict.status, status_text=verdict.text, targets=targets, actuals=actuals,
                   attainment=audit.attainment(targets, actuals),
                   flags=audit.flags(verdict.status, targets, actuals),
                   skipped=left_in_goal + left_in_report)

