"""A rule's shared fields: what every rule file says whatever its kind."""

from __future__ import annotations

from string import Formatter
from typing import NamedTuple

from presslint.article.model import BlockKind


class Example(NamedTuple):
    """An embedded example: ``text`` must (fail) or must not (pass) draw a finding."""

    text: str
    should_fail: bool
    kind: BlockKind = BlockKind.PARAGRAPH
    match: str | None = None
    suggestion: str | None = None
    line: int = 0
    language: str = "en"  # the configuration's language the example is read under


class Rule(NamedTuple):
    id: str
    kind: str
    level: str
    message: str
    description: str
    scope: frozenset[BlockKind]
    quotes: str  # "skip": not applied inside direct quotations; "check": applied there too
    enabled: bool
    link: str | None
    path: str
    line: int
    examples: tuple[Example, ...] = ()

    def examples_that(self, fail: bool) -> list[Example]:
        """The examples that must fail (``True``) or must pass (``False``), in file order."""
        return [example for example in self.examples if example.should_fail is fail]

    def render(self, **values: object) -> str:
        return self.message.format_map(values)


def placeholders(template: str) -> set[str]:
    """Names used as ``{name}`` in ``template``; raises ValueError if it is malformed."""
    return {name for _, name, _, _ in Formatter().parse(template) if name is not None}
