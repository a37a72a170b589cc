from __future__ import annotations

import pytest

from presslint.config import Config
from presslint.lint import default_rules, lint_text

RULES = [rule for rule in default_rules(Config()) if rule.rule.id == "spelling.misspelled"]


def found(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    return [(f.line, f.column, f.match, f.suggestions[:2]) for f in lint_text(text, rules=RULES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nThe goverment will recieve it.\n", [(3, 5, "goverment", ("government",)),
                                                        (3, 20, "recieve", ("receive", "relieve"))]),
        ("Title\n\nA diety of the sea.\n", [(3, 3, "diety", ("deity", "dirty"))]),
        ("Title\n\nSeen teh car.\n", [(3, 6, "teh", ("the", "eth"))]),
        ("Title\n\nScience and Technlogy awards.\n", [(3, 13, "Technlogy", ("Technology",))]),
        ("Title\n\nHe was writting.\n", [(3, 8, "writting", ("writing", "writhing"))]),
        ("Title\n\nThey said comitive.\n", [(3, 11, "comitive", ())]),
        ("Title\n\n“We recieve,” she said.\n", [(3, 5, "recieve", ("receive", "relieve"))]),
    ],
    ids=["two-words", "typing-slip-first", "short-word", "capitalised-slip", "derived-but-mistyped",
         "no-suggestion", "inside-quotes"],
)  # fmt: skip
def test_misspellings(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nThe organisation's programme centre travelled.\n",
        "Title\n\nA multi-vector, co-ordinated policy with add-ons.\n",
        "Title\n\nYau Wai-ching and Roh Moo-hyun met.\n",
        "Title\n\nThe story was reposted by a localist ringtone maker.\n",
        "Title\n\nSee #istandwithahmed and @presslint or www.example.org.\n",
        "Title\n\nThe ODIHR and NATO met in Deseret and Nightwing.\n",
        "Title\n\nThe recieve [sic] note.\n",
        "Title\n\nShe could've said it was cybercrime.\n",
    ],
    ids=["british", "hyphen-parts", "hyphenated-given-names", "derived-words", "handles-and-urls",
         "abbreviations-and-names", "sic", "contraction-and-house-word"],
)  # fmt: skip
def test_no_finding(text: str) -> None:
    assert found(text) == []
