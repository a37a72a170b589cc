"""Every date check, with exact positions, and the cases that must stay silent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.rulebook.config import Config

RULES = [rule for rule in default_rules(Config()) if rule.rule.id.startswith("dates.")]
VISIT = "Schmid visited Astana on June 8-9 for the forum. On the sidelines of the forum, she met President Tokayev.\n\n"


def found(text: str, published: dt.date | None = None, path: str = "a.txt") -> list[tuple[object, ...]]:
    return [(f.line, f.column, f.rule, f.match, f.suggestions) for f in lint_text(text, path, rules=RULES,
                                                                                published=published)]  # fmt: skip


def test_seed_caption_names_the_body_line() -> None:
    from pathlib import Path

    seed = Path(__file__).parents[1] / "fixtures" / "golden" / "astana-times-osce.txt"
    findings = lint_text(seed.read_text(encoding="utf-8"), seed.name, rules=RULES)
    first = findings[0]
    assert (first.line, first.column, first.end_column, first.rule) == (13, 70, 76, "dates.caption-vs-body")
    assert first.message == (
        "The caption dates Schmid and Tokayev on June 7; line 7 says June 8-9: same event, different dates?"
    )


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Schmid and Tokayev during their meeting on June 7. Photo: Akorda.",
         [(5, 44, "dates.caption-vs-body", "June 7", ())]),
        ("Schmid and Tokayev during their meeting on June 9. Photo: Akorda.", []),
        ("Schmid at a climate conference on July 7. Photo: OSCE.", []),
        ("Tokayev at a meeting in Paris in 2019. Photo: Akorda.", []),
    ],
    ids=["conflict", "inside-the-range", "different-event", "no-day"],
)  # fmt: skip
def test_caption_vs_body(caption: str, expected: list[tuple[object, ...]]) -> None:
    assert found("Title\n\n" + VISIT + caption + "\n") == expected


GENEVA = "Title\n\nFriday, January 5, 2024\n\nMs Okafor visited Geneva on December 28-29 for talks on trade.\n\n"
CROSSING = "Title\n\nFriday, April 12, 2024\n\nMs Okafor visited Nairobi from March 30 to April 1 for talks.\n\n"


@pytest.mark.parametrize(
    ("body", "caption", "expected"),
    [
        # A part of the visit: a press conference, the mayor, a signing.
        (GENEVA, "Ms Okafor speaks to reporters in Geneva on 26 December.", [(7, 44, "26 December")]),
        (GENEVA, "Ms Okafor with the mayor of Geneva, December 31.", [(7, 37, "December 31")]),
        (GENEVA, "Ms Okafor signs an agreement in Geneva on December 24.", [(7, 43, "December 24")]),
        # The same person and place, no event word at all.
        (GENEVA, "Ms Okafor in Geneva on December 22.", [(7, 24, "December 22")]),
        # A visit across two months, and a caption with no year read in the year nearest the visit.
        (CROSSING, "Ms Okafor meets officials in Nairobi on April 7.", [(7, 41, "April 7")]),
        (GENEVA, "Ms Okafor arrives in Geneva, January 2.", [(7, 30, "January 2")]),
        # Silent: inside the visit, a day from a one-day event, a month for the visit, another occasion.
        (CROSSING, "Ms Okafor meets officials in Nairobi on March 31.", []),
        (GENEVA, "Ms Okafor in Geneva on December 29.", []),
        ("Title\n\nMs Okafor was in Lima on May 3.\n\n", "Ms Okafor in Lima on May 4.", []),
        (GENEVA, "Ms Okafor in Geneva in December.", []),
        (GENEVA, "Mr Haddad at a concert in Oslo on November 18.", []),
        (GENEVA, "Ms Okafor in Geneva on October 2.", []),
    ],
    ids=["part-press-conference", "part-mayor", "part-signing", "person-and-place", "across-months", "no-year",
         "inside-across-months", "inside", "a-day-off", "month-only", "another-occasion", "weeks-away"],
)  # fmt: skip
def test_caption_linked_by_who_where_and_what(body: str, caption: str, expected: list[tuple[object, ...]]) -> None:
    findings = lint_text(body + caption + " Image: Staff.\n", rules=RULES)
    assert [(f.line, f.column, f.match) for f in findings if f.rule == "dates.caption-vs-body"] == expected


@pytest.mark.parametrize(
    ("path", "text", "position"),
    [
        ("a.txt", GENEVA + "Ms Okafor speaks to reporters in Geneva on 26 December. Image: Staff.\n", (7, 44)),
        ("a.md", "---\ntitle: T\ndate: 2024-01-05\n---\n\nMs Okafor visited Geneva on December 28-29 for talks.\n\n"
                 "![Ms Okafor speaks to reporters in Geneva on 26 December.](okafor.jpg)\n", (8, 46)),
        ("a.md", "---\ntitle: T\ndate: 2024-01-05\ncaptions:\n  - Ms Okafor speaks to reporters in Geneva on "
                 "26 December.\n---\n\nMs Okafor visited Geneva on December 28-29 for talks.\n", (5, 48)),
        ("a.html", "<h1>T</h1><p>Friday, January 5, 2024</p><p>Ms Okafor visited Geneva on December 28-29 for "
                   "talks.</p>\n<figure><figcaption>Ms Okafor speaks to reporters in Geneva on 26 December."
                   "</figcaption></figure>\n", (2, 64)),
    ],
    ids=["plain-text", "markdown-image", "front-matter", "html-figcaption"],
)  # fmt: skip
def test_caption_in_every_format(path: str, text: str, position: tuple[int, int]) -> None:
    findings = [f for f in lint_text(text, path, rules=RULES) if f.rule == "dates.caption-vs-body"]
    assert [(f.line, f.column, f.match) for f in findings] == [(*position, "26 December")]
    assert findings[0].message.startswith("The caption dates Geneva and Okafor on 26 December; line ")
    assert findings[0].message.endswith(" says December 28-29: same event, different dates?")


KINDS = {  # body (published 2024-04-12), caption, the caption's date
    "part-of-the-visit": ("Ms Okafor visited Geneva on April 2-3 for talks.",
                          "Ms Okafor speaks to reporters in Geneva on 8 April.", "8 April"),
    "person-and-place": ("Ms Okafor visited Geneva on April 2-3 for talks.",
                         "Ms Okafor in Geneva on March 28.", "March 28"),
    "across-months": ("Ms Okafor visited Nairobi from March 30 to April 1 for talks.",
                      "Ms Okafor meets officials in Nairobi on April 7.", "April 7"),
    "no-year": ("Ms Okafor visited Geneva on April 2-3, 2024, for talks.",
                "Ms Okafor with the mayor of Geneva, April 9.", "April 9"),
}  # fmt: skip
FORMATS = {
    "plain-text": ("a.txt", "Title\n\nFriday, April 12, 2024\n\n{body}\n\n{caption} Image: Staff.\n"),
    "markdown-image": ("a.md", "---\ntitle: T\ndate: 2024-04-12\n---\n\n{body}\n\n![{caption}](photo.jpg)\n"),
    "front-matter": ("a.md", "---\ntitle: T\ndate: 2024-04-12\ncaptions:\n  - {caption}\n---\n\n{body}\n"),
    "html-figcaption": ("a.html", "<h1>T</h1><p>Friday, April 12, 2024</p>\n<p>{body}</p>\n"
                                  "<figure><figcaption>{caption}</figcaption></figure>\n"),
}  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("form", FORMATS)
def test_each_kind_of_caption_in_every_format(kind: str, form: str) -> None:
    body, caption, date = KINDS[kind]
    path, template = FORMATS[form]
    text = template.format(body=body, caption=caption)
    at = text.index(caption) + caption.index(date)  # where the caption's date stands in the source
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    findings = [f for f in lint_text(text, path, rules=RULES) if f.rule == "dates.caption-vs-body"]
    assert [(f.line, f.column, f.match) for f in findings] == [(line, column, date)]


def test_body_plans_are_not_what_a_photo_shows() -> None:
    text = "Title\n\nThe shuttle will launch on April 29.\n\nThe launch on April 12, 1981. Image: NASA.\n"
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nThe vote was on Monday, June 7, 2022.\n", [(3, 17, "dates.weekday", "Monday", ("Tuesday",))]),
        ("Title\n\nThe vote was on Tuesday, June 7, 2022.\n", []),
        ("Title\n\nThe vote was on Monday, June 7.\n", []),
        (
            "Friday, July 21, 2017\n\nThe vote was on Monday, July 18.\n",
            [(3, 17, "dates.weekday", "Monday", ("Tuesday",))],
        ),
        ("Thursday, July 21, 2017\n\nBody.\n", [(1, 1, "dates.weekday", "Thursday", ("Friday",))]),
    ],
    ids=["wrong", "right", "no-year", "year-from-dateline", "dateline-itself"],
)  # fmt: skip
def test_weekday(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


def test_weekday_fix_and_message() -> None:
    (finding,) = lint_text("Title\n\nOn Monday, June 7, 2022.\n", rules=RULES)
    assert (finding.message, finding.fix) == ("June 7, 2022 was a Tuesday, not a Monday.", "Tuesday")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nIt ended on June 31.\n", [(3, 13, "dates.impossible", "June 31", ())]),
        ("Title\n\nIt ended on Feb. 29, 2023.\n", [(3, 13, "dates.impossible", "Feb. 29, 2023", ())]),
        ("Title\n\nIt ended on April 31 and on February 30.\n",
         [(3, 13, "dates.impossible", "April 31", ()), (3, 29, "dates.impossible", "February 30", ())]),
        ("Title\n\nIt ended on Feb. 29, 2024 and June 30.\n", []),
    ],
    ids=["june-31", "feb-29-common-year", "two", "valid"],
)  # fmt: skip
def test_impossible(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nThe final was held on July 28, 2017.\n", [(3, 23, "dates.after-publication", "July 28, 2017", ())]),
        ("Title\n\nThe final will be held on July 28, 2017.\n", []),
        ("Title\n\nThe final was held on July 20, 2017.\n", []),
        ("Title\n\nThe team on July 28. Photo: AP.\n", [(3, 13, "dates.after-publication", "July 28", ())]),
        ("Title\n\nThe report, Edmonton Sun, July 22, 2017.\n", []),
    ],
    ids=["past-after", "future", "before", "photo-after", "citation"],
)  # fmt: skip
def test_after_publication(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text, dt.date(2017, 7, 21)) == expected


def test_after_publication_needs_the_publication_date() -> None:
    assert found("Title\n\nThe final was held on July 28, 2017.\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nThe competition ran from July 16 to 17. The competition ended on Tuesday.\n",
         [(3, 66, "dates.relative", "Tuesday", ())]),
        ("Title\n\nThe competition ran from July 16 to 18. The competition ended on Tuesday.\n", []),
        ("Title\n\nThe competition ended on Tuesday. The festival runs until July 30.\n", []),
    ],
    ids=["contradiction", "agrees", "not-the-same-event"],
)  # fmt: skip
def test_relative(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text, dt.date(2017, 7, 21)) == expected


def test_relative_message() -> None:
    text = "Title\n\nThe competition ran from July 16 to 17. The competition ended on Tuesday.\n"
    (finding,) = lint_text(text, rules=RULES, published=dt.date(2017, 7, 21))
    assert finding.message == (
        "'Tuesday' is Tuesday, July 18, 2017, counted from the publication date (Friday, July 21, 2017), "
        "but line 3 dates it July 16 to 17."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Title\n\nTalks ran June 8-9 and June 12–13, and June 20-21.\n",
            [(3, 24, "dates.range-dashes", "June 12–13", ())],
        ),
        ("Title\n\nTalks began on June 8 and ended on 9 June.\n", [(3, 36, "dates.day-month-order", "9 June", ())]),
        ("Friday, 21 July 2017\n\nTalks began on June 8 and ended on June 9.\n", []),
    ],
    ids=["dashes", "order", "dateline-not-counted"],
)  # fmt: skip
def test_date_style_consistency(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


def test_markdown_front_matter_date_anchors_checks() -> None:
    text = "---\ntitle: Final\ndate: 2017-07-21\n---\n\nThe final was held on July 28, 2017.\n"
    assert found(text, path="a.md") == [(6, 23, "dates.after-publication", "July 28, 2017", ())]


def test_html_figcaption_is_a_caption() -> None:
    text = (
        "<h1>Visit</h1><p>Schmid visited Astana on June 8-9 for the forum. She met President Tokayev at the forum.</p>"
        "<figure><figcaption>Schmid and Tokayev during their meeting on June 7.</figcaption></figure>"
    )
    assert found(text, path="a.html") == [(1, 173, "dates.caption-vs-body", "June 7", ())]


def test_a_newsroom_adds_words_to_a_kind_of_event(isolated: Path, run_cli: Callable[..., tuple[int, str, str]]) -> None:
    (isolated / "rules").mkdir()
    (isolated / "rules" / "events.yaml").write_text("data: events\nkinds:\n  visit:\n    words: [junket]\n")
    (isolated / ".presslint.yaml").write_text("rules: [rules]\n", encoding="utf-8")
    (isolated / "a.txt").write_text(
        "Title\n\nFriday, April 12, 2024\n\nMs Okafor went on a junket to Geneva on April 2-3.\n\n"
        "Ms Okafor on the junket, April 9. Image: Staff.\n",
        encoding="utf-8",
    )
    assert "a.txt:7:26: error dates.caption-vs-body" not in run_cli("--no-config", "a.txt")[1]
    assert "a.txt:7:26: error dates.caption-vs-body The caption dates Okafor on April 9" in run_cli("a.txt")[1]
