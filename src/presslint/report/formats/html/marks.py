"""One article as the reader sees it, each finding a ``<mark>`` holding exactly its flagged text.

Article text is data: every character of it is escaped here, so a ``<script>`` in an
article, an ``onerror=`` or a stray ``</body>`` reaches the page as text and nothing else.
A finding becomes a mark inside its block when its span lies in one block and does not
cross another finding's; otherwise it is listed under the article with its text, so no
finding is lost and every mark still holds exactly ``Finding.match``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from html import escape
from typing import NamedTuple

from presslint.article.model import Article, Block, BlockKind
from presslint.article.positions import LineIndex
from presslint.finding import Finding
from presslint.report.formats.html.summary import family

_OBJECT = "\ufffc"  # the Markdown reader's stand-in for inline code, an image or inline HTML
_ELEMENTS = {
    BlockKind.HEADLINE: "h3",
    BlockKind.SUBHEAD: "h4",
    BlockKind.QUOTE: "blockquote",
    BlockKind.FRONT_MATTER: "pre",
}


class Placed(NamedTuple):
    """A finding inside one block: its text indices there, and whether to show the source instead."""

    finding: Finding
    start: int
    end: int
    leaf: bool  # the reader's text there is not the source (markup, a reference): the source is shown, as text


class Marked(NamedTuple):
    """An article's blocks as HTML, and the findings that could not be marked in place."""

    html: str
    unplaced: list[Finding]


def as_text(text: str) -> str:
    """Article text as HTML text: escaped, and a CR written as a reference (a parser would read a raw one as LF)."""
    escaped = escape(text, quote=False)
    return escaped.replace("\r", "&#13;") if "\r" in escaped else escaped


def mark_element(finding: Finding, content: str) -> str:
    """A finding's mark around already escaped ``content``; its data attributes describe it."""
    suggestion = f' data-suggestion="{escape(finding.suggestions[0])}"' if finding.suggestions else ""
    return (
        f'<mark class="finding {finding.severity}" tabindex="0" data-rule="{escape(finding.rule)}"'
        f' data-family="{escape(family(finding))}" data-severity="{finding.severity}" data-line="{finding.line}"'
        f' data-column="{finding.column}" data-message="{escape(finding.message)}"{suggestion}>{content}</mark>'
    )


def marked_article(article: Article, findings: Sequence[Finding]) -> Marked:
    """The article's blocks as HTML elements of their kind, with the findings marked in them."""
    blocks = _shown_blocks(article.blocks)
    placed: dict[int, list[Placed]] = {}
    unplaced: list[Finding] = []
    starts = [block.start for block in blocks]
    for finding in findings:
        index = _block_holding(blocks, starts, finding)
        if index is None:
            unplaced.append(finding)
            continue
        block = blocks[index]
        start, end = block.text_index(finding.start), block.text_index(finding.end)
        leaf = block.text[start:end] != finding.match  # markup, a reference or a stand-in: shown as written
        placed.setdefault(index, []).append(Placed(finding, start, end, leaf))
    parts = []
    for index, (block, line) in enumerate(zip(blocks, _first_lines(article.source, starts), strict=True)):
        nested, crossing = _nest(placed.get(index, []))
        unplaced.extend(crossing)
        parts.append(_block_element(block, line, _with_marks(article.source, block, nested)))
    return Marked("\n".join(parts), sorted(unplaced, key=Finding.sort_key))


def _first_lines(source: str, starts: list[int]) -> list[int]:
    """The line each block starts on, counted as it goes (offsets ascending)."""
    if "\r" in source:  # a lone CR ends a line too: the general index
        index = LineIndex(source)
        return [index.position(start)[0] for start in starts]
    lines, line, at = [], 1, 0
    for start in starts:
        line += source.count("\n", at, start)
        lines.append(line)
        at = start
    return lines


def _shown_blocks(blocks: Sequence[Block]) -> list[Block]:
    """The top-level blocks in order, without one that holds others (front matter holding the title)."""
    ordered = sorted((block for block in blocks if block.parent is None), key=lambda block: (block.start, -block.end))
    return [
        block
        for block, after in zip(ordered, [*ordered[1:], None], strict=True)
        if not after or after.start >= block.end
    ]


def _block_holding(blocks: Sequence[Block], starts: list[int], finding: Finding) -> int | None:
    """The index of the block whose text holds the whole finding, if one does."""
    index = bisect_right(starts, finding.start) - 1
    if index < 0 or finding.end <= finding.start:
        return None
    block = blocks[index]
    return index if finding.end <= block.end else None


def _nest(placed: list[Placed]) -> tuple[list[Placed], list[Finding]]:
    """The findings that nest (outer first), and those that cross another or sit inside a leaf."""
    placed.sort(key=lambda item: (item.start, -item.end, item.finding.sort_key()))
    nested: list[Placed] = []
    crossing: list[Finding] = []
    open_marks: list[Placed] = []
    for item in placed:
        while open_marks and open_marks[-1].end <= item.start:
            open_marks.pop()
        if open_marks and (open_marks[-1].end < item.end or open_marks[-1].leaf):
            crossing.append(item.finding)
            continue
        nested.append(item)
        open_marks.append(item)
    return nested, crossing


def _with_marks(source: str, block: Block, nested: list[Placed]) -> str:
    """The block's text, escaped, with each nested finding's mark around its span."""
    out: list[str] = []
    at = 0
    open_marks: list[Placed] = []

    def close_until(position: int) -> None:
        nonlocal at
        while open_marks and open_marks[-1].end <= position:
            done = open_marks.pop()
            out.append(_visible(source, block, at, done.end))
            out.append("</mark>")
            at = done.end

    for item in nested:
        close_until(item.start)
        out.append(_visible(source, block, at, item.start))
        if item.leaf:
            out.append(mark_element(item.finding, as_text(item.finding.match)))
            at = item.end
            continue
        out.append(mark_element(item.finding, "")[: -len("</mark>")])
        open_marks.append(item)
        at = item.start
    close_until(len(block.text))
    out.append(_visible(source, block, at, len(block.text)))
    return "".join(out)


def _visible(source: str, block: Block, start: int, end: int) -> str:
    """``block.text[start:end]`` escaped; a Markdown stand-in shows the markup it stands for, as text."""
    text = block.text[start:end]
    if _OBJECT not in text or block.offsets is None:
        return as_text(text)
    pieces = []
    for index, char in enumerate(text, start):
        if char != _OBJECT:
            pieces.append(as_text(char))
            continue
        begin = block.offsets[index - 1] + 1 if index else block.offsets[index]  # from the text before it
        while begin > 0 and source[begin - 1] == "`":  # a block that opens with inline code
            begin -= 1
        stop = block.offsets[index + 1] if index + 1 < len(block.offsets) else source.find("\n", begin)
        written = source[begin : stop if stop > begin else len(source)].rstrip()
        pieces.append(f'<code class="markup">{as_text(written)}</code>')
    return "".join(pieces)


def _block_element(block: Block, line: int, content: str) -> str:
    kind = block.kind.value
    if block.kind is BlockKind.CAPTION:
        return f'<figure data-kind="{kind}" data-line="{line}"><figcaption>{content}</figcaption></figure>'
    element = _ELEMENTS.get(block.kind, "p")
    return f'<{element} data-kind="{kind}" data-line="{line}">{content}</{element}>'
