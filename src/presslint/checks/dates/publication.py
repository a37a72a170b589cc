"""``report: after-publication`` and ``report: relative``: dates counted from the publication date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from presslint.article.facts import ArticleFacts
from presslint.article.model import BlockKind
from presslint.checks.dates.dated import ANY_YEAR, FUTURE, NOT_AN_EVENT, Dated, DatesCheck, past_event, spoken
from presslint.dates.event_kinds import event_kinds_of
from presslint.dates.reader import RELATIVE_DAYS, DateMention
from presslint.finding import Hit
from presslint.text.patterns import compiled

_PAST = compiled(r"(?i)\b(?:was|were|had|did|said|met|went|took|came|held|won|lost|made|told|gave|left|\w{3,}ed)\b")
_INTRODUCED = compiled(r"(?i)\b(?:on|in|at|from|during|between)\s+(?:the\s+)?$")  # "was held on <date>"
_PAST_WINDOW = 60  # a past-tense verb this close before a date makes the date an event that happened


class AfterPublicationCheck(DatesCheck):
    """An event told in the past tense, or a photo, dated after the publication date."""

    def check_dates(self, facts: ArticleFacts, dated: list[Dated]) -> Iterable[Hit]:
        published = facts.article.published
        if published is None:
            return
        for item in dated:
            mention = item.mention
            if mention.first is None or mention.first.year is None or mention.first.day is None:
                continue
            span = mention.span(ANY_YEAR)
            if span is None or span[0] <= published:
                continue
            caption = item.block.kind is BlockKind.CAPTION
            lead = item.block.text[max(item.sentence.start, mention.start - _PAST_WINDOW) : mention.start]
            told_as_past = _PAST.search(lead) and _INTRODUCED.search(lead)
            if not caption and (FUTURE.search(item.sentence.text) or not told_as_past):
                continue
            start, end = item.source()
            yield self.hit(start, end, mention.text, date=mention.text, published=spoken(published))


class RelativeDateCheck(DatesCheck):
    """A weekday or relative word ("on Tuesday", "yesterday") that, counted from the publication
    date, falls outside the explicit date the article gives the same event."""

    def check_dates(self, facts: ArticleFacts, dated: list[Dated]) -> Iterable[Hit]:
        article, published, kinds = facts.article, facts.article.published, event_kinds_of(self.context)
        if published is None:
            return
        body = [d for d in dated if d.block.kind is not BlockKind.CAPTION]
        explicit = [d for d in body if d.mention.first is not None and d.mention.first.day is not None]
        explicit = [d for d in explicit if past_event(d) or (not past_event(d) and FUTURE.search(d.sentence.text))]
        by_event: dict[str, list[int]] = {}  # event word → positions in explicit: no pass over all of them per date
        for index, date in enumerate(explicit):
            for word in kinds.kinds(date.sentence.words):
                by_event.setdefault(word, []).append(index)
        for item in body:
            meant = _resolve(item, published)
            if meant is None:
                continue
            words, names = kinds.kinds(item.sentence.words), item.sentence.names
            future = bool(FUTURE.search(item.sentence.text))
            sharing = sorted({index for word in words for index in by_event.get(word, ())})
            others = [
                d
                for d in (explicit[index] for index in sharing)
                if d.sentence is not item.sentence
                and kinds.kinds(d.sentence.words) & words
                and (d.sentence.names & names or not (d.sentence.names and names))
                and bool(FUTURE.search(d.sentence.text)) == future
                and not NOT_AN_EVENT.search(d.block.text[max(0, d.mention.start - 12) : d.mention.start])
            ]
            if not others or any(_span_contains(d.mention, meant) for d in others):
                continue
            other = others[0]
            line = article.lines.position(other.source()[0])[0]
            start, end = item.source()
            yield self.hit(start, end, item.mention.text, date=spoken(meant), other=other.mention.text,
                            other_line=line, published=spoken(published))  # fmt: skip


def _span_contains(mention: DateMention, day: dt.date) -> bool:
    span = mention.span(day.year)
    return span is None or span[0] <= day <= span[1]


def _resolve(item: Dated, published: dt.date) -> dt.date | None:
    """The day a weekday or relative word stands for, counted from the publication date."""
    mention = item.mention
    if mention.relative is not None:
        offset = RELATIVE_DAYS.get(mention.relative)
        return None if offset is None else published + dt.timedelta(days=offset)
    if mention.form != "weekday" or mention.weekday is None:
        return None
    before = item.block.text[max(0, mention.start - 6) : mention.start].lower()
    if "next" in before or FUTURE.search(item.sentence.text):
        ahead = (mention.weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - mention.weekday) % 7
    return published - dt.timedelta(days=back)
