"""Shared finishing steps for every reader: quotations as blocks of their own."""

from __future__ import annotations

from collections.abc import Sequence

from presslint.article.model import Block, BlockKind
from presslint.article.readers.quotes import find_quotes

_QUOTED_KINDS = (BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.HEADLINE, BlockKind.SUBHEAD)


def add_quote_blocks(blocks: Sequence[Block]) -> list[Block]:
    """The blocks followed by one QUOTE block per direct quotation inside them."""
    result = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind not in _QUOTED_KINDS:
            continue
        for start, end in find_quotes(block.text):
            source_start, source_end = block.source_span(start, end)
            offsets = None if block.offsets is None else block.offsets[start:end]
            result.append(
                Block(BlockKind.QUOTE, source_start, source_end, block.text[start:end], offsets, parent=index)
            )
    return result
