"""``quotation-marks``: straight and curly marks mixed, and quotations left unbalanced.

Options:
  report   ``mixed`` (default): straight quotes (") beside curly ones (“ ”), or straight
             apostrophes (') beside curly ones (’), in one article; the style used more
             is kept (the first, on a tie) and each stray mark gets the kept style's
             mark as its fix.
           ``unbalanced``: a closing mark with no opening one in its paragraph, or an
             opening mark never closed, unless the next paragraph opens with a quotation
             mark (a quotation running over several paragraphs).

Message placeholders: {match}, {suggestion}, {other}, {other_line}.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from presslint.article.facts import ArticleFacts
from presslint.article.model import Block, BlockKind
from presslint.article.segments import Segment
from presslint.checks.base import PROSE, Check
from presslint.checks.variants import Use, stray_uses
from presslint.finding import Hit
from presslint.rule.options import Option, one_of
from presslint.text.patterns import compiled

_APOSTROPHE = compiled(r"(?<=\p{L})['’](?=\p{L})")
_DOUBLE = compiled(r"[\"“”]")
_CURLY = {"'": "’", '"': "“”"}


def _opens(text: str, index: int) -> bool:
    return index == 0 or text[index - 1].isspace() or text[index - 1] in "([{—–-/"


class QuotationMarksCheck(Check):
    """What the quotation-mark rules share: the option and defaults."""

    kind = "quotation-marks"
    options = (Option("report", one_of("mixed", "unbalanced"), default="mixed"),)
    placeholders = frozenset({"match", "suggestion", "other", "other_line"})
    default_message = "A {match} mark here, but the article uses {other} marks (line {other_line})."
    default_scope = PROSE
    default_quotes = "check"


class MixedQuotationMarksCheck(QuotationMarksCheck):
    """Straight quotes (") beside curly ones (“ ”), or straight apostrophes beside curly ones."""

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        blocks = _blocks(segments)
        uses: list[Use] = []
        for block in blocks:
            for found in _APOSTROPHE.finditer(block.text):
                start, end = block.source_span(found.start(), found.end())
                form = "straight" if found.group() == "'" else "curly"
                uses.append(Use("apostrophe", form, found.group(), start, end))
            for found in _DOUBLE.finditer(block.text):
                start, end = block.source_span(found.start(), found.end())
                form = "straight" if found.group() == '"' else "curly"
                uses.append(Use("double", form, found.group(), start, end))
        for use, kept in stray_uses(uses):
            fix = _mark_like(kept.form, use, facts.article.source)
            line = facts.article.lines.position(kept.start)[0]
            message = self.rule.render(match=use.form, suggestion=fix, other=kept.form, other_line=line)
            yield Hit(use.start, use.end, message, (fix,))


class UnbalancedQuotationMarksCheck(QuotationMarksCheck):
    """A quotation opened and never closed, or closed and never opened."""

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        blocks = _blocks(segments)
        paragraphs = [b for b in blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION)]
        for index, block in enumerate(paragraphs):
            following = paragraphs[index + 1].text.lstrip()[:1] if index + 1 < len(paragraphs) else ""
            for position, problem in _problems(block.text, following):
                start, end = block.source_span(position, position + 1)
                message = self.rule.render(match=block.text[position], suggestion="", other=problem, other_line="")
                yield Hit(start, end, message)


def _problems(text: str, following: str) -> Iterator[tuple[int, str]]:
    open_curly: list[int] = []
    straight: list[int] = []
    for found in _DOUBLE.finditer(text):
        mark, index = found.group(), found.start()
        if mark == "“":
            open_curly.append(index)
        elif mark == "”":
            if open_curly:
                open_curly.pop()
            else:
                yield index, "closing"
        else:
            straight.append(index)
    continued = following in ("“", '"')
    if open_curly and not continued:
        yield open_curly[-1], "opening"
    if len(straight) % 2 and not continued:
        yield straight[-1], "straight"


def _mark_like(style: str, use: Use, source: str) -> str:
    if use.group == "apostrophe":
        return "’" if style == "curly" else "'"
    if style == "straight":
        return '"'
    return "“" if _opens(source, use.start) else "”"


def _blocks(segments: Sequence[Segment]) -> list[Block]:
    blocks: list[Block] = []
    for segment in segments:
        if segment.block.kind is not BlockKind.QUOTE and (not blocks or blocks[-1] is not segment.block):
            blocks.append(segment.block)
    return blocks
