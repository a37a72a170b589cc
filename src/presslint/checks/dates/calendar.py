"""``report: weekday`` and ``report: impossible``: dates the calendar does not have."""

from __future__ import annotations

from collections.abc import Iterable

from presslint.article.facts import ArticleFacts
from presslint.checks.dates.dated import ANY_YEAR, Dated, DatesCheck
from presslint.dates.reader import WEEKDAY_NAMES
from presslint.finding import Hit


class WeekdayCheck(DatesCheck):
    """A weekday that does not match its date ("Tuesday, June 7, 2022"): the right weekday is the fix."""

    fixes = True

    def check_dates(self, facts: ArticleFacts, dated: list[Dated]) -> Iterable[Hit]:
        for item in dated:
            mention = item.mention
            if mention.weekday is None or mention.first is None or mention.first.year is None:
                continue
            if mention.first.day is None or not mention.first.valid() or mention.weekday_span is None:
                continue
            actual = mention.first.first(ANY_YEAR).weekday()
            if actual != mention.weekday:
                start, end = item.block.source_span(*mention.weekday_span)
                stated = item.block.text[mention.weekday_span[0] : mention.weekday_span[1]]
                date_text = mention.text[mention.weekday_span[1] - mention.start :].lstrip(", ")
                yield self.hit(start, end, stated, (WEEKDAY_NAMES[actual],), date=date_text)


class ImpossibleDateCheck(DatesCheck):
    """June 31, February 30, February 29 in a common year."""

    def check_dates(self, facts: ArticleFacts, dated: list[Dated]) -> Iterable[Hit]:
        for item in dated:
            mention = item.mention
            if mention.first is None or mention.last is None:
                continue
            if not (mention.first.valid() and mention.last.valid()):
                start, end = item.source()
                yield self.hit(start, end, mention.text, date=mention.text)
