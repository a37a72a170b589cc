"""A broken rule file is one line, ``file:line: what is wrong``, and exit code 2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

Runner = Callable[..., tuple[int, str, str]]
GOOD = "id: house.one\nkind: existence\nwords: [foo]\n"

CASES = [
    (
        "unknown-key",
        "id: house.x\nkind: existence\nwords: [foo]\ncolour: red\n",
        "rules/x.yaml:4: unknown key 'colour' in a existence rule (known: boundaries, description, enabled, examples, "
        "id, ignorecase, kind, level, link, message, patterns, quotes, scope, words)",
    ),
    (
        "wrong-type",
        "id: house.x\nkind: existence\nwords: foo\n",
        "rules/x.yaml:3: words: expected a list, got a string",
    ),
    (
        "wrong-item-type",
        "id: house.x\nkind: existence\nwords:\n  - foo\n  - [bar]\n",
        "rules/x.yaml:3: words: item 2: expected a string, got a list",
    ),
    (
        "bad-regex",
        "id: house.x\nkind: existence\npatterns:\n  - 'ok'\n  - '(unclosed'\n",
        "rules/x.yaml:5: pattern '(unclosed' does not compile: missing ) at position 9",
    ),
    (
        "unknown-kind",
        "id: house.x\nkind: grammar\n",
        "rules/x.yaml:2: unknown kind 'grammar' "
        "(known: existence, substitution, consistency, names, name-consistency, spelling, dates, hyphenation, "
        "capitalisation, spelling-variants, quotation-marks, abbreviations, repetition)",
    ),
    ("missing-kind", "id: house.x\nwords: [foo]\n", "rules/x.yaml:1: a rule file needs the key 'kind'"),
    ("missing-option", "id: house.x\nkind: substitution\n", "rules/x.yaml:1: a substitution rule needs the key 'swap'"),
    (
        "bad-level",
        "id: house.x\nkind: existence\nwords: [a]\nlevel: fatal\n",
        "rules/x.yaml:4: level: expected one of error, warning, info, got 'fatal'",
    ),
    (
        "bad-scope",
        "id: house.x\nkind: existence\nwords: [a]\nscope: [body]\n",
        "rules/x.yaml:4: scope: item 1: expected one of headline, dateline, byline, paragraph, subhead, caption, "
        "quote, boilerplate, front-matter, all, got 'body'",
    ),
    (
        "bad-id",
        "id: House\nkind: existence\nwords: [a]\n",
        "rules/x.yaml:1: rule id 'House' must look like family.name (lowercase, dots, hyphens)",
    ),
    (
        "bad-placeholder",
        "id: house.x\nkind: existence\nwords: [a]\nmessage: 'Use {suggestion}'\n",
        "rules/x.yaml:4: message uses {suggestion}; a existence rule knows {match}",
    ),
    (
        "list-not-mapping",
        "- id: house.x\n  kind: existence\n",
        "rules/x.yaml:1: a rule file must be a mapping with 'id' and 'kind', not a list",
    ),
    (
        "unknown-data",
        "data: verbs\nwords: [a]\n",
        "rules/x.yaml:1: unknown data type 'verbs' (known: names, words, events)",
    ),
    ("empty", "", "rules/x.yaml:1: a rule file must be a mapping with 'id' and 'kind', not empty"),
    (
        "bad-event-kind",
        "data: events\nkinds:\n  visit:\n    wordz: [trip]\n",
        "rules/x.yaml:2: kinds: 'visit': unknown key 'wordz' in an event kind (known: parts, words)",
    ),
    (
        "duplicate-key",
        "id: house.x\nkind: existence\nwords: [a]\nwords: [b]\n",
        "rules/x.yaml:4: key 'words' is given twice",
    ),
    (
        "tabs",
        "id: house.x\nkind: existence\nwords:\n\t- a\n",
        "rules/x.yaml:4: invalid YAML: while scanning for the next token; "
        "found character '\\t' that cannot start any token",
    ),
    (
        "python-object",
        "id: !!python/object/apply:os.system ['true']\nkind: existence\n",
        "rules/x.yaml:1: unsupported tag 'tag:yaml.org,2002:python/object/apply:os.system': rule data is plain YAML",
    ),
    (
        "python-scalar",
        "id: !!python/name:os.system\nkind: existence\n",
        "rules/x.yaml:1: invalid YAML: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/name:os.system'",
    ),
    (
        "bad-example",
        "id: house.x\nkind: existence\nwords: [a]\nexamples:\n  fail:\n    - {txt: a}\n",
        "rules/x.yaml:4: examples: fail: item 1: unknown key 'txt' in an example "
        "(known: kind, language, match, suggestion, text)",
    ),
]


@pytest.mark.parametrize(("text", "message"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_broken_rule_file(
    isolated: Path, run_cli: Callable[..., tuple[int, str, str]], text: str, message: str
) -> None:
    (isolated / "rules").mkdir()
    (isolated / "rules" / "x.yaml").write_text(text, encoding="utf-8")
    (isolated / ".presslint.yaml").write_text("rules: [rules]\n", encoding="utf-8")
    (isolated / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    code, out, err = run_cli("a.txt")
    assert (code, out, err) == (2, "", message + "\n")


def test_duplicate_rule_id(isolated: Path, run_cli: Callable[..., tuple[int, str, str]]) -> None:
    (isolated / "rules").mkdir()
    (isolated / "rules" / "a.yaml").write_text(GOOD, encoding="utf-8")
    (isolated / "rules" / "b.yaml").write_text("# second\n" + GOOD, encoding="utf-8")
    (isolated / ".presslint.yaml").write_text("rules: [rules]\n", encoding="utf-8")
    code, _, err = run_cli("rules")
    assert (code, err) == (2, "rules/b.yaml:2: rule id 'house.one' is already used by rules/a.yaml:1\n")


def test_yaml_bomb_fails_fast(isolated: Path, run_cli: Callable[..., tuple[int, str, str]]) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join(['*a' + str(i - 1)] * 9)}]" for i in range(1, 10)]
    (isolated / "rules").mkdir()
    (isolated / "rules" / "bomb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (isolated / ".presslint.yaml").write_text("rules: [rules]\n", encoding="utf-8")
    code, _, err = run_cli("rules")
    assert code == 2
    assert err.startswith("rules/bomb.yaml:") and "too many nodes or aliases (a YAML bomb?)" in err


def test_data_files_are_not_rules(isolated: Path, run_cli: Runner) -> None:
    (isolated / "rules").mkdir()
    (isolated / "rules" / "words.yaml").write_text("data: words\nwords: [a, b]\n", encoding="utf-8")
    (isolated / "rules" / "one.yaml").write_text(GOOD, encoding="utf-8")
    (isolated / ".presslint.yaml").write_text("rules: [rules]\nshipped_rules: false\n", encoding="utf-8")
    code, out, _ = run_cli("rules")
    assert (code, out.split()) == (0, ["house.one", "existence", "warning", "caption,headline,paragraph,subhead"])


def test_catastrophic_regex_is_stopped_and_reported(
    isolated: Path, run_cli: Callable[..., tuple[int, str, str]]
) -> None:
    (isolated / "rules").mkdir()
    (isolated / "rules" / "slow.yaml").write_text(
        "id: house.slow\nkind: existence\nboundaries: false\npatterns: ['(\\w|\\w\\w)+\\d']\n", encoding="utf-8"
    )
    (isolated / ".presslint.yaml").write_text("rules: [rules]\nshipped_rules: false\n", encoding="utf-8")
    (isolated / "a.txt").write_text("Title\n\n" + "word" * 30 + "\n", encoding="utf-8")
    code, out, _ = run_cli("--format", "json", "a.txt")
    assert code == 0
    assert '"rule": "house.slow"' in out and "ran longer than 1 s and was stopped" in out
