"""Automatic consistency within an article: hyphenation, capitalisation, British/American
spelling, quotation marks and abbreviations, with exact positions and the silent cases."""

from __future__ import annotations

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.rulebook.config import Config

RULES = default_rules(Config())


def found(rule_id: str, text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    rules = [rule for rule in RULES if rule.rule.id == rule_id]
    return [(f.line, f.column, f.match, f.suggestions) for f in lint_text(text, rules=rules)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nTheir co-operation grew. Co-operation is good; cooperation matters.\n",
         [(3, 48, "cooperation", ("co-operation",))]),
        ("Title\n\nThe Secretary-General met the Secretary General, and the Secretary General left.\n",
         [(3, 5, "Secretary-General", ("Secretary General",))]),
        ("Title\n\nThe Organization for Security and Co-operation in Europe praised the cooperation.\n", []),
        ("Title\n\nA well-known writer, she is well known in Astana.\n", []),
        ("Title\n\nThe email went out. “Send an e-mail,” he said. The email came back.\n", []),
    ],
    ids=["lower-case", "title", "name-beside-common-word", "two-grammatical-roles", "quotation-is-evidence-only"],
)  # fmt: skip
def test_hyphenation(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found("consistency.hyphenation", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nThe Minister of Ecology and Natural Resources spoke.\n\nThe Minister of Ecology and Natural "
         "resources left.\n", [(5, 29, "Natural resources", ("Natural Resources",))]),
        ("Title\n\nThe Ministry of Natural Resources said natural resources matter.\n", []),
        ("Title\n\nThe Ministry of Natural Resources spoke. “The Ministry of Natural resources lies,” he said.\n", []),
    ],
    ids=["differing-words-reported", "common-noun", "quotation"],
)  # fmt: skip
def test_capitalisation(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found("consistency.capitalisation", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nThe organization's program helped; the organization's color and the colour of the flag.\n",
         [(3, 69, "colour", ("color",))]),
        ("Title\n\nThe organisation's programme and its colour; the organization grew.\n",
         [(3, 50, "organization", ("organisation",))]),
        ("Title\n\nThe OSCE Programme Office ran a training program for the organization.\n", []),
    ],
    ids=["british-among-american", "american-among-british", "name-exempt"],
)  # fmt: skip
def test_spelling_variety(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found("consistency.spelling-variety", text) == expected


def test_spelling_variety_message() -> None:
    (finding,) = lint_text(
        "Title\n\nThe organization's program and the colour.\n",
        rules=[rule for rule in RULES if rule.rule.id == "consistency.spelling-variety"],
    )
    assert finding.message == "'colour' is not American spelling, which the article uses ('organization', line 3)."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\n“We are proud,” she said. “It’s ours, and it's theirs.”\n", [(3, 45, "'", ("’",))]),
        ('Title\n\n"We are proud," she said. "It\'s ours." And “yes.”\n', [(3, 44, "“", ('"',)), (3, 49, "”", ('"',))]),
        ("Title\n\n“We are proud,” she said. “It’s ours.”\n", []),
    ],
    ids=["apostrophe", "double-quotes", "consistent"],
)  # fmt: skip
def test_quote_marks(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found("style.quote-marks", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\n“We will go on, she said.\n\nThen she left.\n", [(3, 1, "“", ())]),
        ("Title\n\nWe will go on,” she said.\n", [(3, 15, "”", ())]),
        ("Title\n\n“We will go on.\n\n“And we will win,” she said.\n", []),
        ('Title\n\nShe said, "we will go on.\n\nThen she left.\n', [(3, 11, '"', ())]),
    ],
    ids=["opening", "closing", "continued-quotation", "straight"],
)  # fmt: skip
def test_unbalanced_quotes(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found("style.unbalanced-quotes", text) == expected


def test_abbreviation_before_definition_and_twice() -> None:
    text = (
        "ODIHR in the headline\n\nODIHR sent observers. The Office for Democratic Institutions and Human Rights "
        "(ODIHR) reported.\n\nLater the Office for Democratic Institutions and Human Rights (ODIHR) agreed.\n"
    )
    assert found("style.abbreviation-before-definition", text) == [
        (3, 1, "ODIHR", ("Office for Democratic Institutions and Human Rights",))
    ]
    assert found("style.abbreviation-defined-twice", text) == [
        (5, 11, "Office for Democratic Institutions and Human Rights (ODIHR)", ("ODIHR",))
    ]


def test_seed_natural_resources_names_line_17() -> None:
    from pathlib import Path

    seed = (Path(__file__).parents[1] / "fixtures" / "golden" / "astana-times-osce.txt").read_text(encoding="utf-8")
    rules = [rule for rule in RULES if rule.rule.id == "consistency.capitalisation"]
    finding, summit = sorted(lint_text(seed, rules=rules), key=lambda f: -f.line)
    assert (finding.line, finding.column, finding.match) == (47, 25, "Natural resources")
    # the seed's other inconsistency: "the OSCE Summit in Astana" in a caption, "the OSCE summit" in the body
    assert (summit.line, summit.column, summit.match, summit.suggestions) == (27, 231, "OSCE summit", ("OSCE Summit",))
    assert (
        finding.message == "'Natural resources' here, but 'Natural Resources' on line 17: capitalise the name one way."
    )
