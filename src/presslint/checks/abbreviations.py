"""``abbreviations``: an abbreviation used before it is spelled out, or spelled out twice.

A definition is a name followed by its abbreviation in brackets: "Office for Democratic
Institutions and Human Rights (ODIHR)"; the name is the shortest run of words before the
bracket whose initials give the abbreviation. A use of the abbreviation in the body before
its definition is reported (headlines and subheads may use it first, as news does), and
so is a second definition.

Options:
  report   ``before-definition`` (default) or ``defined-twice``.

Message placeholders: {match}, {suggestion}, {other} (the definition), {other_line}.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from presslint.article.facts import ArticleFacts
from presslint.article.model import BlockKind
from presslint.article.segments import Segment
from presslint.checks.base import Check
from presslint.finding import Hit
from presslint.rule.options import Option, one_of
from presslint.text.patterns import compiled

_DEFINITION = compiled(r"\((?P<abbr>\p{Lu}[\p{Lu}\d&.]{1,9}s?)\)")
_WORD = compiled(r"\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*")
_MAX_NAME_WORDS = 12


class _Definition(NamedTuple):
    abbreviation: str
    name_start: int  # source offsets of the spelled-out name and the bracket
    end: int
    name: str


def _initials(word: str) -> str:
    return "".join(part[0] for part in word.split("-") if part and part[0].isupper())


def _name_before(text: str, end: int, abbreviation: str) -> tuple[int, str] | None:
    """Start and text of the words before ``end`` whose capital initials spell the abbreviation."""
    letters = abbreviation.replace(".", "").replace("&", "").rstrip("s").upper()
    words = list(_WORD.finditer(text[:end]))[-_MAX_NAME_WORDS:]
    for first in range(len(words) - 1, -1, -1):
        initials = "".join(_initials(w.group()) for w in words[first:])
        if initials.upper() == letters and words[first].group()[0].isupper():
            return words[first].start(), text[words[first].start() : end].strip()
    return None


class AbbreviationsCheck(Check):
    """What the abbreviation rules share: the option, defaults and the article's definitions."""

    kind = "abbreviations"
    options = (Option("report", one_of("before-definition", "defined-twice"), default="before-definition"),)
    placeholders = frozenset({"match", "suggestion", "other", "other_line"})
    default_message = "'{match}' is used before it is spelled out (line {other_line})."
    default_scope = (BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.HEADLINE, BlockKind.SUBHEAD)
    default_quotes = "check"

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        body = [s for s in segments if s.block.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION)]
        for abbreviation, defined in _definitions(body).items():
            line = facts.article.lines.position(defined[0].name_start)[0]
            yield from self.check_definitions(abbreviation, defined, body, line)

    def check_definitions(
        self, abbreviation: str, defined: list[_Definition], body: list[Segment], line: int
    ) -> Iterable[Hit]:
        """What to report about ``abbreviation``, spelled out at ``defined`` (the first on ``line``)."""
        raise NotImplementedError


class BeforeDefinitionCheck(AbbreviationsCheck):
    """An abbreviation used in the body before it is spelled out."""

    def check_definitions(
        self, abbreviation: str, defined: list[_Definition], body: list[Segment], line: int
    ) -> Iterable[Hit]:
        first = defined[0]
        pattern = _standing_alone(abbreviation)
        for segment in body:
            for found in pattern.finditer(segment.text):
                start, end = segment.span(found.start(), found.end())
                if start < first.name_start:
                    message = self.rule.render(match=abbreviation, suggestion=first.name, other=first.name,
                                               other_line=line)  # fmt: skip
                    yield Hit(start, end, message, (f"{first.name}",))


class DefinedTwiceCheck(AbbreviationsCheck):
    """An abbreviation spelled out a second time."""

    def check_definitions(
        self, abbreviation: str, defined: list[_Definition], body: list[Segment], line: int
    ) -> Iterable[Hit]:
        first = defined[0]
        for again in defined[1:]:
            message = self.rule.render(match=again.name, suggestion=abbreviation, other=first.name,
                                       other_line=line)  # fmt: skip
            yield Hit(again.name_start, again.end, message, (abbreviation,))


def _definitions(body: list[Segment]) -> dict[str, list[_Definition]]:
    """Each abbreviation the body spells out, with every place it does, in order."""
    definitions: dict[str, list[_Definition]] = {}
    for segment in body:
        for found in _DEFINITION.finditer(segment.text):
            named = _name_before(segment.text, found.start(), found["abbr"])
            if named is None:
                continue
            start, end = segment.span(named[0], found.end())
            definitions.setdefault(found["abbr"], []).append(_Definition(found["abbr"], start, end, named[1]))
    return definitions


@lru_cache(maxsize=1024)
def _standing_alone(abbreviation: str) -> regex.Pattern[str]:
    """``abbreviation`` as a word of its own; articles share their abbreviations (UN, EU, OSCE)."""
    return compiled(rf"(?<![\p{{L}}\d]){regex.escape(abbreviation)}(?![\p{{L}}\d])")  # kept compiled between runs
