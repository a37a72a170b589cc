"""The hook, as a newsroom repository uses it: real git, real pre-commit, this checkout's hook."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def run(folder: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=folder, capture_output=True, text=True, check=False, env=env)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_commit_with_a_misspelled_name_is_refused_and_the_fix_passes(tmp_path: Path) -> None:
    head = run(ROOT, "git", "rev-parse", "HEAD")
    if head.returncode != 0:
        pytest.skip("this checkout has no commit to install the hook from")
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "Desk",
           "GIT_AUTHOR_EMAIL": "desk@example.org", "GIT_COMMITTER_NAME": "Desk",
           "GIT_COMMITTER_EMAIL": "desk@example.org"}  # fmt: skip
    pre_commit = [str(Path(sys.executable).parent / "pre-commit")]
    assert run(newsroom, "git", "init", "-q", env=env).returncode == 0
    (newsroom / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n    hooks:\n      - id: presslint\n",
        encoding="utf-8",
    )
    assert run(newsroom, *pre_commit, "install", env=env).returncode == 0
    article = newsroom / "story.txt"
    article.write_text("Minister visits\n\nThe minister of Kazkahstan spoke.\n", encoding="utf-8")
    run(newsroom, "git", "add", ".", env=env)
    refused = run(newsroom, "git", "commit", "-qm", "story", env=env)
    assert refused.returncode != 0, refused.stdout + refused.stderr
    assert "story.txt:3:17: error names.misspelled 'Kazkahstan'" in refused.stdout + refused.stderr
    article.write_text("Minister visits\n\nThe minister of Kazakhstan spoke.\n", encoding="utf-8")
    run(newsroom, "git", "add", ".", env=env)
    passed = run(newsroom, "git", "commit", "-qm", "story", env=env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert len(run(newsroom, "git", "log", "--oneline", env=env).stdout.splitlines()) == 1
