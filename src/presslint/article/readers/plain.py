"""Read a plain-text article: paragraphs separated by blank lines.

The first short paragraph is the headline, a paragraph that is only a date near the top
is the dateline, a paragraph that ends with a photo credit is a caption (the credit
itself is boilerplate), a short unpunctuated line is a subhead, and plugs near the end
are boilerplate.
"""

from __future__ import annotations

from collections.abc import Iterator

from presslint.article.model import Block, BlockKind
from presslint.article.readers.captions import find_credit, split_caption
from presslint.article.readers.dateline import parse_dateline
from presslint.article.readers.settings import ReadSettings
from presslint.text.patterns import compiled

# A run of lines up to a blank one; [^\n]++ takes a line at a time (twenty times faster than a character).
_PARAGRAPH = compiled(r"\S(?:[^\n]++|\n(?![ \t\f\v\u00a0\u2000-\u200a]*(?:\r?\n|\r|$)))*")
_BYLINE = compiled(r"^By\s+\p{Lu}[\p{L}.'’ -]{1,60}$")
_SENTENCE_END = tuple('.!?:;,"”’)…')
_HEADLINE_MAX_WORDS = 30
_SUBHEAD_MAX_WORDS = 12


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph of ``text[start:end]``, trailing spaces left out."""
    for found in _PARAGRAPH.finditer(text, start, len(text) if end is None else end):
        body = found.group()
        yield found.start(), found.start() + len(body.rstrip())


def _is_subhead(text: str) -> bool:
    return (
        "\n" not in text
        and len(text.split()) <= _SUBHEAD_MAX_WORDS
        and not text.endswith(_SENTENCE_END)
        and text[:1].isupper()
    )


def read_plain(text: str, settings: ReadSettings, start: int = 0) -> list[Block]:
    """Split ``text`` (from ``start``) into kinded blocks."""
    spans = list(paragraph_spans(text, start))
    blocks: list[Block] = []
    for number, (begin, end) in enumerate(spans):
        body = text[begin:end]
        near_end = number >= len(spans) - 3
        if number <= 3 and parse_dateline(body) is not None:
            blocks.append(Block(BlockKind.DATELINE, begin, end, body))
        elif number == 0 and "\n" not in body.strip() and len(body.split()) <= _HEADLINE_MAX_WORDS:
            blocks.append(Block(BlockKind.HEADLINE, begin, end, body))
        elif number <= 3 and _BYLINE.match(body):
            blocks.append(Block(BlockKind.BYLINE, begin, end, body))
        elif credit := find_credit(body, settings):
            blocks.extend(split_caption(Block(BlockKind.CAPTION, begin, end, body), credit))
        elif near_end and number > 0 and any(p.search(body) for p in settings.boilerplate_patterns):
            blocks.append(Block(BlockKind.BOILERPLATE, begin, end, body))
        elif number > 0 and _is_subhead(body):
            blocks.append(Block(BlockKind.SUBHEAD, begin, end, body))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, begin, end, body))
    return blocks
