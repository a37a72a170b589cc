"""Read an HTML article exported from a CMS, with offsets into the HTML source.

The standard library's tolerant HTMLParser reports where each piece of text starts, so
no text is searched for afterwards. ``<h1>`` is the headline, ``<h2>``–``<h6>`` subheads,
``<p>`` and ``<li>`` paragraphs, ``<figcaption>`` captions, ``<blockquote>`` quotes;
scripts, styles and code are never read.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from presslint.article import Block, BlockKind
from presslint.readers.captions import find_credit, split_caption
from presslint.readers.settings import ReadSettings

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


class _ArticleParser(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        # HTMLParser counts lines at "\n" only; a lone "\r" is no line break to it.
        self.line_starts = [0, *(index + 1 for index, char in enumerate(text) if char == "\n")]
        self.stack: list[tuple[str, BlockKind]] = []
        self.skipping: list[str] = []
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.blocks: list[Block] = []
        self.seen_h1 = False

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping.append(tag)
        elif tag in _BLOCK_TAGS and not self.skipping:
            self._flush()
            kind = _BLOCK_TAGS[tag]
            if self.stack and self.stack[-1][1] in _ENCLOSING:
                kind = self.stack[-1][1]
            self.stack.append((tag, kind))
        elif tag == "br":
            self._add("\n", self._offset())

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif any(open_tag == tag for open_tag, _ in self.stack):
            self._flush()
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data: str) -> None:
        start = self._offset()
        for index, char in enumerate(data):
            self._add(char, start + index)

    def handle_entityref(self, name: str) -> None:
        self._add(unescape(f"&{name};"), self._offset())

    def handle_charref(self, name: str) -> None:
        self._add(unescape(f"&#{name};"), self._offset())

    def _add(self, chars: str, offset: int) -> None:
        if self.skipping or not self.stack:
            return
        for char in chars:
            self.chars.append(char)
            self.offsets.append(offset)

    def _flush(self) -> None:
        if not self.stack:
            self.chars, self.offsets = [], []
            return
        kind = self.stack[-1][1]
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
            self.blocks.append(Block(kind, offsets[0], offsets[-1] + 1, text, offsets))
        self.chars, self.offsets = [], []


def read_html(text: str, settings: ReadSettings) -> list[Block]:
    """Blocks of an HTML document; unclosed tags and soup are tolerated."""
    parser = _ArticleParser(text)
    parser.feed(text)
    parser.close()
    parser._flush()
    blocks: list[Block] = []
    for block in parser.blocks:
        if block.kind is BlockKind.CAPTION:
            blocks.extend(split_caption(block, find_credit(block.text, settings)))
        elif block.kind is BlockKind.PARAGRAPH and any(p.search(block.text) for p in settings.boilerplate_patterns):
            blocks.append(block._replace(kind=BlockKind.BOILERPLATE))
        else:
            blocks.append(block)
    return blocks
