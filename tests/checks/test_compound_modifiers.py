"""Compound modifiers written hyphenated and open or closed: exact positions, messages, and what is left alone.

Each reported case passed unreported before: a lower-case compound was never compared
with its open form, and a closed form nobody writes could win on a tie.
"""

from __future__ import annotations

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.rulebook.config import Config

RULES = default_rules(Config())


def found(body: str) -> list[tuple[int, int, str, str, str]]:
    findings = lint_text(f"Headline here\n\n{body}\n", "article.txt", rules=RULES)
    return [
        (f.line, f.column, f.match, f.suggestions[0], f.message)
        for f in findings
        if f.rule == "consistency.hyphenation"
    ]


MODIFIER = "a compound that modifies the noun after it takes a hyphen"


def test_an_open_compound_before_a_noun() -> None:
    assert found("Cross-border trade grew.\n\nThe cross border talks stalled.") == [
        (
            5,
            5,
            "cross border",
            "cross-border",
            f"'cross border' before a noun here, but 'Cross-border' on line 3: {MODIFIER}; write 'cross-border'.",
        )
    ]


def test_the_open_form_is_reported_even_when_it_is_used_more() -> None:
    body = "The long term plan and the long term budget beat the long-term forecast."
    assert [(line, column, match) for line, column, match, _, _ in found(body)] == [
        (3, 5, "long term"),
        (3, 28, "long term"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The long-term plan is ready. The plan is long term.",
        "A well-known writer, she is well known in Astana.",
        "The long-term plan failed; in the long term the plan will work.",
        "The long-term plan is set. Over the long term, it pays.",
        "The condom-maker grew. UK condom maker SSL International said so.",
        "The long-term plan is set. At a high speed inside the shaft it failed.",
    ],
)
def test_a_compound_after_a_verb_or_before_no_noun_is_left_alone(body: str) -> None:
    assert found(body) == []


def test_a_closed_form_no_dictionary_knows_never_outvotes_the_hyphen() -> None:
    body = "The longterm plan was set. A longterm view won over the long-term one."
    assert [(line, column, match, suggestion) for line, column, match, suggestion, _ in found(body)] == [
        (3, 5, "longterm", "long-term"),
        (3, 30, "longterm", "long-term"),
    ]


def test_a_closed_form_that_is_a_word_still_goes_with_the_article() -> None:
    body = "Send an e-mail. The email bounced, and the email was resent."
    assert [(column, match, suggestion) for _, column, match, suggestion, _ in found(body)] == [(9, "e-mail", "email")]


def test_a_firm_named_like_a_word_is_not_that_word() -> None:
    findings = lint_text(
        "Headline here\n\nThe e-mail arrived. Email Systems said e-mail traffic rose.\n", "article.txt", rules=RULES
    )
    assert [f.rule for f in findings if f.rule.startswith("consistency.")] == []
