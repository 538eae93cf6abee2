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


def test_a_failing_rule_is_one_files_error_not_the_runs(monkeypatch) -> None:
    import bilag.normalize

    real = bilag.normalize.normalize_record

    def fails_on_html(record: Record, settings) -> Record:  # noqa: ANN001
        if record.source.format == "html":
            raise ValueError("a rule nobody foresaw")
        return real(record, settings)

    monkeypatch.setattr(bilag.normalize, "normalize_record", fails_on_html)
    paths = [FIXTURES / "html" / "rowspan_colspan.html", FIXTURES / "text" / "page_break_split_row.txt"]
    (_, broken), (_, fine) = process_all(paths, jobs=2)
    assert isinstance(broken, BilagError)
    assert broken.reason == "could not be read (ValueError: a rule nobody foresaw)"
    assert isinstance(fine, Record) and fine.goals[0].status == "achieved"
