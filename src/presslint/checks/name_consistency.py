"""``name-consistency``: one spelling of each name within one article.

Two capitalised forms within a slip or two of each other ("Zulfiya" and "Zulifya"),
neither an English word and not both in the register, are taken for one name spelled
two ways. The register form wins when one of them is registered (the ``names`` rule
reports that case already, so this rule stays quiet there); otherwise the form used more
often wins, the first one used on a tie. Forms where one merely extends the other
("Afghan", "Afghans", "Korea", "Korean") are left alone, and so are forms that stand in
different full names ("Cheng Chung-tai", "Cheung Kwok-kwan"). The rarer form must be a
typing slip of the kept one (swapped, dropped or doubled letter) unless both are long.

Message placeholders: {match}, {suggestion}/{other} (the kept form), {other_line} (where
it first appears), {count} and {other_count} (how often each is used).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from presslint.article import Article
from presslint.checks.base import Check, Segment
from presslint.checks.names import NAME_SCOPE, allowed_slips, same_edges
from presslint.finding import Hit
from presslint.names.edits import TYPING_SLIPS, DeleteIndex, slip_kind
from presslint.names.register import fold
from presslint.names.shared import dictionary_of, register_of
from presslint.names.tokens import words
from presslint.rule import Rule
from presslint.rule_context import RuleContext


class NameConsistencyCheck(Check):
    kind = "name-consistency"
    placeholders = frozenset({"match", "suggestion", "other", "other_line", "count", "other_count"})
    default_message = "'{match}' here, but '{other}' on line {other_line}: the same name spelled two ways?"
    default_level = "error"
    default_scope = NAME_SCOPE
    default_quotes = "check"
    fixable = True

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        self.context = context

    def run(self, article: Article, segments: Sequence[Segment]) -> Iterable[Hit]:
        register = register_of(self.context)
        dictionary = dictionary_of(self.context)
        uses: list[tuple[str, int, int]] = []  # form, source start, source end
        beside: dict[str, set[str]] = {}  # capitalised words next to each form: its full name
        for segment in self.reported(segments):
            found = list(words(segment.text))
            for position, word in enumerate(found):
                if word.capitalised and not word.sic and allowed_slips(word.text):
                    uses.append((word.text, *segment.span(word.start, word.end)))
                    context = beside.setdefault(word.text, set())
                    for neighbour in found[max(0, position - 1) : position + 2]:
                        if neighbour is not word and neighbour.capitalised and not neighbour.sentence_start:
                            context.add(neighbour.text)
        counts = Counter(form for form, _, _ in uses)
        candidates = [form for form in counts if not dictionary.known(form)]
        index = DeleteIndex(2)
        index.extend(fold(form) for form in candidates)
        by_key: dict[str, str] = {fold(form): form for form in candidates}
        first_at = {form: start for form, start, _ in reversed(uses)}
        replaced: dict[str, str] = {}
        for form in sorted(candidates, key=lambda f: (counts[f], -first_at[f])):
            key = fold(form)
            for other_key, _ in index.near(key, allowed_slips(key)):
                other = by_key[other_key]
                if other_key.startswith(key) or key.startswith(other_key) or other in replaced:
                    continue
                if not same_edges(key, other_key) or not _typing_slip(key, other_key):
                    continue
                if beside[form] and beside[other] and not beside[form] & beside[other]:
                    continue  # Cheng Chung-tai and Cheung Kwok-kwan: two people
                if key in register.known or other_key in register.known:
                    continue  # the names rule reports slips from the register
                if (counts[other], -first_at[other]) > (counts[form], -first_at[form]):
                    replaced[form] = other
                    break
        for form, start, end in uses:
            if form in replaced:
                other = replaced[form]
                line = article.lines.position(first_at[other])[0]
                message = self.rule.render(
                    match=form,
                    suggestion=other,
                    other=other,
                    other_line=line,
                    count=counts[form],
                    other_count=counts[other],
                )
                yield Hit(start, end, message, (other,), other)


def _typing_slip(rare: str, kept: str) -> bool:
    if len(kept) >= 10:
        return True
    return slip_kind(rare, kept) in TYPING_SLIPS
