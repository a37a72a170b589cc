"""Text for people: ``path:line:col: level rule message``, the line, a marker under the match."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from presslint.finding import SEVERITIES, FileResult, Finding, severity_count
from presslint.rule.model import Rule

_CONTEXT = 40
_COLOURS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _excerpt(line_text: str, column: int, width: int) -> tuple[str, int]:
    """A window of the line around the match, and the match's column inside it."""
    start = max(0, column - 1 - _CONTEXT)
    end = min(len(line_text), column - 1 + width + _CONTEXT)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(line_text) else ""
    shown = (prefix + line_text[start:end] + suffix).replace("\t", " ")
    return shown, column - start + len(prefix)


def _describe(finding: Finding, line_text: str, colour: bool) -> list[str]:
    level = finding.severity
    if colour:
        level = f"{_COLOURS[level]}{level}{_RESET}"
    head = f"{finding.path}:{finding.line}:{finding.column}: {level} {finding.rule} {finding.message}"
    if finding.suggestions:
        head += f" (suggestion: {', '.join(finding.suggestions[:3])})"
    if colour:
        head = f"{_BOLD}{finding.path}:{finding.line}:{finding.column}:{_RESET}" + head.split(":", 3)[3]
    lines = [head]
    if line_text:
        width = len(finding.match) if finding.end_line == finding.line else len(line_text) - finding.column + 1
        shown, marker_column = _excerpt(line_text, finding.column, max(width, 1))
        marker = " " * (marker_column - 1) + "^" * max(1, min(width, len(shown) - marker_column + 1))
        lines += [f"    {shown}", f"    {_DIM if colour else ''}{marker}{_RESET if colour else ''}"]
    return lines


def render_text(
    results: Sequence[FileResult], rules: Sequence[Rule], colour: bool = False, files: int | None = None
) -> str:
    out: list[str] = []
    counts: Counter[str] = Counter()
    for result in results:
        if result.error:
            out.append(result.error)
            continue
        for finding in result.findings:
            counts[finding.severity] += 1
            out.extend(_describe(finding, finding.line_text, colour))
    files = len(results) if files is None else files
    summary = ", ".join(severity_count(counts[level], level) for level in SEVERITIES)
    out.append(f"{summary} in {files} file{'s' if files != 1 else ''}")
    return "\n".join(out) + "\n"
