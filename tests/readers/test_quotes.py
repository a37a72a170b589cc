from __future__ import annotations

import pytest

from presslint.article.readers.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“Yes,” she said.", ["“Yes,”"]),
        ('"Yes," she said, "and no."', ['"Yes,"', '"and no."']),
        ("Kazakhstan’s role, the country’s way", []),
        ("He called it ‘a farce’ on Monday.", ["‘a farce’"]),
        ("the girls' robot and the teams' coach", []),
        ("“It goes on and on", ["“It goes on and on"]),
        ("«Oui», dit-il.", ["«Oui»"]),
        ('a 5" screen', []),
    ],
    ids=[
        "curly",
        "straight",
        "apostrophes",
        "british-single",
        "plural-possessive",
        "open-to-end",
        "guillemets",
        "inch-mark",
    ],
)
def test_find_quotes(text: str, quoted: list[str]) -> None:
    assert [text[start:end] for start, end in find_quotes(text)] == quoted
