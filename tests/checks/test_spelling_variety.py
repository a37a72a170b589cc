"""``language: en | en-GB | en-US``: the house spelling variety, and no variety is ever a misspelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.article.readers.settings import DEFAULT_READ_SETTINGS
from presslint.rulebook.config import Config

RULES = default_rules(Config())
VARIETY_RULES = [rule for rule in RULES if rule.rule.id in ("spelling.variety", "consistency.spelling-variety")]
SPELLING = [rule for rule in RULES if rule.rule.id.startswith(("spelling.misspelled", "names."))]
MIXED = "Title\n\nThe organisation chose a color for the centre and the program.\n"
BRITISH = (
    "Title\n\nThe centred jewellery of a sceptical medallist, a cheque, an aeroplane and a marvellous "
    "manoeuvre of calibre; the mould, the furore and the pyjamas of the organisation's programme.\n"
)
AMERICAN = (
    "Title\n\nThe centered jewelry of a skeptical medalist, a check, an airplane and a marvelous "
    "maneuver of caliber; the mold, the furor and the pajamas of the organization's program.\n"
)


def configured(language: str) -> Config:
    return Config(read=DEFAULT_READ_SETTINGS._replace(language=language))


def found(text: str, language: str, path: str = "a.txt") -> list[tuple[str, int, int, str, tuple[str, ...]]]:
    findings = lint_text(text, path, config=configured(language), rules=VARIETY_RULES)
    return [(f.rule, f.line, f.column, f.match, f.suggestions) for f in findings]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # "program" is British too (software): it marks no variety
        ("en", [("consistency.spelling-variety", 3, 26, "color", ("colour",))]),
        ("en-GB", [("spelling.variety", 3, 26, "color", ("colour",))]),
        ("en-US", [("spelling.variety", 3, 5, "organisation", ("organization",)),
                   ("spelling.variety", 3, 40, "centre", ("center",))]),
    ],
    ids=["either-but-one-per-article", "british-house", "american-house"],
)  # fmt: skip
def test_the_house_variety_decides(language: str, expected: list[tuple[object, ...]]) -> None:
    assert found(MIXED, language) == expected


def test_the_house_variety_fixes_and_explains() -> None:
    (finding,) = lint_text(
        "Title\n\nThe color.\n", config=configured("en-GB"), rules=[r for r in VARIETY_RULES if "variety" in r.rule.id]
    )
    assert finding.message == "'color' is not British spelling, which the house style (en-GB) asks for: 'colour'."
    assert finding.fix == "colour"


def test_front_matter_sets_the_language_of_one_article() -> None:
    text = "---\ntitle: T\nlanguage: en-US\n---\n\nThe colour of the organization.\n"
    assert found(text, "en-GB", "a.md") == [("spelling.variety", 6, 5, "colour", ("color",))]


@pytest.mark.parametrize("language", ["en", "en-GB", "en-US"])
@pytest.mark.parametrize("text", [BRITISH, AMERICAN], ids=["british", "american"])
def test_no_variety_is_a_misspelling(text: str, language: str) -> None:
    assert lint_text(text, config=configured(language), rules=SPELLING) == []


def test_an_unknown_language_is_a_config_error(tmp_path: Path) -> None:
    from presslint.errors import SourceError
    from presslint.rulebook.config import load_config

    config = tmp_path / ".presslint.yaml"
    config.write_text("language: en-AU\n", encoding="utf-8")
    with pytest.raises(SourceError) as raised:
        load_config(config)
    assert str(raised.value).endswith(":1: language: expected one of en, en-GB, en-US, got 'en-AU'")
