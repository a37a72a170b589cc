"""``repetition``: a word typed twice in a row ("the the", "The the").

Two words separated only by white space (a line break included) are doubled when the
second is the first again in lower case: "the the", or "The the" after a capital at the
start of a sentence. Names that double a word ("Duran Duran", "Bora Bora", "Walla Walla")
are left alone, as is any pair in the ``exceptions`` list ("had had", "that that"). The
suggestion, and the ``--fix``, is the first word alone.

Options:
  exceptions  words that may be doubled (compared in lower case)

Example::

    id: style.doubled-words
    kind: repetition
    message: "'{match}': the word is doubled."
    exceptions: [had, that]

The check reads the words every names and spelling rule reads, so it costs one pass over
them, where a regular expression with a back reference costs a scan of every paragraph
at every letter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any

from presslint.article.facts import ArticleFacts
from presslint.article.segments import Segment
from presslint.checks.base import Check
from presslint.finding import Hit
from presslint.rule.context import RuleContext
from presslint.rule.model import Rule
from presslint.rule.options import Option, is_str, list_of


class RepetitionCheck(Check):
    kind = "repetition"
    options = (Option("exceptions", list_of(is_str), default=[], help="words that may be doubled"),)
    default_message = "'{match}': the word is doubled."

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        self.exceptions = frozenset(word.lower() for word in options["exceptions"])

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        for segment in self.reported(segments):
            text = segment.text
            for first, second in pairwise(facts.words(text)):
                again = second.text
                if not (again.islower() and again.isalpha()) or first.text.lower() != again:
                    continue  # the usual pair: different words, decided by one comparison
                if again in self.exceptions or not text[first.end : second.start].isspace():
                    continue
                capitalised = len(again) > 1 and first.text[0].isupper() and first.text[1:] == again[1:]
                if first.text != again and not capitalised:
                    continue  # "THE the", "tHe the" or "A a": not a plain doubled word
                start, end = segment.span(first.start, second.end)
                message = self.rule.render(match=text[first.start : second.end], suggestion=first.text)
                yield Hit(start, end, message, (first.text,), first.text)
