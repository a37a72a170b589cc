"""What must hold for any input: shared by the hypothesis tests and the atheris harness.

Reading never raises but for a front-matter problem (one line naming the file); every
block lies inside the source, and each of its characters is the one written there (or
the ``&`` of an HTML character reference, or the tag of an HTML line break); every
finding's ``match`` is the source text at its span, and the review page marks it with
exactly that text, the article's own markup never becoming the page's.
"""

from __future__ import annotations

from collections.abc import Sequence

from page_reader import Mark, PageReader
from presslint.article.model import Article, ResultWithArticle
from presslint.article.readers import read_article
from presslint.article.source import NotText, decode
from presslint.engine import ActiveRule, lint_article
from presslint.errors import SourceError
from presslint.finding import FileResult, Finding
from presslint.report.formats.html import render_html
from presslint.rulebook.config import Config

KINDS = ("article.txt", "article.md", "article.html")

# What the review page is made of, from its <main> on: any other element came from an article.
_PAGE_TAG_NAMES = (
    "main section table caption thead tbody tr th td a details summary ul li article h2 h3 h4 p div figure"
    " figcaption blockquote pre mark code span aside kbd script"
)
_PAGE_TAGS = set(_PAGE_TAG_NAMES.split())
_HTML_STAND_INS = ("&", "<")  # an HTML reference's characters sit at its "&", a <br>'s line break at its "<"


def check_article(text: str, path: str, rules: Sequence[ActiveRule] | None) -> None:
    """Read ``text`` as ``path``'s kind and, if ``rules`` are given, lint it; assert the invariants."""
    try:
        article = read_article(text, path, Config().read, None)
    except SourceError as error:  # front matter that is not YAML: one line that names the file
        assert str(error).startswith(path + ":") and "\n" not in str(error)
        return
    html = path.endswith(".html")
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(text)
        if block.offsets is None:  # plain text: the block is its source
            assert text[block.start : block.end] == block.text
        else:
            assert len(block.offsets) == len(block.text)
        if html and block.offsets is not None:
            for char, offset in zip(block.text, block.offsets, strict=True):
                assert text[offset] == char or text[offset] in _HTML_STAND_INS, (char, offset)
        for index in (0, len(block.text) // 2, len(block.text)):
            start, end = block.source_span(index, index)
            assert block.start <= start <= end <= block.end
    if rules is not None:
        findings = lint_article(article, rules)
        for finding in findings:
            assert finding.match == text[finding.start : finding.end]
        check_review_page(article, findings)


def check_review_page(article: Article, findings: list[Finding]) -> None:
    """The review page marks each finding with exactly its match, and none of the article is markup in it."""
    page = PageReader(render_html([ResultWithArticle(FileResult(article.path, findings), article)]))
    assert sorted(page.marks) == sorted(Mark(f.rule, f.severity, f.line, f.column, f.match) for f in findings)
    assert len(page.scripts) == 1 and not page.event_attributes
    shown = page.tags[page.tags.index("main") :]
    assert set(shown) <= _PAGE_TAGS, set(shown) - _PAGE_TAGS


def check_input(data: bytes, rules: Sequence[ActiveRule]) -> None:
    """A fuzzer's input: the first byte picks the kind (and, with its top bit, linting), the rest is the file."""
    if not data:
        return
    try:
        text = decode(data[1:])
    except NotText:
        return
    check_article(text, KINDS[data[0] % len(KINDS)], rules if data[0] & 0x80 else None)
