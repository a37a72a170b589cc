"""A fuzz target for each reader: structured random input, no exception, every block inside its source.

Each target builds input from the reader's own syntax (Markdown markers, HTML tags and
entities, front matter fences, plain-text captions and datelines) mixed with arbitrary
characters. The number of examples is bounded for CI; ``PRESSLINT_FUZZ_EXAMPLES=20000``
runs a long campaign locally.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslint.config import Config
from presslint.engine import lint_article
from presslint.errors import SourceError
from presslint.lint import default_rules
from presslint.readers import read_article

EXAMPLES = int(os.environ.get("PRESSLINT_FUZZ_EXAMPLES", "120"))
RULES = default_rules(Config())
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["Kazkahstan", "Astana", "the", "said", "“Quote”", '"', "’s", "June 8", "Photo: OSCE", "OSCE", "😀", "é"]
PLAIN = ["\n", "\n\n", "\r\n", "\r", "\t", " ", "ASTANA — ", "By Jane Doe", "(Photo credit: AP)", "ASTANA, June 7 -"]
MARKDOWN = [
    "# ",
    "## ",
    "- ",
    "  - ",
    "1. ",
    "> ",
    "```",
    "~~~",
    "    ",
    "|",
    "|---|",
    "*",
    "_",
    "`",
    "[",
    "](",
    ")",
    "![alt](x.png)",
    "<br>",
    "&amp;",
    "\\",
    "---",
    "***",
    "<!-- presslint-disable -->",
    "<!--",
    "-->",
]
HTML = [
    "<p>",
    "</p>",
    "<div>",
    "<b>",
    "</i>",
    "<br/>",
    "<figcaption>",
    "</figcaption>",
    "<h1>",
    "<script>",
    "</script>",
    "<pre>",
    "<code>",
    "&amp;",
    "&#8220;",
    "&nbsp;",
    "&bogus;",
    "<!--",
    "-->",
    "<",
    ">",
    "<a href='x'>",
    "</",
]
FRONT = ["---\n", "title: x\n", "date: 2022-06-09\n", "date: June\n", "tags: [a, b\n", "...\n", ": :\n", "- x\n"]


def _text(syntax: list[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(syntax), st.text(max_size=5))
    return st.lists(piece, max_size=50).map("".join)


def _check(text: str, path: str) -> None:
    try:
        article = read_article(text, path, Config().read, None)
    except SourceError as error:  # front matter that is not YAML: one line that names the file
        assert str(error).startswith(path + ":") and "\n" not in str(error)
        return
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(text)
        for index in (0, len(block.text) // 2, len(block.text)):
            start, end = block.source_span(index, index)
            assert block.start <= start <= end <= block.end
    for finding in lint_article(article, RULES):
        assert finding.match == text[finding.start : finding.end]


def _target(syntax: list[str], path: str) -> Callable[[], None]:
    @FUZZ
    @given(text=_text(syntax))
    def run(text: str) -> None:
        _check(text, path)

    return run


test_fuzz_plain_reader = _target(PLAIN, "article.txt")
test_fuzz_markdown_reader = _target(MARKDOWN + PLAIN, "article.md")
test_fuzz_html_reader = _target(HTML + PLAIN, "article.html")
test_fuzz_front_matter = _target(FRONT + MARKDOWN, "article.md")
