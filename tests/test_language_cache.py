"""The lemma index in the cache folder: built once, rebuilt when damaged,
tidied, shared between processes, and read into memory where no cache can
be written. Each build costs some 2 s, so few tests build."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bilag.normalize.language import index_name, lemma_table_file, lexicon

FORMS = ("borgere", "kurser", "møder", "frivillige", "henvendelser", "ukendtord")
"""Forms whose lemmas every kind of lexicon must give alike (the last is unknown)."""

LOOK_UP = ("import sys; from bilag.normalize.language import lexicon; "
           "print(lexicon(sys.argv[1]).lemma('kurser'))")


@pytest.fixture(scope="module")
def good_index() -> Path:
    """The session's index, in the cache folder the test run points at."""
    lexicon()
    return Path(os.environ["XDG_CACHE_HOME"]) / "bilag" / index_name(lemma_table_file())


def lemmas(folder: str) -> tuple[str | None, ...]:
    words = lexicon(folder)
    return tuple(words.lemma(form) for form in FORMS)


def test_the_index_is_readable_by_all(good_index: Path) -> None:
    assert stat.S_IMODE(good_index.stat().st_mode) == 0o644


@pytest.mark.parametrize("damage", ["cut_short", "empty"])
def test_a_damaged_index_is_built_again_and_old_files_go(damage: str, good_index: Path,
                                                        tmp_path: Path) -> None:
    whole = good_index.read_bytes()
    damaged = tmp_path / good_index.name
    damaged.write_bytes(whole[:len(whole) // 2] if damage == "cut_short" else b"")
    older = tmp_path / "da_lemma_1.0.4_1600000.sqlite"
    older.write_bytes(b"an index of another version")
    killed, running = tmp_path / "da_lemma_x.sqlite123.tmp", tmp_path / "da_lemma_y.sqlite456.tmp"
    killed.write_bytes(b"")
    running.write_bytes(b"")
    os.utime(killed, (0, 0))
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("not ours")

    assert lemmas(str(tmp_path)) == lemmas(str(good_index.parent))
    assert damaged.read_bytes() == whole
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([damaged.name, running.name, unrelated.name])


def test_no_writable_cache_reads_the_table_into_memory(good_index: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("the cache folder cannot be made under a file")
    assert lemmas(str(blocker / "bilag")) == lemmas(str(good_index.parent))


def test_two_processes_building_at_once_leave_one_good_index(tmp_path: Path) -> None:
    builders = [subprocess.Popen([sys.executable, "-c", LOOK_UP, str(tmp_path)], stdout=subprocess.PIPE,
                                 text=True) for _ in range(2)]
    assert [b.communicate(timeout=60)[0].strip() for b in builders] == ["kursus", "kursus"]
    assert [p.name for p in tmp_path.iterdir()] == [index_name(lemma_table_file())]
    assert lemmas(str(tmp_path))[0] == "borger"
