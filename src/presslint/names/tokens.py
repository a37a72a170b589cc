"""Words with their offsets, as the names and spelling checks see them.

A word is a run of letters, with inner apostrophes ("don't"); hyphens split words, so
"Kazakhstan-based" holds the name "Kazakhstan". A possessive "'s"/"’s" (or a bare "’"
after s) is not part of the word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*")
_POSSESSIVE = regex.compile(r"['’]s$", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?:…]['’\"”)\]]*\s*$|^\s*$|[\"“‘(\[]\s*$|\n\s*$")
_NOT_PROSE = regex.compile(
    r"(?i)\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|uk|kz|ru|de|fr)\b\S*"
)
_SIC = regex.compile(r"\s*\[sic\]", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int  # index in the segment's text
    end: int
    sentence_start: bool
    sic: bool  # followed by "[sic]": the writer means it

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def words(text: str) -> Iterator[Word]:
    """The words of ``text`` in order, leaving out web and e-mail addresses."""
    addresses = [found.span() for found in _NOT_PROSE.finditer(text)]
    for found in _WORD.finditer(text):
        if addresses and any(start <= found.start() < end for start, end in addresses):
            continue
        token = found.group()
        end = found.end()
        if _POSSESSIVE.search(token):
            token, end = token[:-2], end - 2
        if not token or (token.lower() == "sic" and text[found.start() - 1 : found.start()] == "["):
            continue
        before = text[max(0, found.start() - 4) : found.start()]
        at_start = found.start() == 0 or bool(_SENTENCE_END.search(before))
        yield Word(token, found.start(), end, at_start, bool(_SIC.match(text, end)))


def normalise_apostrophes(word: str) -> str:
    return word.replace("’", "'")
