from __future__ import annotations

from pathlib import Path

import pytest

from helpers import described, findings, rule_from_yaml
from presslint.report.fixes import fixed_text

RULE = """
id: test.doubled
kind: repetition
level: warning
message: "'{match}': the word is doubled."
exceptions: [had, That]
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nWe met the the minister.\n", [(3, 8, "the the", ("the",))]),
        ("Title\n\nThe the minister spoke.\n", [(3, 1, "The the", ("The",))]),
        ("Title\n\nShe met the\nthe minister.\n", [(3, 9, "the\nthe", ("the",))]),
        ("Title\n\nA crowd at the the, the square.\n", [(3, 12, "the the", ("the",))]),
        ("Title\n\nHe had had enough; that that was all.\n", []),  # exceptions, in any case
        ("Title\n\nThat that is.\n", []),
        ("Title\n\nA Duran Duran concert in Walla Walla.\n", []),  # names double a word
        ("Title\n\nTHE the end, tHe the end.\n", []),
        ("Title\n\nA a pen.\n", []),
        ("Title\n\nthe, the end. the-the end.\n", []),  # only white space between them
        ("Title\n\nthe theory\n", []),
        ("Title\n\n“the the,” she said.\n", []),  # quotations are left as spoken
    ],
    ids=["lower", "sentence-start", "line-break", "before-comma", "exceptions", "exception-capitalised", "names",
         "odd-case", "one-letter", "punctuation", "prefix", "quotation"],
)  # fmt: skip
def test_repetition(tmp_path: Path, text: str, expected: list[tuple[int, int, str, tuple[str, ...]]]) -> None:
    assert described(rule_from_yaml(tmp_path, RULE), text) == expected


def test_fix_keeps_the_first_word(tmp_path: Path) -> None:
    rule = rule_from_yaml(tmp_path, RULE)
    text = "Title\n\nThe the minister met the\nthe press.\n"
    assert fixed_text(text, findings(rule, text)) == ("Title\n\nThe minister met the press.\n", 2)


def test_message(tmp_path: Path) -> None:
    (finding,) = findings(rule_from_yaml(tmp_path, RULE), "Title\n\nWe met the the minister.\n")
    assert (finding.rule, finding.severity, finding.message) == (
        "test.doubled",
        "warning",
        "'the the': the word is doubled.",
    )
