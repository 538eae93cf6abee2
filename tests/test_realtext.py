"""The real-text dev set: real goal/report rows from public Danish reports, each
normalized by the real normalizer and held against its annotation by the spec.
Rows listed in `realtext/known_misses.txt` are expected to fail for now (xfail,
not strict); cases the spec does not settle are left out."""

from __future__ import annotations

import pytest
from realtext.cases import CATEGORIES, STATUSES, compare, known_misses, load_cases

CASES = load_cases()
MISSES = known_misses()
SETTLED = [c for c in CASES if not c.get("unsettled")]


def _param(case: dict) -> pytest.param:
    marks = [pytest.mark.realtext]
    if case["id"] in MISSES:
        marks.append(pytest.mark.xfail(strict=False, reason=MISSES[case["id"]] or "known miss"))
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in SETTLED])
def test_real_row(case: dict) -> None:
    result = compare(case)
    assert result.goal.status == case["status"], result.problems()
    assert sorted(result.targets_found) == sorted(result.targets_expected), result.problems()
    assert sorted(result.pairs_found) == sorted(result.pairs_expected), result.problems()
    assert not result.not_actuals_taken, result.problems()
    assert sorted(result.goal.flags) == sorted(case.get("flags", [])), result.problems()


def test_cases_are_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "case ids repeat"
    assert set(MISSES) <= set(ids), f"known misses without a case: {sorted(set(MISSES) - set(ids))}"
    for case in CASES:
        assert case["source"]["url"].startswith("http"), case["id"]
        assert case.get("goal") or case.get("report") or case.get("status_cell"), case["id"]
        assert case["status"] in STATUSES, case["id"]
        assert set(case["categories"]) <= set(CATEGORIES) and case["categories"], case["id"]
        assert (case["status_text"] is None) == (case["status"] == "not_stated"), case["id"]
        for actual in case.get("actuals", []):
            assert actual.get("target") is None or actual["target"] < len(case.get("targets", [])), case["id"]
