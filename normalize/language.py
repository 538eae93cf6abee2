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
open). The file is named by the package's version and the table's size, so
a new virtual environment with the same version finds it again; building it
removes the folder's older indexes. Where no cache can be written or read,
the table is read into memory instead.
"""

from __future__ import annotations

import functools
import gzip
import importlib.metadata
import importlib.util
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .families import ADVERBIAL_PHRASES

if TYPE_CHECKING:  # spaCy itself loads only when a pipeline is first asked for
    from spacy.language import Language
    from spacy.tokens import Doc

LEMMA_TABLE = "da_lemma_lookup.json.gz"
LEMMA_COMPONENT = "bilag_danish_lemmas"
INDEX_PREFIX = "da_lemma_"
ADVERBIALS = frozenset(ADVERBIAL_PHRASES)
STALE_BUILD_SECONDS = 600
"""A half-built index older than this was left by a killed process (a build takes seconds)."""


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
    Where the SQLite index fails mid-run (a file damaged under it), the
    table is read into memory instead: the same answers, never a traceback.
    """

    def __init__(self, connection: sqlite3.Connection | None, read_table: Callable[[], dict[str, str]]):
        self._connection = connection
        self._read_table = read_table
        self._table = read_table() if connection is None else None
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
        if self._connection is not None:
            try:
                return self._query(self._connection, forms)
            except sqlite3.Error:
                self._connection.close()
                self._connection, self._table = None, self._read_table()
        assert self._table is not None
        return {f: self._table[f] for f in forms if f in self._table}

    @staticmethod
    def _query(connection: sqlite3.Connection, forms: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(forms), 500):  # SQLite's limit on bound parameters
            chunk = forms[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(connection.execute(f"SELECT form, lemma FROM lemma WHERE form IN ({marks})", chunk))
        return found


def cache_folder(setting: str | None) -> Path:
    """Where the lemma index lives: the setting, else $XDG_CACHE_HOME/bilag or ~/.cache/bilag.

    Raises RuntimeError where neither is set and the home folder is unknown.
    """
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "bilag"


def index_name(source: Path) -> str:
    """The index file's name: spacy-lookups-data's version and the table's size,
    so reinstalling the same version (a new venv) finds the index again, and
    another version gets its own."""
    try:
        version = importlib.metadata.version("spacy-lookups-data")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"{INDEX_PREFIX}{version}_{source.stat().st_size}.sqlite"


def _read_table(source: Path) -> dict[str, str]:
    with gzip.open(source, "rb") as f:
        return json.load(f)


def _is_whole(index: Path) -> bool:
    """Whether the file is as long as its SQLite header says: a copy cut short
    opens fine and fails only at the query that reaches its missing pages."""
    with open(index, "rb") as f:
        header = f.read(100)
    if len(header) < 100:
        return False
    if header[92:96] != header[24:28]:
        return True  # the header's page count is stale (an old writer): nothing to compare
    page_size = int.from_bytes(header[16:18], "big")
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and index.stat().st_size == (65536 if page_size == 1 else page_size) * pages


def _open_index(index: Path) -> sqlite3.Connection:
    """A read-only connection to a whole, readable index (sqlite3.DatabaseError if it is not)."""
    if not _is_whole(index):
        raise sqlite3.DatabaseError(f"{index} is cut short")
    connection = sqlite3.connect(f"{index.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        if connection.execute("SELECT form, lemma FROM lemma LIMIT 1").fetchone() is None:
            raise sqlite3.DatabaseError(f"{index} holds no lemmas")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _build_index(source: Path, target: Path) -> None:
    """Copy the JSON table into an indexed SQLite file, atomically (other
    processes may build the same file at the same time: the last rename wins,
    and each is whole). Readable by all, for a cache folder that users share."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(temporary)
        with db:
            db.execute("PRAGMA journal_mode=OFF")  # a failed build is thrown away whole
            db.execute("CREATE TABLE lemma (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT OR REPLACE INTO lemma VALUES (?, ?)", _read_table(source).items())
        db.close()
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    _remove_old_files(target)


def _remove_old_files(index: Path) -> None:
    """Remove this folder's other lemma indexes (other versions of the table)
    and builds left by a killed process. A build younger than
    STALE_BUILD_SECONDS may be another process's, still running: it stays."""
    now = time.time()
    for path in index.parent.glob(f"{INDEX_PREFIX}*"):
        try:
            if path.name.endswith(".sqlite") and path != index:
                path.unlink()
            elif path.name.endswith(".tmp") and now - path.stat().st_mtime > STALE_BUILD_SECONDS:
                path.unlink()
        except OSError:
            pass  # removed by another process meanwhile, or not ours to remove


@functools.cache
def lexicon(cache_dir: str | None = None) -> Lexicon:
    """The process's one Danish lexicon (built into the cache on first use ever).

    An index that cannot be read (cut short, empty, not SQLite) is built again
    once; where the cache cannot be written or read at all, the table is read
    into memory: slower to start, the same answers.
    """
    source = lemma_table_file()
    read_table = functools.partial(_read_table, source)
    try:
        index = cache_folder(cache_dir) / index_name(source)
        built = not index.exists()
        if built:
            _build_index(source, index)
        try:
            connection = _open_index(index)
        except sqlite3.Error:
            if built:
                raise
            _build_index(source, index)  # damaged: once more, from the table
            connection = _open_index(index)
        return Lexicon(connection, read_table)
    except (OSError, sqlite3.Error, RuntimeError):  # RuntimeError: no home folder to cache in
        return Lexicon(None, read_table)


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
        _mark_adverbials(doc)
        return doc

    return set_lemmas


def _mark_adverbials(doc: Doc) -> None:
    """Give the first word of a fixed adverbial ("indtil videre") the phrase as its norm, so that
    clause-word checks, which read the norm, do not take it for a conjunction."""
    for token in doc[:-1]:
        phrase = (token.lower_, doc[token.i + 1].lower_)
        if phrase in ADVERBIALS:
            token.norm_ = "_".join(phrase)
