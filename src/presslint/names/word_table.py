"""The English word list with frequencies, read from SQLite one word at a time.

pyspellchecker's list holds 160,000 words. Loading them as Python strings takes about a
tenth of a second, longer than checking a whole article, and a pre-commit hook pays it
at every commit. Instead the list is written once into an SQLite file in the cache
folder (see :mod:`presslint.rule_cache`) and each run asks only for the words it meets,
a few hundred in an article; answers are remembered for the rest of the run. A run that
asks for very many (an archive) reads the whole list into memory instead.

The file is named after pyspellchecker's version and the size and time of its word
file, built in a temporary file and renamed into place, and opened read-only. Without a
usable cache folder the words are held in memory, as before.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

_MEMO_LIMIT = 200_000
_BATCH = 500  # words per query; well under SQLite's limit on parameters
# Strings asked for in one run after which the whole list is read into memory (0.1 s, 25 MB):
# an archive run reaches it after fifty-odd articles; a commit's articles never do, nor one
# 1 MB article (75,000), which keeps its peak memory well under 150 MB.
_ALL_IN_MEMORY_AFTER = 200_000


def _source_file() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("spellchecker")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "resources" / "en.json.gz"


def _load_from_pyspellchecker() -> dict[str, int]:
    from spellchecker import SpellChecker

    return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def word_list_identity() -> str | None:
    """The size and time of pyspellchecker's word file: they change when the list does.

    pyspellchecker itself is not imported (that takes longer than a whole lint); a new
    release installs a new file, with a new time.
    """
    source = _source_file()
    if source is None:
        return None
    try:
        info = source.stat()
    except OSError:
        return None
    return f"en-{info.st_size}-{info.st_mtime_ns}"


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
            connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, frequency INTEGER) WITHOUT ROWID")
            connection.executemany("INSERT INTO words VALUES (?, ?)", _load_from_pyspellchecker().items())
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
    """Word → frequency (0 for unknown words), from an SQLite file or, failing that, from memory."""

    def __init__(self, path: Path | None) -> None:
        self.path = path if path is not None and (path.is_file() or _build(path)) else None
        self._memory: dict[str, int] | None = None if self.path is not None else _load_from_pyspellchecker()
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
                self._memory = dict(self._connected().execute("SELECT word, frequency FROM words").fetchall())
        if self._memory is not None:
            memory = self._memory
            return {word: memory[word] for word in words if word in memory}
        found: dict[str, int] = {}
        for start in range(0, len(words), _BATCH):
            batch = words[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            query = f"SELECT word, frequency FROM words WHERE word IN ({marks})"
            found.update(self._connected().execute(query, batch).fetchall())
        return found

    def at_least(self, frequency: int) -> dict[str, int]:
        """Every word at least ``frequency`` frequent, with its frequency."""
        if self._memory is not None:
            return {word: count for word, count in self._memory.items() if count >= frequency}
        query = "SELECT word, frequency FROM words WHERE frequency >= ?"
        return dict(self._connected().execute(query, (frequency,)).fetchall())

    def fetch(self, words: Iterable[str]) -> set[str]:
        """Remember the frequencies of ``words``, asking SQLite once for all new ones; returns them as a set."""
        wanted = words if isinstance(words, set) else set(words)
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()  # memory stays flat over a whole archive
        new = list(wanted.difference(self._memo))
        if new:
            found = self._query(new)
            self._memo.update({word: found.get(word, 0) for word in new})
        return wanted

    def frequencies(self, words: Iterable[str]) -> dict[str, int]:
        """The frequency of each of ``words`` (0 when unknown)."""
        memo = self._memo
        return {word: memo[word] for word in self.fetch(words)}

    def get(self, word: str) -> int:
        known = self._memo.get(word)
        if known is None:
            known = self.frequencies([word])[word]
        return known
