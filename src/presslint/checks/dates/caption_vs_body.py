"""``report: caption-vs-body``: a caption dates an occasion that the body dates differently."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from presslint.article.facts import ArticleFacts
from presslint.article.model import Block, BlockKind
from presslint.checks.dates.dated import ANY_YEAR, Dated, DatesCheck, past_event
from presslint.dates.event_kinds import EventKinds, event_kinds_of
from presslint.dates.events import Sentence, sentences
from presslint.dates.reader import DateMention
from presslint.finding import Hit
from presslint.lexicon.dictionary import Dictionary
from presslint.names.shared import dictionary_of

_NEARBY_DAYS = 14


class CaptionVsBodyCheck(DatesCheck):
    def check_dates(self, facts: ArticleFacts, dated: list[Dated]) -> Iterable[Hit]:
        article, kinds = facts.article, event_kinds_of(self.context)
        captions = [d for d in dated if d.block.kind is BlockKind.CAPTION and d.mention.first is not None]
        if not captions:
            return  # the usual article: no dated caption, and no need to read the body's events
        body = [d for d in dated if d.block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADLINE, BlockKind.SUBHEAD)]
        events = _body_events(body, _body_sentences(facts), kinds)
        dictionary = dictionary_of(self.context)
        for caption in captions:
            linked = [
                link for event in events if (link := _link(caption.sentence, event, kinds, dictionary)) is not None
            ]
            if any(_compatible(caption.mention, d.mention) for _, event in linked for d in event.dates):
                continue  # dated inside an occasion it is about
            near = [(shared, d) for shared, event in linked for d in event.dates if _nearby(caption.mention, d.mention)]
            if not near:
                continue  # about no occasion of the body, or about another one weeks away
            # The most specific occasion (most names in common), then the closest date.
            shared, other = max(near, key=lambda pair: (len(pair[0]), -_distance(caption.mention, pair[1].mention)))
            line = article.lines.position(other.source()[0])[0]
            start, end = caption.source()
            yield self.hit(start, end, caption.mention.text, date=caption.mention.text, other=other.mention.text,
                            other_line=line, names=" and ".join(sorted(shared)))  # fmt: skip


def _body_sentences(facts: ArticleFacts) -> list[tuple[Block, Sentence]]:
    kinds = (BlockKind.PARAGRAPH, BlockKind.HEADLINE, BlockKind.SUBHEAD)
    blocks = [block for block in facts.article.blocks if block.kind in kinds and block.parent is None]
    return [(block, sentence) for block in blocks for sentence in facts.fact(sentences, block.text)]


class _Event(NamedTuple):
    """A body sentence about something that happened: its kinds of event, its dates, and the
    names and places of the sentence and of the sentences its dates come from."""

    sentence: Sentence
    kinds: frozenset[str]
    dates: list[Dated]
    names: frozenset[str]
    places: frozenset[str]


def _body_events(body: list[Dated], body_sentences: list[tuple[Block, Sentence]], kinds: EventKinds) -> list[_Event]:
    """Body sentences with the dates of their event: their own, or those of the dated sentences
    that name the same kind of event ("the forum" takes the date of "the forum on June 8-9")."""
    usable = [d for d in body if d.mention.first is not None and past_event(d)]
    own: dict[tuple[int, int], list[Dated]] = {}
    by_kind: dict[str, list[Dated]] = {}
    for date in usable:
        own.setdefault((date.block.start, date.sentence.start), []).append(date)
        for kind in kinds.kinds(date.sentence.words):
            by_kind.setdefault(kind, []).append(date)
    events: list[_Event] = []
    shared_by_kinds: dict[frozenset[str], list[Dated]] = {}  # sentences of the same kinds share their dates
    for block, sentence in body_sentences:
        sentence_kinds = kinds.kinds(sentence.words)
        dates = own.get((block.start, sentence.start))
        if dates is None and sentence_kinds:
            dates = shared_by_kinds.get(sentence_kinds)
            if dates is None:
                found = {id(d): d for kind in sentence_kinds for d in by_kind.get(kind, ())}
                dates = shared_by_kinds[sentence_kinds] = sorted(
                    found.values(), key=lambda d: (d.block.start, d.mention.start)
                )
        if dates:
            names = sentence.names.union(*(date.sentence.names for date in dates))
            places = sentence.places.union(*(date.sentence.places for date in dates))
            events.append(_Event(sentence, sentence_kinds, dates, names, places))
    return events


def _link(
    caption: Sentence, event: _Event, kinds: EventKinds, dictionary: Dictionary
) -> tuple[frozenset[str], _Event] | None:
    """The names a caption shares with a body event, when both are about one occasion: the same
    person and the same place, whatever the verbs, or one name and related kinds of event.
    Capitalised ordinary words ("Foreign", "Natural" in a ministry's name) are not names."""
    common = caption.names & event.names
    if not common:
        return None
    shared = frozenset(name for name in common if name.lower() not in kinds.kind_of and not dictionary.ordinary(name))
    if not shared:
        return None
    places = shared & (caption.places | event.places)
    if (places and shared - places) or kinds.related(kinds.kinds(caption.words), event.kinds):
        return shared, event
    return None


def _spans(caption: DateMention, body: DateMention) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]] | None:
    """The days each mention covers, each in its own year. A caption that states no year is
    read in the year that puts it nearest the body's date ("January 7" after "December 30")."""
    years = [m.first.year if m.first is not None else None for m in (caption, body)]
    fallback = next((year for year in years if year), ANY_YEAR)
    outer = body.span(years[1] or fallback)
    if outer is None:
        return None
    if caption.year_stated or caption.first is None or caption.last is None:
        inner = caption.span(years[0] or fallback)
        return None if inner is None else (inner, outer)
    yearless = caption._replace(first=caption.first._replace(year=None), last=caption.last._replace(year=None))
    years_around = (outer[0].year - 1, outer[0].year, outer[0].year + 1)
    around = [span for year in years_around if (span := yearless.span(year))]
    if not around:
        return None
    inner = min(around, key=lambda span: max((span[0] - outer[1]).days, (outer[0] - span[1]).days, 0))
    return inner, outer


def _distance(caption: DateMention, body: DateMention) -> int:
    """Days between the two mentions' spans (0 when they meet); very many for an impossible date."""
    spans = _spans(caption, body)
    if spans is None:
        return 1 << 20
    inner, outer = spans
    return max((inner[0] - outer[1]).days, (outer[0] - inner[1]).days, 0)


def _nearby(caption: DateMention, body: DateMention) -> bool:
    """Whether a caption's date lies within a fortnight of the body's: one a month or a year
    away is another occasion of the same people, not the same one misdated."""
    return _distance(caption, body) <= _NEARBY_DAYS


def _compatible(caption: DateMention, body: DateMention) -> bool:
    """A caption whose dates meet the body's ("June 9" in "June 8-9", "June" for "June 8-9"),
    or lie within a day of a one-day event."""
    spans = _spans(caption, body)
    if spans is None:
        return True  # an impossible date is reported by its own rule
    inner, outer = spans
    slack = dt.timedelta(days=1 if outer[0] == outer[1] else 0)
    return inner[0] <= outer[1] + slack and outer[0] - slack <= inner[1]
