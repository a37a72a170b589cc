"""One article as the checks read it, and what they work out about it: made by the engine, one per article."""

from __future__ import annotations

from presslint.article.model import Article, BlockKind
from presslint.article.segments import Segment, every_segment, segments_in
from presslint.text.memo import TextFacts


class ArticleFacts(TextFacts):
    """The article, its segments and the facts about its texts, shared by every check of the article.

    The engine makes one for each article and passes it to every check: the article is cut
    into segments once, and each fact about a text is worked out once, by the first check
    that asks. It is dropped with the article.
    """

    __slots__ = ("_every_segment", "_segments", "article")

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self._every_segment: list[tuple[frozenset[BlockKind], Segment]] | None = None
        self._segments: dict[frozenset[BlockKind], list[Segment]] = {}

    def segments(self, scope: frozenset[BlockKind]) -> list[Segment]:
        """The text of the blocks in ``scope``, cut at quotation boundaries.

        Every scope takes its segments from the same cut, so rules of different scopes share
        the segment texts and what is worked out about them.
        """
        found = self._segments.get(scope)
        if found is None:
            if self._every_segment is None:
                self._every_segment = every_segment(self.article)
            found = self._segments[scope] = segments_in(self._every_segment, scope)
        return found
