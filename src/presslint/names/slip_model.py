"""Whether a word is a slip for another, weighed the way a copy editor weighs it: a noisy channel.

A word ``w`` is taken for a slip of ``c`` when ``c``, written often and a likely slip away,
explains ``w`` better than ``w`` explains itself::

    evidence(c) - cost(w, c) * uses(w)  >  own(w)

Everything is in Zipf units, log10 of uses per billion words (:mod:`presslint.names.word_table`):

- ``evidence(c)``: how often ``c`` is written, less :data:`CASE` when a capitalised word
  would be a slip of an ordinary word (or the reverse); a register name counts as at least
  :data:`REGISTER_ZIPF`, and a name the article itself uses elsewhere adds :data:`ARTICLE_BONUS`.
- ``cost(w, c)``: how unlikely the slip is. A typing slip (two letters swapped, one
  dropped, one doubled) is the likeliest; a changed or added letter less so (it is also
  how distinct names differ: Quito and Quinto); a touched first letter, and a second
  slip, cost more. A capitalised word the article repeats pays once per use: the same
  slip made twice is rare, a foreign name spelled the same way twice is not.
- ``own(w)``: how often ``w`` itself is written (less :data:`UNLISTED` when no dictionary
  lists it: the web writes common misspellings too), and at least :data:`NOVEL_WORD` for a
  lower-case word or :data:`NOVEL_NAME` for a capitalised one: a name the lexicon lacks is
  ordinary in news, a new lower-case word much less so.

A word the lexicon knows well (:data:`KNOWN_WELL`, once in a million words: "Mali" beside
"Bali", "centred" beside "centered") is never a slip, whatever it is near. The constants
were tuned on one half of each corpus and measured on the other
(``benchmarks/evaluate_spelling.py``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from presslint.names.edits import slip_kind, slips

KNOWN_WELL = 3.0
NOVEL_WORD = 1.0
NOVEL_NAME = 2.5
SHORT = 1.5  # taken from the lexicon's evidence for each letter a word is shorter than five
_SHORT_FROM = 5
CASE = 0.5  # a name typed for an ordinary word, or an ordinary word for a name
_INFLECTIONS = ("s", "es", "'s", "d", "ed")
UNLISTED = 1.0
REGISTER_ZIPF = 4.5
ARTICLE_SHARE = 0.01  # the weight of the article's own words beside the lexicon's
TYPING_SLIP = 1.5  # swapped, dropped or doubled letter
_OTHER_SLIP = 2.0  # changed or added letter
_FIRST_LETTER = 1.0  # added when the slip touches the first letter
_TWO_SLIPS = 4.0
_COSTS = {"transposition": TYPING_SLIP, "omission": TYPING_SLIP, "doubling": TYPING_SLIP}


class Intended(NamedTuple):
    """A word ``w`` may have been meant as: its key, the slip's cost and the weight of evidence."""

    key: str
    cost: float
    score: float  # evidence less the cost of the slip(s)


def slip_cost(word: str, intended: str) -> float | None:
    """The cost of ``intended`` typed as ``word`` (both lower case), or None beyond two slips."""
    kind = slip_kind(word, intended)
    if kind is not None:
        cost = _COSTS.get(kind, _OTHER_SLIP)
    elif slips(word, intended, 2) == 2:
        cost = _TWO_SLIPS
    else:
        return None
    return cost + _FIRST_LETTER if word[:1] != intended[:1] else cost


def own_weight(zipf: float, capitalised: bool, listed: bool) -> float:
    """How well a word explains itself: how often it is written, at least a new word's chance.

    The web writes common misspellings too ("cemetary", "independant"): a lower-case word no
    dictionary lists counts for less than its frequency says. A dictionary lists few names,
    so its silence says nothing against a capitalised one ("Warne").
    """
    written = zipf if listed or capitalised else zipf - UNLISTED
    return max(written, NOVEL_NAME if capitalised else NOVEL_WORD)


def likely_intended(word: str, own: float, evidence: Mapping[str, float], uses: int = 1) -> list[Intended]:
    """Of the candidates in ``evidence`` (key → weight), those that explain ``word`` better than
    it explains itself: the likeliest slips first (typing slips before other slips), then the
    more frequent. An inflection of a candidate ("Santas", "Seahawk") is that word, not a slip."""
    found = []
    for candidate, weight in evidence.items():
        if candidate == word or _inflected(word, candidate):
            continue
        cost = slip_cost(word, candidate)
        if cost is None:
            continue
        score = weight - cost * uses
        if score > own:
            found.append(Intended(candidate, cost, score))
    found.sort(key=lambda item: (item.cost, -item.score, item.key))
    return found


def article_weight(uses: int, article_words: int) -> float:
    """How often the article writes a word, in Zipf units, as a share of the evidence.

    A cache language model (Kuhn and De Mori, 1990): the words an article has used are far
    likelier in it than in English at large. A name used twice in 500 words weighs 4.6.
    """
    if uses <= 0 or article_words <= 0:
        return 0.0
    return math.log10(ARTICLE_SHARE * uses / article_words * 1e9)


def weigh(
    lexicon: Mapping[str, tuple[float, bool]],
    capitalised: bool,
    length: int,
    register: Iterable[str] = (),
    article: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """The evidence for each candidate: how often it is written, less :data:`CASE` when it is an
    ordinary word and the slip a capitalised one (or the reverse), raised for register names and
    to the article's own weight for its names (key → :func:`article_weight`).

    The shorter the word, the more of the lexicon lies one slip from it, and the less any
    one of those says (:data:`SHORT` a letter under five: "Tse" is not "The"); the register
    and the article offer few candidates, and keep their weight.
    """
    crowd = SHORT * max(0, _SHORT_FROM - length)
    evidence = {
        candidate: written - crowd - (CASE if is_ordinary == capitalised else 0.0)
        for candidate, (written, is_ordinary) in lexicon.items()
    }
    for candidate in register:
        evidence[candidate] = max(evidence.get(candidate, 0.0), REGISTER_ZIPF - (0.0 if capitalised else CASE))
    for candidate, weight in (article or {}).items():
        evidence[candidate] = max(evidence.get(candidate, 0.0), weight)
    return evidence


def _inflected(word: str, candidate: str) -> bool:
    short, long = sorted((word, candidate), key=len)
    return long.startswith(short) and long[len(short) :] in _INFLECTIONS
