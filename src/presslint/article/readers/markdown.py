"""Read a Markdown article with markdown-it-py, keeping exact source offsets.

markdown-it gives each block its source lines; inside a block, the text of each inline
token is aligned to the source once, here, so every character a rule reads knows its
offset. Code (fenced, indented, inline) and raw HTML are never linted. The markup states
a block's kind for headings, block quotations, list items and table cells, and captions
(an image's alt text, an emphasised line right after an image); every other paragraph is
classified as in plain text (:mod:`presslint.article.readers.classify`).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from presslint.article.model import Block, BlockKind
from presslint.article.positions import LineIndex
from presslint.article.readers.classify import RawBlock

_LINE_BREAK = re.compile(r"\r\n?|\n")
_OBJECT = "\ufffc"  # stands for inline code or an image inside running text
_PARSER = MarkdownIt("commonmark").enable("table")
_STATED_PARAGRAPHS = ("list_item_open", "th_open", "td_open")  # the markup says these are not headlines or subheads


class _Projection:
    """Prose text built from inline tokens, with each character's source offset."""

    def __init__(
        self,
        source: str,
        cursor: int,
        limit: int,
        chars: list[str] | None = None,
        offsets: list[int] | None = None,
    ) -> None:
        self.source = source
        self.cursor = cursor
        self.limit = limit
        self.chars = [] if chars is None else chars
        self.offsets = [] if offsets is None else offsets

    def align(self, content: str) -> None:
        for char in content:
            if char == "\n":  # markdown-it reads "\r\n" and a lone "\r" as "\n"
                self._align_line_break()
                continue
            at = self.source.find(char, self.cursor, self.limit)
            if at < 0:  # an entity or escape decoded to a character not in the source
                at = min(self.cursor, self.limit - 1)
            else:
                self.cursor = at + 1
            self.chars.append(char)
            self.offsets.append(at)

    def _align_line_break(self) -> None:
        found = _LINE_BREAK.search(self.source, self.cursor, self.limit)
        at = min(self.cursor, self.limit - 1) if found is None else found.end() - 1  # the "\n" of "\r\n"
        if found is not None:
            self.cursor = found.end()
        self.chars.append("\n")
        self.offsets.append(at)

    def skip_past(self, marker: str) -> int:
        at = self.source.find(marker, self.cursor, self.limit) if marker else -1
        start = self.cursor if at < 0 else at
        if at >= 0:
            self.cursor = at + len(marker)
        return start

    def skip_link_tail(self) -> None:
        """Step over ``](url)``, ``][ref]`` or ``]`` after a link's text."""
        if self.source.startswith("](", self.cursor):
            self.skip_past(")")
        elif self.source.startswith("][", self.cursor):
            self.cursor += 1
            self.skip_past("]")
        elif self.source.startswith("]", self.cursor):
            self.cursor += 1

    def placeholder(self, at: int) -> None:
        self.chars.append(_OBJECT)
        self.offsets.append(at)

    def block(self, kind: BlockKind, first: int = 0, last: int | None = None) -> Block | None:
        last = len(self.chars) if last is None else last
        while first < last and self.chars[first].isspace():
            first += 1
        while last > first and self.chars[last - 1].isspace():
            last -= 1
        if first >= last:
            return None
        offsets = tuple(self.offsets[first:last])
        return Block(kind, offsets[0], offsets[-1] + 1, "".join(self.chars[first:last]), offsets)


def read_markdown(text: str, start: int = 0) -> list[RawBlock]:
    """Raw blocks of the Markdown body that begins at offset ``start`` of ``text``."""
    lines = LineIndex(text)
    first_line = lines.position(start)[0] if start < len(text) else lines.line_count
    body = text[lines.line_start(first_line) :] if start < len(text) else ""
    tokens = _PARSER.parse(body)
    blocks: list[RawBlock] = []
    headline_seen = False
    after_image = False
    inside: list[str] = []
    for token in tokens:
        if token.nesting == 1:
            inside.append(token.type)
        elif token.nesting == -1 and inside:
            inside.pop()
        if token.type != "inline" or token.map is None:
            continue
        begin = lines.line_start(first_line + token.map[0])
        end_line = first_line + token.map[1]
        limit = lines.line_start(end_line) if end_line <= lines.line_count else len(text)
        prose, images = _project(token, text, begin, limit)
        parent = inside[-1] if inside else ""
        kind = _kind_of(parent, inside, token, headline_seen)
        if kind is BlockKind.HEADLINE:
            headline_seen = True
        if images:
            blocks.extend(RawBlock(caption, True) for caption in images + _caption_after_image(token, prose))
            after_image = True
            continue
        block = prose.block(kind)
        if block is None:
            continue
        if after_image and _only_emphasis(token):
            blocks.append(RawBlock(block._replace(kind=BlockKind.CAPTION), True))
        else:
            stated = kind is not BlockKind.PARAGRAPH or any(tag in inside for tag in _STATED_PARAGRAPHS)
            blocks.append(RawBlock(block, stated))
        after_image = False
    return blocks


def _kind_of(parent: str, inside: list[str], token: Token, headline_seen: bool) -> BlockKind:
    if parent == "heading_open":
        return BlockKind.SUBHEAD if headline_seen else BlockKind.HEADLINE
    if "blockquote_open" in inside:
        return BlockKind.QUOTE
    return BlockKind.PARAGRAPH


def _only_emphasis(token: Token) -> bool:
    kinds = [child.type for child in token.children or [] if child.type not in ("softbreak",)]
    return bool(kinds) and kinds[0] in ("em_open", "strong_open") and kinds[-1] in ("em_close", "strong_close")


def _project(token: Token, text: str, begin: int, limit: int) -> tuple[_Projection, list[Block]]:
    prose = _Projection(text, begin, limit)
    images: list[Block] = []
    in_autolink = False
    for child in token.children or []:
        kind = child.type
        if in_autolink:  # an autolink's text is its address: not prose
            in_autolink = kind != "link_close"
            if not in_autolink:
                prose.skip_past(">")
        elif kind == "text":
            prose.align(child.content)
        elif kind in ("softbreak", "hardbreak"):
            prose.align("\n")
        elif kind in ("code_inline", "html_inline"):
            start = prose.skip_past(child.content)
            prose.placeholder(start)
            if kind == "code_inline":
                prose.skip_past(child.markup)
        elif kind == "image":
            start = prose.cursor
            alt = _Projection(text, prose.cursor, limit)
            alt.align(child.content)
            if (block := alt.block(BlockKind.CAPTION)) is not None:
                images.append(block)
            prose.skip_past(str(child.attrs.get("src", "")))
            prose.skip_past(")")
            prose.placeholder(start)
        elif kind == "link_close":
            prose.skip_link_tail()
        elif kind == "link_open" and child.markup == "autolink":
            prose.placeholder(prose.skip_past("<"))
            in_autolink = True
    return prose, images


def _caption_after_image(token: Token, prose: _Projection) -> list[Block]:
    """An emphasised line after an image in the same paragraph is its caption."""
    children = token.children or []
    if not any(child.type == "softbreak" for child in children):
        return []
    breaks = [index for index, char in enumerate(prose.chars) if char == "\n"]
    tail = prose.block(BlockKind.CAPTION, breaks[0] + 1) if breaks else None
    return [tail] if tail is not None else []
