"""The review page's summary: counts per rule family and per article, and the filters over them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from presslint.finding import SEVERITIES, FileResult, Finding, severity_count


def family(finding: Finding) -> str:
    """A rule's family is its id up to the first dot: ``names`` for ``names.misspelled``."""
    return finding.rule.split(".", 1)[0]


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def severity_counts(findings: Sequence[Finding]) -> str:
    """``2 errors, 1 warning``: the severities present, most severe first."""
    counts = Counter(finding.severity for finding in findings)
    return ", ".join(severity_count(counts[severity], severity) for severity in SEVERITIES if counts[severity])


def filters(findings: Sequence[Finding]) -> str:
    """A checkbox per severity and per family present, each with its count; all checked at first."""
    by_severity = Counter(finding.severity for finding in findings)
    by_family = Counter(family(finding) for finding in findings)
    severities = "".join(
        _checkbox("severity", severity, by_severity[severity]) for severity in SEVERITIES if by_severity[severity]
    )
    families = "".join(_checkbox("family", name, by_family[name]) for name in sorted(by_family))
    return (
        f'<fieldset class="filter"><legend>Severity</legend>{severities}</fieldset>'
        f'<fieldset class="filter"><legend>Family</legend>{families}</fieldset>'
    )


def _checkbox(kind: str, value: str, count: int) -> str:
    value = escape(value)
    return (
        f'<label><input type="checkbox" checked data-filter="{kind}" value="{value}">'
        f' <span class="{value if kind == "severity" else "family"}">{value}</span> ({count:,})</label>'
    )


def family_table(findings: Sequence[Finding]) -> str:
    by_family: dict[str, Counter[str]] = {}
    for finding in findings:
        by_family.setdefault(family(finding), Counter())[finding.severity] += 1
    rows = [(escape(name), counts) for name, counts in sorted(by_family.items())]
    return _count_table("families", "Findings by rule family", "family", rows, with_total=True)


def article_table(flagged: Sequence[tuple[str, FileResult]]) -> str:
    """One row per article with findings, linked to its section."""
    rows = [
        (f'<a href="#{anchor}">{escape(result.path)}</a>', Counter(finding.severity for finding in result.findings))
        for anchor, result in flagged
    ]
    return _count_table("articles", "Articles with findings", "article", rows, with_total=False)


def _count_table(
    css_class: str, caption: str, name: str, rows: list[tuple[str, Counter[str]]], with_total: bool
) -> str:
    """Counts of findings per severity, a row per family or article (its label already HTML)."""
    columns = (*SEVERITIES, "all") if with_total else SEVERITIES
    head = "".join(f'<th scope="col">{column}</th>' for column in columns)
    body = []
    for label, counts in rows:
        cells = [str(counts[severity] or "") for severity in SEVERITIES]
        cells += [f"{sum(counts.values()):,}"] if with_total else []
        body.append(f'<tr><th scope="row">{label}</th>{"".join(f"<td>{cell}</td>" for cell in cells)}</tr>')
    return (
        f'<table class="{css_class}"><caption>{caption}</caption>'
        f'<thead><tr><th scope="col">{name}</th>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


def path_list(title: str, css_class: str, lines: Sequence[str], open_at_most: int = 20) -> str:
    """A titled list of escaped lines, folded when long (clean articles, files that could not be read)."""
    if not lines:
        return ""
    shown = " open" if len(lines) <= open_at_most else ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return (
        f'<details class="{css_class}"{shown}><summary>{escape(title)} ({len(lines):,})</summary>'
        f"<ul>{items}</ul></details>"
    )
