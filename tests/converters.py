"""Tests that need LibreOffice or OCR skip, with the package to install, where
these are absent; CI (BILAG_TEST_REQUIRE_CONVERTERS=1) fails instead, so a
missing install step cannot pass as a green run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bilag.errors import BilagError
from bilag.extract import convert, detect_format
from bilag.settings import DEFAULT


def missing_for(path: Path, scanned: bool = False) -> str | None:
    """What reading `path` (`scanned`: a PDF without text) needs that is not installed, or None."""
    try:
        format = detect_format(path)
    except BilagError:
        return None  # a file to be refused: the test says how
    if format in convert.OFFICE_FORMATS:
        return convert.missing_office()
    if format in convert.IMAGE_FORMATS or scanned:
        return convert.missing_ocr(DEFAULT.ocr_language)
    return None


def require(path: Path, scanned: bool = False) -> None:
    """Skip (or, in CI, fail) the test where reading `path` needs a missing tool."""
    if (missing := missing_for(path, scanned)) is None:
        return
    if os.environ.get("BILAG_TEST_REQUIRE_CONVERTERS"):
        pytest.fail(f"{path.name}: {missing}")
    pytest.skip(f"{path.name}: {missing}")
