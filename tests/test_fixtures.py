"""Every extraction case, one small real file each.

``tests/fixtures/<format>/<case>.<ext>`` is read with `bilag.extract.extract`
and compared with ``<case>.expected.json`` beside it. The expected file holds
the part of the `bilag/1` record the case is about: every key it names must
match exactly, lists must have the same length. A case whose file must be
refused expects ``{"error": "<ExceptionName>"}``. Cases read by conversion
(.doc/.odt/.rtf, scans) skip where LibreOffice or OCR is not installed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from converters import require

from bilag.errors import BilagError
from bilag.extract import extract

FIXTURES = Path(__file__).parent / "fixtures"
CASES = [pytest.param(p, marks=pytest.mark.slow) if p.parent.name == "scan" else p  # OCR: seconds a page
         for p in sorted(FIXTURES.rglob("*"))
         if p.is_file() and not p.name.endswith(".expected.json") and p.suffix != ".py"]


def expected_for(path: Path) -> dict[str, Any]:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))


def assert_subset(actual: Any, expected: Any, where: str = "record") -> None:
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: expected an object, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{where}: no field {key!r}"
            assert_subset(actual[key], value, f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: expected a list, got {actual!r}"
        assert len(actual) == len(expected), f"{where}: {len(actual)} items, not {len(expected)}: {actual!r}"
        for i, (a, e) in enumerate(zip(actual, expected)):
            assert_subset(a, e, f"{where}[{i}]")
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture(path: Path) -> None:
    expected = expected_for(path)
    require(path, scanned=bool(expected.get("source", {}).get("ocr")))
    if "error" in expected:
        with pytest.raises(BilagError) as caught:
            extract(path)
        assert type(caught.value).__name__ == expected["error"]
        assert path.name in str(caught.value)
        return
    assert_subset(extract(path).to_dict(), expected)
