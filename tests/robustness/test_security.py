"""Rule and config files are data; paths in them stay inside the repository unless given explicitly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]
RULE = "id: shared.colour\nkind: substitution\nlevel: error\nswap:\n  colour: color\n"


@pytest.fixture
def repository(isolated: Path) -> Path:
    repo = isolated / "repo"
    repo.mkdir()
    (repo / "story.txt").write_text("Headline\n\nThe colour of the flag.\n", encoding="utf-8")
    shared = isolated / "shared-rules"
    shared.mkdir()
    (shared / "colour.yaml").write_text(RULE, encoding="utf-8")
    return repo


def _check(run_cli: Run, repo: Path, config: str) -> tuple[int, str, str]:
    (repo / ".presslint.yaml").write_text(config, encoding="utf-8")
    return run_cli("check", "--config", str(repo / ".presslint.yaml"), str(repo / "story.txt"))


def test_a_relative_rule_folder_may_not_climb_out(repository: Path, run_cli: Run) -> None:
    code, out, err = _check(run_cli, repository, "rules:\n  - ../shared-rules\n")
    assert (code, out) == (2, "")
    assert (
        err.strip()
        == "repo/.presslint.yaml:2: rule folder '../shared-rules' lies outside repo/; give an absolute path to use it"
    )


def test_a_symlink_may_not_lead_out_either(repository: Path, run_cli: Run) -> None:
    (repository / "rules").symlink_to(repository.parent / "shared-rules", target_is_directory=True)
    code, _, err = _check(run_cli, repository, "rules: [rules]\n")
    assert code == 2
    assert (
        err.strip() == "repo/.presslint.yaml:1: rule folder 'rules' lies outside repo/; give an absolute path to use it"
    )


def test_an_absolute_path_is_explicit_and_used(repository: Path, run_cli: Run) -> None:
    code, out, _ = _check(run_cli, repository, f"rules:\n  - {repository.parent / 'shared-rules'}\n")
    assert code == 1
    assert "story.txt:3:5: error shared.colour Use 'color' instead of 'colour'." in out


def test_yaml_tags_never_build_objects(repository: Path, run_cli: Run) -> None:
    marker = repository / "pwned"
    code, out, err = _check(run_cli, repository, f"rules: !!python/object/apply:os.system ['touch {marker}']\n")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("repo/.presslint.yaml:1: ")
    assert not marker.exists()
