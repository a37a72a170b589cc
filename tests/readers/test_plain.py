from __future__ import annotations

from pathlib import Path

from presslint.article.model import BlockKind
from presslint.article.readers import read_article

SEED = Path(__file__).parents[1] / "fixtures" / "golden" / "astana-times-osce.txt"
AFGHAN = Path(__file__).parents[1] / "fixtures" / "golden" / "wikinews-gum-afghan.txt"


def kinds_by_line(path: Path) -> dict[int, list[str]]:
    article = read_article(path.read_text(encoding="utf-8"), path.name)
    lines: dict[int, list[str]] = {}
    for block in article.blocks:
        if block.parent is None:
            lines.setdefault(article.lines.position(block.start)[0], []).append(block.kind.value)
    return lines


def test_seed_blocks() -> None:
    lines = kinds_by_line(SEED)
    assert lines[1] == ["headline"]
    assert lines[3] == ["paragraph"]
    assert lines[5] == ["caption", "boilerplate"]
    assert lines[13] == ["caption", "boilerplate"]
    assert lines[21] == ["subhead"]
    assert lines[47] == ["caption", "boilerplate"]
    assert lines[74] == ["boilerplate"]


def test_caption_and_credit_offsets() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = read_article(text, "seed.txt")
    caption, credit = [b for b in article.blocks if article.lines.position(b.start)[0] == 13]
    assert text[caption.start : caption.end] == caption.text
    assert caption.text == "Helga Schmid and President Tokayev during their meeting in Akorda on June 7."
    assert credit.text == "Photo credit: Akorda."


def test_wikinews_dateline_gives_the_publication_date() -> None:
    article = read_article(AFGHAN.read_text(encoding="utf-8"), AFGHAN.name)
    assert str(article.published) == "2017-07-21"
    assert [b.kind for b in article.blocks[:2]] == [BlockKind.HEADLINE, BlockKind.DATELINE]
    captions = [b.text for b in article.blocks if b.kind is BlockKind.CAPTION]
    assert captions == ["The first FIRST Global robotics competition was held this week in Washington D.C."]


def test_quotes_become_blocks_inside_their_paragraph() -> None:
    text = "Title\n\n“We are proud,” she said, “and we will go on.” Then she left.\n"
    article = read_article(text, "a.txt")
    quotes = [b.text for b in article.blocks if b.kind is BlockKind.QUOTE]
    assert quotes == ["“We are proud,”", "“and we will go on.”"]


def test_configurable_caption_pattern() -> None:
    import regex

    from presslint.article.readers.settings import DEFAULT_READ_SETTINGS, ReadSettings

    settings = ReadSettings((regex.compile(r"\(Foto: [^)]+\)$"),), DEFAULT_READ_SETTINGS.boilerplate_patterns)
    article = read_article("Title\n\nThe minister in Bonn. (Foto: dpa)\n", "a.txt", settings)
    assert [(b.kind.value, b.text) for b in article.blocks[1:]] == [
        ("caption", "The minister in Bonn."),
        ("boilerplate", "(Foto: dpa)"),
    ]
