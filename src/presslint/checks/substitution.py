"""``substitution``: use X, not Y. The suggestion is the correction; ``--fix`` applies it
when there is exactly one.

Options:
  swap        mapping from the wrong form to the right one (or a list of right ones)
  regex       the wrong forms are regular expressions, used as written (no word boundaries
              are added: write \b where you need them); a right form may refer to the
              pattern's groups as \1, \2 (default false: literal phrases, whole words)
  ignorecase  match regardless of case; the correction then takes the match's capitalisation

Example::

    id: style.percent
    kind: substitution
    message: "Use '{suggestion}', not '{match}'."
    ignorecase: true
    swap:
      per cent: percent
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
from presslint.rule.options import Option, OptionError, is_bool, is_str, mapping_of, str_or_list
from presslint.text.matching import RulePattern, compile_pattern, find_all, keep_case, literal, may_match, word_bounded
from presslint.text.memo import TextFacts
from presslint.text.patterns import compiled


class SubstitutionCheck(Check):
    kind = "substitution"
    options = (
        Option("swap", mapping_of(is_str, str_or_list), required=True, help="wrong form: right form(s)"),
        Option("regex", is_bool, default=False, help="the wrong forms are regular expressions"),
        Option("ignorecase", is_bool, default=False, help="match regardless of case"),
    )
    default_message = "Use '{suggestion}' instead of '{match}'."

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        swap: dict[str, str | list[str]] = options["swap"]
        if not swap:
            raise OptionError(("swap",), "swap: expected at least one 'wrong: right' pair")
        self.ignorecase: bool = options["ignorecase"]
        self.corrections = [(wrong, [right] if isinstance(right, str) else right) for wrong, right in swap.items()]
        self.regex: bool = options["regex"]
        # Literal phrases share one scan; patterns run one by one, so their groups (\1) stay their own.
        self.single: list[RulePattern] = []
        self.pattern: RulePattern | None = None
        self.any_pattern: RulePattern | None = None
        if self.regex:
            for wrong, _ in self.corrections:
                try:
                    self.single.append(compile_pattern(wrong, self.ignorecase))
                except regex.error as error:
                    raise OptionError(("swap", wrong), f"pattern {wrong!r} does not compile: {error}") from None
            self.any_pattern = _either([wrong for wrong, _ in self.corrections], self.ignorecase)
        else:
            bodies = [f"(?P<_{index}>{literal(wrong)})" for index, (wrong, _) in enumerate(self.corrections)]
            self.pattern = compile_pattern(word_bounded(f"(?:{'|'.join(bodies)})"), self.ignorecase)

    def _matches(self, text: str, facts: TextFacts) -> list[tuple[regex.Match[str], list[str]]]:
        """Matches with their corrections, in order, overlapping ones dropped."""
        if self.pattern is not None:
            found = []
            for match in find_all(self.pattern, text, facts):
                index = next(int(k[1:]) for k, v in match.groupdict().items() if v is not None and k[1:].isdigit())
                found.append((match, self.corrections[index][1]))
            return found
        if self.any_pattern is not None and not find_all(self.any_pattern, text, facts):
            return []  # one scan says that none of the patterns is here: the usual case
        every = [
            (match, [match.expand(right) for right in rights])
            for pattern, (_, rights) in zip(self.single, self.corrections, strict=True)
            for match in find_all(pattern, text, facts)
        ]
        every.sort(key=lambda item: (item[0].start(), -item[0].end()))
        kept: list[tuple[regex.Match[str], list[str]]] = []
        for item in every:
            if not kept or item[0].start() >= kept[-1][0].end():
                kept.append(item)
        return kept

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        reported = self.reported(segments)
        either = self.pattern or self.any_pattern
        if either is not None and not may_match(either, tuple(segment.text for segment in reported), facts):
            return
        for segment in reported:
            for found, corrections in self._matches(segment.text, facts):
                matched = found.group()
                rights = [keep_case(right, matched) if self.ignorecase else right for right in corrections]
                rights = [right for right in rights if right != matched]
                if not rights:
                    continue
                start, end = segment.span(found.start(), found.end())
                message = self.rule.render(match=matched, suggestion=" or ".join(rights))
                yield Hit(start, end, message, tuple(rights), rights[0] if len(rights) == 1 else None)


_NOT_COMBINABLE = compiled(r"\\\d|\\g<|\(\?P=|\(\?[a-zA-Z]")


def _either(bodies: list[str], ignorecase: bool) -> RulePattern | None:
    """One pattern that finds where any of ``bodies`` matches, when they can be joined safely.

    Back references and inline flags would change meaning inside a joined pattern; a rule
    using them runs its patterns one by one everywhere.
    """
    if len(bodies) < 2 or any(_NOT_COMBINABLE.search(body) for body in bodies):
        return None
    try:
        return compile_pattern("|".join(f"(?:{body})" for body in bodies), ignorecase)
    except regex.error:
        return None
