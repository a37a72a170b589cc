"""Markup a browser reads without complaint is read the same way: nothing raises, text keeps its offsets.

Each case was either a crash of the standard library's parser (marked sections, a stray
``<![``) or a place where it read differently from a browser (unclosed comments, raw-text
elements, abrupt comment ends, tags cut off by the end of the text).
"""

from __future__ import annotations

import pytest

from presslint.article.readers import read_article
from presslint.article.readers.html_tokens import Token, TokenKind, html_tokens


def texts(html: str) -> list[str]:
    article = read_article(html, "article.html")
    for block in article.blocks:  # every character is where it was written, or at the "&" of its reference
        assert all(html[offset] in (char, "&") for char, offset in zip(block.text, block.offsets, strict=True))
    return [block.text for block in article.blocks]


def test_the_issue_example_reads_as_text() -> None:
    html = "<p>Hello <![a](b) world</p>\n"
    (block,) = read_article(html, "bad.html").blocks
    # "<![a](b) world</p" is a bogus comment up to the first ">", as in a browser
    assert (block.text, block.start, block.end) == ("Hello", 3, 8)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Kazkahstan <![if gte mso 9]>Word<![endif]> exports</p>", ["Kazkahstan Word exports"]),
        ("<p>A <![CDATA[x]]> y</p>", ["A  y"]),
        ("<p>A <![CDATA[x > y]]> z</p>", ["A  y]]> z"]),
        ("<p>A ]]> B</p>", ["A ]]> B"]),
        ("<p>A <! B</p>", ["A"]),
        ("<p>A <!> B</p>", ["A  B"]),
        ("<p>A <!DOCTYPE html> B</p>", ["A  B"]),
        ("<p>A <?xml version='1.0'?> B</p>", ["A  B"]),
        ("<p>A </3 b> C</p>", ["A  C"]),
        ("<p>A </> C</p>", ["A  C"]),
        ("<p>A < B and C <= D</p>", ["A < B and C <= D"]),
        ("<p>Ends with </", ["Ends with </"]),
    ],
)
def test_declarations_and_marked_sections(html: str, expected: list[str]) -> None:
    assert [b.text for b in read_article(html, "a.html").blocks] == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>A <!-- note --> B</p>", ["A  B"]),
        ("<p>A <!-- unclosed comment Kazkahstan</p>", ["A"]),  # a browser hides everything after it
        ("<p>A <!--> B --> C</p>", ["A  B --> C"]),  # "<!-->" is a whole (empty) comment
        ("<p>A <!---> B</p>", ["A  B"]),
        ("<p>A <!-- x --!> B</p>", ["A  B"]),
        ("<p>A <!--[if gte mso 9]><p>Hidden</p><![endif]--> B</p>", ["A  B"]),
    ],
)
def test_comments_end_where_a_browser_ends_them(html: str, expected: list[str]) -> None:
    assert [b.text for b in read_article(html, "a.html").blocks] == expected


def test_a_quoted_attribute_may_hold_a_closing_bracket() -> None:
    html = "<p>A <b title='x>y'>Kazkahstan</b></p>"
    (block,) = read_article(html, "a.html").blocks
    assert block.text == "A Kazkahstan"
    assert html[block.offsets[2] : block.offsets[-1] + 1] == "Kazkahstan"


def test_a_tag_cut_off_by_the_end_of_the_text_is_dropped() -> None:
    assert texts('<p>A <b title="x>y C</p>') == ["A"]


def test_raw_text_elements_hold_no_tags() -> None:
    html = "<p>A</p><script>if (a < b) { x = '</p><p>not text' }</script><p>B</p><style>p{}</STYLE ><p>C</p>"
    assert texts(html) == ["A", "B", "C"]


def test_an_unclosed_script_hides_the_rest() -> None:
    assert texts("<p>A</p><script>var x = '<p>B</p>'") == ["A"]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>&notin; &notit; &amp B</p>", "∉ ¬it; & B"),
        ("<p>&#x41 &#65; &#0; &#x110000;</p>", "A A \ufffd \ufffd"),
        ("<p>&bogus; & &# &#x;</p>", "&bogus; & &# &#x;"),
        ("<p>&AElig&copy2026</p>", "Æ©2026"),
    ],
)
def test_character_references_follow_the_html_table(html: str, expected: str) -> None:
    (block,) = read_article(html, "a.html").blocks
    assert block.text == expected


def test_a_reference_points_at_its_ampersand_and_the_rest_keeps_its_offsets() -> None:
    html = "<p>&notit; Kazkahstan</p>"
    (block,) = read_article(html, "a.html").blocks
    assert block.text == "¬it; Kazkahstan"
    assert block.offsets[:4] == (3, 7, 8, 9)
    assert html[block.offsets[5]] == "K"


def test_tokens_carry_their_source_spans() -> None:
    html = "<P class=a>x&amp;<!-- c -->y</p>"
    assert list(html_tokens(html)) == [
        Token(TokenKind.START, 0, 11, "p"),
        Token(TokenKind.TEXT, 11, 12),
        Token(TokenKind.REFERENCE, 12, 17, "&"),
        Token(TokenKind.TEXT, 27, 28),
        Token(TokenKind.END, 28, 32, "p"),
    ]


def test_ten_thousand_nested_tags_are_read_in_linear_time() -> None:
    depth = 10_000
    html = "<blockquote><div>" * depth + "Kazkahstan" + "</div></blockquote>" * depth
    (block,) = read_article(html, "a.html").blocks
    assert block.text == "Kazkahstan"
    assert html[block.start : block.end] == "Kazkahstan"
