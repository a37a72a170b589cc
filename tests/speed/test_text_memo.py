"""A paragraph is read once per article, however long the article, and forgotten after it."""

from __future__ import annotations

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.rulebook.config import Config
from presslint.text import tokens
from presslint.text.memo import forget_article, per_article

RULES = default_rules(Config())


def test_a_memoised_function_answers_from_memory_until_the_article_is_done() -> None:
    calls: list[str] = []

    @per_article
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    assert [length("one"), length("three"), length("one")] == [3, 5, 3]
    assert calls == ["one", "three"]
    forget_article()
    assert length("one") == 3
    assert calls == ["one", "three", "one"]


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
    assert tokens.words.cache_info().currsize == 0  # type: ignore[attr-defined]  # forgotten after the article
