"""Switching house style: a British newsroom turns the AP pack off and brings its own rules."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Runner = Callable[..., tuple[int, str, str]]
ARTICLE = "Title\n\nThe team had 3 members and won 5 per cent of the vote on December 2, 2010.\n"


def rules_hit(out: str) -> list[tuple[int, str, str]]:
    return [(f["column"], f["rule"], f["match"]) for f in json.loads(out)["findings"]]


def test_ap_pack_by_default(isolated: Path, run_cli: Runner) -> None:
    (isolated / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _, out, _ = run_cli("--format", "json", "a.txt")
    assert rules_hit(out) == [
        (14, "ap.numerals", "3"),
        (34, "ap.percent", "per cent"),
        (58, "ap.month-abbreviations", "December"),
    ]


def test_british_house_style_replaces_the_pack(isolated: Path, run_cli: Runner) -> None:
    (isolated / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (isolated / "house").mkdir()
    (isolated / "house" / "per-cent.yaml").write_text(
        "id: house.per-cent\nkind: substitution\nmessage: \"We write '{suggestion}'.\"\nswap:\n  percent: per cent\n",
        encoding="utf-8",
    )
    (isolated / ".presslint.yaml").write_text("rules: [house]\ndisable: [ap]\n", encoding="utf-8")
    (isolated / "b.txt").write_text("Title\n\nUp 5 percent.\n", encoding="utf-8")
    _, out, _ = run_cli("--format", "json", "a.txt", "b.txt")
    findings = json.loads(out)["findings"]
    assert [(f["path"], f["rule"], f["match"], f["message"]) for f in findings] == [
        ("b.txt", "house.per-cent", "percent", "We write 'per cent'.")
    ]
