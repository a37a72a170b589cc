"""The article model: the source text split into kinded blocks with exact offsets."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from presslint.article.positions import LineIndex
from presslint.finding import FileResult


class BlockKind(StrEnum):
    HEADLINE = "headline"
    DATELINE = "dateline"
    BYLINE = "byline"
    PARAGRAPH = "paragraph"
    SUBHEAD = "subhead"
    CAPTION = "caption"
    QUOTE = "quote"
    BOILERPLATE = "boilerplate"
    FRONT_MATTER = "front-matter"


BLOCK_KIND_NAMES = tuple(kind.value for kind in BlockKind)


class Block(NamedTuple):
    """A run of prose of one kind.

    ``text`` is what rules read. For plain text it is exactly ``source[start:end]``; for
    Markdown and HTML, markup is left out and ``offsets[i]`` is the source offset of
    ``text[i]``.
    """

    kind: BlockKind
    start: int
    end: int
    text: str
    offsets: tuple[int, ...] | None = None
    parent: int | None = None  # index of the enclosing block, for quotes

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of ``text[start:end]``."""
        if self.offsets is None:
            return self.start + start, self.start + end
        if end <= start:
            at = self.offsets[start] if start < len(self.offsets) else self.end
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1

    def text_index(self, source_offset: int) -> int:
        """Index in ``text`` of the first character at or after ``source_offset``."""
        if self.offsets is None:
            return source_offset - self.start
        return bisect_left(self.offsets, source_offset)  # offsets never decrease: a binary search

    def written_as_read(self, source_start: int, source_end: int) -> bool:
        """Whether the source between the offsets is exactly the text rules read: no markup, no reference."""
        if self.offsets is None:
            return True
        first = bisect_left(self.offsets, source_start)
        count = bisect_left(self.offsets, source_end) - first
        return count == source_end - source_start and (count == 0 or self.offsets[first] == source_start)


class Article:
    """One article: its source, its blocks and what its metadata says."""

    def __init__(
        self,
        path: str,
        source: str,
        blocks: Sequence[Block],
        published: dt.date | None = None,
        metadata: dict[str, object] | None = None,
        problems: list[tuple[int, str]] | None = None,
        language: str = "en",
    ) -> None:
        self.path = path
        self.source = source
        self.blocks = blocks
        self.published = published
        self.metadata = {} if metadata is None else metadata
        self.problems = [] if problems is None else problems  # (offset, message) from the reader
        self.language = language  # en, en-GB or en-US: the spelling variety that is right

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    def written_as_read(self, start: int, end: int) -> bool:
        """Whether ``source[start:end]`` is, character for character, text some block reads.

        A fix may replace only such a span: one that holds a tag, a comment or a character
        reference would change the markup or write an unescaped character into it.
        """
        for block in self.blocks:
            if block.parent is None and block.start <= start and end <= block.end:
                return block.written_as_read(start, end)
        return start == end


class ResultWithArticle(FileResult):
    """A file's result that keeps its article to be shown (the review page): the source and top-level blocks."""

    def __init__(self, result: FileResult, article: Article) -> None:
        super().__init__(result.path, result.findings, result.error, result.skipped)
        shown = [block for block in article.blocks if block.parent is None]  # quotations lie inside these
        self.article = Article(article.path, article.source, shown)
