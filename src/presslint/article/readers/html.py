"""Read an HTML article exported from a CMS, with offsets into the HTML source.

The tokens come from :mod:`presslint.article.readers.html_tokens`, which reads markup as a
browser does and never raises; each carries its source span, so no text is searched for
afterwards. The markup states the kinds of ``<h1>`` (the headline), ``<h2>``–``<h6>``
(subheads), ``<figcaption>`` (captions), ``<blockquote>`` (quotes), and ``<li>``, ``<td>``,
``<th>`` (paragraphs); a ``<p>`` is classified as a plain-text paragraph is
(:mod:`presslint.article.readers.classify`). Scripts, styles and code are never read.
"""

from __future__ import annotations

from collections import Counter

from presslint.article.model import Block, BlockKind
from presslint.article.readers.classify import RawBlock
from presslint.article.readers.html_tokens import TokenKind, html_tokens

_BLOCK_TAGS = {
    "h1": BlockKind.HEADLINE,
    "h2": BlockKind.SUBHEAD,
    "h3": BlockKind.SUBHEAD,
    "h4": BlockKind.SUBHEAD,
    "h5": BlockKind.SUBHEAD,
    "h6": BlockKind.SUBHEAD,
    "p": BlockKind.PARAGRAPH,
    "li": BlockKind.PARAGRAPH,
    "td": BlockKind.PARAGRAPH,
    "th": BlockKind.PARAGRAPH,
    "figcaption": BlockKind.CAPTION,
    "blockquote": BlockKind.QUOTE,
}
_SKIPPED = {"script", "style", "code", "pre", "noscript", "template", "svg", "math", "title"}
_ENCLOSING = (BlockKind.QUOTE, BlockKind.CAPTION)  # a <p> inside these keeps their kind
_UNSTATED = "p"  # the one block tag that leaves the block's kind to its text


class _BlockBuilder:
    """Blocks from the token stream: a block tag opens a block, its end tag (or the next block tag) closes it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[tuple[str, BlockKind, bool]] = []  # tag, kind, whether the markup states the kind
        self.open_tags: Counter[str] = Counter()  # names on the stack, for end tags that close nothing
        self.skipping: list[str] = []
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.blocks: list[RawBlock] = []
        self.seen_h1 = False

    def start_tag(self, tag: str, start: int) -> None:
        if tag in _SKIPPED:
            self.skipping.append(tag)
        elif tag in _BLOCK_TAGS and not self.skipping:
            self.flush()
            kind, stated = _BLOCK_TAGS[tag], tag != _UNSTATED
            if self.stack and self.stack[-1][1] in _ENCLOSING:
                kind, stated = self.stack[-1][1], True
            self.stack.append((tag, kind, stated))
            self.open_tags[tag] += 1
        elif tag == "br":
            self.add("\n", start)

    def end_tag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif self.open_tags[tag]:
            self.flush()
            while self.stack:
                closed = self.stack.pop()[0]
                self.open_tags[closed] -= 1
                if closed == tag:
                    break

    def text_between(self, start: int, end: int) -> None:
        if self.skipping or not self.stack:
            return
        self.chars.extend(self.text[start:end])
        self.offsets.extend(range(start, end))

    def add(self, chars: str, offset: int) -> None:
        if self.skipping or not self.stack:
            return
        self.chars.extend(chars)
        self.offsets.extend([offset] * len(chars))

    def flush(self) -> None:
        if not self.stack:
            self.chars, self.offsets = [], []
            return
        _, kind, stated = self.stack[-1]
        first, last = 0, len(self.chars)
        while first < last and self.chars[first].isspace():
            first += 1
        while last > first and self.chars[last - 1].isspace():
            last -= 1
        if first < last:
            if kind is BlockKind.HEADLINE:
                kind = BlockKind.SUBHEAD if self.seen_h1 else kind
                self.seen_h1 = True
            offsets = tuple(self.offsets[first:last])
            text = "".join(self.chars[first:last])
            self.blocks.append(RawBlock(Block(kind, offsets[0], offsets[-1] + 1, text, offsets), stated))
        self.chars, self.offsets = [], []


def read_html(text: str) -> list[RawBlock]:
    """Raw blocks of an HTML document; any markup is read, as browsers read it."""
    builder = _BlockBuilder(text)
    for token in html_tokens(text):
        if token.kind is TokenKind.TEXT:
            builder.text_between(token.start, token.end)
        elif token.kind is TokenKind.REFERENCE:
            builder.add(token.value, token.start)
        elif token.kind is TokenKind.START:
            builder.start_tag(token.value, token.start)
        else:
            builder.end_tag(token.value)
    builder.flush()
    return builder.blocks
