"""Run the active rules over one article and position what they report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from presslint.article.facts import ArticleFacts
from presslint.article.model import Article
from presslint.checks.base import Check
from presslint.errors import RuleFailed
from presslint.finding import SEVERITY_RANK, Finding, Hit
from presslint.rule.model import Rule
from presslint.text.matching import TIMEOUT_SECONDS, PatternTimeout

READER_RULE = "presslint.article"


class ActiveRule(NamedTuple):
    """A rule the run applies: its fields, its compiled check and the severity it reports at."""

    rule: Rule
    check: Check
    severity: str


def lint_article(article: Article, rules: Sequence[ActiveRule]) -> list[Finding]:
    """Every finding of ``rules`` in ``article``, sorted by position.

    A rule that raises (a bug of ours) does not stop the others: :class:`RuleFailed` is
    raised after all have run, naming the first that failed and holding the rest's findings.
    What the checks work out about the article is shared through one :class:`ArticleFacts`,
    made here and dropped when the article is done.
    """
    findings = [_reader_finding(article, offset, message) for offset, message in article.problems]
    failed: tuple[str, Exception] | None = None
    facts = ArticleFacts(article)
    for active in rules:
        try:
            hits = list(active.check.run(facts, facts.segments(active.rule.scope)))
        except PatternTimeout:
            message = f"a pattern of this rule ran longer than {TIMEOUT_SECONDS:g} s and was stopped; simplify it"
            hits = [Hit(0, 0, message)]
        except Exception as error:  # a bug in one rule: the others still check the article
            failed = failed or (active.rule.id, error)
            continue
        findings.extend(make_finding(article, active.rule.id, active.severity, hit) for hit in hits)
    if failed is not None:
        raise RuleFailed(failed[0], failed[1], _one_per_problem(findings))
    return _one_per_problem(findings)


def _one_per_problem(findings: list[Finding]) -> list[Finding]:
    """Sorted findings, keeping one where several rules flag the same text with the same fix.

    The most severe is kept (the first rule loaded, on a tie): a name that is both a slip
    from the register and a second spelling in the article is one problem.
    """
    findings.sort(key=lambda f: (f.start, f.end, f.suggestions[:1], -SEVERITY_RANK[f.severity]))
    kept: list[Finding] = []
    for finding in findings:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and (previous.start, previous.end) == (finding.start, finding.end)
            and previous.suggestions[:1] == finding.suggestions[:1]
            and finding.suggestions
        ):
            continue
        kept.append(finding)
    kept.sort(key=Finding.sort_key)
    return kept


def make_finding(article: Article, rule_id: str, severity: str, hit: Hit) -> Finding:
    line, column = article.lines.position(hit.start)
    end_line, end_column = article.lines.position(hit.end)
    return Finding(
        path=article.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        rule=rule_id,
        severity=severity,
        message=hit.message,
        match=article.source[hit.start : hit.end],
        suggestions=hit.suggestions,
        start=hit.start,
        end=hit.end,
        fix=hit.fix if hit.fix is None or article.written_as_read(hit.start, hit.end) else None,
        line_text=article.lines.line_text(line),
    )


def _reader_finding(article: Article, offset: int, message: str) -> Finding:
    return make_finding(article, READER_RULE, "warning", Hit(offset, offset, message))
