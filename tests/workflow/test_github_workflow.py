"""The example GitHub Actions workflow: valid for GitHub, pinned to the hook's release, running real commands."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

from presslint.cli.main import build_parser

ROOT = Path(__file__).parents[2]
WORKFLOW = ROOT / "examples" / "github" / "presslint.yml"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _steps() -> list[dict[str, object]]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps: list[dict[str, object]] = workflow["jobs"]["presslint"]["steps"]
    return steps


def test_valid_against_the_github_workflow_schema() -> None:
    checker = Path(sys.executable).parent / "check-jsonschema"
    done = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_installs_the_release_the_hook_pins() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    installs = [str(step["run"]) for step in _steps() if "pip install" in str(step.get("run", ""))]
    assert installs == ['pip install "presslint @ git+${PRESSLINT_REPO}@${PRESSLINT_REV}"']
    hook = re.search(r"- repo: (\S+)\s+# this repository's git URL\n\s+rev: (\S+)", README)
    assert hook is not None
    assert (workflow["env"]["PRESSLINT_REPO"], workflow["env"]["PRESSLINT_REV"]) == hook.groups()


def test_nothing_installs_presslint_by_name() -> None:
    """Every install in the README's commands and the examples names a git repository, not a package."""
    blocks = re.findall(r"```\w*\n(.*?)```", README, flags=re.DOTALL)
    texts = [*blocks, *(path.read_text(encoding="utf-8") for path in (ROOT / "examples").rglob("*.yml"))]
    installs = [line for text in texts for line in text.splitlines() if re.search(r"(pip|pipx) install", line)]
    by_name = [
        line for line in installs if re.search(r"install ['\"]?presslint(\[[\w,]+\])?['\"]?(\s|$)(?!\s*@)", line)
    ]
    assert installs and not by_name


def test_the_commands_it_runs_are_presslint_commands() -> None:
    commands = [str(step["run"]) for step in _steps() if str(step.get("run", "")).startswith("presslint ")]
    assert len(commands) == 2
    for command in commands:
        argv = shlex.split(command.split("||")[0].replace("${{ github.base_ref }}", "main"))
        args = build_parser().parse_args(argv[1:])
        assert args.command == "check" and args.diff == "origin/main" and args.paths == ["articles/"]


def test_the_review_page_of_the_changed_articles_is_uploaded(tmp_path: Path) -> None:
    """The review step run for real, in a repository whose pull request changes articles."""
    steps = _steps()
    at = next(index for index, step in enumerate(steps) if "--format html" in str(step.get("run", "")))
    review, upload = steps[at], steps[at + 1]
    assert review["if"] == upload["if"] == "always()"
    assert upload["uses"] == "actions/upload-artifact@v4"
    assert upload["with"] == {
        "name": "presslint-review",
        "path": "presslint-review.html",
        "if-no-files-found": "ignore",
    }

    repo = tmp_path / "newsroom"
    (repo / "articles" / "2026").mkdir(parents=True)

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "desk@example.org")
    git("config", "user.name", "Desk")
    (repo / "articles" / "old.txt").write_text("Old news.\n", encoding="utf-8")
    (repo / "articles" / "2026" / "steady.md").write_text("The council met.\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-q", "-m", "base")
    git("update-ref", "refs/remotes/origin/main", "HEAD")
    (repo / "articles" / "2026" / "visit.md").write_text("The minister flew to Kazkahstan.\n", encoding="utf-8")
    (repo / "articles" / "2026" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an article")
    (repo / "articles" / "old.txt").unlink()
    git("add", "-A")
    git("commit", "-q", "-m", "pull request")

    script = str(review["run"]).replace("${{ github.base_ref }}", "main")
    environment = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(["bash", "-c", script], cwd=repo, env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    page = (repo / "presslint-review.html").read_text(encoding="utf-8")
    assert "articles/2026/visit.md" in page and 'data-rule="names.misspelled"' in page
    assert "1 article checked: 1 with findings, 0 clean" in page
    assert "steady.md" not in page and "photo.jpg" not in page and "old.txt" not in page
