"""Golden articles: every finding of the shipped rules, with exact line, column and match.

Each ``fixtures/golden/NAME`` has ``NAME.expected`` beside it, reviewed by hand; a change
in any position, rule or match fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from presslint.api.lint import default_rules, lint_file
from presslint.rulebook.config import Config

GOLDEN = Path(__file__).parent / "fixtures" / "golden"
ARTICLES = sorted(path for path in GOLDEN.iterdir() if path.suffix in (".txt", ".md", ".html"))


def describe(path: Path) -> list[str]:
    config = Config()
    result = lint_file(str(path), default_rules(config), config)
    assert result.error is None
    return [f"{f.line}:{f.column} {f.end_line}:{f.end_column} {f.rule} {f.match!r}" for f in result.findings]


@pytest.mark.parametrize("article", ARTICLES, ids=[path.name for path in ARTICLES])
def test_golden_article(article: Path) -> None:
    expected_file = article.with_name(article.name + ".expected")
    expected = [line for line in expected_file.read_text(encoding="utf-8").splitlines() if line]
    assert describe(article) == expected
