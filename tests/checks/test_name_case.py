"""Names written in the wrong case, on the seed article and on short texts: exact positions and messages.

Each case failed before the check existed: the capitalisation rule compared names of three
words or more only, and never a lower-case word with the lexicon or the register.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_from_yaml
from presslint.api.lint import default_rules, lint_text
from presslint.finding import Finding
from presslint.rulebook.config import Config

SEED = Path(__file__).parents[1] / "fixtures" / "golden" / "astana-times-osce.txt"
RULES = default_rules(Config())
RULE = "consistency.capitalisation"


def found(text: str, path: str = "article.txt", rules: object = None) -> list[tuple[int, int, str, str, str]]:
    findings: list[Finding] = lint_text(text, path, rules=RULES if rules is None else rules)  # type: ignore[arg-type]
    return [(f.line, f.column, f.match, f.suggestions[0], f.message) for f in findings if f.rule == RULE]


def test_a_name_the_seed_writes_right_then_in_lower_case() -> None:
    text = SEED.read_text(encoding="utf-8").replace(
        "Helga Schmid and President Tokayev", "Helga schmid and President Tokayev"
    )
    assert [finding for finding in found(text) if finding[0] == 13] == [
        (
            13,
            1,
            "Helga schmid",
            "Helga Schmid",
            "'Helga schmid' here, but 'Helga Schmid' on line 3: capitalise the name one way.",
        ),
    ]


def test_the_first_word_of_a_name_in_lower_case() -> None:
    text = SEED.read_text(encoding="utf-8").replace("Suleimenova and Helga Schmid", "Suleimenova and helga Schmid")
    assert [finding for finding in found(text) if finding[0] == 47] == [
        (
            47,
            25,
            "Natural resources",
            "Natural Resources",
            "'Natural resources' here, but 'Natural Resources' on line 17: capitalise the name one way.",
        ),
        (
            47,
            81,
            "helga Schmid",
            "Helga Schmid",
            "'helga Schmid' here, but 'Helga Schmid' on line 3: capitalise the name one way.",
        ),
    ]


CASES = [
    # (text after the headline, (column, match, suggestion, message) or None)
    (
        "Prime Minister Boris Johnson spoke. Later Boris johnson's aide left.",
        (
            43,
            "Boris johnson",
            "Boris Johnson",
            "'Boris johnson' here, but 'Boris Johnson' on line 3: capitalise the name one way.",
        ),
    ),
    (
        "He said boris Johnson, while Boris Johnson was away.",
        (
            9,
            "boris Johnson",
            "Boris Johnson",
            "'boris Johnson' here, but 'Boris Johnson' on line 3: capitalise the name one way.",
        ),
    ),
    (
        "Fans of Inter Miami cheered, and Inter miami won.",
        (
            34,
            "Inter miami",
            "Inter Miami",
            "'Inter miami' here, but 'Inter Miami' on line 3: capitalise the name one way.",
        ),
    ),
    (
        "The talks were held in Hong kong on Monday.",
        (24, "Hong kong", "Hong Kong", "'Hong kong': 'kong' is a name (the register has it); write 'Hong Kong'."),
    ),
    (
        "Officials met Boris johnson in London.",
        (
            15,
            "Boris johnson",
            "Boris Johnson",
            "'Boris johnson': 'johnson' is a name (writers use it almost only as one); write 'Boris Johnson'.",
        ),
    ),
    (
        "Chancellor merkel met Angela Merkel's aides.",
        (
            1,
            "Chancellor merkel",
            "Chancellor Merkel",
            "'Chancellor merkel': 'merkel' is a name (the article capitalises it everywhere else);"
            " write 'Chancellor Merkel'.",
        ),
    ),
    (
        "The World Cup began. The World cup final is on Sunday.",
        (26, "World cup", "World Cup", "'World cup' here, but 'World Cup' on line 3: capitalise the name one way."),
    ),
    ("He ate Apple pie in the Manchester rain.", None),
    ("Former President Trump spoke. The former President was in Miami.", None),
    ("Kenya's parliament voted. Parliament rose.", None),
    ("The Home Office said so. The home secretary agreed.", None),
    ("Fine china was sold. The Labour Party met, and labour costs rose.", None),
    # words that only modify a longer name's head, or complete it after "of", are no name on their own
    ("The National Iranian Oil Company said Iranian oil exports rose.", None),
    ("The European Court of Human Rights ruled. Human rights groups cheered.", None),
    # a short form keeps the longer name's head: it is the name
    (
        "Officials said the London Stock Exchange rose, and the Stock exchange closed.",
        (
            56,
            "Stock exchange",
            "Stock Exchange",
            "'Stock exchange' here, but 'Stock Exchange' on line 3: capitalise the name one way.",
        ),
    ),
    (
        "Go Digital on the World Service is a show. The BBC world Service airs it.",
        (
            52,
            "world Service",
            "World Service",
            "'world Service' here, but 'World Service' on line 3: capitalise the name one way.",
        ),
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[case[0][:30] for case in CASES])
def test_names_in_lower_case(body: str, expected: tuple[int, str, str, str] | None) -> None:
    result = found(f"Headline here\n\n{body}\n")
    assert result == ([] if expected is None else [(3, *expected)])


def test_headlines_are_reported_in_but_never_evidence() -> None:
    text = "Boothroyd calls for Lords speaker\n\nShe wants a Lords Speaker elected. The Lords Speaker Will Sit.\n"
    assert found(text) == [
        (
            1,
            21,
            "Lords speaker",
            "Lords Speaker",
            "'Lords speaker' here, but 'Lords Speaker' on line 3: capitalise the name one way.",
        ),
    ]


def test_a_caption_is_checked_like_the_body() -> None:
    text = (
        "Headline here\n\nPresident Kassym-Jomart Tokayev met Helga Schmid.\n\nHelga schmid in Astana. Photo: OSCE.\n"
    )
    assert found(text) == [
        (
            5,
            1,
            "Helga schmid",
            "Helga Schmid",
            "'Helga schmid' here, but 'Helga Schmid' on line 3: capitalise the name one way.",
        ),
    ]


def test_quotations_follow_the_quotes_setting_and_still_count_as_evidence(tmp_path: Path) -> None:
    text = 'Headline here\n\n"Boris Johnson is here," she said. "We met Boris johnson," he said. Boris johnson left.\n'
    # the quoted slip is left alone; the quoted right form is the evidence for the one outside
    assert found(text) == [
        (
            3,
            69,
            "Boris johnson",
            "Boris Johnson",
            "'Boris johnson' here, but 'Boris Johnson' on line 3: capitalise the name one way.",
        ),
    ]
    shipped = (Path(__file__).parents[2] / "rules" / "consistency" / "capitalisation.yaml").read_text(encoding="utf-8")
    checking_quotes = rule_from_yaml(tmp_path, shipped + "quotes: check\n")
    assert [line[:3] for line in found(text, rules=[checking_quotes])] == [
        (3, 44, "Boris johnson"),
        (3, 69, "Boris johnson"),
    ]
