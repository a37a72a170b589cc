from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Runner = Callable[..., tuple[int, str, str]]

MARKDOWN = """# Title

<!-- presslint-disable-next-line style.cliches -->
At the end of the day, the vote was close.

At the end of the day, it was over.

<!-- presslint-disable consistency -->
The Secretary-General met the Secretary General.
<!-- presslint-enable consistency -->

The Secretary-General met the Secretary General.

<!-- presslint-disable names.misspelled -->
Nothing to suppress here.
"""


def findings(out: str) -> list[tuple[int, int, str]]:
    return [(f["line"], f["column"], f["rule"]) for f in json.loads(out)["findings"]]


def test_inline_suppressions(isolated: Path, run_cli: Runner) -> None:
    (isolated / "a.md").write_text(MARKDOWN, encoding="utf-8")
    _, out, _ = run_cli("--format", "json", "--no-config", "a.md")
    assert findings(out) == [
        (6, 1, "style.cliches"),
        (12, 31, "consistency.compound-titles"),
        (14, 1, "presslint.unused-suppression"),
    ]
    unused = json.loads(out)["findings"][-1]
    assert unused["message"] == "This suppression of names.misspelled suppresses nothing: remove it."
    assert unused["severity"] == "info"


def test_per_file_ignores(isolated: Path, run_cli: Runner) -> None:
    (isolated / "archive").mkdir()
    text = "Title\n\nThe Secretary-General met the Secretary General.\n"
    (isolated / "archive" / "old.txt").write_text(text, encoding="utf-8")
    (isolated / "new.txt").write_text(text, encoding="utf-8")
    (isolated / ".presslint.yaml").write_text('per_file_ignores:\n  "archive/*": [consistency]\n', encoding="utf-8")
    _, out, _ = run_cli("--format", "json", "archive/old.txt", "new.txt")
    assert [f["path"] for f in json.loads(out)["findings"]] == ["new.txt"]
