"""``--format html``: one self-contained review page, each article with its findings marked in place.

The page needs nothing but itself: its style and script are inline and the only ones its
Content-Security-Policy allows. It lists the articles with findings (each shown as the
reader sees it), the files that could not be read, and the clean articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from presslint.article.model import ResultWithArticle
from presslint.finding import FileResult, Finding
from presslint.report.formats.html.assets import assets
from presslint.report.formats.html.marks import as_text, mark_element, marked_article
from presslint.report.formats.html.summary import (
    article_table,
    family_table,
    filters,
    path_list,
    plural,
    severity_counts,
)
from presslint.rule.model import Rule
from presslint.version import VERSION

_KEYS = (
    "Keys: <kbd>j</kbd> or <kbd>n</kbd> next finding, <kbd>k</kbd> or <kbd>p</kbd> previous;"
    " hover or focus a mark to read it."
)


def render_html(
    results: Sequence[FileResult], rules: Sequence[Rule] = (), colour: bool = False, files: int | None = None
) -> str:
    """The page for every checked file's result, clean ones included; flagged ones keep their article.

    A result that is not a :class:`ResultWithArticle` has its findings listed with their
    text. ``files``, when given, counts every file checked, clean ones left out included.
    """
    flagged = [(f"article-{number}", result) for number, result in enumerate(results, 1) if result.findings]
    unread = [result.error for result in results if result.error and not result.findings]
    clean = [result.path for result in results if not result.findings and not result.error]
    findings = [finding for _, result in flagged for finding in result.findings]
    checked = (len(results) if files is None else files) - len(unread)
    clean_count = checked - len(flagged)
    totals = (
        f"{plural(checked, 'article')} checked: {len(flagged):,} with findings, {clean_count:,} clean"
        + (f", {len(unread):,} could not be read" if unread else "")
        + f". {severity_counts(findings) or 'No findings'}."
    )
    sections = [_article_section(anchor, result) for anchor, result in flagged]
    style, script, policy = assets()
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="presslint {VERSION}">
<title>presslint review: {escape(severity_counts(findings) or "no findings")}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>presslint review</h1>
<p class="totals">{totals}</p>
<nav class="controls" aria-label="Findings">
{filters(findings)}
<button type="button" id="previous" title="Previous finding (k or p)">◀ Previous</button>
<button type="button" id="next" title="Next finding (j or n)">Next ▶</button>
<span>showing <span id="visible">{len(findings)}</span> of {len(findings)}</span>
</nav>
</header>
<main>
<section class="summary">
{family_table(findings) if findings else ""}
{article_table(flagged) if flagged else ""}
{path_list("Could not be read", "unread", unread)}
{path_list("Clean", "clean", clean)}
</section>
{"".join(sections)}
</main>
<aside id="detail" role="status" aria-live="polite"><span id="position"></span> <span id="description"></span>
<span class="keys">{_KEYS}</span></aside>
<script>{script}</script>
</body>
</html>
"""


def _article_section(anchor: str, result: FileResult) -> str:
    findings = sorted(result.findings, key=Finding.sort_key)
    if isinstance(result, ResultWithArticle):
        marked = marked_article(result.article, findings)
        text, unplaced = marked.html, marked.unplaced
    else:  # a result that did not keep its article: each finding with its text
        text, unplaced = "", findings
    problem = f'<p class="problem">{escape(result.error)}</p>' if result.error else ""
    listed = "".join(
        f'<li><span class="where">line {f.line}, column {f.column}</span> {mark_element(f, as_text(f.match))}'
        f" {escape(f.message)}</li>"
        for f in unplaced
    )
    outside = f'<p class="counts">Not marked in the text:</p><ul class="unplaced">{listed}</ul>' if listed else ""
    return (
        f'<article class="checked" id="{anchor}" data-path="{escape(result.path)}">'
        f'<h2 class="path">{escape(result.path)}</h2><p class="counts">{severity_counts(findings)}</p>'
        f'{problem}<div class="text">{text}</div>{outside}</article>\n'
    )
