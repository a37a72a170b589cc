from __future__ import annotations

import pytest

from presslint.lexicon.edits import DeleteIndex, slip_kind, slips


@pytest.mark.parametrize(
    ("word", "intended", "distance", "kind"),
    [
        ("kazkahstan", "kazakhstan", 1, "transposition"),
        ("zulifya", "zulfiya", 1, "transposition"),
        ("mauer", "maurer", 1, "omission"),
        ("brazillian", "brazilian", 1, "doubling"),
        ("quinto", "quito", 1, "insertion"),
        ("almeria", "algeria", 1, "substitution"),
        ("abc", "xyz", 3, None),
    ],
)
def test_slips(word: str, intended: str, distance: int, kind: str | None) -> None:
    assert slips(word, intended) == distance
    assert slip_kind(word, intended) == kind


def test_delete_index_finds_close_words_closest_first() -> None:
    index = DeleteIndex(2)
    index.extend(["kazakhstan", "kyrgyzstan", "zulfiya", "astana"])
    assert list(index.near("kazkahstan", 2)) == [("kazakhstan", 1)]
    assert list(index.near("astanna", 1)) == [("astana", 1)]
    assert list(index.near("astana", 1)) == []
