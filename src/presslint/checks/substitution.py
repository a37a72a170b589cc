"""``substitution``: use X, not Y. The suggestion is the correction; ``--fix`` applies it
when there is exactly one.

Options:
  swap        mapping from the wrong form to the right one (or a list of right ones)
  regex       the wrong forms are regular expressions (default false: literal phrases);
              a right form may then refer to the pattern's groups as \1, \2
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

from presslint.article import Article
from presslint.checks.base import Check, Segment
from presslint.finding import Hit
from presslint.matching import compile_pattern, find_all, keep_case, literal, normalise_phrase, word_bounded
from presslint.options import Option, OptionError, is_bool, is_str, mapping_of, str_or_list
from presslint.rule import Rule
from presslint.rule_context import RuleContext


class SubstitutionCheck(Check):
    kind = "substitution"
    options = (
        Option("swap", mapping_of(is_str, str_or_list), required=True, help="wrong form: right form(s)"),
        Option("regex", is_bool, default=False, help="the wrong forms are regular expressions"),
        Option("ignorecase", is_bool, default=False, help="match regardless of case"),
    )
    default_message = "Use '{suggestion}' instead of '{match}'."
    fixable = True

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        swap: dict[str, str | list[str]] = options["swap"]
        if not swap:
            raise OptionError(("swap",), "swap: expected at least one 'wrong: right' pair")
        self.ignorecase: bool = options["ignorecase"]
        self.corrections = [(wrong, [right] if isinstance(right, str) else right) for wrong, right in swap.items()]
        self.regex: bool = options["regex"]
        bodies = []
        self.single: list[regex.Pattern[str]] = []
        for index, (wrong, _) in enumerate(self.corrections):
            body = wrong if self.regex else literal(wrong)
            try:
                self.single.append(compile_pattern(body, self.ignorecase))
            except regex.error as error:
                raise OptionError(("swap", wrong), f"pattern {wrong!r} does not compile: {error}") from None
            bodies.append(f"(?P<_{index}>{body})")
        self.pattern = compile_pattern(word_bounded(f"(?:{'|'.join(bodies)})"), self.ignorecase)

    def _rights(self, found: regex.Match[str]) -> list[str]:
        for name, value in found.groupdict().items():
            if value is not None and name.startswith("_") and name[1:].isdigit():
                index = int(name[1:])
                rights = self.corrections[index][1]
                if not self.regex:
                    return rights
                # A regex swap may refer to its groups (\1); match its own pattern again to fill them in.
                own = self.single[index].match(found.string, found.start(), found.end())
                return [own.expand(right) if own else right for right in rights]
        return []

    def run(self, article: Article, segments: Sequence[Segment]) -> Iterable[Hit]:
        for segment in self.reported(segments):
            for found in find_all(self.pattern, segment.text):
                matched = found.group()
                rights = [keep_case(right, matched) if self.ignorecase else right for right in self._rights(found)]
                rights = [
                    right for right in rights if normalise_phrase(right, False) != normalise_phrase(matched, False)
                ]
                if not rights:
                    continue
                start, end = segment.span(found.start(), found.end())
                message = self.rule.render(match=matched, suggestion=" or ".join(rights))
                yield Hit(start, end, message, tuple(rights), rights[0] if len(rights) == 1 else None)
