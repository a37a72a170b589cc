from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Runner = Callable[..., tuple[int, str, str]]
OLD = "Title\n\nThe minister of Kazkahstan spoke.\n"


def test_baseline_hides_exactly_the_recorded_findings(isolated: Path, run_cli: Runner) -> None:
    (isolated / "a.txt").write_text(OLD, encoding="utf-8")
    code, out, err = run_cli("--baseline-write", "base.json", "a.txt")
    assert (code, out, err) == (0, "", "presslint: 1 findings recorded in base.json\n")
    recorded = json.loads((isolated / "base.json").read_text(encoding="utf-8"))["findings"]
    assert recorded == [
        {"path": "a.txt", "rule": "names.misspelled", "match": "Kazkahstan",
         "context": "The minister of Kazkahstan spoke.", "count": 1}
    ]  # fmt: skip
    assert run_cli("--baseline", "base.json", "a.txt")[0] == 0
    # Lines added above do not bring the old finding back; a new one is reported.
    (isolated / "a.txt").write_text("Title\n\nNew lead.\n\n" + OLD[7:] + "\nAnd Zulifya Suleimenova.\n", "utf-8")
    code, out, _ = run_cli("--baseline", "base.json", "--format", "json", "a.txt")
    assert (code, [(f["line"], f["match"]) for f in json.loads(out)["findings"]]) == (1, [(7, "Zulifya")])


def test_bad_baseline_is_one_line(isolated: Path, run_cli: Runner) -> None:
    (isolated / "a.txt").write_text(OLD, encoding="utf-8")
    (isolated / "bad.json").write_text("[1, 2]", encoding="utf-8")
    code, out, err = run_cli("--baseline", "bad.json", "a.txt")
    assert (code, out) == (2, "")
    assert err.startswith("bad.json: not a presslint baseline") and err.count("\n") == 1
    assert run_cli("--baseline", "none.json", "a.txt")[2] == (
        "none.json: no such baseline file (write one with --baseline-write)\n"
    )
