"""PDF reader checks outside the fixture convention."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pypdfium2
import pytest

from bilag.extract.pdf import read_pages
from bilag.extract.pdf_page import open_pages
from bilag.settings import DEFAULT

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"


def long_pdf(tmp_path: Path, pages: int) -> Path:
    """A long annex: the two-page table fixture repeated."""
    source = pypdfium2.PdfDocument(FIXTURES / "table_over_two_pages.pdf")
    target = pypdfium2.PdfDocument.new()
    for _ in range(pages // len(source)):
        target.import_pages(source)
    path = tmp_path / "long.pdf"
    target.save(path)
    return path


@pytest.mark.slow
def test_memory_stays_flat_over_many_pages(tmp_path: Path) -> None:
    path = long_pdf(tmp_path, 24)
    peaks: list[int] = []
    held: list[int] = []
    tracemalloc.start()
    try:
        pages = read_pages(open_pages(path), DEFAULT)
        for _ in range(24):
            tracemalloc.reset_peak()
            next(pages)
            current, peak = tracemalloc.get_traced_memory()
            peaks.append(peak)
            held.append(current)
    finally:
        tracemalloc.stop()
    # Pages 3-8 against pages 17-24: reading a late page costs no more
    # memory than an early one, and little stays behind from each page
    # (without page.close() some 50 % of a page's peak would).
    early, late = slice(2, 8), slice(16, 24)
    assert max(peaks[late]) / max(peaks[early]) < 1.3
    growth_per_page = (held[23] - held[7]) / 16
    assert growth_per_page < 0.05 * max(peaks[early])
