"""Properties that hold for any input: the number and verdict readers never
fail on text, Danish number formats read back to the number written, and the
text and HTML readers end every file with a record or a named error.

Each property runs a fixed budget of examples (Hypothesis, no deadline: the
first example pays for spaCy's start-up), so the suite stays fast.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from babel.numbers import format_decimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilag.errors import BilagError
from bilag.extract import extract
from bilag.normalize import normalize_record
from bilag.normalize.numbers import parse_digits
from bilag.record import STATUSES, DocumentInfo, Goal, Record, Source

BUDGET = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Text with the characters annex cells hold: Danish letters, digits, the
# separators of numbers, punctuation, and some of everything else.
CELL_TEXT = st.text(st.one_of(st.sampled_from(list("0123456789.,%-–/ æøåÆØÅ½:;()\n")),
                              st.characters(codec="utf-8")), max_size=300)


def _row(goal: str, report: str, status_cell: str | None = None) -> Record:
    return Record(source=Source(file="case.txt", sha256="", format="text"), document=DocumentInfo(),
                  goals=(Goal(table=1, row=1, pages=(), target_group="Unge", goal=goal, report=report,
                              status_cell=status_cell),))


@BUDGET
@given(goal=CELL_TEXT, report=CELL_TEXT, status_cell=st.one_of(st.none(), CELL_TEXT))
def test_any_row_text_is_normalized_without_error(goal: str, report: str, status_cell: str | None) -> None:
    goal_row = normalize_record(_row(goal, report, status_cell)).goals[0]
    assert goal_row.status in STATUSES
    assert (goal_row.status == "not_stated") == (goal_row.status_text is None)
    for target in goal_row.targets:
        assert target.low <= target.high
    for actual in goal_row.actuals:
        assert actual.target is None or 0 <= actual.target < len(goal_row.targets)
    if goal_row.attainment is not None:
        assert goal_row.attainment >= 0


@BUDGET
@given(value=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_danish_number_formats_read_back(value: Decimal) -> None:
    """'2.425', '1.234.567,5', '0,25' as Babel writes them for Danish read as the number."""
    written = format_decimal(value, locale="da", decimal_quantization=False)
    assert parse_digits(written) == float(value)


@BUDGET
@given(data=st.binary(max_size=2000))
def test_text_reader_ends_any_bytes_with_a_record_or_a_named_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "annex.txt"
    path.write_bytes(data)
    try:
        record = extract(path)
    except BilagError as error:
        assert error.file == str(path)
    else:
        assert record.source.format == "text"


def _element(tag: str, span: int, text: str) -> str:
    return f"<{tag} colspan='{span}' rowspan='{span}'>{text}</{tag}>"


TAGS = st.sampled_from(["table", "tr", "td", "th", "div", "p", "sup", "main", "nav"])
SPANS = st.integers(-3, 10**6)
MARKUP = st.recursive(st.text(max_size=40), lambda inner: st.builds(_element, TAGS, SPANS, inner),
                      max_leaves=30)


@BUDGET
@given(body=MARKUP)
def test_html_reader_ends_any_markup_with_a_record_or_a_named_error(tmp_path: Path, body: str) -> None:
    path = tmp_path / "annex.html"
    path.write_text(f"<html><body><h1>Bilag 2</h1>{body}</body></html>", encoding="utf-8")
    try:
        record = extract(path)
    except BilagError as error:
        assert error.file == str(path)
    else:
        assert all(len(t.columns) <= 64 for t in record.tables)
