"""The one Danish spaCy pipeline of the process, and the lemma table behind it.

There is no trained Danish model here (none can be downloaded), so the
pipeline is ``spacy.blank("da")`` (Danish tokenizer rules: "ca.", "pr.",
"mio." stay one token) plus lemmas from spacy-lookups-data's
``da_lemma_lookup`` table: the only table the pipeline uses.

Start-up cost decides how this is loaded. spaCy's own lookup lemmatizer
hashes all 553,000 forms of the table into a ``Lookups`` table on every
start (1.5-2 s here); even a plain ``json`` load costs 0.4-0.6 s. So the
table is copied once into an SQLite file in the user's cache folder, and
each process only looks up the forms it meets (well under a millisecond to
open). Where no cache can be written, the table is read into memory instead.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy itself loads only when a pipeline is first asked for
    from spacy.language import Language
    from spacy.tokens import Doc

LEMMA_TABLE = "da_lemma_lookup.json.gz"
LEMMA_COMPONENT = "bilag_danish_lemmas"


def lemma_table_file() -> Path:
    """The gzipped JSON lemma table that spacy-lookups-data installs."""
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or spec.origin is None:
        raise RuntimeError("spacy-lookups-data is not installed; `pip install spacy-lookups-data`")
    return Path(spec.origin).parent / "data" / LEMMA_TABLE


class Lexicon:
    """Danish word forms → lemma, from the lookup table of spacy-lookups-data.

    Lookups are case-insensitive (the table's forms are lower case) and
    remembered, since the same few nouns recur in every row of an annex.
    """

    def __init__(self, connection: sqlite3.Connection | None, table: dict[str, str] | None = None):
        self._connection = connection
        self._table = table
        self._known: dict[str, str | None] = {}

    def lemma(self, form: str) -> str | None:
        """The lemma of `form`, or None where the table does not know the form."""
        form = form.lower()
        if form not in self._known:
            self._known[form] = self._fetch([form]).get(form)
        return self._known[form]

    def prefetch(self, forms: Iterable[str]) -> None:
        """Look up many forms in one query (one per text, not one per word)."""
        missing = list({f.lower() for f in forms} - self._known.keys())
        found = self._fetch(missing)
        self._known.update({f: found.get(f) for f in missing})

    def _fetch(self, forms: list[str]) -> dict[str, str]:
        if not forms:
            return {}
        if self._table is not None:
            return {f: self._table[f] for f in forms if f in self._table}
        assert self._connection is not None
        found: dict[str, str] = {}
        for start in range(0, len(forms), 500):  # SQLite's limit on bound parameters
            chunk = forms[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self._connection.execute(
                f"SELECT form, lemma FROM lemma WHERE form IN ({marks})", chunk))
        return found


def cache_folder(setting: str | None) -> Path:
    """Where the lemma index lives: the setting, else $XDG_CACHE_HOME/bilag or ~/.cache/bilag."""
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "bilag"


def _read_table(source: Path) -> dict[str, str]:
    with gzip.open(source, "rb") as f:
        return json.load(f)


def _build_index(source: Path, target: Path) -> None:
    """Copy the JSON table into an indexed SQLite file, atomically (other
    processes may build the same file at the same time)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    os.close(fd)
    try:
        with sqlite3.connect(temporary) as db:
            db.execute("CREATE TABLE lemma (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT OR REPLACE INTO lemma VALUES (?, ?)", _read_table(source).items())
        db.close()
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


@functools.cache
def lexicon(cache_dir: str | None = None) -> Lexicon:
    """The process's one Danish lexicon (built into the cache on first use ever)."""
    source = lemma_table_file()
    stat = source.stat()
    # The file's size and time name the index: a new spacy-lookups-data gets a new one.
    index = cache_folder(cache_dir) / f"da_lemma_{stat.st_size}_{int(stat.st_mtime)}.sqlite"
    try:
        if not index.exists():
            _build_index(source, index)
        connection = sqlite3.connect(f"file:{index}?mode=ro", uri=True, check_same_thread=False)
        return Lexicon(connection)
    except (OSError, sqlite3.Error):
        return Lexicon(None, _read_table(source))  # no writable cache: slower, same answers


@functools.cache
def pipeline(cache_dir: str | None = None) -> Language:
    """The blank Danish spaCy pipeline whose tokens carry lookup lemmas.

    Loaded once per process; spaCy is imported here, not before.
    """
    import spacy
    from spacy.language import Language

    if LEMMA_COMPONENT not in Language.factories:
        Language.factory(LEMMA_COMPONENT, default_config={"cache_dir": None}, func=_lemma_component)
    nlp = spacy.blank("da")
    nlp.add_pipe(LEMMA_COMPONENT, config={"cache_dir": cache_dir})
    return nlp


def _lemma_component(nlp: Language, name: str, cache_dir: str | None):  # noqa: ANN202 (spaCy factory)
    """spaCy factory: a component that gives each word its lemma from the lexicon
    (the word itself, lower case, where the table does not know it)."""
    words = lexicon(cache_dir)

    def set_lemmas(doc: Doc) -> Doc:
        words.prefetch(token.lower_ for token in doc if token.is_alpha)
        for token in doc:
            token.lemma_ = (words.lemma(token.lower_) if token.is_alpha else None) or token.lower_
        return doc

    return set_lemmas
