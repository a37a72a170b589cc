"""Recognise a dateline paragraph ("Friday, July 21, 2017") and read its date."""

from __future__ import annotations

import datetime as dt

from presslint.text.patterns import compiled

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_DATELINE = compiled(
    r"(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[a-z]+)\.?),?\s+"
    r"(?P<year>\d{4})\.?$"
)
_ISO = compiled(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")


def parse_dateline(text: str) -> dt.date | None:
    """The date of a paragraph that is nothing but a date, else None."""
    text = text.strip()
    if iso := _ISO.match(text):
        return _make_date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
    found = _DATELINE.match(text)
    if not found:
        return None
    month = MONTHS.get((found["month"] or found["month2"]).lower())
    if month is None:
        return None
    return _make_date(int(found["year"]), month, int(found["day"] or found["day2"]))


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
