"""What every date rule reads: the dates of the article's blocks, each in its sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar, NamedTuple

from presslint.article.facts import ArticleFacts
from presslint.article.model import Block, BlockKind
from presslint.article.segments import Segment
from presslint.checks.base import PROSE, Check
from presslint.dates.events import Sentence, sentences
from presslint.dates.reader import WEEKDAY_NAMES, DateMention, read_date_mentions, with_years
from presslint.finding import Hit
from presslint.rule.options import Option, one_of
from presslint.text.patterns import compiled

REPORTS = (
    "caption-vs-body",
    "weekday",
    "impossible",
    "after-publication",
    "relative",
    "range-dashes",
    "day-month-order",
)
NOT_AN_EVENT = compiled(r"(?i)\b(?:since|until|till|through|before|after|by)\s+(?:the\s+)?(?:mid-?)?$")
FUTURE = compiled(
    r"(?i)\b(?:is|are|was|were)\s+(?:to\s+be\b|set\s+to|scheduled|expected|due|planned|going\s+to)|"
    r"\b(?:will|shall|'ll|plans?|planned|upcoming|scheduled|next)\b"
)
ANY_YEAR = 2000  # a leap year, for comparing dates that give no year


class Dated(NamedTuple):
    """A date mention in one sentence of one block, positioned for messages."""

    block: Block
    sentence: Sentence
    mention: DateMention

    def source(self) -> tuple[int, int]:
        return self.block.source_span(self.mention.start, self.mention.end)


class DatesCheck(Check):
    """What the date rules share: their option, placeholders and defaults, and the article's dates."""

    kind = "dates"
    options = (Option("report", one_of(*REPORTS), required=True),)
    placeholders = frozenset({"match", "suggestion", "date", "other", "other_line", "published", "names"})
    default_message = "{match}"
    default_level = "error"
    default_scope = (*PROSE, BlockKind.DATELINE)
    default_quotes = "check"
    fixes: ClassVar[bool] = False  # whether a single suggestion is applied by --fix

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        return self.check_dates(facts, list(facts.derived(dated_in, (tuple(segments), facts.article.published))))

    def check_dates(self, facts: ArticleFacts, dated: list[Dated]) -> Iterable[Hit]:
        raise NotImplementedError

    def hit(self, start: int, end: int, match: str, suggestions: tuple[str, ...] = (), **values: object) -> Hit:
        fields: dict[str, object] = {"match": match, "suggestion": suggestions[0] if suggestions else "", "date": "",
                                     "other": "", "other_line": "", "published": "", "names": ""}  # fmt: skip
        fields.update(values)
        fix = suggestions[0] if len(suggestions) == 1 and self.fixes else None
        return Hit(start, end, self.rule.render(**fields), suggestions, fix)


def _blocks_in(segments: Sequence[Segment]) -> list[Block]:
    blocks: list[Block] = []
    for segment in segments:
        if not blocks or blocks[-1] is not segment.block:
            blocks.append(segment.block)
    return blocks


def dated_in(facts: ArticleFacts, scope: tuple[tuple[Segment, ...], dt.date | None]) -> tuple[Dated, ...]:
    """The dates of the blocks of these segments: read once for the seven date rules of an article."""
    segments, published = scope
    return tuple(_dated(facts, _blocks_in(segments), published))


def _dated(facts: ArticleFacts, blocks: list[Block], published: dt.date | None) -> Iterator[Dated]:
    for block in blocks:
        mentions = with_years(list(facts.fact(read_date_mentions, block.text)), published)
        if not mentions:
            continue
        block_sentences = facts.fact(sentences, block.text)
        for mention in mentions:
            sentence = next((s for s in block_sentences if s.start <= mention.start < s.end), block_sentences[-1])
            yield Dated(block, sentence, mention)


def past_event(date: Dated) -> bool:
    """A date of something that happened: not "since"/"until" a state, not a plan ("will launch on")."""
    before = date.block.text[max(0, date.mention.start - 12) : date.mention.start]
    return not NOT_AN_EVENT.search(before) and not FUTURE.search(date.sentence.text)


def spoken(day: dt.date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()]}, {day:%B} {day.day}, {day.year}"
