"""What a rule pattern needs to find in a text before it is worth running.

Most rules find nothing in most paragraphs, yet a regular expression with a hundred
alternatives costs tens of microseconds a paragraph to say so. Like ripgrep and RE2, we
take from each pattern, once, when its rule is compiled, strings that every match must
contain; a paragraph without one of them is skipped without running the pattern.

A requirement is a set of alternatives, one of which must be present:

- a *word*: a run of word characters that every match holds as a whole word (the pattern
  has a non-word character, a space, ``\\b`` or a ``(?<!\\w)``/``(?!\\w)`` on both sides of
  it); it is looked up in the set of the paragraph's words, at the cost of one hash;
- a *text*: a literal string that every match contains; it is searched for as a substring.

Both are compared case-folded, so case never hides a match, and only ASCII strings are
used, so Unicode case rules never do either. The pattern is read with Python's own parser
of regular expressions (``re._parser``); anything it does not know (the ``regex`` module's
own syntax: ``\\p{L}``, fuzzy matching, ``{`` used literally) gives no requirement, and the
pattern simply runs on every paragraph as before. A requirement may only ever let through
too much, never too little.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import regex

from presslint.text.memo import TextFacts
from presslint.text.patterns import compiled

_WORD_RUN = compiled(r"\w+")
_PROPERTY = compiled(r"(?<!\\)((?:\\\\)*)\\[pP](?:\{[^}]*\}|[A-Za-z])")
# Words in almost every paragraph: a requirement of one of them would filter nothing.
_COMMON_WORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her",
        "his", "in", "is", "it", "its", "not", "of", "on", "or", "she", "so", "that", "the", "their", "they",
        "this", "to", "was", "were", "which", "will", "with",
    }
)  # fmt: skip
_MOST_TEXTS = 64  # beyond this many substrings the search costs more than the pattern
_Item = tuple[Any, Any]
_Where = TypeVar("_Where", str, tuple[str, ...])  # one text, or all of an article's


class Requirement:
    """Whole words and substrings, one of which any text a pattern matches contains."""

    __slots__ = ("texts", "words")

    def __init__(self, words: frozenset[str], texts: tuple[str, ...]) -> None:
        self.words = words
        self.texts = texts

    def met_by(self, text: str, facts: TextFacts) -> bool:
        """Whether ``text`` holds one of the words or substrings (compared case-folded)."""
        return self._met(text, facts.folded_words, facts.folded)

    def met_by_any(self, texts: tuple[str, ...], facts: TextFacts) -> bool:
        """Whether one of ``texts`` may hold the words or substrings: one look at all of them.

        A rule that cannot match anywhere in an article is then skipped at once, instead of
        paragraph by paragraph. A substring may be found across two texts: too much, never too little.
        """
        return self._met(texts, facts.folded_words_of_all, facts.folded_all)

    def _met(
        self, where: _Where, words_in: Callable[[_Where], frozenset[str]], folded: Callable[[_Where], str]
    ) -> bool:
        if self.words and not self.words.isdisjoint(words_in(where)):
            return True
        if self.texts:
            text = folded(where)
            return any(needed in text for needed in self.texts)
        return False

    def __repr__(self) -> str:
        return f"Requirement(words={sorted(self.words)}, texts={list(self.texts)})"


def requirement(body: str, flags: int = 0) -> Requirement | None:
    """What every match of ``body`` contains, or None when that cannot be said."""
    import warnings
    from re import _parser  # type: ignore[attr-defined]

    readable = _PROPERTY.sub(r"\1\\d", body)  # \p{L} to \d: a class of word characters, read as such
    try:
        with warnings.catch_warnings():  # "possible nested set" and the like: the pattern is the regex module's
            warnings.simplefilter("ignore")
            parsed = _parser.parse(readable, flags & regex.VERBOSE)  # the other flags do not change literals
    except Exception:  # the regex module's own syntax: no requirement, never a wrong one
        return None
    if _has_literal_brace(parsed.data):
        return None  # "{" is a quantifier or fuzzy matching to the regex module
    found = _sequence(list(parsed.data), False, False)
    if found is None:
        return None
    words = frozenset(value for kind, value in found if kind == "word")
    texts = tuple(sorted(value for kind, value in found if kind == "text"))
    if len(texts) > _MOST_TEXTS:
        return None
    return Requirement(words, texts)


def _has_literal_brace(items: Sequence[_Item]) -> bool:
    for op, argument in items:
        if str(op) == "LITERAL" and argument in (ord("{"), ord("}")):
            return True
        for nested in _nested(op, argument):
            if _has_literal_brace(nested):
                return True
    return False


def _nested(op: Any, argument: Any) -> list[Sequence[_Item]]:
    name = str(op)
    if name in ("SUBPATTERN",):
        return [argument[3].data]
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return [argument[2].data]
    if name == "BRANCH":
        return [branch.data for branch in argument[1]]
    if name in ("ASSERT", "ASSERT_NOT"):
        return [argument[1].data]
    if name == "ATOMIC_GROUP":
        return [argument.data]
    return []


_Found = frozenset[tuple[str, str]]  # ("word" | "text", value) alternatives


def _sequence(items: list[_Item], left_bounded: bool, right_bounded: bool) -> _Found | None:
    """The best requirement of a sequence of items: the strongest of its items' own."""
    candidates: list[_Found] = []
    index = 0
    while index < len(items):
        op, argument = items[index]
        if str(op) == "LITERAL":
            end = index
            while end + 1 < len(items) and str(items[end + 1][0]) == "LITERAL":
                end += 1
            run = "".join(chr(code) for _, code in items[index : end + 1])
            left = left_bounded if index == 0 else _bounds_word(items[index - 1], -1)
            right = right_bounded if end == len(items) - 1 else _bounds_word(items[end + 1], 1)
            candidates.extend(_from_literal(run, left, right))
            index = end + 1
            continue
        left = left_bounded if index == 0 else _bounds_word(items[index - 1], -1)
        right = right_bounded if index == len(items) - 1 else _bounds_word(items[index + 1], 1)
        found = _item(op, argument, left, right)
        if found is not None:
            candidates.append(found)
        index += 1
    return max(candidates, key=_strength, default=None)


def _item(op: Any, argument: Any, left: bool, right: bool) -> _Found | None:
    name = str(op)
    if name == "SUBPATTERN":
        return _sequence(list(argument[3].data), left, right)
    if name == "ATOMIC_GROUP":
        return _sequence(list(argument.data), left, right)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, most, inner = argument
        if least < 1:
            return None
        if len(inner.data) == 1 and str(inner.data[0][0]) == "LITERAL" and least > 1:
            return _from_repeat(chr(inner.data[0][1]), least)  # "[ ]{2,}": two spaces, not one
        once = most == 1
        return _sequence(list(inner.data), left and once, right and once)
    if name == "ASSERT":  # what a lookahead or lookbehind must see is in the text too
        return _sequence(list(argument[1].data), False, False)
    if name == "BRANCH":
        every: set[tuple[str, str]] = set()
        for branch in argument[1]:
            found = _sequence(list(branch.data), left, right)
            if found is None:
                return None
            every |= found
        return frozenset(every)
    return None


def _from_literal(run: str, left: bool, right: bool) -> list[_Found]:
    """Requirements from a literal string: itself as a substring, and its whole words."""
    folded = run.casefold()
    if not folded.isascii():
        return []
    found: list[_Found] = [frozenset({("text", folded)})]
    for word in _WORD_RUN.finditer(folded):
        whole_left = word.start() > 0 or left
        whole_right = word.end() < len(folded) or right
        if whole_left and whole_right:
            found.append(frozenset({("word", word.group())}))
    return found


def _from_repeat(char: str, least: int) -> _Found | None:
    folded = char.casefold() * min(least, 4)
    return frozenset({("text", folded)}) if folded.isascii() else None


def _strength(found: _Found) -> tuple[int, int, bool, int]:
    """Prefer rare words ("fruition" over "the"), then longer (to four letters), then words, then fewer."""
    common = sum(value in _COMMON_WORDS for _, value in found)
    words = all(kind == "word" for kind, _ in found)
    shortest = min(len(value) for _, value in found)
    return (-common, min(shortest, 4), words, -len(found))


def _is_word_char(code: int) -> bool:
    return _WORD_RUN.fullmatch(chr(code)) is not None


def _only_spaces(items: Sequence[_Item]) -> bool:
    """An ``IN`` set that matches only non-word characters: white space, ``\\W``, punctuation."""
    if len(items) != 1 or str(items[0][0]) != "IN":
        return False
    for op, argument in items[0][1]:
        if str(op) == "CATEGORY" and str(argument) in ("CATEGORY_SPACE", "CATEGORY_NOT_WORD"):
            continue
        if str(op) == "LITERAL" and not _is_word_char(argument):
            continue
        return False
    return True


def _is_word_class(items: Sequence[_Item]) -> bool:
    """``\\w`` or ``[\\w]``."""
    return (
        len(items) == 1
        and str(items[0][0]) == "IN"
        and [(str(op), str(argument)) for op, argument in items[0][1]] == [("CATEGORY", "CATEGORY_WORD")]
    )


def _non_word(op: Any, argument: Any) -> bool:
    """Whether the item matches at least one character, all of them non-word characters."""
    name = str(op)
    if name == "LITERAL":
        return not _is_word_char(argument)
    if name == "IN":
        return _only_spaces([(op, argument)])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, _, inner = argument
        return bool(least >= 1 and len(inner.data) == 1 and _non_word(*inner.data[0]))
    return False


# Anchors that put a non-word character (or the text's edge) on one side of a word.
_EDGES = {
    -1: ("AT_BEGINNING", "AT_BEGINNING_STRING", "AT_BOUNDARY"),  # before the word: ^, \A, \b
    1: ("AT_END", "AT_END_STRING", "AT_BOUNDARY"),  # after it: $, \Z, \b
}


def _bounds_word(item: _Item, side: int) -> bool:
    """Whether ``item``, just before (``side`` -1) or after (1) a word, guarantees that no word
    character touches the word on that side: a non-word character, an edge, ``\\b``, or a
    ``(?<!\\w)`` before / ``(?!\\w)`` after."""
    op, argument = item
    name = str(op)
    if name == "AT":
        return str(argument) in _EDGES[side]
    if name == "ASSERT_NOT":
        direction, inner = argument
        return bool(direction == side and _is_word_class(inner.data))
    return _non_word(op, argument)
