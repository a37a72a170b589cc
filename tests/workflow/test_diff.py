"""--diff REV against a real git history built in the test."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

Runner = Callable[..., tuple[int, str, str]]


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_only_changed_lines_are_reported(isolated: Path, run_cli: Runner) -> None:
    git(isolated, "init", "-q")
    git(isolated, "config", "user.email", "desk@example.org")
    git(isolated, "config", "user.name", "Desk")
    article = isolated / "a.txt"
    article.write_text("Title\n\nOld Kazkahstan error.\n\nA quiet line.\n", encoding="utf-8")
    git(isolated, "add", "a.txt")
    git(isolated, "commit", "-qm", "old")
    base = git(isolated, "rev-parse", "HEAD")
    article.write_text("Title\n\nOld Kazkahstan error.\n\nA new Zulifya Suleimenova line.\n", encoding="utf-8")
    (isolated / "b.txt").write_text("Title\n\nIn Kazkahstan.\n", encoding="utf-8")
    _, out, _ = run_cli("--format", "json", "--diff", base, "a.txt", "b.txt")
    got = [(f["path"], f["line"], f["match"]) for f in json.loads(out)["findings"]]
    assert got == [("a.txt", 5, "Zulifya"), ("b.txt", 3, "Kazkahstan")]
    _, out, _ = run_cli("--format", "json", "a.txt")
    assert len(json.loads(out)["findings"]) == 2


def test_bad_revision_is_a_usage_error(isolated: Path, run_cli: Runner) -> None:
    git(isolated, "init", "-q")
    (isolated / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    assert run_cli("--diff", "nope", "a.txt") == (2, "", "presslint: --diff nope: not a git revision here\n")
