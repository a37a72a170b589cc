"""``--diff REV``: the lines of each file that changed since a git revision."""

from __future__ import annotations

import subprocess
from pathlib import Path

import regex

from presslint.errors import UsageError
from presslint.text.patterns import compiled

_HUNK = compiled(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", regex.MULTILINE)
ALL_LINES = None


def changed_lines(path: str, revision: str) -> set[int] | None:
    """New-side line numbers changed in ``path`` since ``revision``; None when the whole file is new."""
    folder = str(Path(path).resolve().parent)
    tracked = subprocess.run(
        ["git", "-C", folder, "ls-files", "--error-unmatch", Path(path).resolve().name],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if tracked.returncode != 0:
        return ALL_LINES
    done = subprocess.run(
        ["git", "-C", folder, "diff", "--no-color", "--no-ext-diff", "-U0", revision, "--", Path(path).resolve().name],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "git diff failed"
        raise UsageError(f"--diff {revision}: {message}")
    if "new file mode" in done.stdout:
        return ALL_LINES
    lines: set[int] = set()
    for hunk in _HUNK.finditer(done.stdout):
        start, count = int(hunk[1]), int(hunk[2]) if hunk[2] is not None else 1
        lines.update(range(start, start + count))
    return lines
