"""What every check kind provides."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from presslint.article.facts import ArticleFacts
from presslint.article.model import BlockKind
from presslint.article.segments import Segment
from presslint.finding import Hit
from presslint.rule.context import RuleContext
from presslint.rule.model import Rule
from presslint.rule.options import Option
from presslint.text.patterns import compiled

PROSE = (BlockKind.HEADLINE, BlockKind.SUBHEAD, BlockKind.PARAGRAPH, BlockKind.CAPTION)


class Check:
    """Base of every check kind.

    A kind declares its options (validated generically before ``__init__`` runs), the
    placeholders its message may use, and its defaults; ``__init__`` compiles, and
    :meth:`run` reports :class:`~presslint.finding.Hit` objects for one article, reading
    the segments of its scope and sharing what it works out through the article's facts.
    A kind with several behaviours has one subclass per behaviour (see
    :mod:`presslint.rulebook.registry`).
    """

    kind: ClassVar[str]
    options: ClassVar[tuple[Option, ...]] = ()
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "suggestion"})
    default_message: ClassVar[str] = "{match}"
    default_level: ClassVar[str] = "warning"
    default_scope: ClassVar[tuple[BlockKind, ...]] = PROSE
    default_quotes: ClassVar[str] = "skip"

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        self.rule = rule
        self.context = context  # the run's shared data: register, dictionary

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        raise NotImplementedError

    def reported(self, segments: Sequence[Segment]) -> list[Segment]:
        """The segments this rule may report in (quotations left out unless it opts in)."""
        if self.rule.quotes == "check":
            return list(segments)
        return [segment for segment in segments if not segment.in_quote]


_NEXT_CAPITAL = compiled(r"[ \t]+\p{Lu}")


def part_of_a_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``text[start:end]`` opens a longer name: another capitalised
    word follows ("Email Systems"). It is then the name's, not the common word it is spelled
    like, even where it opens a sentence."""
    return text[start : start + 1].isupper() and _NEXT_CAPITAL.match(text, end) is not None
