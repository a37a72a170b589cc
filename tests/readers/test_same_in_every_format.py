"""One article reads the same as ``.txt``, ``.md`` and ``.html``: the same block kinds, the same findings.

Each article is written out as Markdown (its text escaped where Markdown would read it as
markup) and as HTML (each paragraph a ``<p>``, the text escaped), keeping its lines, so a
finding's line and message are the same in all three. The markup states no kind here:
which paragraph is the headline, the dateline, a caption or boilerplate is decided by the
one classification every reader shares.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.article.readers import read_article
from presslint.article.readers.plain import paragraph_spans
from presslint.rulebook.config import Config

FIXTURES = Path(__file__).parents[1] / "fixtures"
ARTICLES = [FIXTURES / "golden" / "astana-times-osce.txt", *sorted((FIXTURES / "corpus").glob("*.txt"))]
RULES = default_rules(Config())
EVERY_KIND = """OSCE chief visits Astana

Friday, July 21, 2017

By Aigerim Sadykova

Helga Schmid met Kassym-Jomart Tokayev in Astana on Tuesday, July 18, 2017. “We are proud,” she said.

Talks in Akorda

Schmid and Tokayev in Akorda on July 18. Photo credit: Akorda.

The talks covered the OSCE Programme Office in Astana and its work on water.

Sign up for our newsletter to get stories sent directly to you.
"""

_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>&!|])")
_MARKDOWN_LINE_START = re.compile(r"^([ \t]*)([#>+=-]|\d+[.)])", re.MULTILINE)


def _escaped_for_markdown(paragraph: str) -> str:
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", paragraph)
    return _MARKDOWN_LINE_START.sub(lambda found: found[1] + found[2][:-1] + "\\" + found[2][-1], escaped)


def _rewritten(text: str, paragraph: Callable[[str], str]) -> str:
    """``text`` with each paragraph rewritten, and everything between paragraphs kept."""
    parts, cursor = [], 0
    for start, end in paragraph_spans(text):
        parts += [text[cursor:start], paragraph(text[start:end])]
        cursor = end
    return "".join([*parts, text[cursor:]])


def as_markdown(text: str) -> str:
    return _rewritten(text, _escaped_for_markdown)


def as_html(text: str) -> str:
    return _rewritten(text, lambda paragraph: f"<p>{html.escape(paragraph, quote=False)}</p>")


def _kinds(text: str, path: str) -> list[tuple[str, str]]:
    return [(block.kind.value, " ".join(block.text.split())) for block in read_article(text, path).blocks]


def _findings(text: str, path: str) -> list[tuple[str, int, str, tuple[str, ...]]]:
    return sorted((f.rule, f.line, f.message, f.suggestions) for f in lint_text(text, path, rules=RULES))


def test_every_kind_is_decided_the_same_way_in_every_format() -> None:
    expected = [
        ("headline", "OSCE chief visits Astana"),
        ("dateline", "Friday, July 21, 2017"),
        ("byline", "By Aigerim Sadykova"),
        ("paragraph", "Helga Schmid met Kassym-Jomart Tokayev in Astana on Tuesday, July 18, 2017. "
                      "“We are proud,” she said."),
        ("subhead", "Talks in Akorda"),
        ("caption", "Schmid and Tokayev in Akorda on July 18."),
        ("boilerplate", "Photo credit: Akorda."),
        ("paragraph", "The talks covered the OSCE Programme Office in Astana and its work on water."),
        ("boilerplate", "Sign up for our newsletter to get stories sent directly to you."),
        ("quote", "“We are proud,”"),
    ]  # fmt: skip
    assert _kinds(EVERY_KIND, "a.txt") == expected
    assert _kinds(as_markdown(EVERY_KIND), "a.md") == expected
    assert _kinds(as_html(EVERY_KIND), "a.html") == expected


def test_a_plug_in_the_middle_of_an_article_is_read_in_every_format() -> None:
    # A paragraph that mentions a newsletter mid-article is reporting, not a sign-off: it is checked.
    text = "Title here\n\nThe newsletter of the OSCE in Kazkahstan was read widely.\n\nOne.\n\nTwo.\n\nThree.\n"
    for path, rendered in (("a.txt", text), ("a.md", as_markdown(text)), ("a.html", as_html(text))):
        assert _kinds(rendered, path)[1][0] == "paragraph"
        assert [(f.line, f.match) for f in lint_text(rendered, path, rules=RULES) if f.rule == "names.misspelled"] == [
            (3, "Kazkahstan")
        ]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_the_same_article_gives_the_same_kinds_and_findings_in_every_format(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    kinds, findings = _kinds(text, "a.txt"), _findings(text, "a.txt")
    assert any(kind == "headline" for kind, _ in kinds)  # there is something to classify
    for rendered, name in ((as_markdown(text), "a.md"), (as_html(text), "a.html")):
        assert _kinds(rendered, name) == kinds
        assert _findings(rendered, name) == findings
