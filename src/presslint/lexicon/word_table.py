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
words -0.7 to 0.8. A listed word less than :data:`NAME_GAP` above is *ordinary*. A word at
least :data:`PROPER_GAP` above is *proper*: writers use it almost only as a name ("johnson"
2.0, "england" 2.2, "kong" 2.3), unlike the words that institutions' names are made of,
which are common nouns too ("parliament" 1.5, "congress" 1.65, "university" 1.35). The
dictionary gives every word it lists a count of at least 50, so a word it saw fewer than
:data:`PROPER_OBSERVED` times is never taken for proper: its gap is an artefact of that
floor ("afternoon" 3.2, "aftermath" 2.4).

Each word is stored as one integer: its Zipf value in hundredths, times eight, plus one when
the dictionary lists it, two when it is an ordinary word and four when it is a proper one
(:func:`zipf`, :func:`listed`, :func:`ordinary`, :func:`proper`): one small int a word keeps
the table small in memory.

Loading 400,000 strings takes longer than checking a whole article, and a pre-commit
hook would pay it at every commit. Instead the table is written once into an SQLite file
in the cache folder (see :mod:`presslint.rulebook.cache`) and each run asks only for the
words it meets, a few hundred in an article. The near misses of the few words worth a
look come from a second table, of every one-letter delete of every word written at least
:data:`NEAR_MISS_FLOOR` often (SymSpell's symmetric delete): two words one slip apart share
a delete, so one query of a dozen strings finds them. An article's words are remembered for
the run; near misses are not. Neither library is imported to do this: their data files are
read directly.

The file is named after the size and time of both data files, built in a temporary file
and renamed into place, and opened read-only. Without a usable cache folder the table is
held in memory.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from presslint.lexicon.edits import deletes, one_slip

_MEMO_LIMIT = 100_000  # words remembered, forgotten beyond this so memory stays flat over an archive
_LAYOUT = "v3a"  # the tables' layout, in the file name: a new layout builds a new file
# Only words written at least this often (Zipf) are looked for as what a slip was meant as:
# a rarer one never outweighs the word as written (see presslint.names.slip_model).
NEAR_MISS_FLOOR = 2.0
_ZIPF_OFFSET = 900  # wordfreq's lists hold words in buckets of -1 centibel from Zipf 9.00 down
NAME_GAP = 0.85  # Zipf above its dictionary count from which a listed word is taken for a name
PROPER_GAP = 1.7  # Zipf above its dictionary count from which a listed word is used almost only as a name
# The dictionary's counts start at 50 for every word it lists but rarely saw ("afternoon", "aftermath"
# stand there): a gap means something only for a word it saw at least this often.
PROPER_OBSERVED = 200
_FLAGS = 3  # bits of flags below the Zipf value


def zipf(code: int) -> float:
    """The Zipf frequency of a word stored as ``code`` (0.0 for a word the lexicon lacks)."""
    return (code >> _FLAGS) / 100


def ordinary(code: int) -> bool:
    """Whether the word stored as ``code`` is an ordinary word rather than mostly a name."""
    return bool(code & 2)


def proper(code: int) -> bool:
    """Whether the word stored as ``code`` is listed but written almost only as a name ("johnson")."""
    return bool(code & 4)


def listed(code: int) -> bool:
    """Whether the dictionary lists the word stored as ``code``."""
    return bool(code & 1)


class Entry(NamedTuple):
    """What the lexicon says of a word (see the module's description)."""

    zipf: float
    listed: bool
    ordinary: bool


def entry(code: int) -> Entry:
    return Entry(zipf(code), listed(code), ordinary(code))


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
    import math

    import msgpack

    frequency_file, dictionary_file = _source_files()
    table: dict[str, int] = {}
    if frequency_file is not None:
        with gzip.open(frequency_file) as handle:
            buckets = msgpack.load(handle, raw=False)
        for index, bucket in enumerate(buckets[1:]):  # the first item is the format's header
            code = (_ZIPF_OFFSET - index) << _FLAGS
            for word in bucket:
                if word.replace("'", "").isalpha():  # forms with digits or symbols are not words
                    table[word] = code
    if dictionary_file is not None:
        with gzip.open(dictionary_file) as handle:
            counts: dict[str, int] = json.load(handle)
        per_billion = 1e9 / sum(counts.values())
        for word, count in counts.items():
            code = table.get(word, 0) | 1
            gap = zipf(code) - math.log10(count * per_billion)
            if gap < NAME_GAP:
                code |= 2
            elif gap >= PROPER_GAP and count >= PROPER_OBSERVED:
                code |= 4
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


def _variants(table: dict[str, int]) -> Iterator[tuple[str, str]]:
    """(variant, word) for every word written often enough to be what a slip was meant as."""
    least = round(NEAR_MISS_FLOOR * 100) << _FLAGS
    for word, code in table.items():
        if code >= least:
            for variant in deletes(word, 1):
                yield variant, word


def table_file(folder: Path) -> Path | None:
    """Where the SQLite copy of the word list lives, named after its source."""
    identity = word_list_identity()
    return folder / f"words-{_LAYOUT}-{identity}.sqlite" if identity is not None else None


def _build(target: Path) -> bool:
    """Write the word list to ``target`` atomically; False when it cannot be written."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        connection = sqlite3.connect(temporary)
        try:
            table = _load_sources()
            connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, code INTEGER) WITHOUT ROWID")
            connection.executemany("INSERT INTO words VALUES (?, ?)", table.items())
            connection.execute("CREATE TABLE near (variant TEXT, word TEXT, PRIMARY KEY (variant, word)) WITHOUT ROWID")
            connection.executemany("INSERT OR IGNORE INTO near VALUES (?, ?)", _variants(table))
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

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_connection": None, "_opened_by": 0, "_memo": {}}

    def _connected(self) -> sqlite3.Connection:
        if self._connection is None or self._opened_by != os.getpid():
            assert self.path is not None
            self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._opened_by = os.getpid()
        return self._connection

    def found(self, words: Iterable[str]) -> dict[str, int]:
        """The codes of those of ``words`` the table has, asked at once and not remembered."""
        wanted = list(words)
        if self._memory is not None:
            memory = self._memory
            return {word: memory[word] for word in wanted if word in memory}
        # One parameter, the words as a JSON list, that SQLite walks: faster than an IN list.
        query = "SELECT words.word, words.code FROM json_each(?) AS asked JOIN words ON words.word = asked.value"
        return dict(self._connected().execute(query, (json.dumps(wanted),)).fetchall())

    def near(self, word: str, slips: int = 1) -> dict[str, int]:
        """Words at least :data:`NEAR_MISS_FLOOR` frequent that share one of ``word``'s deletes
        (SymSpell's symmetric delete): every word up to ``slips`` slips away, and some
        further, in one query of a dozen strings (fifty for two slips) rather than hundreds."""
        least = round(NEAR_MISS_FLOOR * 100) << _FLAGS
        if self._memory is not None:
            memory = self._memory
            candidates = one_slip(word) if slips == 1 else {far for near in one_slip(word) for far in one_slip(near)}
            return {other: memory[other] for other in candidates if memory.get(other, 0) >= least}
        variants = deletes(word, slips)  # two words one slip apart share one of these
        query = (
            "SELECT DISTINCT near.word, words.code FROM json_each(?) AS asked"
            " JOIN near ON near.variant = asked.value JOIN words ON words.word = near.word"
        )
        return dict(self._connected().execute(query, (json.dumps(sorted(variants)),)).fetchall())

    def fetch(self, words: Iterable[str]) -> set[str]:
        """Remember the codes of ``words``, asking SQLite once for all new ones; returns them as a set."""
        wanted = words if isinstance(words, set) else set(words)
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()  # memory stays flat over a whole archive
        new = wanted.difference(self._memo)
        if new:
            found = self.found(new)
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
