"""A fixed budget of damaged copies of the real text and HTML fixtures: each
must read into a record or be refused with a named error, never another
exception.

Where tests/test_properties.py reads random bytes and generated markup, these
mutants stay close to real annexes (a few bytes flipped, inserted, deleted or
doubled, or a hostile token spliced in: document markup, a NUL, a byte-order
mark, a huge span), so they reach the table finding, row joining and footnote
code behind the decoder. The mutations are seeded: every run reads the same
files.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bilag.errors import BilagError
from bilag.extract import extract

FIXTURES = Path(__file__).parent / "fixtures"
SOURCES = sorted([*FIXTURES.glob("text/*.txt"), *FIXTURES.glob("html/*.html")])
MUTANTS = 30  # per fixture
TOKENS = (b"<html>", b"<!doctype html>", b"<?xml version='1.0'?>", b"<!--", b"<![CDATA[", b"<p>", b"</p>",
          b"<table>", b"<td colspan='99999999' rowspan='99999999'>", b"<sup>1</sup>", b"&#0;", b"&lol;",
          b"\t", b"\n\n", b"\r", b"\x00", b"\x07", b"\x1b", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\xe5")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """`data` with one to four damages."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(out) + 1)
        kind = rng.randrange(7)
        if kind == 0 and at < len(out):
            out[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            out[at:at] = bytes([rng.randrange(256)])
        elif kind == 2:
            del out[at:at + rng.randint(1, 16)]
        elif kind == 3:
            out[at:at] = out[at:at + rng.randint(1, 400)] * rng.randint(2, 5)  # a stretch repeated
        elif kind == 4:
            out[at:at] = rng.choice(TOKENS)
        elif kind == 5:
            out[at:at] = b"\t" + rng.choice(TOKENS) + b"\t"  # a cell of its own (in HTML, loose text)
        else:
            del out[at:]  # cut short
    return bytes(out)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_damaged_copies_end_in_a_record_or_a_named_error(source: Path, tmp_path: Path) -> None:
    rng = random.Random(source.name)
    data = source.read_bytes()
    path = tmp_path / f"mutant{source.suffix}"
    outcomes: set[str] = set()
    for number in range(MUTANTS):
        path.write_bytes(mutate(data, rng))
        try:
            record = extract(path)
        except BilagError as error:
            assert error.file == str(path), f"mutant {number}"
            outcomes.add(type(error).__name__)
        except Exception as error:  # noqa: BLE001 - the point of the test
            kept = tmp_path / f"failing_{number}{source.suffix}"
            kept.write_bytes(path.read_bytes())
            pytest.fail(f"mutant {number} of {source.name} ({kept}): {type(error).__name__}: {error}")
        else:
            assert record.source.format in ("text", "html")
            outcomes.add("record")
    assert "record" in outcomes  # most damages leave an annex that still reads
