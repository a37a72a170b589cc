"""``consistency``: accepted alternatives, of which one article uses only one.

Each set lists forms that are all acceptable on their own ("Secretary-General",
"Secretary General"). Within one article the preferred form of the set (or, without one,
the form used most, the first used on a tie) is the reference, among the forms the
article uses; every use of another form
is reported with the reference form and the line where it first appears. Quotations
count as evidence but are not reported unless the rule opts in.

Options:
  sets        a list of sets, each a list of two or more alternative forms
  preferred   the house form of each set, if the newsroom has one (optional, per set)
  ignorecase  match regardless of case (default false)

Message placeholders: {match}, {suggestion} (the reference form), {other} (the reference
form as the article spells it) and {other_line} (where it first appears).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from presslint.article.facts import ArticleFacts
from presslint.article.segments import Segment
from presslint.checks.base import Check, part_of_a_name
from presslint.checks.variants import Use, stray_uses
from presslint.finding import Hit
from presslint.rule.context import RuleContext
from presslint.rule.model import Rule
from presslint.rule.options import Option, OptionError, is_bool, is_str, list_of
from presslint.text.matching import compile_pattern, find_all, literal, may_match, normalise_phrase, word_bounded


class ConsistencyCheck(Check):
    kind = "consistency"
    options = (
        Option(
            "sets", list_of(list_of(is_str, min_items=2), min_items=1), required=True, help="lists of alternative forms"
        ),
        Option("preferred", list_of(is_str), default=[], help="the house form of a set, where it has one"),
        Option("ignorecase", is_bool, default=False, help="match regardless of case"),
    )
    placeholders = frozenset({"match", "suggestion", "other", "other_line"})
    default_message = "'{match}' here, but '{other}' on line {other_line}: use one form."

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        self.ignorecase: bool = options["ignorecase"]
        self.form_set: dict[str, int] = {}
        self.forms: list[list[str]] = []
        for set_index, forms in enumerate(options["sets"]):
            self.forms.append(forms)
            for form in forms:
                key = normalise_phrase(form, self.ignorecase)
                if key in self.form_set:
                    raise OptionError(("sets", set_index), f"form {form!r} is listed twice")
                self.form_set[key] = set_index
        self.preferred: dict[int, str] = {}
        for index, form in enumerate(options["preferred"]):
            key = normalise_phrase(form, self.ignorecase)
            if key not in self.form_set:
                raise OptionError(("preferred", index), f"preferred form {form!r} is in no set")
            self.preferred[self.form_set[key]] = key
        longest_first = sorted(self.form_set, key=len, reverse=True)
        alternatives = "|".join(literal(self._spelled(key)) for key in longest_first)
        self.pattern = compile_pattern(word_bounded(f"(?:{alternatives})"), self.ignorecase)

    def _spelled(self, key: str) -> str:
        for forms in self.forms:
            for form in forms:
                if normalise_phrase(form, self.ignorecase) == key:
                    return form
        return key

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        if not may_match(self.pattern, tuple(segment.text for segment in segments), facts):
            return
        reportable = {id(segment) for segment in self.reported(segments)}
        uses = []
        for segment in segments:
            for found in find_all(self.pattern, segment.text, facts):
                single_word = found.group().isalpha()
                if self.ignorecase and single_word and part_of_a_name(segment.text, found.start(), found.end()):
                    continue  # "Email Systems", a firm, is not the word "email"
                key = normalise_phrase(found.group(), self.ignorecase)
                start, end = segment.span(found.start(), found.end())
                uses.append(Use(str(self.form_set[key]), key, found.group(), start, end, id(segment) in reportable))
        preferred = {str(index): form for index, form in self.preferred.items()}
        for use, kept in stray_uses(uses, preferred):
            line = facts.article.lines.position(kept.start)[0]
            message = self.rule.render(match=use.text, suggestion=kept.text, other=kept.text, other_line=line)
            yield Hit(use.start, use.end, message, (kept.text,))
