"""One goal row from text to verdict, targets, actuals, attainment and flags."""

from __future__ import annotations

from dataclasses import replace

from bilag.record import Goal
from bilag.settings import Settings

from . import audit
from .actuals import read_actuals
from .language import lexicon, pipeline
from .pairing import counts_any, pair
from .quantities import find_quantities
from .targets import read_targets
from .verdict import NOT_STATED, read_verdict


def normalize_goal(goal: Goal, report_year: int | None, annual_column: bool, settings: Settings) -> Goal:
    """The goal row with status, status_text, targets, actuals, attainment and flags."""
    nlp = pipeline(settings.lemma_cache_dir)
    words = lexicon(settings.lemma_cache_dir)
    goal_doc = nlp(goal.goal or "")
    report_doc = nlp(goal.report or "")

    verdict = None
    if goal.status_cell:
        verdict = read_verdict(nlp, nlp(goal.status_cell), status_cell=True)
    if verdict is None:
        verdict = read_verdict(nlp, report_doc, status_cell=False,
                               lead_sentences=settings.verdict_sentences)
    verdict = verdict or NOT_STATED

    targets = read_targets(goal_doc, find_quantities(goal_doc, words, settings), annual_column)
    actuals, wholes = read_actuals(report_doc, find_quantities(report_doc, words, settings), report_year,
                           lambda unit: counts_any(unit, targets, settings.unit_min_similarity))
    actuals = pair(actuals, targets, settings.unit_min_similarity, wholes)
    return replace(goal, status=verdict.status, status_text=verdict.text, targets=targets, actuals=actuals,
                   attainment=audit.attainment(targets, actuals),
                   flags=audit.flags(verdict.status, targets, actuals))
