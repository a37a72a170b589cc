"""GitHub Actions workflow commands: one ``::error file=…,line=…::message`` per finding."""

from __future__ import annotations

from collections.abc import Sequence

from presslint.finding import FileResult
from presslint.rule.model import Rule

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(
    results: Sequence[FileResult], rules: Sequence[Rule], colour: bool = False, files: int | None = None
) -> str:
    lines = []
    for result in results:
        if result.error:
            lines.append(f"::error file={_property(result.path)},title=presslint::{_data(result.error)}")
        for finding in result.findings:
            message = finding.message
            if finding.suggestions:
                message += f" (suggestion: {', '.join(finding.suggestions[:3])})"
            properties = (
                f"file={_property(finding.path)},line={finding.line},col={finding.column},"
                f"endLine={finding.end_line},endColumn={finding.end_column},title={_property(finding.rule)}"
            )
            lines.append(f"::{_COMMANDS[finding.severity]} {properties}::{_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
