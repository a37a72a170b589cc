"""Marks in an article's text: nested where findings nest, listed where they cannot be marked in place."""

from __future__ import annotations

from presslint.article.readers import read_article
from presslint.finding import Finding
from presslint.report.formats.html.marks import marked_article


def _finding(article_source: str, start: int, end: int, rule: str = "names.misspelled") -> Finding:
    line = article_source.count("\n", 0, start) + 1
    column = start - (article_source.rfind("\n", 0, start) + 1) + 1
    match = article_source[start:end]
    return Finding("a", line, column, line, column + len(match), rule, "error", "m", match, (), start, end)


def _mark(finding: Finding) -> str:
    return (
        f'<mark class="finding error" tabindex="0" data-rule="{finding.rule}"'
        f' data-family="{finding.rule.split(".")[0]}" data-severity="error" data-line="{finding.line}"'
        f' data-column="{finding.column}" data-message="m">'
    )


def test_nested_findings_nest_and_a_crossing_one_is_listed() -> None:
    source = "Mayor visits\n\nThe mayor of Narobi met <officials>.\n"
    article = read_article(source, "a.txt")
    narobi = _finding(source, source.index("Narobi"), source.index(" met"))
    mayor_of_narobi = _finding(source, source.index("mayor of"), source.index(" met"), "style.wordy")
    narobi_met = _finding(source, source.index("Narobi"), source.index(" <"), "style.other")
    marked = marked_article(article, [narobi, narobi_met, mayor_of_narobi])
    assert marked.unplaced == [narobi_met]
    assert marked.html == (
        '<h3 data-kind="headline" data-line="1">Mayor visits</h3>\n'
        f'<p data-kind="paragraph" data-line="3">The {_mark(mayor_of_narobi)}mayor of {_mark(narobi)}Narobi</mark>'
        "</mark> met &lt;officials&gt;.</p>"
    )


def test_a_finding_over_markup_shows_its_source_and_one_outside_the_text_is_listed() -> None:
    source = "# Visit\n\nThe **mayor** of Narobi met `code` officials.\n<!-- presslint-disable-next-line x -->\n"
    article = read_article(source, "a.md")
    over_markup = _finding(source, source.index("The"), source.index(" of"), "style.wordy")
    in_comment = _finding(source, source.index("<!--"), source.index("-->") + 3, "presslint.unused-suppression")
    empty = _finding(source, source.index("met"), source.index("met"), "style.empty")
    marked = marked_article(article, [over_markup, in_comment, empty])
    assert marked.unplaced == sorted([in_comment, empty], key=Finding.sort_key)
    assert marked.html == (
        '<h3 data-kind="headline" data-line="1">Visit</h3>\n'
        f'<p data-kind="paragraph" data-line="3">{_mark(over_markup)}The **mayor**</mark> of Narobi met'
        ' <code class="markup">`code`</code> officials.</p>'
    )
