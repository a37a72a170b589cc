"""Output formats: small pure functions from results to text.

``auto`` picks GitHub annotations inside GitHub Actions and text elsewhere. ``html``, the
review page, shows articles: a run for it keeps clean results and each flagged article.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from presslint.finding import FileResult
from presslint.rule.model import Rule

# (results, rules, colour, files checked): results may leave out clean files, which only count.
Formatter = Callable[[Sequence[FileResult], Sequence[Rule], bool, int | None], str]


def formatter(name: str) -> Formatter:
    if name == "auto":
        name = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if name == "json":
        from presslint.report.formats.json_format import render_json

        return render_json
    if name == "sarif":
        from presslint.report.formats.sarif import render_sarif

        return render_sarif
    if name == "html":
        from presslint.report.formats.html import render_html

        return render_html
    if name == "github":
        from presslint.report.formats.github import render_github

        return render_github
    from presslint.report.formats.text import render_text

    return render_text
