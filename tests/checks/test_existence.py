from __future__ import annotations

from pathlib import Path

import pytest

from helpers import described, findings, rule_from_yaml

RULE = """
id: test.banned
kind: existence
level: error
message: "Do not write '{match}'."
words: [very unique, at the end of the day]
patterns: ['\\d+ ?%']
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nA very unique day.\n", [(3, 3, "very unique", ())]),
        ("Title\n\nThe rate rose 5% and 7 %.\n", [(3, 15, "5%", ()), (3, 22, "7 %", ())]),
        ("Title\n\nAt the end\nof the day.\n", []),
        ("Title\n\nat the end\nof the day, yes.\n", [(3, 1, "at the end\nof the day", ())]),
        ("Title\n\nA veryunique thing.\n", []),
        ("Title\n\nVery unique.\n", []),
        ("Title\n\n“A very unique day,” he said.\n", []),
    ],
    ids=["word", "pattern", "case-sensitive", "across-line-break", "word-boundary", "case-exact", "quotation"],
)
def test_existence(tmp_path: Path, text: str, expected: list[tuple[int, int, str, tuple[str, ...]]]) -> None:
    assert described(rule_from_yaml(tmp_path, RULE), text) == expected


def test_message_and_level(tmp_path: Path) -> None:
    (finding,) = findings(rule_from_yaml(tmp_path, RULE), "Title\n\nA very unique day.\n")
    assert (finding.rule, finding.severity, finding.message) == ("test.banned", "error", "Do not write 'very unique'.")


def test_ignorecase_and_quotes_opt_in(tmp_path: Path) -> None:
    rule = rule_from_yaml(tmp_path, RULE + "ignorecase: true\nquotes: check\n")
    assert described(rule, "Title\n\n“Very unique,” he said.\n") == [(3, 2, "Very unique", ())]


def test_scope_limits_blocks(tmp_path: Path) -> None:
    rule = rule_from_yaml(tmp_path, RULE + "scope: [caption]\n")
    text = "Title\n\nA very unique day.\n\nA very unique photo. Photo: AP.\n"
    assert described(rule, text) == [(5, 3, "very unique", ())]


def test_headline_is_in_default_scope_but_boilerplate_is_not(tmp_path: Path) -> None:
    rule = rule_from_yaml(tmp_path, RULE)
    text = "A very unique headline\n\nBody.\n\nSign up for our very unique newsletter.\n"
    assert described(rule, text) == [(1, 3, "very unique", ())]
