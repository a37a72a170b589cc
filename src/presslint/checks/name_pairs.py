"""Words of a name side by side: which capitalised word a word is joined to, and the longer name around it.

A word is joined to a capitalised neighbour when only spaces (or a possessive ending)
stand between them, through at most two connectors ("Bank of England"). The same walk
pairs a lower-case word with the name it may belong to and a capitalised word with the
names it is written in, so the two are looked up by the same key (:func:`name_key`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from presslint.lexicon.dictionary import Dictionary, american_forms
from presslint.names.connectors import IN_A_NAME
from presslint.names.register import fold
from presslint.text.tokens import Word

CONNECTORS = IN_A_NAME  # lower-case words inside a name
_MOST_CONNECTORS = 2  # "Bank of England", "Trinidad and Tobago", "Isle of the Dead"


class Context(NamedTuple):
    start: int  # index of the first word of the name part (the anchor or the slip)
    end: int  # index after the last
    anchor: Word  # the capitalised neighbour
    before: bool  # the anchor comes before the slip


def joined(text: str, left: Word, right: Word) -> bool:
    """Only spaces (a possessive ending on the left) stand between two words."""
    between = text[left.end : right.start]
    return between.strip(" \t") in ("", "'s", "’s", "'", "’") and "\n" not in between


def is_capitalised(word: Word) -> bool:
    return word.text[0].isupper() and not word.all_caps


def joined_capitals(text: str, found: Sequence[Word], index: int) -> Iterator[Context]:
    """The word at ``index`` with each capitalised neighbour it is joined to (through connectors)."""
    back = _capital_beside(text, found, index, -1)
    if back is not None:
        yield Context(back, index + 1, found[back], True)
    ahead = _capital_beside(text, found, index, 1)
    if ahead is not None:
        yield Context(index, ahead + 1, found[ahead], False)


def _capital_beside(text: str, found: Sequence[Word], index: int, step: int) -> int | None:
    """The first capitalised word from ``index`` towards ``step`` (-1 or 1), through at most two
    connectors with only spaces between ("Bank of England"); None if another word comes first."""
    at = index + step
    while 0 <= at < len(found) and abs(at - index) <= _MOST_CONNECTORS + 1:
        if not joined(text, *((found[at], found[at + 1]) if step < 0 else (found[at - 1], found[at]))):
            return None
        if found[at].text[0].isupper():
            return at
        if found[at].text not in CONNECTORS:
            return None
        at += step
    return None


def name_like(found: Sequence[Word], index: int) -> bool:
    """A capitalised word or a connector at ``index`` (a cheap first look before :func:`joined_capitals`)."""
    return 0 <= index < len(found) and _name_like(found[index].text)


def beside_a_name(found: Sequence[Word]) -> list[int]:
    """The places, in order, of the words with a capitalised word or a connector beside them."""
    like = [_name_like(word.text) for word in found]
    last = len(found) - 1
    return [
        index for index in range(len(found)) if (index > 0 and like[index - 1]) or (index < last and like[index + 1])
    ]


def _name_like(text: str) -> bool:
    return text[0].isupper() or text in CONNECTORS


def name_key(text: str, names: Sequence[Word]) -> str:
    """The folded words of a name; a possessive inside it is kept ("lanka's banks" is not "lanka banks")."""
    parts = []
    for word, following in itertools.pairwise(names):
        parts.append(fold(word.text) + ("'s" if text[word.end : following.start].strip(" \t") else ""))
    parts.append(fold(names[-1].text))
    return " ".join(parts)


def opens_sentence_only(anchor: Word, dictionary: Dictionary) -> bool:
    """The anchor may be capitalised only because it starts the sentence ("Home office staff")."""
    return anchor.sentence_start and dictionary.ordinary(anchor.text)


def ordinary(word: str, dictionary: Dictionary) -> bool:
    """An ordinary word, in either spelling ("labour" is, as "labor" is)."""
    return dictionary.ordinary(word) or any(dictionary.ordinary(form) for form in american_forms(fold(word)))


def setting_of(
    text: str, found: Sequence[Word], context: Context, dictionary: Dictionary
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of the longer name around ``context`` (capitalised, with connectors inside), before and after.

    "Oil" in "National Iranian Oil Company" stands between ("national",) and ("company",):
    the article's "Iranian Oil" is evidence for "Iranian oil" only where the same words
    follow, or where the longer name goes on with names only (see :func:`_named`).
    """
    first = context.start
    while first > 0:
        back = _name_word_before(text, found, first, dictionary)
        if back is None:
            break
        first = back
    last = context.end
    while last < len(found):
        ahead = _name_word_after(text, found, last - 1)
        if ahead is None:
            break
        last = ahead + 1
    before = tuple(fold(word.text) for word in found[first : context.start])
    after = tuple(fold(word.text) for word in found[context.end : last])
    return before, after


def _name_word_before(text: str, found: Sequence[Word], index: int, dictionary: Dictionary) -> int | None:
    """The index of the capitalised word the word at ``index`` continues, through connectors, if any;
    not a word capitalised maybe only because it opens the sentence ("The Cabinet Office")."""
    back = _capital_beside(text, found, index, -1)
    if back is None or not is_capitalised(found[back]) or opens_sentence_only(found[back], dictionary):
        return None
    return back


def _name_word_after(text: str, found: Sequence[Word], index: int) -> int | None:
    """The index of the capitalised word that continues the word at ``index``, through connectors, if any."""
    ahead = _capital_beside(text, found, index, 1)
    return ahead if ahead is not None and is_capitalised(found[ahead]) else None


def same_setting(
    setting: tuple[tuple[str, ...], tuple[str, ...]],
    right_setting: tuple[tuple[str, ...], tuple[str, ...]],
    positional: bool,
    name_word: bool,
    dictionary: Dictionary,
) -> bool:
    """Whether a right form, in the longer name it stood in, speaks for a lower-case word in its own.

    A short form keeps the longer name's head: "Stock Exchange" of "London Stock Exchange",
    "Reserve Bank" of "Reserve Bank of Australia", "Boris Johnson" of "Prime Minister Boris
    Johnson". Words that only modify the head ("Iranian Oil" in "National Iranian Oil
    Company") or complete it after "of" ("Human Rights" in "Court of Human Rights") are no
    name by themselves, unless they are names in themselves ("Sir Alan" of "Sir Alan
    Budd"). Beside a word capitalised maybe only because it opens the sentence, the words
    before must be the same.
    """
    (before, after), (right_before, right_after) = setting, right_setting
    other_before = right_before and before[len(before) - len(right_before) :] != right_before
    if other_before and (positional or (right_before[-1] in CONNECTORS and not name_word)):
        return False
    if after[: len(right_after)] == right_after or right_after[0] in CONNECTORS:
        return True
    return right_after[: len(after)] == after and name_word and _named(right_after, dictionary)


def _named(words_after: tuple[str, ...], dictionary: Dictionary) -> bool:
    """Whether a longer name goes on with names only ("Sir Alan" in "Sir Alan Budd", "OSCE Summit"
    in "OSCE Summit in Astana"): its short form is still the name, where "Iranian Oil" in
    "National Iranian Oil Company" is not."""
    return all(word in CONNECTORS or not dictionary.ordinary(word) for word in words_after)
