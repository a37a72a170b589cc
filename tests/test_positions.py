"""Positions are exact whatever the line endings, BOM, tabs or characters outside the BMP."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslint.api.lint import default_rules, lint_file
from presslint.article.positions import LineIndex
from presslint.rulebook.config import Config

ARTICLE = "Headline here\n\nThe Secretary-General spoke.\n\nLater the Secretary General left.\n"


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("abc\ndef", 4, (2, 1)),
        ("abc\r\ndef", 5, (2, 1)),
        ("abc\rdef", 4, (2, 1)),
        ("a\tb", 2, (1, 3)),
        ("😀 x", 2, (1, 3)),
        ("abc\n", 3, (1, 4)),
    ],
    ids=["lf", "crlf", "lone-cr", "tab", "emoji", "end-of-line"],
)
def test_line_index(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert LineIndex(text).position(offset) == expected


def test_line_text_drops_the_line_break() -> None:
    index = LineIndex("one\r\ntwo\r\n")
    assert [index.line_text(1), index.line_text(2)] == ["one", "two"]


@pytest.mark.parametrize(
    ("prefix", "newline", "column"),
    [
        ("", "\n", 11),
        ("\ufeff", "\n", 11),
        ("", "\r\n", 11),
        ("\ufeff", "\r\n", 11),
    ],
    ids=["plain", "bom", "crlf", "bom-crlf"],
)
def test_file_positions_survive_bom_and_crlf(tmp_path: Path, prefix: str, newline: str, column: int) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes((prefix + ARTICLE.replace("\n", newline)).encode("utf-8"))
    config = Config()
    result = lint_file(str(path), default_rules(config), config)
    assert [(f.line, f.column, f.end_line, f.end_column, f.match) for f in result.findings] == [
        (5, column, 5, column + 17, "Secretary General")
    ]


def test_tabs_and_emoji_count_one_column_each(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Headline\n\nThe Secretary-General spoke.\n\n\t😀 🇰🇿 the Secretary General left.\n", "utf-8")
    config = Config()
    (finding,) = lint_file(str(path), default_rules(config), config).findings
    # tab, emoji, space, flag (two regional indicators), space, "the " → column 11
    assert (finding.line, finding.column, finding.match) == (5, 11, "Secretary General")


def test_a_name_split_across_a_line_break_is_one_match(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Headline\n\nThe Secretary-General spoke, and the Secretary\nGeneral left.\n", "utf-8")
    config = Config()
    (finding,) = lint_file(str(path), default_rules(config), config).findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (3, 38, 4, 8)
    assert finding.match == "Secretary\nGeneral"
