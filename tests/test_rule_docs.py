"""docs/rules.md is generated from the rule files and must not go stale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

DOCS = Path(__file__).parents[1] / "docs" / "rules.md"
Runner = Callable[..., tuple[int, str, str]]


def test_rule_reference_is_up_to_date(run_cli: Runner) -> None:
    code, out, _ = run_cli("rules", "--markdown", "--no-config")
    assert code == 0
    assert out == DOCS.read_text(encoding="utf-8"), "regenerate: presslint rules --markdown --no-config > docs/rules.md"


def test_every_rule_is_documented(run_cli: Runner) -> None:
    _, listed, _ = run_cli("rules", "--no-config")
    reference = DOCS.read_text(encoding="utf-8")
    for line in listed.splitlines():
        assert f"### `{line.split()[0]}`" in reference
