"""``existence``: flag words or patterns that should not appear at all.

Options:
  words       literal words or phrases (white space in them also matches a line break)
  patterns    regular expressions (``regex`` module syntax)
  ignorecase  match regardless of case (default false)
  boundaries  match whole words only (default true)

Example::

    id: style.cliches
    kind: existence
    level: warning
    message: "'{match}' is a cliché."
    words: [at the end of the day]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import regex

from presslint.article.facts import ArticleFacts
from presslint.article.segments import Segment
from presslint.checks.base import Check
from presslint.finding import Hit
from presslint.rule.context import RuleContext
from presslint.rule.model import Rule
from presslint.rule.options import Option, OptionError, is_bool, is_str, list_of
from presslint.text.matching import RulePattern, compile_pattern, find_all, literal, may_match, word_bounded


def compile_alternatives(words: list[str], patterns: list[str], ignorecase: bool, boundaries: bool) -> RulePattern:
    """One pattern for all words and patterns, so a block is scanned once per rule."""
    for index, pattern in enumerate(patterns):
        try:
            compile_pattern(pattern, ignorecase)
        except regex.error as error:
            raise OptionError(("patterns", index), f"pattern {pattern!r} does not compile: {error}") from None
    bodies = [literal(word) for word in words] + [f"(?:{pattern})" for pattern in patterns]
    body = "|".join(bodies)
    return compile_pattern(word_bounded(f"(?:{body})") if boundaries else body, ignorecase)


class ExistenceCheck(Check):
    kind = "existence"
    options = (
        Option("words", list_of(is_str), default=[], help="literal words or phrases"),
        Option("patterns", list_of(is_str), default=[], help="regular expressions"),
        Option("ignorecase", is_bool, default=False, help="match regardless of case"),
        Option("boundaries", is_bool, default=True, help="match whole words only"),
    )
    placeholders = frozenset({"match"})
    default_message = "Avoid '{match}'."

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        if not options["words"] and not options["patterns"]:
            raise OptionError((), "an existence rule needs 'words' or 'patterns'")
        self.pattern = compile_alternatives(
            options["words"], options["patterns"], options["ignorecase"], options["boundaries"]
        )

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        reported = self.reported(segments)
        if not may_match(self.pattern, tuple(segment.text for segment in reported), facts):
            return
        for segment in reported:
            for found in find_all(self.pattern, segment.text, facts):
                if found.end() > found.start():
                    start, end = segment.span(found.start(), found.end())
                    yield Hit(start, end, self.rule.render(match=found.group()))
