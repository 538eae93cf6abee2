"""Tunable knobs of the pipeline, in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # PDF reading
    superscript_size_ratio: float = 0.85
    """A character this much smaller than the line's body text, raised above
    its baseline, is a superscript (a footnote mark), not part of a number."""
    superscript_rise: float = 1.0
    """Points a superscript's baseline sits above the body text's, at least."""
    page_margin_ratio: float = 0.07
    """Top and bottom share of a page where running headers, footers and page
    numbers stand; lines there outside any table are not content."""
    column_gap: float = 6.0
    """Points of white space that separate two columns of a borderless table
    (Word's default cell margins leave at least 10.8 pt between cell texts)."""
    row_gap_ratio: float = 1.1
    """A line further below the one before than this many usual line pitches
    starts a new paragraph (smaller steps are lines of the same paragraph);
    3 pt spacing after a 12 pt paragraph is some 1.2 pitches."""

    max_unmapped_share: float = 0.3
    """Share of a PDF's text, at most, that may be glyphs its fonts map to no
    character ("(cid:12)"); above it the PDF is refused as unreadable."""

    running_header_share: float = 0.6
    """A line outside tables at the same place on this share of a PDF's pages
    (two pages at least) is a running header or footer, not content."""

    # Each file in a worker process (bilag/workers.py)
    file_time_limit: float | None = 900.0
    """Seconds one file may take to read (extract and normalize, OCR included),
    at most; past it its worker is killed and the file fails (None: no limit)."""
    file_memory_limit: int | None = 2 * 2**30
    """Bytes of resident memory a worker may use while reading one file, at
    most (2 GiB; a 60-page annex takes some 400 MiB); past it the worker is
    killed and the file fails (None: no limit). The whole batch stays under
    one process's memory plus `jobs` times this."""

    # Untrusted input
    max_unpacked_bytes: int = 300_000_000
    """Bytes a .docx/.odt package may unpack to, at most (checked before inflating)."""
    max_packing_ratio: float = 200.0
    """Times a package member may grow when inflated, at most (XML compresses some
    10-30 times; a zip bomb thousands)."""
    max_columns: int = 64
    """Columns a cell may span, at most (gridSpan, colspan): wider is a broken or
    hostile file, not a goal table."""
    max_cell_chars: int = 100_000
    """Characters a table cell keeps, at most; a longer one is cut, with a warning."""
    max_title_chars: int = 300
    """Characters the document's title keeps, at most."""
    max_image_pixels: int = 178_956_970
    """Pixels a page image may have, at most (Pillow's own bound; an A4 page at
    600 dpi has some 35 million); larger is refused before it is decoded."""

    # Conversion (.doc, .odt, .rtf) and OCR (scans)
    conversion_timeout: float = 120.0
    """Seconds LibreOffice may take to convert one .doc/.odt/.rtf file to .docx."""
    ocr_timeout: float = 600.0
    """Seconds OCR may take for one scanned file (some 5 s a page at 200 dpi)."""
    ocr_language: str = "dan"
    """Tesseract's language data for OCR (tesseract-ocr-dan)."""
    ocr_image_dpi: int = 300
    """Resolution assumed for a page image that states none."""
    ocr_min_rule_length: float = 30.0
    """Points a straight dark run on a scanned page must reach, at least, to be
    a table rule (letters' strokes are far shorter)."""
    ocr_min_confidence: float = 80.0
    """Tesseract word confidence (0-100) below which a number read by OCR is
    doubtful: a target or actual read from such a word is flagged
    `low_ocr_confidence` for a person to check on the page."""

    # Table finding
    min_header_roles: int = 2
    """Header cells that must name a known column role for a row to be a header."""
    max_header_words: int = 8
    """A cell with more words than this is content, so its row is no header."""
    max_verdict_words: int = 6
    """A "Status" column whose cells hold more words than this is the report,
    not a column of verdicts ("Nået", "Delvist nået")."""

    # Normalizing (verdict, numbers, pairing)
    lemma_cache_dir: str | None = None
    """Folder for the SQLite copy of spaCy's Danish lemma table, built on first
    use (None: $XDG_CACHE_HOME/bilag, else ~/.cache/bilag)."""
    compound_head_min_length: int = 3
    """Letters a compound's head needs, at least, to give the compound its lemma
    ("borgersager" → sag → borgersag)."""
    unit_min_similarity: float = 90.0
    """rapidfuzz similarity (0-100) of two units, at least, to count the same
    thing when neither is the other or its compound head."""
    verdict_sentences: int = 1
    """Opening sentences of a report cell that can hold a bare verdict ("Nået.", "I gang");
    a full verdict ("Målet er nået") counts in any main clause."""

    # Store
    series_min_similarity: float = 70.0
    """Similarity (0-100, rapidfuzz token-set and token-sort ratios averaged,
    numbers left out, plus unit evidence) of two goal texts, at least, to
    link them into one year-over-year series."""
    series_min_group_similarity: float = 70.0
    """rapidfuzz token-set similarity of two target groups (numbering left
    out), at least, for their goals to be linked."""
    series_unit_evidence: float = 10.0
    """Points added to the similarity when two goals' targets share a unit,
    taken away when both have targets and share none."""
    rendering_min_similarity: float = 90.0
    """Similarity (0-100, rapidfuzz token-set ratio of goal, report and
    verdict) of two rows, at least, with the same numbers in them, for the
    rows to be one row rendered twice (the same annex as text, DOCX, PDF)."""
    rendering_min_share: float = 0.8
    """Share of the larger document's rows, at least, that must be such
    renderings of the other's rows for two documents of one plan, annex,
    year and publisher to be renderings of one edition."""
    series_full_pairs: int = 250_000
    """Pairs of goals, at most, that linking scores every one of (two annexes
    of a few hundred rows each); longer lists are paired by blocks: the same
    wording directly, then each goal against its likeliest counterparts only."""
    series_max_candidates: int = 20
    """Goals of the other list, at most, that one goal is scored against when
    two long lists are paired by blocks: those sharing most of its word stems."""
    series_common_stem: int = 100
    """Goals, at most, whose words a word stem (a word's first five letters)
    may be among and still count as a block: a stem in more goals of the other
    list ("borge", "årlig") says little and would make a block of everything."""


DEFAULT = Settings()
