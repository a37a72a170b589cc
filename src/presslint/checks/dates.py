"""``dates``: dates checked against each other and against the publication date.

Options:
  report   what the rule reports:
           ``caption-vs-body``: a caption dates an occasion that the body dates differently.
             A caption is about a dated body sentence's occasion when both name the same
             person and place, or share a name and a related kind of event (the
             ``data: events`` files: a press conference is part of a visit); a body sentence
             without a date takes the date of the body sentence of the same kind ("the
             forum" → "the Astana International Forum on June 8-9"). Within the body's
             dates, or a day from a one-day event, is fine; a fortnight away is another
             occasion. The message names who and where, both dates and the body's line.
           ``weekday``: "Tuesday, June 7, 2022" when June 7, 2022 was not a Tuesday.
           ``impossible``: June 31, February 30, February 29 in a common year.
           ``after-publication``: an event told in the past tense, or a photo, dated after
             the publication date.
           ``relative``: "on Tuesday"/"yesterday" that, counted from the publication date,
             falls outside the explicit date the article gives the same event.
           ``range-dashes``: date ranges written with more than one dash ("June 8-9" and
             "June 8–9"); the article's usual dash is kept.
           ``day-month-order``: "June 8" and "8 June" in one article.

Checks that need a year or the publication date say nothing without them. Dates after
"since" and "until" mark the start or end of a state, not an event, and plans ("will
launch on April 29") are not what a photo shows: neither is compared with a caption.

Message placeholders: {match}, {suggestion}, {date} (the date as read), {other} (the
other date), {other_line}, {published}.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from presslint.article.model import Article, Block, BlockKind
from presslint.article.segments import Segment
from presslint.checks.base import PROSE, Check
from presslint.dates.event_kinds import EventKinds, event_kinds_of
from presslint.dates.events import Sentence, sentences
from presslint.dates.reader import RELATIVE_DAYS, WEEKDAY_NAMES, DateMention, read_dates, with_years
from presslint.finding import Hit
from presslint.lexicon.dictionary import Dictionary
from presslint.names.shared import dictionary_of
from presslint.rule.options import Option, one_of
from presslint.text.memo import per_article
from presslint.text.patterns import compiled

_NOT_AN_EVENT = compiled(r"(?i)\b(?:since|until|till|through|before|after|by)\s+(?:the\s+)?(?:mid-?)?$")
_FUTURE = compiled(
    r"(?i)\b(?:is|are|was|were)\s+(?:to\s+be\b|set\s+to|scheduled|expected|due|planned|going\s+to)|"
    r"\b(?:will|shall|'ll|plans?|planned|upcoming|scheduled|next)\b"
)
_PAST = compiled(r"(?i)\b(?:was|were|had|did|said|met|went|took|came|held|won|lost|made|told|gave|left|\w{3,}ed)\b")
_INTRODUCED = compiled(r"(?i)\b(?:on|in|at|from|during|between)\s+(?:the\s+)?$")  # "was held on <date>"
_PAST_WINDOW = 60  # a past-tense verb this close before a date makes the date an event that happened
_ANY_YEAR = 2000  # a leap year, for comparing dates that give no year
_NEARBY_DAYS = 14


class _Dated(NamedTuple):
    """A date mention in one sentence of one block, positioned for messages."""

    block: Block
    sentence: Sentence
    mention: DateMention

    def source(self) -> tuple[int, int]:
        return self.block.source_span(self.mention.start, self.mention.end)


class DatesCheck(Check):
    kind = "dates"
    options = (
        Option(
            "report",
            one_of(
                "caption-vs-body",
                "weekday",
                "impossible",
                "after-publication",
                "relative",
                "range-dashes",
                "day-month-order",
            ),
            required=True,
        ),
    )
    placeholders = frozenset({"match", "suggestion", "date", "other", "other_line", "published", "names"})
    default_message = "{match}"
    default_level = "error"
    default_scope = (*PROSE, BlockKind.DATELINE)
    default_quotes = "check"

    def run(self, article: Article, segments: Sequence[Segment]) -> Iterable[Hit]:
        dated = list(_dated_in((tuple(segments), article.published)))
        if self.report == "caption-vs-body":
            yield from self._caption_vs_body(article, dated, event_kinds_of(self.context))
        elif self.report == "weekday":
            yield from self._weekdays(dated)
        elif self.report == "impossible":
            yield from self._impossible(dated)
        elif self.report == "after-publication" and article.published is not None:
            yield from self._after_publication(dated, article.published)
        elif self.report == "relative" and article.published is not None:
            yield from self._relative(article, dated, article.published, event_kinds_of(self.context))
        elif self.report == "range-dashes":
            yield from self._one_style(article, dated, lambda m: m.dash if m.dash in ("-", "–", "—") else None)
        elif self.report == "day-month-order":
            orders = {"month-first": "June 8", "cross": "June 8", "day-first": "8 June"}
            yield from self._one_style(
                article, dated, lambda m: orders.get(m.form) if m.first and m.first.day else None
            )

    def _hit(self, start: int, end: int, match: str, suggestions: tuple[str, ...] = (), **values: object) -> Hit:
        fields: dict[str, object] = {"match": match, "suggestion": suggestions[0] if suggestions else "", "date": "",
                                     "other": "", "other_line": "", "published": "", "names": ""}  # fmt: skip
        fields.update(values)
        fix = suggestions[0] if len(suggestions) == 1 and self.report == "weekday" else None
        return Hit(start, end, self.rule.render(**fields), suggestions, fix)

    def _caption_vs_body(self, article: Article, dated: list[_Dated], kinds: EventKinds) -> Iterator[Hit]:
        captions = [d for d in dated if d.block.kind is BlockKind.CAPTION and d.mention.first is not None]
        if not captions:
            return  # the usual article: no dated caption, and no need to read the body's events
        body = [d for d in dated if d.block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADLINE, BlockKind.SUBHEAD)]
        events = _body_events(body, _body_sentences(article), kinds)
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
            yield self._hit(start, end, caption.mention.text, date=caption.mention.text, other=other.mention.text,
                            other_line=line, names=" and ".join(sorted(shared)))  # fmt: skip

    def _weekdays(self, dated: list[_Dated]) -> Iterator[Hit]:
        for item in dated:
            mention = item.mention
            if mention.weekday is None or mention.first is None or mention.first.year is None:
                continue
            if mention.first.day is None or not mention.first.valid() or mention.weekday_span is None:
                continue
            actual = mention.first.first(_ANY_YEAR).weekday()
            if actual != mention.weekday:
                start, end = item.block.source_span(*mention.weekday_span)
                stated = item.block.text[mention.weekday_span[0] : mention.weekday_span[1]]
                date_text = mention.text[mention.weekday_span[1] - mention.start :].lstrip(", ")
                yield self._hit(start, end, stated, (WEEKDAY_NAMES[actual],), date=date_text)

    def _impossible(self, dated: list[_Dated]) -> Iterator[Hit]:
        for item in dated:
            mention = item.mention
            if mention.first is None or mention.last is None:
                continue
            if not (mention.first.valid() and mention.last.valid()):
                start, end = item.source()
                yield self._hit(start, end, mention.text, date=mention.text)

    def _after_publication(self, dated: list[_Dated], published: dt.date) -> Iterator[Hit]:
        for item in dated:
            mention = item.mention
            if mention.first is None or mention.first.year is None or mention.first.day is None:
                continue
            span = mention.span(_ANY_YEAR)
            if span is None or span[0] <= published:
                continue
            caption = item.block.kind is BlockKind.CAPTION
            lead = item.block.text[max(item.sentence.start, mention.start - _PAST_WINDOW) : mention.start]
            told_as_past = _PAST.search(lead) and _INTRODUCED.search(lead)
            if not caption and (_FUTURE.search(item.sentence.text) or not told_as_past):
                continue
            start, end = item.source()
            yield self._hit(start, end, mention.text, date=mention.text, published=_spoken(published))

    def _relative(self, article: Article, dated: list[_Dated], published: dt.date, kinds: EventKinds) -> Iterator[Hit]:
        body = [d for d in dated if d.block.kind is not BlockKind.CAPTION]
        explicit = [d for d in body if d.mention.first is not None and d.mention.first.day is not None]
        explicit = [d for d in explicit if _past_event(d) or (not _past_event(d) and _FUTURE.search(d.sentence.text))]
        by_event: dict[str, list[int]] = {}  # event word → positions in explicit: no pass over all of them per date
        for index, date in enumerate(explicit):
            for word in kinds.kinds(date.sentence.words):
                by_event.setdefault(word, []).append(index)
        for item in body:
            meant = _resolve(item, published)
            if meant is None:
                continue
            words, names = kinds.kinds(item.sentence.words), item.sentence.names
            future = bool(_FUTURE.search(item.sentence.text))
            sharing = sorted({index for word in words for index in by_event.get(word, ())})
            others = [
                d
                for d in (explicit[index] for index in sharing)
                if d.sentence is not item.sentence
                and kinds.kinds(d.sentence.words) & words
                and (d.sentence.names & names or not (d.sentence.names and names))
                and bool(_FUTURE.search(d.sentence.text)) == future
                and not _NOT_AN_EVENT.search(d.block.text[max(0, d.mention.start - 12) : d.mention.start])
            ]
            if not others or any(_span_contains(d.mention, meant) for d in others):
                continue
            other = others[0]
            line = article.lines.position(other.source()[0])[0]
            start, end = item.source()
            yield self._hit(start, end, item.mention.text, date=_spoken(meant), other=other.mention.text,
                            other_line=line, published=_spoken(published))  # fmt: skip

    def _one_style(
        self, article: Article, dated: list[_Dated], style_of: Callable[[DateMention], str | None]
    ) -> Iterator[Hit]:
        """Dates written in a style other than the article's usual one (its first, on a tie)."""
        styled = [(item, style) for item in dated if (style := style_of(item.mention)) is not None]
        counts = Counter(style for _, style in styled)
        if len(counts) < 2:
            return
        usual = max(
            counts, key=lambda style: (counts[style], -next(i for i, (_, s) in enumerate(styled) if s == style))
        )
        first_usual = next(item for item, style in styled if style == usual)
        line = article.lines.position(first_usual.source()[0])[0]
        for item, style in styled:
            if style != usual:
                start, end = item.source()
                yield self._hit(start, end, item.mention.text, (), other=first_usual.mention.text, other_line=line,
                                date=usual)  # fmt: skip


def _blocks_in(segments: Sequence[Segment]) -> list[Block]:
    blocks: list[Block] = []
    for segment in segments:
        if not blocks or blocks[-1] is not segment.block:
            blocks.append(segment.block)
    return blocks


@per_article
def _dated_in(scope: tuple[tuple[Segment, ...], dt.date | None]) -> tuple[_Dated, ...]:
    """The dates of the blocks of these segments: read once for the seven date rules of an article."""
    segments, published = scope
    return tuple(_dated(_blocks_in(segments), published))


def _dated(blocks: list[Block], published: dt.date | None) -> Iterator[_Dated]:
    for block in blocks:
        mentions = with_years(read_dates(block.text), published)
        if not mentions:
            continue
        block_sentences = sentences(block.text)
        for mention in mentions:
            sentence = next((s for s in block_sentences if s.start <= mention.start < s.end), block_sentences[-1])
            yield _Dated(block, sentence, mention)


def _body_sentences(article: Article) -> list[tuple[Block, Sentence]]:
    kinds = (BlockKind.PARAGRAPH, BlockKind.HEADLINE, BlockKind.SUBHEAD)
    return [(b, s) for b in article.blocks if b.kind in kinds and b.parent is None for s in sentences(b.text)]


class _Event(NamedTuple):
    """A body sentence about something that happened: its kinds of event, its dates, and the
    names and places of the sentence and of the sentences its dates come from."""

    sentence: Sentence
    kinds: frozenset[str]
    dates: list[_Dated]
    names: frozenset[str]
    places: frozenset[str]


def _body_events(body: list[_Dated], body_sentences: list[tuple[Block, Sentence]], kinds: EventKinds) -> list[_Event]:
    """Body sentences with the dates of their event: their own, or those of the dated sentences
    that name the same kind of event ("the forum" takes the date of "the forum on June 8-9")."""
    usable = [d for d in body if d.mention.first is not None and _past_event(d)]
    own: dict[tuple[int, int], list[_Dated]] = {}
    by_kind: dict[str, list[_Dated]] = {}
    for date in usable:
        own.setdefault((date.block.start, date.sentence.start), []).append(date)
        for kind in kinds.kinds(date.sentence.words):
            by_kind.setdefault(kind, []).append(date)
    events: list[_Event] = []
    shared_by_kinds: dict[frozenset[str], list[_Dated]] = {}  # sentences of the same kinds share their dates
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
    fallback = next((year for year in years if year), _ANY_YEAR)
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


def _past_event(date: _Dated) -> bool:
    """A date of something that happened: not "since"/"until" a state, not a plan ("will launch on")."""
    before = date.block.text[max(0, date.mention.start - 12) : date.mention.start]
    return not _NOT_AN_EVENT.search(before) and not _FUTURE.search(date.sentence.text)


def _span_contains(mention: DateMention, day: dt.date) -> bool:
    span = mention.span(day.year)
    return span is None or span[0] <= day <= span[1]


def _resolve(item: _Dated, published: dt.date) -> dt.date | None:
    """The day a weekday or relative word stands for, counted from the publication date."""
    mention = item.mention
    if mention.relative is not None:
        offset = RELATIVE_DAYS.get(mention.relative)
        return None if offset is None else published + dt.timedelta(days=offset)
    if mention.form != "weekday" or mention.weekday is None:
        return None
    before = item.block.text[max(0, mention.start - 6) : mention.start].lower()
    if "next" in before or _FUTURE.search(item.sentence.text):
        ahead = (mention.weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - mention.weekday) % 7
    return published - dt.timedelta(days=back)


def _spoken(day: dt.date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()]}, {day:%B} {day.day}, {day.year}"
