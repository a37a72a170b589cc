"""What each block of an article is: one pass, the same for every format.

A reader gives raw blocks, in order, with their offsets. A block whose kind the markup
states (a heading, a figure caption or an image's text, a block quotation, a list item or
a table cell) keeps it. Every other block — each paragraph of a plain-text file, each
``<p>`` of an HTML file, each paragraph of a Markdown file — is classified here by its
text and its place, so the same article reads the same as ``.txt``, ``.md`` or ``.html``:

- a date alone among the first four blocks is the dateline ("Friday, July 21, 2017");
- the first block, one line of at most thirty words, is the headline, unless the markup
  gives the article one;
- "By Name" among the first four blocks is the byline;
- a block that ends with a photo credit is a caption, and the credit itself boilerplate;
- a newsletter plug or sign-off among the last three blocks is boilerplate;
- a short unpunctuated line after the first block is a subhead;
- the rest are paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from presslint.article.model import Block, BlockKind
from presslint.article.readers.captions import find_credit, split_caption
from presslint.article.readers.dateline import parse_dateline
from presslint.article.readers.settings import ReadSettings
from presslint.text.patterns import compiled

_BYLINE = compiled(r"^By\s+\p{Lu}[\p{L}.'’ -]{1,60}$")
_SENTENCE_END = tuple('.!?:;,"”’)…')
_HEADLINE_MAX_WORDS = 30
_SUBHEAD_MAX_WORDS = 12
_TOP_BLOCKS = 4  # a dateline or byline stands among the first four blocks
_LAST_BLOCKS = 3  # boilerplate stands among the last three


class RawBlock(NamedTuple):
    """A block as a reader found it, and whether the markup states its kind."""

    block: Block
    stated: bool = False


def classify(raw: Sequence[RawBlock], settings: ReadSettings, headline_given: bool = False) -> list[Block]:
    """The blocks of ``raw`` with their kinds decided (a caption's credit becomes a block of its own).

    ``headline_given``: the article's headline stands elsewhere (its front matter's title).
    """
    headline_given = headline_given or any(item.stated and item.block.kind is BlockKind.HEADLINE for item in raw)
    blocks: list[Block] = []
    for number, (block, stated) in enumerate(raw):
        if block.kind is BlockKind.CAPTION:
            blocks.extend(split_caption(block, find_credit(block.text, settings)))
        elif stated or block.kind is not BlockKind.PARAGRAPH:
            blocks.append(block)
        else:
            near_end = number >= len(raw) - _LAST_BLOCKS
            blocks.extend(_unstated(block, number, near_end, headline_given, settings))
    return blocks


def _unstated(block: Block, number: int, near_end: bool, headline_given: bool, settings: ReadSettings) -> list[Block]:
    text = block.text
    if number < _TOP_BLOCKS and parse_dateline(text) is not None:
        return [block._replace(kind=BlockKind.DATELINE)]
    if number == 0 and not headline_given and "\n" not in text.strip() and len(text.split()) <= _HEADLINE_MAX_WORDS:
        return [block._replace(kind=BlockKind.HEADLINE)]
    if number < _TOP_BLOCKS and _BYLINE.match(text):
        return [block._replace(kind=BlockKind.BYLINE)]
    if credit := find_credit(text, settings):
        return split_caption(block._replace(kind=BlockKind.CAPTION), credit)
    if near_end and number > 0 and any(pattern.search(text) for pattern in settings.boilerplate_patterns):
        return [block._replace(kind=BlockKind.BOILERPLATE)]
    if number > 0 and _is_subhead(text):
        return [block._replace(kind=BlockKind.SUBHEAD)]
    return [block]


def _is_subhead(text: str) -> bool:
    return (
        "\n" not in text
        and len(text.split()) <= _SUBHEAD_MAX_WORDS
        and not text.endswith(_SENTENCE_END)
        and text[:1].isupper()
    )
