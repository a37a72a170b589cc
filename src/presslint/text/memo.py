"""Facts about an article's texts (their words, sentences, dates), each worked out once.

Several rules read the same paragraph: the spelling, names and capitalisation checks all
want its words, seven date rules its dates, every pattern rule its case-folded words. A
:class:`TextFacts` holds what has been worked out, keyed by the text. It belongs to one
article: the engine makes one for each article (an
:class:`~presslint.article.facts.ArticleFacts`) and passes it to every check, and it goes
with the article. Nothing is remembered from one article to the next, and nothing about an
article lives in a module: a long-running process (a language server, a worker pool)
holds only what it is checking.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping
from itertools import chain
from operator import itemgetter
from typing import Any, TypeVar

from presslint.text.patterns import compiled
from presslint.text.tokens import Word, words

_Key = TypeVar("_Key", bound=Hashable)
_Fact = TypeVar("_Fact")
_Facts = TypeVar("_Facts", bound="TextFacts")
_TEXT_OF = itemgetter(0)  # a word's text, taken in C
_WORD_RUN = compiled(r"\w+")


class TextFacts:
    """What the checks of one article have worked out about its texts."""

    __slots__ = ("_folded", "_folded_words", "_known", "_word_sets", "_words")

    def __init__(self) -> None:
        self._known: dict[Callable[..., Any], dict[Any, Any]] = {}
        # The facts every check asks for, kept apart from the general store: a dictionary lookup less each.
        self._words: dict[str, tuple[Word, ...]] = {}
        self._word_sets: dict[str, frozenset[str]] = {}
        self._folded: dict[str, str] = {}
        self._folded_words: dict[str, frozenset[str]] = {}

    def fact(self, work_out: Callable[[_Key], _Fact], key: _Key) -> _Fact:
        """``work_out(key)``, worked out the first time any check of the article asks."""
        known = self._known_by(work_out)
        if key not in known:
            known[key] = work_out(key)
        found: _Fact = known[key]
        return found

    def derived(self: _Facts, work_out: Callable[[_Facts, _Key], _Fact], key: _Key) -> _Fact:
        """``work_out(self, key)``: a fact worked out from other facts of the article, once."""
        known = self._known_by(work_out)
        if key not in known:
            known[key] = work_out(self, key)
        found: _Fact = known[key]
        return found

    def _known_by(self, work_out: Callable[..., Any]) -> dict[Any, Any]:
        known = self._known.get(work_out)
        if known is None:
            known = self._known[work_out] = {}
        return known

    def words(self, text: str) -> tuple[Word, ...]:
        """The words of ``text`` (:func:`presslint.text.tokens.words`)."""
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = words(text)
        return found

    def word_set(self, text: str) -> frozenset[str]:
        """The distinct words of ``text``: a check looking for a few words skips a paragraph without them."""
        found = self._word_sets.get(text)
        if found is None:
            found = self._word_sets[text] = frozenset(map(_TEXT_OF, self.words(text)))
        return found

    def word_counts(self, texts: tuple[str, ...]) -> Mapping[str, int]:
        """How often each word of ``texts`` occurs."""
        return self.derived(_count_words, texts)

    def folded(self, text: str) -> str:
        """``text`` case-folded, as the prefilter compares it."""
        found = self._folded.get(text)
        if found is None:
            found = self._folded[text] = text.casefold()
        return found

    def folded_words(self, text: str) -> frozenset[str]:
        """The case-folded runs of word characters of ``text``."""
        found = self._folded_words.get(text)
        if found is None:
            found = self._folded_words[text] = frozenset(_WORD_RUN.findall(self.folded(text)))
        return found

    def folded_words_of_all(self, texts: tuple[str, ...]) -> frozenset[str]:
        """The case-folded words of all ``texts``: one look says whether a pattern can match anywhere."""
        return self.derived(_all_folded_words, texts)

    def folded_all(self, texts: tuple[str, ...]) -> str:
        return self.derived(_fold_all, texts)


def _count_words(facts: TextFacts, texts: tuple[str, ...]) -> Mapping[str, int]:
    return Counter(chain.from_iterable(map(_TEXT_OF, facts.words(text)) for text in texts))


def _all_folded_words(facts: TextFacts, texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*map(facts.folded_words, texts))


def _fold_all(facts: TextFacts, texts: tuple[str, ...]) -> str:
    return "\n".join(map(facts.folded, texts))
