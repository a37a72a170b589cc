"""Split a caption from the photo credit that closes it ("… Photo credit: OSCE.")."""

from __future__ import annotations

from presslint.article.model import Block, BlockKind
from presslint.article.readers.settings import ReadSettings


def find_credit(text: str, settings: ReadSettings) -> tuple[int, int] | None:
    """Where the photo credit stands in ``text``, if it has one."""
    for pattern in settings.caption_patterns:
        if found := pattern.search(text):
            return found.start(), found.end()
    return None


def _part(block: Block, kind: BlockKind, start: int, end: int) -> Block:
    source_start, source_end = block.source_span(start, end)
    offsets = None if block.offsets is None else block.offsets[start:end]
    return block._replace(kind=kind, start=source_start, end=source_end, text=block.text[start:end], offsets=offsets)


def split_caption(block: Block, credit: tuple[int, int] | None) -> list[Block]:
    """The caption block (text before the credit) and the credit as boilerplate."""
    if credit is None:
        return [block._replace(kind=BlockKind.CAPTION)]
    caption_end = len(block.text[: credit[0]].rstrip())
    parts = [_part(block, BlockKind.CAPTION, 0, caption_end)] if caption_end else []
    return [*parts, _part(block, BlockKind.BOILERPLATE, credit[0], credit[1])]
