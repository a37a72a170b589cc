from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import regex

from presslint.dates.reader import _PATTERNS, _READER, Day, read_date_mentions, with_years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met on June 7 in", [("June 7", 7, 13, Day(None, 6, 7), Day(None, 6, 7))]),
        ("on June 8-9 to", [("June 8-9", 3, 11, Day(None, 6, 8), Day(None, 6, 9))]),
        ("on June 8–9 to", [("June 8–9", 3, 11, Day(None, 6, 8), Day(None, 6, 9))]),
        ("from 8–9 June", [("8–9 June", 5, 13, Day(None, 6, 8), Day(None, 6, 9))]),
        ("ran June 30–July 2.", [("June 30–July 2", 4, 18, Day(None, 6, 30), Day(None, 7, 2))]),
        ("on Dec. 2, 2010.", [("Dec. 2, 2010", 3, 15, Day(2010, 12, 2), Day(2010, 12, 2))]),
        ("on 2 December 2010", [("2 December 2010", 3, 18, Day(2010, 12, 2), Day(2010, 12, 2))]),
        ("since December 2020.", [("December 2020", 6, 19, Day(2020, 12, None), Day(2020, 12, None))]),
        ("In March, OSCE", [("March", 3, 8, Day(None, 3, None), Day(None, 3, None))]),
        ("dated 2023-06-09.", [("2023-06-09", 6, 16, Day(2023, 6, 9), Day(2023, 6, 9))]),
        ("on Monday, June 7 it", [("Monday, June 7", 3, 17, Day(None, 6, 7), Day(None, 6, 7))]),
        ("on Tuesday in", [("Tuesday", 3, 10, None, None)]),
        ("said yesterday and last week", [("yesterday", 5, 14, None, None), ("last week", 19, 28, None, None)]),
        ("the 57-member group, 11 years, 300 observers, may 5", []),
    ],
    ids=["day", "range-hyphen", "range-en-dash", "day-first-range", "cross-month", "abbreviated-with-year",
         "day-first-with-year", "month-year", "month-alone", "iso", "weekday-and-date", "weekday", "relative",
         "not-dates"],
)  # fmt: skip
def test_read_dates(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(m.text, m.start, m.end, m.first, m.last) for m in read_date_mentions(text)]
    assert got == expected


def test_weekday_and_ordinal_are_noted() -> None:
    (mention,) = read_date_mentions("on Monday, June 8th")
    assert (mention.weekday, mention.weekday_span, mention.ordinal) == (0, (3, 9), True)


@pytest.mark.parametrize(
    ("text", "published", "years"),
    [
        ("In 2010 on Dec. 2, 2010 and on Dec. 5", None, [2010, 2010]),
        ("on June 7", dt.date(2023, 6, 12), [2023]),
        ("in December", dt.date(2005, 1, 10), [2004]),
        ("on June 7", None, [None]),
    ],
    ids=["from-earlier-year", "from-publication", "december-in-january", "unknown"],
)
def test_missing_years(text: str, published: dt.date | None, years: list[int | None]) -> None:
    mentions = with_years(list(read_date_mentions(text)), published)
    assert [m.first.year for m in mentions if m.first] == years


def test_the_start_guard_changes_no_match_on_real_text() -> None:
    """The reader's first-letter guard only skips words no date can start with: on every
    paragraph of the corpus it finds exactly what the bare alternation finds."""
    bare = regex.compile(
        r"(?<![\p{L}\d])(?:" + "|".join(f"(?P<{name.replace('-', '_')}>{body})" for name, body in _PATTERNS) + ")",
        regex.V0,
    )
    paragraphs = [
        paragraph
        for path in sorted((Path(__file__).parents[1] / "fixtures" / "corpus").glob("*.txt"))
        for paragraph in path.read_text(encoding="utf-8").split("\n")
    ]
    extra = ["TONIGHT and LAST WEEK", "Mon., Tues. 3 June", "on 3 June–4 July 2021", "2024-02-29T10:00"]
    found = 0
    for text in paragraphs + extra:
        guarded = [(m.span(), m.lastgroup) for m in _READER.finditer(text)]
        assert guarded == [(m.span(), m.lastgroup) for m in bare.finditer(text)], text
        found += len(guarded)
    assert found > 200
