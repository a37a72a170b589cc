"""Inline suppressions in Markdown and HTML, applied in one place after the rules ran.

``<!-- presslint-disable RULE ... -->`` turns rules off until ``<!-- presslint-enable
RULE ... -->`` (or the end of the file); ``<!-- presslint-disable-next-line RULE -->``
turns them off for the next line with text. Without a rule, every rule is meant. Rule
names may be ids, families or globs. A suppression that suppresses nothing is reported
itself (``presslint.unused-suppression``, info), so stale ones do not pile up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fnmatch import fnmatchcase

from presslint.article.model import Article
from presslint.finding import Finding, Hit
from presslint.text.patterns import compiled

UNUSED_RULE = "presslint.unused-suppression"
_COMMENT = compiled(
    r"<!--\s*presslint-(?P<what>disable-next-line|disable|enable)(?P<rules>(?:\s+[\w.*?\[\]-]+)*)\s*-->"
)


class _Suppression:
    def __init__(
        self,
        rules: tuple[str, ...],
        start: int,
        end: int,
        first_line: int,
        last_line: int,
        used: bool = False,
    ) -> None:
        self.rules = rules  # empty: every rule
        self.start = start  # comment offsets
        self.end = end
        self.first_line = first_line  # lines it covers
        self.last_line = last_line
        self.used = used

    def covers(self, finding: Finding) -> bool:
        if not self.first_line <= finding.line <= self.last_line:
            return False
        return not self.rules or any(
            fnmatchcase(finding.rule, rule) or finding.rule.startswith(rule + ".") for rule in self.rules
        )


def _suppressions(article: Article) -> list[_Suppression]:
    found: list[_Suppression] = []
    open_ranges: dict[tuple[str, ...], _Suppression] = {}
    lines = article.lines
    for comment in _COMMENT.finditer(article.source):
        rules = tuple(comment["rules"].split())
        line = lines.position(comment.start())[0]
        if comment["what"] == "disable-next-line":
            target = _next_text_line(article, lines.position(comment.end())[0])
            found.append(_Suppression(rules, comment.start(), comment.end(), target, target))
        elif comment["what"] == "disable":
            suppression = _Suppression(rules, comment.start(), comment.end(), line, lines.line_count)
            open_ranges[rules] = suppression
            found.append(suppression)
        elif rules in open_ranges:
            open_ranges.pop(rules).last_line = line
        elif not rules:
            for suppression in open_ranges.values():
                suppression.last_line = line
            open_ranges.clear()
    return found


def _next_text_line(article: Article, after: int) -> int:
    for line in range(after + 1, article.lines.line_count + 1):
        if article.lines.line_text(line).strip():
            return line
    return after + 1


def apply_suppressions(article: Article, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` without the suppressed ones, plus one info finding per unused suppression."""
    from presslint.engine import make_finding

    suppressions = _suppressions(article) if "presslint-" in article.source else []
    if not suppressions:
        return list(findings)
    kept = []
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding)]
        for suppression in covering:
            suppression.used = True
        if not covering:
            kept.append(finding)
    for suppression in suppressions:
        if not suppression.used:
            what = ", ".join(suppression.rules) or "any rule"
            hit = Hit(suppression.start, suppression.end, f"This suppression of {what} suppresses nothing: remove it.")
            kept.append(make_finding(article, UNUSED_RULE, "info", hit))
    kept.sort(key=Finding.sort_key)
    return kept


def ignored_by_config(path: str, rule: str, per_file: Mapping[str, list[str]]) -> bool:
    """Whether the configuration's per-file ignores switch ``rule`` off for ``path``."""
    return any(
        fnmatchcase(path, pattern) and any(fnmatchcase(rule, r) or rule.startswith(r + ".") for r in rules)
        for pattern, rules in per_file.items()
    )


def suppression_insert(text: str, line_start: int, format_name: str, rule: str) -> tuple[int, str] | None:
    """Where to insert a comment that suppresses ``rule`` on the line starting at ``line_start``, and the text.

    Plain text has no comments: None. In HTML the comment gets a line of its own above.
    In Markdown a comment line inside a paragraph would end the paragraph, so there it
    goes above only a block's first line, and otherwise at the end of the line before.
    """
    if format_name not in ("Markdown", "HTML"):
        return None
    comment = f"<!-- presslint-disable-next-line {rule} -->"
    before = text[:line_start]
    previous = before[:-2] if before.endswith("\r\n") else before[:-1]  # without its one line break
    previous_line = previous[max(previous.rfind("\n"), previous.rfind("\r")) + 1 :]
    if format_name == "Markdown" and line_start > 0 and previous_line.strip():
        return len(previous), f" {comment}"
    line = text[line_start:]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    newline = "\r\n" if "\r\n" in text else "\r" if "\r" in text and "\n" not in text else "\n"
    return line_start, f"{indent}{comment}{newline}"
