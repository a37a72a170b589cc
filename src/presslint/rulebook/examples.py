"""Run the pass/fail examples embedded in rule files (`presslint rules test`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from presslint.article.model import Article, Block
from presslint.article.readers import read_article
from presslint.article.readers.blocks import add_quote_blocks
from presslint.article.readers.settings import DEFAULT_READ_SETTINGS
from presslint.engine import ActiveRule, lint_article
from presslint.finding import Finding
from presslint.rule.model import Example


class ExampleFailure(NamedTuple):
    rule: str
    path: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.problem}"


def example_article(example: Example) -> Article:
    """The example as an article: paragraphs (blank-line separated) read as plain text, or one block."""
    if "\n\n" in example.text.strip():
        return read_article(example.text, "<example>.txt", DEFAULT_READ_SETTINGS._replace(language=example.language))
    block = Block(example.kind, 0, len(example.text), example.text)
    return Article("<example>", example.text, add_quote_blocks([block]), language=example.language)


def _problem(example: Example, findings: Sequence[Finding]) -> str | None:
    if not example.should_fail:
        if findings:
            return f"pass example drew a finding on {findings[0].match!r}: {example.text!r}"
        return None
    if not findings:
        return f"fail example drew no finding: {example.text!r}"
    if example.match is not None and not any(finding.match == example.match for finding in findings):
        return f"fail example: expected a finding on {example.match!r}, got {[f.match for f in findings]}"
    if example.suggestion is not None and not any(
        finding.suggestions[:1] == (example.suggestion,) for finding in findings
    ):
        got = [finding.suggestions[:1] for finding in findings]
        return f"fail example: expected the suggestion {example.suggestion!r}, got {got}"
    return None


def run_examples(rules: Sequence[ActiveRule]) -> Iterator[tuple[ActiveRule, Example, ExampleFailure | None]]:
    """Each rule's examples, run with that rule alone."""
    for active in rules:
        for example in active.rule.examples:
            findings = lint_article(example_article(example), [active])
            problem = _problem(example, findings)
            failure = (
                None if problem is None else ExampleFailure(active.rule.id, active.rule.path, example.line, problem)
            )
            yield active, example, failure
