"""Words as the names and spelling checks see them: exact texts, places and flags.

The usual paragraph (no address, no bracket) is split by a faster path; it must give
exactly the words of the general one, on every corpus paragraph and on generated text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslint.text.tokens import _ADDRESS_HINT, _plain_words, _words_around_addresses_and_sic, words

CORPUS = sorted((Path(__file__).parents[1] / "fixtures" / "corpus").glob("*.txt"))


def test_words_with_their_places_and_flags() -> None:
    text = "Zulfiya's team won. “Astana’s mayor” said: NATO and don't [sic] see www.osce.org now."
    found = [(w.text, w.start, w.end, w.sentence_start, w.sic, w.capitalised, w.all_caps) for w in words(text)]
    assert found == [
        ("Zulfiya", 0, 7, True, False, True, False),
        ("team", 10, 14, False, False, False, False),
        ("won", 15, 18, False, False, False, False),
        ("Astana", 21, 27, True, False, True, False),
        ("mayor", 30, 35, False, False, False, False),
        ("said", 37, 41, False, False, False, False),
        ("NATO", 43, 47, True, False, True, True),
        ("and", 48, 51, False, False, False, False),
        ("don't", 52, 57, False, True, False, False),
        ("see", 64, 67, False, False, False, False),
        ("now", 81, 84, False, False, False, False),
    ]


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
def test_the_fast_path_gives_the_words_of_the_general_one(path: Path) -> None:
    paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    assert paragraphs
    for paragraph in paragraphs:
        assert words(paragraph) == _words_around_addresses_and_sic(paragraph)
        if "[" not in paragraph and not _ADDRESS_HINT.search(paragraph):
            assert _plain_words(paragraph) == _words_around_addresses_and_sic(paragraph)


_PIECES = st.sampled_from(
    ["Astana", "mayor", "NATO", "don't", "’s", "'s", "'S", "s", "é", "e\u0301", "Ǆ", "ǅemal", "x", "I", " ", " ",
     "\n", ". ", ", ", "; ", "“", "”", "(", ")", "?", "!", ":", "…", "-", "'", "’", "7", "\t"]
)  # fmt: skip


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40))
def test_the_fast_path_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _plain_words(text) == _words_around_addresses_and_sic(text)
