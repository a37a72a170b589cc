from __future__ import annotations

from pathlib import Path

import pytest

from helpers import findings, rule_from_yaml

RULE = """
id: test.titles
kind: consistency
ignorecase: true
sets:
  - [Secretary-General, Secretary General]
  - [email, e-mail]
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Title\n\nThe Secretary-General spoke. The Secretary General left.\n",
            [
                (
                    3,
                    34,
                    "Secretary General",
                    "'Secretary General' here, but 'Secretary-General' on line 3: use one form.",
                )
            ],
        ),
        (
            "Title\n\nThe Secretary General spoke.\n\nThe Secretary-General left. The secretary-general smiled.\n",
            [(3, 5, "Secretary General", "'Secretary General' here, but 'Secretary-General' on line 5: use one form.")],
        ),
        ("Title\n\nThe Secretary-General spoke. The secretary-general left.\n", []),
        ("Title\n\nAn email and a Secretary-General.\n", []),
        ("Title\n\nThe Secretary-General spoke. “The Secretary General is right,” he said.\n", []),
    ],
    ids=["tie-first-wins", "majority-wins", "case-only", "different-sets", "quotation-not-reported"],
)
def test_consistency(tmp_path: Path, text: str, expected: list[tuple[int, int, str, str]]) -> None:
    got = [(f.line, f.column, f.match, f.message) for f in findings(rule_from_yaml(tmp_path, RULE), text)]
    assert got == expected


def test_quotations_count_as_evidence(tmp_path: Path) -> None:
    text = (
        "Title\n\n“The Secretary General is right,” he said of the Secretary General. The Secretary-General agreed.\n"
    )
    got = [(f.column, f.match, f.suggestions) for f in findings(rule_from_yaml(tmp_path, RULE), text)]
    assert got == [(73, "Secretary-General", ("Secretary General",))]


def test_preferred_form_wins_when_used(tmp_path: Path) -> None:
    rule = rule_from_yaml(tmp_path, RULE + "preferred: [Secretary-General]\n")
    text = "Title\n\nThe Secretary General spoke. The Secretary General left. The Secretary-General sat.\n"
    assert [(f.column, f.match) for f in findings(rule, text)] == [(5, "Secretary General"), (34, "Secretary General")]
