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
from invariants import check_article

from presslint.api.lint import default_rules
from presslint.rulebook.config import Config

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


def _target(syntax: list[str], path: str) -> Callable[[], None]:
    @FUZZ
    @given(text=_text(syntax))
    def run(text: str) -> None:
        check_article(text, path, RULES)

    return run


test_fuzz_plain_reader = _target(PLAIN, "article.txt")
test_fuzz_markdown_reader = _target(MARKDOWN + PLAIN, "article.md")
test_fuzz_html_reader = _target(HTML + PLAIN, "article.html")
test_fuzz_front_matter = _target(FRONT + MARKDOWN, "article.md")
