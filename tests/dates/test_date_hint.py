"""The quick look that spares the date reader a block holding no date: it never misses one.

The reference is the single regular expression the look replaced; the look must agree
with it on every corpus paragraph and on generated text, and every date the reader
finds must be in a block the look lets through.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from presslint.dates.reader import _READER, may_hold_a_date

CORPUS = sorted((Path(__file__).parents[1] / "fixtures" / "corpus").glob("*.txt"))
REFERENCE = regex.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|\d{4}-\d\d-\d|(?i:yesterday|today|tomorrow|tonight|last\s(?:week|month|year|night)"
    r"|this\s(?:morning|afternoon|evening|week)|next\s(?:week|month|year))"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit opened on June 8.", True),
        ("The mayor spoke.", False),  # month names count with their capital only
        ("Mayor Smith spoke.", True),  # a false alarm: the reader then finds no date
        ("Results were published 2017-07-21.", True),
        ("LAST WEEK the vote failed.", True),
        ("The vote failed this\tweek.", True),
        ("The vote failed last time.", False),
        ("Nothing dated here at all.", False),
    ],
)
def test_what_the_look_lets_through(text: str, expected: bool) -> None:
    assert may_hold_a_date(text) is expected
    assert bool(REFERENCE.search(text)) is expected


def test_the_look_agrees_with_the_reference_on_the_corpus() -> None:
    paragraphs = [p for path in CORPUS for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    through = [p for p in paragraphs if may_hold_a_date(p)]
    assert through == [p for p in paragraphs if REFERENCE.search(p)]
    assert 0 < len(through) < len(paragraphs)
    assert all(may_hold_a_date(p) for p in paragraphs if _READER.search(p))


_PIECES = st.sampled_from(
    ["June", "Jun", "jun", "8", "2017", "-07-21", "2017-07-2", "Sunday", "sunday", "last", "LAST", "week", "Week",
     "this", "next", "year", "tonight", "ToDay", " ", "\t", "\n", ",", ".", "x", "May", "mayor", "Dec."]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=12))
def test_the_look_agrees_with_the_reference_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert may_hold_a_date(text) is bool(REFERENCE.search(text))
