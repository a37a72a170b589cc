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


def test_front_matter_shows_as_its_title_and_captions() -> None:
    source = '---\ntitle: Mayor of Narobi visits\ncaptions:\n  - "The mayor in Narobi."\n---\n\nThe mayor came.\n'
    article = read_article(source, "a.md")
    in_title = _finding(source, source.index("Narobi"), source.index(" visits"))
    marked = marked_article(article, [in_title])
    assert marked.unplaced == []
    assert marked.html == (
        f'<h3 data-kind="headline" data-line="2">Mayor of {_mark(in_title)}Narobi</mark> visits</h3>\n'
        '<figure data-kind="caption" data-line="4"><figcaption>The mayor in Narobi.</figcaption></figure>\n'
        '<p data-kind="paragraph" data-line="7">The mayor came.</p>'
    )


def test_each_block_gives_the_line_it_starts_on_whatever_ends_the_lines() -> None:
    for newline in ("\n", "\r\n"):
        source = newline.join(["Mayor visits", "", "The mayor came.", "", "", "He left."]) + newline
        html = marked_article(read_article(source, "a.txt"), []).html
        assert [part.split('data-line="')[1].split('"')[0] for part in html.split("\n")] == ["1", "3", "6"], newline


def test_a_carriage_return_in_a_mark_stays_one() -> None:
    """HTML reads a raw CR as LF: the page writes it as a reference, so the mark holds exactly its match."""
    source = "Mayor visits\r\n\r\nThe mayor met the\r\nthe council.\r\n"
    twice = _finding(source, source.index("the\r\n"), source.index(" council"), "style.repeated")
    html = marked_article(read_article(source, "a.txt"), [twice]).html
    assert "\r" not in html
    assert f"{_mark(twice)}the&#13;\nthe</mark>" in html
