"""The English lexicon: how often each word is written, and whether the dictionary lists it.

Two well-kept sources are merged into one table:

- wordfreq's English list (321,000 forms with their frequencies in news, Wikipedia,
  books, subtitles and the web; British and American spellings, names, current
  vocabulary). A frequency is kept as a Zipf value, log10 of uses per billion words:
  "the" 7.73, "kazakhstan" 3.57, "centred" 3.50, "recieve" 2.75.
- pyspellchecker's word list (160,000 words of American English), which says whether a
  dictionary lists the word: "centered" is listed, "centred" is not.

The two sources also tell names from ordinary words, which neither does alone (both are
in lower case): the dictionary's own counts (of everyday English) see an ordinary word about
as often as the written lexicon does ("you", "month", "desert"), while a name is seen far
more in writing than in the dictionary's counts ("kenya", "hollywood", "carson"): on 60
words checked by hand, names lie 0.9 to 3.3 Zipf above their dictionary count, ordinary
words -0.7 to 0.8. A listed word less than :data:`NAME_GAP` above is *ordinary*.

Each word is stored as one integer: its Zipf value in hundredths, times four, plus one when
the dictionary lists it and two when it is an ordinary word (:func:`zipf`, :func:`listed`,
:func:`ordinary`): one small int a word keeps the table small in memory.

Loading 400,000 strings takes longer than checking a whole article, and a pre-commit
hook would pay it at every commit. Instead the table is written once into an SQLite file
in the cache folder (see :mod:`presslint.rule_cache`) and each run asks only for the
words it meets, a few hundred in an article; answers are remembered for the rest of the
run. A run that asks for very many (an archive) reads the whole table into memory. Neither
library is imported to do this: their data files are read directly.

The file is named after the size and time of both data files, built in a temporary file
and renamed into place, and opened read-only. Without a usable cache folder the table is
held in memory.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

_MEMO_LIMIT = 200_000
_BATCH = 500  # words per query; well under SQLite's limit on parameters
# Strings asked for in one run after which the whole table is read into memory (0.2 s, 40 MB):
# an archive run reaches it after fifty-odd articles; a commit's articles never do, nor one
# 1 MB article (75,000), which keeps its peak memory well under 150 MB.
_ALL_IN_MEMORY_AFTER = 200_000


_ZIPF_OFFSET = 900  # wordfreq's lists hold words in buckets of -1 centibel from Zipf 9.00 down


NAME_GAP = 0.85


def zipf(code: int) -> float:
    """The Zipf frequency of a word stored as ``code`` (0.0 for a word the lexicon lacks)."""
    return (code >> 2) / 100


def ordinary(code: int) -> bool:
    """Whether the word stored as ``code`` is an ordinary word rather than mostly a name."""
    return bool(code & 2)


def listed(code: int) -> bool:
    """Whether the dictionary lists the word stored as ``code``."""
    return bool(code & 1)


def _package_file(package: str, *parts: str) -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent.joinpath(*parts)


def _source_files() -> list[Path | None]:
    return [
        _package_file("wordfreq", "data", "large_en.msgpack.gz"),
        _package_file("spellchecker", "resources", "en.json.gz"),
    ]


def _load_sources() -> dict[str, int]:
    """word → code, from wordfreq's English frequencies and pyspellchecker's word list."""
    import gzip
    import json
    import math

    import msgpack

    frequency_file, dictionary_file = _source_files()
    table: dict[str, int] = {}
    if frequency_file is not None:
        with gzip.open(frequency_file) as handle:
            buckets = msgpack.load(handle, raw=False)
        for index, bucket in enumerate(buckets[1:]):  # the first item is the format's header
            code = (_ZIPF_OFFSET - index) * 4
            for word in bucket:
                if word.replace("'", "").isalpha():  # forms with digits or symbols are not words
                    table[word] = code
    if dictionary_file is not None:
        with gzip.open(dictionary_file) as handle:
            counts: dict[str, int] = json.load(handle)
        per_billion = 1e9 / sum(counts.values())
        for word, count in counts.items():
            code = table.get(word, 0) | 1
            if zipf(code) - math.log10(count * per_billion) < NAME_GAP:
                code |= 2
            table[word] = code
    return table


def word_list_identity() -> str | None:
    """The size and time of both data files: they change when a list does.

    Neither library is imported (that takes longer than a whole lint); a new release
    installs new files, with new times.
    """
    parts = []
    for source in _source_files():
        if source is None:
            return None
        try:
            info = source.stat()
        except OSError:
            return None
        parts.append(f"{info.st_size}-{info.st_mtime_ns}")
    return "en-" + "-".join(parts)


def table_file(folder: Path) -> Path | None:
    """Where the SQLite copy of the word list lives, named after its source."""
    identity = word_list_identity()
    return folder / f"words-{identity}.sqlite" if identity is not None else None


def _build(target: Path) -> bool:
    """Write the word list to ``target`` atomically; False when it cannot be written."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, code INTEGER) WITHOUT ROWID")
            connection.executemany("INSERT INTO words VALUES (?, ?)", _load_sources().items())
            connection.commit()
        finally:
            connection.close()
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
        return True
    except (OSError, sqlite3.Error):
        temporary.unlink(missing_ok=True)
        return False


class WordTable:
    """Word → code (0 for unknown words), from an SQLite file or, failing that, from memory."""

    def __init__(self, path: Path | None) -> None:
        self.path = path if path is not None and (path.is_file() or _build(path)) else None
        self._memory: dict[str, int] | None = None if self.path is not None else _load_sources()
        self._connection: sqlite3.Connection | None = None
        self._opened_by = 0  # the process that opened the connection: a forked worker opens its own
        self._memo: dict[str, int] = {}
        self._asked = 0  # strings asked of SQLite so far

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_connection": None, "_opened_by": 0, "_memo": {}, "_asked": 0}

    def _connected(self) -> sqlite3.Connection:
        if self._connection is None or self._opened_by != os.getpid():
            assert self.path is not None
            self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._opened_by = os.getpid()
        return self._connection

    def _query(self, words: list[str]) -> dict[str, int]:
        if self._memory is None:
            self._asked += len(words)
            if self._asked > _ALL_IN_MEMORY_AFTER:
                self._memory = dict(self._connected().execute("SELECT word, code FROM words").fetchall())
        if self._memory is not None:
            memory = self._memory
            return {word: memory[word] for word in words if word in memory}
        found: dict[str, int] = {}
        for start in range(0, len(words), _BATCH):
            batch = words[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            query = f"SELECT word, code FROM words WHERE word IN ({marks})"
            found.update(self._connected().execute(query, batch).fetchall())
        return found

    def at_least(self, frequency: float) -> dict[str, int]:
        """Every word of at least this Zipf frequency, with its code."""
        least = round(frequency * 100) * 4
        if self._memory is not None:
            return {word: code for word, code in self._memory.items() if code >= least}
        query = "SELECT word, code FROM words WHERE code >= ?"
        return dict(self._connected().execute(query, (least,)).fetchall())

    def fetch(self, words: Iterable[str]) -> set[str]:
        """Remember the codes of ``words``, asking SQLite once for all new ones; returns them as a set."""
        wanted = words if isinstance(words, set) else set(words)
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()  # memory stays flat over a whole archive
        new = list(wanted.difference(self._memo))
        if new:
            found = self._query(new)
            self._memo.update({word: found.get(word, 0) for word in new})
        return wanted

    def codes(self, words: Iterable[str]) -> dict[str, int]:
        """The code of each of ``words`` (0 when unknown)."""
        memo = self._memo
        return {word: memo[word] for word in self.fetch(words)}

    def get(self, word: str) -> int:
        known = self._memo.get(word)
        if known is None:
            known = self.codes([word])[word]
        return known
