"""Footnote marks against the superscripts that are no marks."""

import pytest

from bilag.extract.footnotes import as_footnote, remove_marks
from bilag.record import Footnote


@pytest.mark.parametrize(("text", "clean"), [
    ("2.425³ grundskoleelever", "2.425 grundskoleelever"),
    ("platformen ON-undervisning ¹ , hvis", "platformen ON-undervisning  , hvis"),
    ("Forløbsprogram¹ og it-system²", "Forløbsprogram og it-system"),  # words ending in m
    ("8.000 m² solceller og 40 km³ jord", "8.000 m² solceller og 40 km³ jord"),  # powers of units
    ("værktøjet¹².", "værktøjet."),
])
def test_marks_are_removed_and_unit_powers_kept(text: str, clean: str) -> None:
    assert remove_marks(text) == clean


def test_a_note_paragraph_reads_as_its_mark_and_text() -> None:
    assert as_footnote("² Vurderingsværktøj — stopekstremisme.dk") == Footnote(
        "2", "Vurderingsværktøj — stopekstremisme.dk")
    assert as_footnote("2 Vurderingsværktøj") is None  # a plain digit is no mark
