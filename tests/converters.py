"""Tests that need LibreOffice or OCR skip, with the package to install, where
these are absent; CI (BILAG_TEST_REQUIRE_CONVERTERS=1) fails instead, so a
missing install step cannot pass as a green run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bilag.extract import convert, detect_format
from bilag.settings import DEFAULT


def missing_for(path: Path) -> str | None:
    """What reading `path` needs that is not installed, or None."""
    format = detect_format(path)
    if format in convert.OFFICE_FORMATS:
        return convert.missing_office()
    if format in convert.IMAGE_FORMATS or path.parent.name == "scan" or "scans" in path.parts:
        return convert.missing_ocr(DEFAULT.ocr_language)
    return None


def require(path: Path) -> None:
    """Skip (or, in CI, fail) the test where reading `path` needs a missing tool."""
    if (missing := missing_for(path)) is None:
        return
    if os.environ.get("BILAG_TEST_REQUIRE_CONVERTERS"):
        pytest.fail(f"{path.name}: {missing}")
    pytest.skip(f"{path.name}: {missing}")
