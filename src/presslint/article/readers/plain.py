"""Read a plain-text article: paragraphs separated by blank lines.

Plain text states no kinds: which paragraph is the headline, the dateline, a caption or a
subhead is decided by :mod:`presslint.article.readers.classify`, as for every format.
"""

from __future__ import annotations

from collections.abc import Iterator

from presslint.article.model import Block, BlockKind
from presslint.article.readers.classify import RawBlock
from presslint.text.patterns import compiled

# A run of lines up to a blank one; [^\n]++ takes a line at a time (twenty times faster than a character).
_PARAGRAPH = compiled(r"\S(?:[^\n]++|\n(?![ \t\f\v\u00a0\u2000-\u200a]*(?:\r?\n|\r|$)))*")


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph of ``text[start:end]``, trailing spaces left out."""
    for found in _PARAGRAPH.finditer(text, start, len(text) if end is None else end):
        body = found.group()
        yield found.start(), found.start() + len(body.rstrip())


def read_plain(text: str, start: int = 0) -> list[RawBlock]:
    """The paragraphs of ``text`` (from ``start``), as raw blocks."""
    return [
        RawBlock(Block(BlockKind.PARAGRAPH, begin, end, text[begin:end])) for begin, end in paragraph_spans(text, start)
    ]
