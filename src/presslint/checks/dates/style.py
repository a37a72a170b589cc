"""``report: range-dashes`` and ``report: day-month-order``: dates written one way within an article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from presslint.article.facts import ArticleFacts
from presslint.checks.dates.dated import Dated, DatesCheck
from presslint.dates.reader import DateMention
from presslint.finding import Hit

_ORDERS = {"month-first": "June 8", "cross": "June 8", "day-first": "8 June"}


class _OneStyleCheck(DatesCheck):
    def style_of(self, mention: DateMention) -> str | None:
        raise NotImplementedError

    def check_dates(self, facts: ArticleFacts, dated: list[Dated]) -> Iterable[Hit]:
        styled = [(item, style) for item in dated if (style := self.style_of(item.mention)) is not None]
        counts = Counter(style for _, style in styled)
        if len(counts) < 2:
            return
        usual = max(
            counts, key=lambda style: (counts[style], -next(i for i, (_, s) in enumerate(styled) if s == style))
        )
        first_usual = next(item for item, style in styled if style == usual)
        line = facts.article.lines.position(first_usual.source()[0])[0]
        for item, style in styled:
            if style != usual:
                start, end = item.source()
                yield self.hit(start, end, item.mention.text, (), other=first_usual.mention.text, other_line=line,
                                date=usual)  # fmt: skip


class RangeDashesCheck(_OneStyleCheck):
    """Date ranges written with more than one dash ("June 8-9" and "June 8–9"); the article's usual dash is kept."""

    def style_of(self, mention: DateMention) -> str | None:
        return mention.dash if mention.dash in ("-", "–", "—") else None


class DayMonthOrderCheck(_OneStyleCheck):
    """Dates written day first and month first ("June 8" and "8 June") in one article."""

    def style_of(self, mention: DateMention) -> str | None:
        return _ORDERS.get(mention.form) if mention.first and mention.first.day else None
