from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from presslint.article.model import BlockKind
from presslint.article.readers import read_article
from presslint.errors import SourceError

GOLDEN_MD = Path(__file__).parents[1] / "fixtures" / "golden" / "osce-visit.md"


def blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in read_article(text, "a.md").blocks if b.parent is None]


def test_every_block_maps_back_to_its_source() -> None:
    text = GOLDEN_MD.read_text(encoding="utf-8")
    article = read_article(text, GOLDEN_MD.name)
    for block in article.blocks:
        assert block.offsets is None or len(block.offsets) == len(block.text)
        for index, char in enumerate(block.text):
            if char != "\ufffc":
                start, end = block.source_span(index, index + 1)
                assert text[start:end] == char


def test_front_matter_fields() -> None:
    article = read_article(GOLDEN_MD.read_text(encoding="utf-8"), GOLDEN_MD.name)
    assert article.published == dt.date(2023, 6, 12)
    kinds = [(b.kind.value, b.text) for b in article.blocks[:4]]
    assert kinds[1:] == [
        ("headline", "OSCE Secretary-General visits Astana"),
        ("caption", "Helga Schmid in Astana."),
        ("boilerplate", "Photo credit: OSCE."),
    ]


def test_image_alt_and_emphasised_line_are_captions() -> None:
    text = "# T\n\n![A minister in Astana](x.jpg)\n*The minister on June 8. Photo: OSCE.*\n"
    assert blocks(text) == [
        ("headline", "T"),
        ("caption", "A minister in Astana"),
        ("caption", "The minister on June 8."),
        ("boilerplate", "Photo: OSCE."),
    ]


def test_emphasised_paragraph_after_an_image_is_a_caption() -> None:
    text = "![Alt](x.jpg)\n\n_Crowds in the square._\n\nA paragraph.\n"
    assert blocks(text) == [("caption", "Alt"), ("caption", "Crowds in the square."), ("paragraph", "A paragraph.")]


def test_code_is_never_read() -> None:
    text = "# Title\n\nIntro with `code here` inline.\n\n```\nfenced code\n```\n\n    indented code\n"
    assert blocks(text) == [("headline", "Title"), ("paragraph", "Intro with \ufffc inline.")]


def test_links_keep_their_text_only() -> None:
    text = "# Title\n\nSee [the OSCE](https://osce.org/a_b) and [ref][1] or <https://x.org>.\n\n[1]: https://y.org\n"
    assert blocks(text) == [("headline", "Title"), ("paragraph", "See the OSCE and ref or \ufffc.")]


def test_lists_tables_and_entities() -> None:
    text = "- one item\n- two &amp; three\n\n| a | b |\n|---|---|\n| cell c | d |\n"
    assert blocks(text) == [
        ("paragraph", "one item"),
        ("paragraph", "two & three"),
        ("paragraph", "a"),
        ("paragraph", "b"),
        ("paragraph", "cell c"),
        ("paragraph", "d"),
    ]


def test_broken_front_matter_names_the_line() -> None:
    with pytest.raises(SourceError) as error:
        read_article("---\ntitle: [unclosed\n---\nBody.\n", "a.md")
    assert str(error.value).startswith("a.md:3: invalid YAML")


def test_unclosed_front_matter() -> None:
    with pytest.raises(SourceError) as error:
        read_article("---\ntitle: x\nBody.\n", "a.md")
    assert str(error.value) == "a.md:1: front matter is not closed by a '---' line"


def test_blockquote_is_a_quote() -> None:
    assert blocks("> “We will,” he said.\n") == [("quote", "“We will,” he said.")]
    assert read_article("> x\n", "a.md").blocks[0].kind is BlockKind.QUOTE
