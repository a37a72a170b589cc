"""A paragraph is read once per article, however long the article, and nothing is kept after it.

What the checks work out is held by the article's facts object, made by the engine for one
article: no module remembers anything about an article.
"""

from __future__ import annotations

import gc

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.article.facts import ArticleFacts
from presslint.article.model import BlockKind
from presslint.article.readers import read_article
from presslint.rulebook.config import Config
from presslint.text import tokens
from presslint.text.memo import TextFacts

RULES = default_rules(Config())


def test_a_fact_is_worked_out_once_for_its_article_and_never_for_another() -> None:
    calls: list[str] = []

    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    first, second = TextFacts(), TextFacts()
    assert [first.fact(length, "one"), first.fact(length, "three"), first.fact(length, "one")] == [3, 5, 3]
    assert calls == ["one", "three"]
    assert second.fact(length, "one") == 3
    assert calls == ["one", "three", "one"]


def test_a_derived_fact_reads_the_facts_it_is_made_from() -> None:
    facts = TextFacts()
    counts = facts.word_counts(("Astana and Astana", "and Almaty"))
    assert dict(counts) == {"Astana": 2, "and": 2, "Almaty": 1}
    assert facts.word_counts(("Astana and Astana", "and Almaty")) is counts
    assert facts.words("and Almaty") is facts.words("and Almaty")


def test_the_segments_of_a_scope_are_cut_once() -> None:
    facts = ArticleFacts(read_article("Title\n\nShe said “yes” to Astana.\n", "a.txt"))
    scope = frozenset({BlockKind.HEADLINE, BlockKind.PARAGRAPH})
    assert facts.segments(scope) is facts.segments(scope)
    assert [segment.text for segment in facts.segments(scope)] == ["Title", "She said ", "“yes”", " to Astana."]


def test_every_paragraph_of_a_long_article_is_split_into_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # 6,000 different paragraphs: more than the 4,096 a bounded cache held, which made each
    # of the eight rules that read words split every paragraph again.
    paragraphs = [f"Report {number}: the minister visited Kazkahstan on day {number}." for number in range(6000)]
    split: list[str] = []
    original = tokens._WORD_PIECES

    class Counting:  # the usual paragraph is split around its words in one call
        def split(self, text: str) -> object:
            split.append(text)
            return original.split(text)

    monkeypatch.setattr(tokens, "_WORD_PIECES", Counting())
    findings = lint_text("\n\n".join(paragraphs), "long.txt", rules=RULES)
    assert len(split) == len(set(split)) >= 6000
    assert sum(finding.match == "Kazkahstan" for finding in findings) == 6000
    gc.collect()
    assert not [item for item in gc.get_objects() if isinstance(item, ArticleFacts)]  # dropped with the article
