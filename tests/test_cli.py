from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SEED

Runner = Callable[..., tuple[int, str, str]]


def test_seed_text_report(run_cli: Runner) -> None:
    code, out, err = run_cli(str(SEED))
    lines = out.splitlines()
    assert code == 1 and err == ""
    assert lines[0] == (
        f"{SEED}:5:6: warning consistency.compound-titles 'Secretary General' here, but 'Secretary-General' "
        "on line 1: write the title one way. (suggestion: Secretary-General)"
    )
    assert lines[1] == "    OSCE Secretary General Helga Maria Schmid has been in the post…"
    assert lines[2] == "         ^^^^^^^^^^^^^^^^^"
    assert (
        f"{SEED}:47:46: error names.misspelled 'Kazkahstan' is not how the register spells it: "
        "'Kazakhstan' (Kazakhstan, place). (suggestion: Kazakhstan)"
    ) in lines
    assert (
        f"{SEED}:13:70: error dates.caption-vs-body The caption dates Schmid and Tokayev on June 7; "
        "line 7 says June 8-9: same event, different dates?"
    ) in lines
    assert lines[-1] == "4 errors, 4 warnings, 0 info in 1 file"


def test_check_is_the_default_command(run_cli: Runner) -> None:
    assert run_cli("check", str(SEED)) == run_cli(str(SEED))


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("info", 1)])
def test_fail_on(run_cli: Runner, fail_on: str, code: int) -> None:
    assert run_cli("--fail-on", fail_on, "--select", "consistency", str(SEED))[0] == code


def test_select_and_ignore(run_cli: Runner) -> None:
    assert run_cli("--ignore", "consistency.*", str(SEED))[1].endswith("4 errors, 0 warnings, 0 info in 1 file\n")
    assert "4 warnings" in run_cli("--select", "consistency", str(SEED))[1]
    assert run_cli("--select", "nothing.here", str(SEED))[:2] == (2, "")


def test_stdin_with_filename(run_cli: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    data = "---\ntitle: x\n---\n\nThe Secretary-General and the Secretary General.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    code, out, _ = run_cli("--format", "json", "--stdin-filename", "story.md", "-")
    (finding,) = json.loads(out)["findings"]
    assert (code, finding["path"], finding["line"], finding["column"]) == (0, "story.md", 5, 31)


def test_directory_is_walked_for_articles(isolated: Path, run_cli: Runner) -> None:
    (isolated / "news" / "deep").mkdir(parents=True)
    for name in ("a.txt", "deep/b.md", "deep/c.html", "notes.rst", "deep/d.py"):
        (isolated / "news" / name).write_text("Title\n\nBody.\n", encoding="utf-8")
    code, out, _ = run_cli("--format", "json", "news")
    assert json.loads(out)["files_checked"] == 3 and code == 0


def test_missing_file_is_reported_and_others_still_checked(isolated: Path, run_cli: Runner) -> None:
    (isolated / "a.txt").write_text("Title\n\nThe Secretary-General, the Secretary General.\n", encoding="utf-8")
    code, out, _ = run_cli("missing.txt", "a.txt")
    assert code == 2
    assert out.splitlines()[0] == "missing.txt: no such file"
    assert "a.txt:3:28: warning consistency.compound-titles" in out


def test_non_utf8_file(isolated: Path, run_cli: Runner) -> None:
    (isolated / "cp1252.txt").write_bytes("Title\n\nCaf\xe9 society.\n".encode("cp1252"))
    code, out, _ = run_cli("cp1252.txt")
    assert code == 2
    assert out.splitlines()[0] == "cp1252.txt:3: not valid UTF-8 at byte 10 (0xe9); save the file as UTF-8"


def test_no_paths_is_a_usage_error(run_cli: Runner) -> None:
    assert run_cli() == (2, "", "presslint: no article to check: give files, folders or - for standard input\n")


def test_bad_option_is_a_usage_error(run_cli: Runner) -> None:
    code, out, err = run_cli("--format", "xml", str(SEED))
    assert (code, out) == (2, "") and err.startswith("presslint: presslint check: argument --format: invalid choice")


def test_rules_list_and_explain(run_cli: Runner) -> None:
    code, out, _ = run_cli("rules")
    assert code == 0
    listed = [line.split() for line in out.splitlines()]
    assert ["consistency.compound-titles", "consistency", "warning", "caption,headline,paragraph,subhead"] in listed
    assert [
        "ap.more-than",
        "substitution",
        "info",
        "caption,headline,paragraph,subhead",
        "(off",
        "by",
        "default)",
    ] in listed
    code, out, _ = run_cli("explain", "consistency.compound-titles")
    assert code == 0
    assert out.splitlines()[0] == "consistency.compound-titles (consistency, warning)"
    assert "Fails:\n  The Secretary-General met the Secretary General of NATO." in out
    assert run_cli("explain", "no.such-rule") == (
        2,
        "",
        "presslint: unknown rule 'no.such-rule' (see `presslint rules`)\n",
    )


def test_rules_test_reports_failing_examples(isolated: Path, run_cli: Runner) -> None:
    (isolated / "house").mkdir()
    (isolated / "house" / "x.yaml").write_text(
        "id: house.x\nkind: existence\nwords: [foo]\nexamples:\n  pass: [a foo b]\n  fail: [bar, foo]\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("rules", "test", "house")
    assert (code, out) == (1, "1 passed, 2 failed\n")
    assert err.splitlines() == [
        "house/x.yaml:5: house.x: pass example drew a finding on 'foo': 'a foo b'",
        "house/x.yaml:6: house.x: fail example drew no finding: 'bar'",
    ]


def test_python_dash_m_and_version() -> None:
    done = subprocess.run([sys.executable, "-m", "presslint", "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "presslint 0.1.0")
