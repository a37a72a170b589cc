from __future__ import annotations

from pathlib import Path

import pytest

from helpers import findings, rule_from_yaml

RULE = """
id: test.swap
kind: substitution
message: "Use '{suggestion}', not '{match}'."
ignorecase: true
swap:
  per cent: percent
  Kazakstan: Kazakhstan
  towards: [toward, to]
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nUp 5 per cent.\n", [(3, 6, "per cent", ("percent",), "percent")]),
        ("Title\n\nPer cent figures.\n", [(3, 1, "Per cent", ("Percent",), "Percent")]),
        ("Title\n\nIn Kazakstan’s capital.\n", [(3, 4, "Kazakstan", ("Kazakhstan",), "Kazakhstan")]),
        ("Title\n\nWalk towards it.\n", [(3, 6, "towards", ("toward", "to"), None)]),
        ("Title\n\nUp 5 percent.\n", []),
        ("Title\n\n“Up 5 per cent,” he said.\n", []),
    ],
    ids=["lower", "keeps-capital", "possessive", "two-suggestions-no-fix", "already-right", "quotation"],
)
def test_substitution(tmp_path: Path, text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.line, f.column, f.match, f.suggestions, f.fix) for f in findings(rule_from_yaml(tmp_path, RULE), text)]
    assert got == expected


def test_message(tmp_path: Path) -> None:
    (finding,) = findings(rule_from_yaml(tmp_path, RULE), "Title\n\nUp 5 per cent.\n")
    assert finding.message == "Use 'percent', not 'per cent'."


def test_regex_keys(tmp_path: Path) -> None:
    rule = rule_from_yaml(tmp_path, "id: test.ordinals\nkind: substitution\nregex: true\nswap:\n  'June 8th': June 8\n")
    assert [(f.column, f.match) for f in findings(rule, "Title\n\nOn June 8th.\n")] == [(4, "June 8th")]
