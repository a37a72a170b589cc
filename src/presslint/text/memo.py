"""Facts about a paragraph (its words, sentences, dates), worked out once per article.

Several rules read the same paragraph: the spelling, names and capitalisation checks all
want its words, seven date rules its dates. Each such function is memoised by the
paragraph's text for the length of one article, and forgotten when the article is done:
a bounded global cache would thrash on an article with more paragraphs than it holds
(every rule re-reading every paragraph), and an unbounded one would grow over an archive.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

_Key = TypeVar("_Key")
_Result = TypeVar("_Result")
# Far more paragraphs than a 10 MB article has: never reached within one article.
_MOST_PARAGRAPHS = 1 << 17
_clears: list[Callable[[], None]] = []


def per_article(function: Callable[[_Key], _Result]) -> Callable[[_Key], _Result]:
    """Memoise ``function`` of a paragraph's text (or of a tuple of them) until :func:`forget_article`."""
    cached = lru_cache(maxsize=_MOST_PARAGRAPHS)(function)
    _clears.append(cached.cache_clear)
    return cached


def forget_article() -> None:
    """Drop what was worked out for the article just checked."""
    for clear in _clears:
        clear()
