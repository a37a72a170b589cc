"""What a check reports, the finding a user sees, and what one file gave."""

from __future__ import annotations

from typing import NamedTuple

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def severity_count(count: int, severity: str) -> str:
    """``1 error``, ``2 warnings``, ``3 info``: a count of findings of one severity, for people."""
    return f"{count} {severity}{'s' if count != 1 and severity != 'info' else ''}"


class Hit(NamedTuple):
    """A check's report: source offsets, the message, suggestions best first.

    ``fix`` is set only when the correction is unambiguous enough for ``--fix``.
    """

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    fix: str | None = None


class Finding(NamedTuple):
    """One problem in one file, positioned for people (line, column) and tools (offsets).

    Lines and columns are 1-based; columns count Unicode characters; ``end_column`` is the
    column just after the last flagged character (as SARIF's ``endColumn``).
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: str
    message: str
    match: str
    suggestions: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    fix: str | None = None
    line_text: str = ""  # the text of ``line``, for showing the finding in context

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)

    def as_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "match": self.match,
            "suggestions": list(self.suggestions),
        }


class FileResult:
    """What one file gave: findings, or a problem that kept it from being checked."""

    def __init__(
        self,
        path: str,
        findings: list[Finding] | None = None,
        error: str | None = None,
        skipped: bool = False,
    ) -> None:
        self.path = path
        self.findings = [] if findings is None else findings
        self.error = error  # one line, "path:line: what is wrong"
        self.skipped = skipped  # a notice (binary file), not a failure
