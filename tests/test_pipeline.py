"""Reading several files at once: order, errors as values, worker processes."""

from __future__ import annotations

import pickle
from pathlib import Path

from bilag.errors import BilagError, EncryptedPDF
from bilag.pipeline import process_all
from bilag.record import Record

FIXTURES = Path(__file__).parent / "fixtures"


def test_records_and_errors_come_back_in_the_order_given() -> None:
    paths = [FIXTURES / "pdf" / "encrypted.pdf", FIXTURES / "text" / "page_break_split_row.txt",
             FIXTURES / "bad" / "empty.txt", FIXTURES / "html" / "rowspan_colspan.html"]
    results = list(process_all(paths, jobs=2))
    assert [path for path, _ in results] == paths
    encrypted, text, empty, html = (result for _, result in results)
    assert isinstance(encrypted, EncryptedPDF) and encrypted.file == str(paths[0])
    assert isinstance(empty, BilagError) and empty.reason == "the file is empty"
    assert isinstance(text, Record) and text.goals[2].status == "not_achieved"
    assert isinstance(html, Record) and html.goals[0].targets[0].low == 2000


def test_errors_survive_the_trip_from_a_worker() -> None:
    error = pickle.loads(pickle.dumps(EncryptedPDF("a.pdf", "the PDF is encrypted")))
    assert (type(error), error.file, error.reason, str(error)) == (
        EncryptedPDF, "a.pdf", "the PDF is encrypted", "a.pdf: the PDF is encrypted")
