"""An article's text as the checks read it: segments wholly inside or wholly outside quotations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from presslint.article.model import Article, Block, BlockKind


class Segment:
    """A stretch of one block's text that lies wholly inside or wholly outside a quotation."""

    __slots__ = ("block", "end", "in_quote", "start", "text")

    def __init__(self, block: Block, start: int, end: int, in_quote: bool) -> None:
        self.block = block
        self.start = start
        self.end = end
        self.in_quote = in_quote
        self.text = block.text[start:end]  # every rule reads it

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of ``self.text[start:end]``."""
        return self.block.source_span(self.start + start, self.start + end)


def segments_in(every: list[tuple[frozenset[BlockKind], Segment]], scope: frozenset[BlockKind]) -> list[Segment]:
    """The segments of :func:`every_segment` that belong to ``scope``."""
    return [segment for kinds, segment in every if not kinds.isdisjoint(scope)]


_QUOTE_BLOCK_SCOPES = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE})  # a block quotation is read as prose


def every_segment(article: Article) -> list[tuple[frozenset[BlockKind], Segment]]:
    """Every segment of the article, cut at quotation boundaries, with the scopes it belongs to."""
    quotes: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for block in article.blocks:
        if block.kind is BlockKind.QUOTE and block.parent is not None:
            parent = article.blocks[block.parent]
            quotes[block.parent].append((parent.text_index(block.start), parent.text_index(block.end)))
    every: list[tuple[frozenset[BlockKind], Segment]] = []
    for index, block in enumerate(article.blocks):
        if block.parent is not None:
            continue
        if block.kind is BlockKind.QUOTE:
            every.append((_QUOTE_BLOCK_SCOPES, Segment(block, 0, len(block.text), True)))
            continue
        kinds = frozenset({block.kind})
        every.extend((kinds, segment) for segment in _split(block, quotes.get(index, [])))
    return every


def _split(block: Block, quotes: list[tuple[int, int]]) -> Iterable[Segment]:
    cursor = 0
    for start, end in sorted(quotes):
        if start > cursor:
            yield Segment(block, cursor, start, False)
        yield Segment(block, start, end, True)
        cursor = max(cursor, end)
    if cursor < len(block.text):
        yield Segment(block, cursor, len(block.text), False)
