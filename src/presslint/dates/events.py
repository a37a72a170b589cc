"""What a sentence is about, for matching a caption's event with the body's.

A sentence's *words* (lower case) tell the kinds of event it names (see
:mod:`presslint.dates.event_kinds`); its *names* are its capitalised words other than
titles, months and weekdays; its *places* are the names after "in", "at", "to", "from",
"of" or "near" ("in Geneva", "the mayor of Nairobi").
"""

from __future__ import annotations

from collections.abc import Iterator

from presslint.article.readers.dateline import MONTHS
from presslint.dates.reader import WEEKDAYS
from presslint.text.patterns import compiled

_PLACE_WORDS = frozenset({"in", "at", "to", "from", "of", "near", "central", "downtown"})
_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "prime", "secretary", "general", "deputy"}
_STARTERS = {"the", "a", "an", "in", "on", "at", "later", "after", "before", "during", "as", "he", "she", "they",
             "it", "we", "i", "this", "that", "these", "those", "but", "and", "however", "meanwhile", "according",
             "from", "with", "for", "while", "when", "there", "his", "her", "their", "its", "photo",
             "image"}  # fmt: skip
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "no", "vs", "inc", "ltd",
                  "co", "corp", "u.s", "u.k", "u.n", "d.c", *(name for name in MONTHS if len(name) <= 4)}  # fmt: skip
_WORD = compiled(r"\p{L}[\p{L}\p{M}'’-]*")
_SENTENCE_END = compiled(r"[.!?]+[\"”’)]*\s+(?=[\"“‘(]?[\p{Lu}\d])")


class Sentence:
    """A sentence of a block; its words, names and places are read only when a date rule asks."""

    __slots__ = ("_names", "_places", "_words", "end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start  # index in the block text
        self.end = end
        self.text = text
        self._words: frozenset[str] | None = None
        self._names: frozenset[str] | None = None
        self._places: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        """The sentence's words, in lower case."""
        if self._words is None:
            self._words = frozenset(word.lower() for word in _WORD.findall(self.text))
        return self._words

    @property
    def names(self) -> frozenset[str]:
        if self._names is None:
            self._names, self._places = _names(self.text)
        return self._names

    @property
    def places(self) -> frozenset[str]:
        """The names written as places: after "in", "at", "to", "from", "of" or "near"."""
        if self._places is None:
            self._names, self._places = _names(self.text)
        return self._places


def _names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    names, places = set(), set()
    previous = ""
    for word in _WORD.findall(text):
        key = word.lower().rstrip("’'s")
        after = previous
        previous = word.lower()
        if not word[0].isupper() or key in _TITLES or key in _STARTERS or key in MONTHS or key in WEEKDAYS:
            continue
        if len(key) < 3:
            continue
        name = word[:-2] if word.endswith(("'s", "’s")) else word
        names.add(name)
        if after in _PLACE_WORDS:
            places.add(name)
    return frozenset(names), frozenset(places)


def _sentence(text: str, start: int, end: int) -> Sentence:
    return Sentence(start, end, text[start:end])


def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of a block, not split after abbreviations ("Dec. 2", "Mr. Smith") or initials."""
    return tuple(_sentences(text))


def _sentences(text: str) -> Iterator[Sentence]:
    start = 0
    for found in _SENTENCE_END.finditer(text):
        before = text[start : found.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        yield _sentence(text, start, found.start() + 1)
        start = found.end()
    if start < len(text):
        yield _sentence(text, start, len(text))
