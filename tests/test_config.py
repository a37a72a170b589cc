from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

SEED_TEXT = "Title\n\nThe Secretary-General spoke. The Secretary General left.\n"
Runner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def article(isolated: Path) -> Path:
    (isolated / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    return isolated


def test_config_found_by_walking_up(article: Path, run_cli: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    (article / ".presslint.yaml").write_text("levels:\n  consistency.*: error\n", encoding="utf-8")
    (article / "sub").mkdir()
    monkeypatch.chdir(article / "sub")
    code, out, _ = run_cli("--format", "json", "../a.txt")
    assert code == 1 and '"severity": "error"' in out


def test_disable_a_pack(article: Path, run_cli: Runner) -> None:
    (article / ".presslint.yaml").write_text("disable: [consistency]\n", encoding="utf-8")
    assert run_cli("a.txt")[1] == "0 errors, 0 warnings, 0 info in 1 file\n"


def test_pyproject_section(article: Path, run_cli: Runner) -> None:
    (article / "pyproject.toml").write_text('[tool.presslint]\ndisable = ["consistency.*"]\n', encoding="utf-8")
    assert run_cli("a.txt")[1] == "0 errors, 0 warnings, 0 info in 1 file\n"


def test_enable_a_rule_that_is_off_by_default(article: Path, run_cli: Runner) -> None:
    (article / "house").mkdir()
    (article / "house" / "over.yaml").write_text(
        "id: house.over\nkind: substitution\nenabled: false\nswap: {over: more than}\n", encoding="utf-8"
    )
    (article / "b.txt").write_text("Title\n\nTurnout was over 100 people.\n", encoding="utf-8")
    (article / ".presslint.yaml").write_text("rules: [house]\n", encoding="utf-8")
    assert "house.over" not in run_cli("b.txt")[1]
    (article / ".presslint.yaml").write_text("rules: [house]\nenable: [house.over]\n", encoding="utf-8")
    assert "b.txt:3:13: warning house.over" in run_cli("b.txt")[1]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("disabel: [x]\n", ".presslint.yaml:1: unknown key 'disabel' in the configuration"),
        ("levels:\n  style.x: loud\n", ".presslint.yaml:1: levels: 'style.x': expected one of error, warning, info"),
        ("rules: [missing]\n", ".presslint.yaml:1: rule folder 'missing' does not exist"),
        ("caption_patterns: ['(']\n", ".presslint.yaml:1: caption_patterns: pattern '(' does not compile"),
        ("- a\n", ".presslint.yaml:1: the configuration must be a mapping of settings"),
    ],
    ids=["unknown-key", "bad-level", "missing-folder", "bad-pattern", "not-a-mapping"],
)
def test_bad_config_is_one_line(article: Path, run_cli: Runner, config: str, message: str) -> None:
    (article / ".presslint.yaml").write_text(config, encoding="utf-8")
    code, out, err = run_cli("a.txt")
    assert (code, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1


def test_explicit_config_file(article: Path, run_cli: Runner) -> None:
    (article / "house.yaml").write_text("fail_on: warning\n", encoding="utf-8")
    assert run_cli("--config", "house.yaml", "a.txt")[0] == 1
    assert run_cli("--config", "nope.yaml", "a.txt")[:3] == (
        2,
        "",
        "presslint: nope.yaml: no such configuration file\n",
    )
