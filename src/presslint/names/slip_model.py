"""Whether a word is a slip for another, weighed the way a copy editor weighs it: a noisy channel.

A word ``w`` is taken for a slip of ``c`` when ``c``, written often and a likely slip away,
explains ``w`` better than ``w`` explains itself::

    evidence(c) - cost(w, c) * uses(w)  >  own(w)

Everything is in Zipf units, log10 of uses per billion words (:mod:`presslint.lexicon.word_table`):

- ``evidence(c)``: how often ``c`` is written (the lexicon), less :data:`CASE` when a
  name would be a slip of an ordinary word (or a lower-case word a slip of a register
  name), less :data:`SHORT` a letter for words under five letters and more by :data:`LONG` a
  letter for words over seven (the shorter a word, the more of the lexicon lies one slip
  from it, and the less any one neighbour says: "Tse" is not "The"; a long word one slip
  from a known one is seldom anything but a slip of it). A register
  name counts as :data:`REGISTER_ZIPF`, and a name the article uses elsewhere as often as
  the article writes it (:func:`article_weight`): both offer few candidates, so neither
  is thinned by length.
- ``cost(w, c)``: how unlikely the slip is. A typing slip (two letters swapped, one
  dropped, one doubled) is the likeliest; a changed or added letter is less likely, and
  it is also how distinct names differ (Quito and Quinto); a touched first letter, and a
  second slip, cost more. A capitalised word the article repeats pays once per use: the
  same slip made twice is rare, a foreign name spelled the same way twice is not.
- ``own(w)``: how well ``w`` explains itself. A lower-case word: how often it is written,
  less :data:`UNLISTED` when no dictionary lists it (the web writes "cemetary" too), and
  at least :data:`NOVEL_WORD`. A capitalised word the lexicon has seen written is a real
  name more often than its frequency says (:data:`SEEN_NAME`, at least :data:`NOVEL_NAME`);
  one it has never seen, among 321,000 forms, is :data:`UNSEEN_NAME`.

A word the lexicon knows well (:data:`KNOWN_WELL`, once in a million words: "Mali" beside
"Bali", "centred" beside "centered") is never a slip, whatever it is near. The constants
were chosen on one half of each corpus (``tune``) and are measured on the other
(``benchmarks/evaluate_spelling.py``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from presslint.lexicon.edits import slip_kind, slips
from presslint.lexicon.word_table import Entry

KNOWN_WELL = 3.0
NOVEL_WORD = 1.0
UNLISTED = 0.75
NOVEL_NAME = 2.5
SEEN_NAME = 1.0
UNSEEN_NAME = 1.5
CASE = 2.0
SHORT = 1.5
LONG = 0.25
REGISTER_ZIPF = 4.5
ARTICLE_SHARE = 0.01  # the weight of the article's own words beside the lexicon's (a cache model)
TYPING_SLIP = 1.5  # swapped, dropped or doubled letter
_OTHER_SLIP = 2.5  # changed or added letter
_FIRST_LETTER = 2.0  # added when the slip touches the first letter (right in about 19 misspellings in 20)
_TWO_SLIPS = 4.0
_COSTS = {"transposition": TYPING_SLIP, "omission": TYPING_SLIP, "doubling": TYPING_SLIP}
_SHORT_FROM = 5
_LONG_FROM = 7
_ENDINGS = ("s", "es", "'s", "d", "ed", "y", "ly", "er", "ers")  # inflections and the commonest derivations


class Evidence(NamedTuple):
    """What speaks for a candidate: ``weight`` decides whether it explains a word, ``rank``
    (the same, not thinned by the word's length) orders the candidates that do."""

    weight: float
    rank: float


class Intended(NamedTuple):
    """A word a slip may have been meant as: its key, the slip's cost and the weight of evidence."""

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
    """How well a word explains itself (see the module's description)."""
    if capitalised:
        return max(zipf + SEEN_NAME, NOVEL_NAME) if zipf > 0 else UNSEEN_NAME
    return max(zipf if listed else zipf - UNLISTED, NOVEL_WORD)


def article_weight(uses: int, article_words: int) -> float:
    """How often the article writes a word, in Zipf units, as a share of the evidence.

    A cache language model (Kuhn and De Mori, 1990): the words an article has used are far
    likelier in it than in English at large. A name used twice in 500 words weighs 4.6.
    """
    if uses <= 0 or article_words <= 0:
        return 0.0
    return math.log10(ARTICLE_SHARE * uses / article_words * 1e9)


def weigh(
    lexicon: Mapping[str, Entry],
    capitalised: bool,
    length: int,
    register: Iterable[str] = (),
    article: Mapping[str, float] | None = None,
) -> dict[str, Evidence]:
    """The evidence for each candidate, from the lexicon (key → its entry), the register's names
    and the article's own names (key → :func:`article_weight`). A lower-case word's candidate
    no dictionary lists counts for less, as the word itself does (:func:`own_weight`): the
    intended word is a word, not the web's "succesful"."""
    crowd = SHORT * max(0, _SHORT_FROM - length) - LONG * max(0, length - _LONG_FROM)
    evidence: dict[str, Evidence] = {}
    for candidate, (written, is_listed, is_ordinary) in lexicon.items():
        rank = (
            written - (CASE if is_ordinary and capitalised else 0.0) - (0.0 if is_listed or capitalised else UNLISTED)
        )
        evidence[candidate] = Evidence(rank - crowd, rank)
    named = [(candidate, REGISTER_ZIPF - (0.0 if capitalised else CASE)) for candidate in register]
    for candidate, weight in [*named, *(article or {}).items()]:
        known = evidence.get(candidate)
        if known is None or weight > known.weight:
            evidence[candidate] = Evidence(weight, max(weight, known.rank if known else weight))
    return evidence


def likely_intended(word: str, own: float, evidence: Mapping[str, Evidence], uses: int = 1) -> list[Intended]:
    """Of the candidates in ``evidence``, those that explain ``word`` better than it explains
    itself, likeliest first: the best attested after the slip's cost (a posterior: "maxde" is
    "made" with a letter added rather than a rarer "maxed" with two swapped).

    A word made of a candidate and an ending is that word, not a slip of it ("Santas",
    "feely"); but a candidate made of the word and an ending is what it was meant as ("woul"
    is "would" slipped). An ending that repeats the last letter before it ("saidd") is a
    doubled letter."""
    found = []
    for candidate, (weight, rank) in evidence.items():
        if candidate == word or _with_ending(word, candidate):
            continue
        cost = slip_cost(word, candidate)
        if cost is not None and weight - cost * uses > own:
            found.append(Intended(candidate, cost, rank - cost * uses))
    found.sort(key=lambda item: (-item.score, item.key))
    return found


def _with_ending(longer: str, stem: str) -> bool:
    """Whether ``longer`` is ``stem`` with an ending."""
    ending = longer[len(stem) :]
    return longer.startswith(stem) and ending in _ENDINGS and not stem.endswith(ending[:1])
