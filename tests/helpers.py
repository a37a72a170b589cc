"""Build rules from YAML text in tests, exactly as rule files are loaded."""

from __future__ import annotations

from pathlib import Path

from presslint.api.lint import lint_text
from presslint.engine import ActiveRule
from presslint.finding import Finding
from presslint.rulebook.config import Config
from presslint.rulebook.files import load_rule_file


def rule_from_yaml(tmp_path: Path, text: str, name: str = "rule.yaml") -> ActiveRule:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = load_rule_file(path)
    assert loaded is not None
    return ActiveRule(loaded.rule, loaded.check, loaded.rule.level)


def findings(rule: ActiveRule, text: str, path: str = "a.txt") -> list[Finding]:
    return lint_text(text, path, config=Config(), rules=[rule])


def described(rule: ActiveRule, text: str, path: str = "a.txt") -> list[tuple[int, int, str, tuple[str, ...]]]:
    return [(f.line, f.column, f.match, f.suggestions) for f in findings(rule, text, path)]
