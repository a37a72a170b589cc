from __future__ import annotations

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.rulebook.config import Config

RULES = [rule for rule in default_rules(Config()) if rule.rule.id == "names.one-spelling"]


def found(text: str) -> list[tuple[int, int, str, tuple[str, ...], str | None]]:
    return [(f.line, f.column, f.match, f.suggestions, f.fix) for f in lint_text(text, rules=RULES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Title\n\nMehraban coached the team.\n\nLater Mehrban said Mehraban was right.\n",
            [(5, 7, "Mehrban", ("Mehraban",), None)],
        ),
        (
            "Title\n\nK.C. Maurer, the treasurer, spoke. Recipients, said Mauer, must exhibit.\n",
            [(3, 53, "Mauer", ("Maurer",), None)],
        ),
        (
            "Title\n\nMinister Tleuberdi spoke. Later, said Tleubredi, talks went on.\n",
            [(3, 10, "Tleuberdi", ("Tleubredi",), None), (3, 39, "Tleubredi", ("Tleuberdi",), None)],
        ),
        ("Title\n\nThe Afghan team met Afghans, and Afghanistan’s envoy.\n", []),
        ("Title\n\nThe main drag, said Lian Chia Liang, economist at JP Morgan.\n", []),
        ("Title\n\nCheng Chung-tai and Cheung Kwok-kwan won seats; Cheung Kwok-kwan spoke.\n", []),
        ("Title\n\nThe Kazakhstan team. The Kazakstan fans.\n", []),
        ("Title\n\nBolden spoke. Boldne left. Bolden returned. The Bolden [sic] quote.\n",
         [(3, 15, "Boldne", ("Bolden",), None)]),
    ],
    ids=["rare-form", "tie-broken-by-the-lexicon", "tie-both-ways", "inflections", "words-of-one-name",
         "different-people", "register-left-to-names-rule", "sic"],
)  # fmt: skip
def test_one_spelling(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


def test_message_points_at_the_other_line() -> None:
    (finding,) = lint_text("Title\n\nMehraban coached.\n\nMehrban said Mehraban won.\n", rules=RULES)
    assert finding.message == "'Mehrban' here, but 'Mehraban' on line 3 (2×): the same name spelled two ways?"
