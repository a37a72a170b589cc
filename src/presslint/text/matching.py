"""Word-aware pattern matching with the ``regex`` module, bounded in time.

Every rule pattern runs with a timeout, so a user's catastrophic regex costs at most
:data:`TIMEOUT_SECONDS` per block and is reported, instead of hanging a commit.
"""

from __future__ import annotations

import regex

from presslint.text.memo import TextFacts
from presslint.text.prefilter import requirement

TIMEOUT_SECONDS = 1.0
_SPACES = regex.compile(r"\s+")


class PatternTimeout(Exception):
    """A rule's pattern ran longer than :data:`TIMEOUT_SECONDS` on one block."""


def literal(words: str) -> str:
    """A pattern for a literal phrase; any run of white space matches a line break too."""
    return r"\s+".join(str(regex.escape(part)) for part in words.split())


def word_bounded(body: str) -> str:
    """``body`` matched only as whole words: no letter or digit may touch it."""
    return rf"(?<![\w]){body}(?![\w])"


class RulePattern:
    """A rule's compiled pattern with what a text must hold for it to match (see :mod:`presslint.text.prefilter`)."""

    __slots__ = ("compiled", "needs")

    def __init__(self, body: str, ignorecase: bool) -> None:
        self.compiled = regex.compile(body, regex.IGNORECASE if ignorecase else 0)
        self.needs = requirement(body)  # read once, when the rule is compiled (and cached with it)

    @property
    def pattern(self) -> str:
        return str(self.compiled.pattern)


def compile_pattern(body: str, ignorecase: bool) -> RulePattern:
    """Compile a rule pattern; raises ``regex.error`` with the reason if it is invalid."""
    return RulePattern(body, ignorecase)


def normalise_phrase(text: str, ignorecase: bool) -> str:
    """The key under which a matched phrase is looked up: spaces folded, case folded if asked."""
    folded: str = _SPACES.sub(" ", text.strip())
    return folded.casefold() if ignorecase else folded


def find_all(pattern: RulePattern, text: str, facts: TextFacts) -> list[regex.Match[str]]:
    """All matches of ``pattern`` in ``text`` (a text of the article ``facts`` are about).

    Raises :class:`PatternTimeout` when the pattern runs too long.
    """
    if pattern.needs is not None and not pattern.needs.met_by(text, facts):
        return []  # most rules find nothing in most blocks: a set lookup or two says so
    compiled = pattern.compiled
    try:
        if compiled.search(text, timeout=TIMEOUT_SECONDS) is None:
            return []
        return list(compiled.finditer(text, timeout=TIMEOUT_SECONDS))
    except TimeoutError:
        raise PatternTimeout(pattern.pattern) from None


def may_match(pattern: RulePattern, texts: tuple[str, ...], facts: TextFacts) -> bool:
    """False when none of ``texts`` holds what every match of ``pattern`` needs: the rule can skip them all."""
    return pattern.needs is None or pattern.needs.met_by_any(texts, facts)


def keep_case(replacement: str, matched: str) -> str:
    """Give ``replacement`` the capitalisation pattern of ``matched`` (Title, UPPER or as is)."""
    if matched.isupper() and len(matched) > 1 and not replacement.isupper():
        return replacement.upper()
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
