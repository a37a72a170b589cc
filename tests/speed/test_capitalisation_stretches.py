"""The capitalisation check cuts only stretches of capitalised words into words.

The reference below cuts the whole text, as the check did before; the stretches must hold
every capitalised word of it, and give the same runs of three words or more (the names),
on every corpus paragraph and on generated text full of the characters that end or join
words (apostrophes, hyphens, ampersands, tabs, line breaks, a title-case letter).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslint.checks.capitalisation import _TOKEN, _capitalised_stretches, _runs, _Token

CORPUS = sorted((Path(__file__).parents[1] / "fixtures" / "corpus").glob("*.txt"))


Found = tuple[list[tuple[str, int]], list[list[tuple[str, int]]]]


def _reference(text: str) -> Found:
    """Every capitalised word, and the runs of three words or more, cutting the whole text."""
    tokens = [_Token(found.group(), *found.span()) for found in _TOKEN.finditer(text)]
    return _capitals(tokens), _names(_runs(tokens, text))


def _from_stretches(text: str) -> Found:
    """The same, as the check finds them: stretch by stretch."""
    stretches = _capitalised_stretches(text)
    tokens = [token for stretch in stretches for token in stretch]
    return _capitals(tokens), _names(run for stretch in stretches for run in _runs(stretch, text))


def _capitals(tokens: list[_Token]) -> list[tuple[str, int]]:
    return [(token.text, token.start) for token in tokens if token.text[0].isupper()]


def _names(runs: Iterable[list[_Token]]) -> list[list[tuple[str, int]]]:
    return [[(token.text, token.start) for token in run] for run in runs if len(run) >= 3]


@pytest.mark.parametrize("path", CORPUS[:: max(1, len(CORPUS) // 12)], ids=lambda path: path.name)
def test_stretches_hold_every_capital_and_name_of_a_corpus_article(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    capitals, names = _reference(text)
    assert capitals and names  # the article has names: the comparison is not empty
    assert _from_stretches(text) == (capitals, names)


_WORDS = st.sampled_from(
    ["Minister", "of", "the", "Ecology", "and", "Natural", "Resources", "resources", "de", "von", "des", "der", "&",
     "ǅemal", "Ǆ", "é", "Émile", "O'Brien", "x", "THE", "Of", "The", "in"]
)  # fmt: skip
_BETWEEN = st.sampled_from([" ", " ", " ", "\t", "\n", ", ", "-", "'", "’s ", "&", "", ". "])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_WORDS, _BETWEEN), max_size=30))
def test_stretches_match_the_whole_text_on_generated_text(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + between for word, between in pieces)
    assert _from_stretches(text) == _reference(text)
