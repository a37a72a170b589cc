"""Words with their offsets, as the names and spelling checks see them.

A word is a run of letters, with inner apostrophes ("don't"); hyphens split words, so
"Kazakhstan-based" holds the name "Kazakhstan". A possessive "'s"/"’s" (or a bare "’"
after s) is not part of the word.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from presslint.text.patterns import compiled

_WORD = compiled(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*")
_WORD_PIECES = compiled(f"({_WORD.pattern})")  # split keeps the words, between the gaps
_POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")
_SIC_WORDS = ("sic", "Sic", "SIC")
_SENTENCE_END = compiled(r"[.!?:…]['’\"”)\]]*\s*$|^\s*$|[\"“‘(\[]\s*$|\n\s*$")
_NOT_PROSE = compiled(
    r"(?i)\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|uk|kz|ru|de|fr)\b\S*"
)
_ADDRESS_HINT = compiled(r"(?i)://|www\.|@|\.(?:com|org|net|gov|edu|int|info|io|co|uk|kz|ru|de|fr)\b")
_SIC_MARK = compiled(r"\[sic\]", regex.IGNORECASE)


class Word(NamedTuple):
    """A word of a paragraph. A named tuple: an article has tens of thousands of them."""

    text: str
    start: int  # index in the segment's text
    end: int
    sentence_start: bool  # worked out for capitalised words only (the only ones that ask)
    sic: bool  # followed by "[sic]": the writer means it
    capitalised: bool = False
    all_caps: bool = False


_new_word = tuple.__new__  # what Word._make does, without the call through a class method: a third faster


def words(text: str) -> tuple[Word, ...]:
    """The words of ``text`` in order, leaving out web and e-mail addresses.

    The checks of an article ask :meth:`presslint.text.memo.TextFacts.words`, which splits each text once.
    """
    if "[" not in text and not _ADDRESS_HINT.search(text):
        return _plain_words(text)
    return _words_around_addresses_and_sic(text)


def _words_around_addresses_and_sic(text: str) -> tuple[Word, ...]:
    """:func:`words` of any text: addresses are left out and "[sic]" marks the word before it."""
    addresses = [found.span() for found in _NOT_PROSE.finditer(text)] if _ADDRESS_HINT.search(text) else []
    bracket = "[" in text
    sic_ends = _sic_ends(text) if bracket else frozenset()
    next_address = 0
    result: list[Word] = []
    append = result.append
    for found in _WORD.finditer(text):
        start, end = found.span()
        if addresses:
            while next_address < len(addresses) and addresses[next_address][1] <= start:
                next_address += 1
            if next_address < len(addresses) and addresses[next_address][0] <= start:
                continue
        token = found.group()
        if token.endswith(_POSSESSIVE_ENDINGS):
            token, end = token[:-2], end - 2
            if not token:
                continue
        if bracket and token in _SIC_WORDS and text[start - 1 : start] == "[":
            continue
        if token[0].isupper():
            at_start = _starts_sentence(text, start)
            sic = bracket and end in sic_ends
            append(_new_word(Word, (token, start, end, at_start, sic, True, len(token) > 1 and token.isupper())))
        else:
            append(_new_word(Word, (token, start, end, False, bracket and end in sic_ends, False, False)))
    return tuple(result)


def _plain_words(text: str) -> tuple[Word, ...]:
    """:func:`words` of a text with no address and no bracket, the usual paragraph.

    The text is split around its words in one call, and each word's place is counted from
    the lengths of the pieces: no match object is made for a word.
    """
    pieces = iter(_WORD_PIECES.split(text))
    position = len(next(pieces))
    result: list[Word] = []
    append = result.append
    for token, gap in zip(pieces, pieces, strict=True):
        start = position
        end = start + len(token)
        position = end + len(gap)
        if token.endswith(_POSSESSIVE_ENDINGS):
            token, end = token[:-2], end - 2
        if token[0].isupper():
            all_caps = len(token) > 1 and token.isupper()
            append(_new_word(Word, (token, start, end, _starts_sentence(text, start), False, True, all_caps)))
        else:
            append(_new_word(Word, (token, start, end, False, False, False, False)))
    return tuple(result)


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` begins a sentence (or the text)."""
    if start == 0:
        return True
    if text[start - 1] == " " and start > 1 and (text[start - 2].isalnum() or text[start - 2] in ",;"):
        return False  # after "word " or ", " a sentence never starts: the regular expression is spared
    return bool(_SENTENCE_END.search(text[max(0, start - 4) : start]))


def _sic_ends(text: str) -> frozenset[int]:
    """Where a word may end for "[sic]" to follow it (after any white space)."""
    ends = set()
    for found in _SIC_MARK.finditer(text):
        position = found.start()
        ends.add(position)
        while position > 0 and text[position - 1].isspace():
            position -= 1
            ends.add(position)
    return frozenset(ends)
