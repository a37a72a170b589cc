"""The names register rules, with exact positions: slips, possessives, hyphens, line breaks, [sic]."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from presslint.api.lint import default_rules, lint_text
from presslint.rulebook.config import Config

RULES = default_rules(Config())
NAMES = [rule for rule in RULES if rule.rule.id.startswith("names.")]
Runner = Callable[..., tuple[int, str, str]]


def found(text: str, path: str = "a.txt") -> list[tuple[int, int, int, int, str, str, tuple[str, ...]]]:
    return [
        (f.line, f.column, f.end_line, f.end_column, f.rule, f.match, f.suggestions)
        for f in lint_text(text, path, rules=NAMES)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Title\n\nThe minister of Kazkahstan spoke.\n",
            [(3, 17, 3, 27, "names.misspelled", "Kazkahstan", ("Kazakhstan",))],
        ),
        (
            "Title\n\nKazkahstan’s minister spoke.\n",
            [(3, 1, 3, 11, "names.misspelled", "Kazkahstan", ("Kazakhstan",))],
        ),
        (
            "Title\n\nA Kazkahstan-based firm.\n",
            [(3, 3, 3, 13, "names.misspelled", "Kazkahstan", ("Kazakhstan",))],
        ),
        (
            "Title\n\nThey flew to\nKazkahstan\n",
            [(4, 1, 4, 11, "names.misspelled", "Kazkahstan", ("Kazakhstan",))],
        ),
        (
            "Title\n\nMinister Zulifya\nSuleimenova spoke.\n",
            [(3, 10, 3, 17, "names.misspelled", "Zulifya", ("Zulfiya",))],
        ),
        (
            "Title\n\n“We love KAZKAHSTAN,” she said.\n",
            [(3, 10, 3, 20, "names.misspelled", "KAZKAHSTAN", ("KAZAKHSTAN",))],
        ),
        (
            "Title\n\nThe Kazakstan delegation.\n",
            [(3, 5, 3, 14, "names.misspelled", "Kazakstan", ("Kazakhstan",))],
        ),
        (
            "Title\n\nPresident Tokayv met Schmid.\n",
            [(3, 11, 3, 17, "names.misspelled", "Tokayv", ("Tokayev", "Tokaev"))],
        ),
        (
            "Title\n\nPresident Kassym-Jomrat Tokayev spoke.\n",
            [(3, 18, 3, 24, "names.misspelled", "Jomrat", ("Jomart",))],
        ),
        (
            "Title\n\nThe envoy flew to Itlay and Gremany.\n",
            [(3, 19, 3, 24, "names.misspelled", "Itlay", ("Italy",)),
             (3, 29, 3, 36, "names.misspelled", "Gremany", ("Germany",))],
        ),
    ],
    ids=["plain", "possessive", "hyphenated", "line-start-and-end", "split-name", "quote-and-caps",
         "known-misspelling", "surname-alone", "part-of-hyphenated-name", "five-and-seven-letter-countries"],
)  # fmt: skip
def test_misspelled_names(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nThe Kazkahstan [sic] delegation wrote back.\n",
        "Title\n\nKazakhstan’s minister visited Kazakhstan-based firms in Astana.\n",
        "Title\n\nAhmad Shah met Zulfiya Suleimenova and Sergei Ivanov.\n",
        "Title\n\nThe festival in Almería and the match in Quinto.\n",
        "Title\n\nThey toured Victoria, Vincenti and the Repubblica office.\n",
        "Title\n\nTokaev and Tokayev are both accepted spellings.\n",
        "Title\n\nThe Erdogan government and Erdoğan himself.\n",
    ],
    ids=["sic", "correct-forms", "other-first-names", "foreign-places", "generic-name-parts", "variant", "accents"],
)
def test_no_finding(text: str) -> None:
    assert found(text) == []


def test_seed_names_are_never_flagged() -> None:
    seed = (Path(__file__).parents[1] / "fixtures" / "golden" / "astana-times-osce.txt").read_text(encoding="utf-8")
    assert [(f[0], f[5]) for f in found(seed)] == [(47, "Kazkahstan"), (47, "Zulifya")]


def test_message_names_the_register_entry() -> None:
    (finding,) = lint_text("Title\n\nMinister Zulifya Suleimenova spoke.\n", rules=NAMES)
    assert finding.message == "'Zulifya' is not how the register spells it: 'Zulfiya' (Zulfiya Suleimenova, person)."
    assert (finding.severity, finding.fix) == ("error", "Zulfiya")


@pytest.mark.parametrize(
    ("published", "expected"),
    [(None, []), ("2023-06-09", [(3, 13, "Nur-Sultan")]), ("2020-01-01", [])],
)
def test_former_names_after_the_renaming(published: str | None, expected: list[tuple[int, int, str]]) -> None:
    import datetime as dt

    date = dt.date.fromisoformat(published) if published else None
    findings = lint_text("Title\n\nThey met in Nur-Sultan.\n", rules=NAMES, published=date)
    assert [(f.line, f.column, f.match) for f in findings] == expected
    assert all(
        f.message.startswith("'Nur-Sultan' is a former name: 'Astana'. Nur-Sultan was renamed") for f in findings
    )


def test_newsroom_register_from_config(isolated: Path, run_cli: Runner) -> None:
    (isolated / "house").mkdir()
    (isolated / "house" / "people.yaml").write_text(
        "data: names\nentries:\n  - name: Wangari Maathai\n    type: person\n    misspellings: [Mathai]\n",
        encoding="utf-8",
    )
    (isolated / ".presslint.yaml").write_text("rules: [house]\n", encoding="utf-8")
    (isolated / "a.txt").write_text("Title\n\nWangari Maathia won. Mathai spoke.\n", encoding="utf-8")
    code, out, _ = run_cli("--format", "json", "--select", "names.misspelled", "a.txt")
    import json

    got = [(f["column"], f["match"], f["suggestions"]) for f in json.loads(out)["findings"]]
    assert (code, got) == (1, [(9, "Maathia", ["Maathai"]), (22, "Mathai", ["Maathai"])])


@pytest.mark.parametrize(
    ("register", "message"),
    [
        ("data: names\nentries:\n  - name: X\n    kind: person\n",
         "house/r.yaml:4: unknown key 'kind' in a register entry"),
        ("data: names\nentries:\n  - name: X\n    type: animal\n",
         "house/r.yaml:4: type: expected one of person, place, org, other, got 'animal'"),
        ("data: names\nplaces: Paris\n", "house/r.yaml:2: places: expected a list, got a string"),
        ("data: names\nentries:\n  - name: X\n    former: [{name: Y, until: soon}]\n",
         "house/r.yaml:4: former: item 1: until: expected a date (YYYY-MM-DD)"),
    ],
    ids=["unknown-key", "bad-type", "not-a-list", "bad-date"],
)  # fmt: skip
def test_broken_register_is_one_line(isolated: Path, run_cli: Runner, register: str, message: str) -> None:
    (isolated / "house").mkdir()
    (isolated / "house" / "r.yaml").write_text(register, encoding="utf-8")
    (isolated / ".presslint.yaml").write_text("rules: [house]\n", encoding="utf-8")
    (isolated / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    code, out, err = run_cli("a.txt")
    assert (code, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1
