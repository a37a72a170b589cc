"""A bug of ours on one file is that file's one line and exit code 2; every other file is still checked.

The failures are injected (a reader that raises, a rule that raises), as a real bug would
raise, and the report must stay whole and valid in every format.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pytest

from conftest import SEED
from presslint.api.lint import lint_paths
from presslint.article.model import Article
from presslint.article.segments import Segment
from presslint.checks.repetition import RepetitionCheck
from presslint.finding import Hit

Run = Callable[..., tuple[int, str, str]]
READER_FAILED = (
    "bad.html: presslint failed on this file (internal error in the HTML reader: AssertionError: "
    "unknown status keyword 'a' in marked section); please report it"
)
RULE_FAILED = (
    "good.txt: presslint failed on this file (internal error in rule style.doubled-words: "
    "KeyError: 'boom'); please report it"
)
GOOD_ERRORS = 4  # error-level findings of the seed article: two names, two caption dates


def _failing_reader(text: str) -> list[object]:
    raise AssertionError("unknown status keyword 'a' in marked section")  # what html.parser raised


def _failing_run(self: RepetitionCheck, article: Article, segments: Sequence[Segment]) -> Iterable[Hit]:
    raise KeyError("boom")


@pytest.fixture
def two_files(isolated: Path) -> Path:
    (isolated / "bad.html").write_text("<p>Hello <![a](b) world</p>\n<p>The Kazkahstan delegation.</p>\n")
    (isolated / "good.txt").write_bytes(SEED.read_bytes())
    return isolated


def test_the_issue_example_is_read_and_checked(two_files: Path, run_cli: Run) -> None:
    code, out, err = run_cli("check", "--no-config", "--format", "json", "bad.html", "good.txt")
    report = json.loads(out)
    assert (report["errors"], err) == ([], "")
    assert [(f["line"], f["column"], f["match"]) for f in report["findings"] if f["path"] == "bad.html"] == [
        (2, 8, "Kazkahstan")
    ]
    assert sum(f["path"] == "good.txt" and f["severity"] == "error" for f in report["findings"]) == GOOD_ERRORS
    assert code == 1


@pytest.mark.parametrize("output_format", ["json", "sarif", "github", "text"])
def test_a_reader_that_fails_costs_one_file(
    two_files: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    monkeypatch.setattr("presslint.article.readers.html.read_html", _failing_reader)
    code, out, err = run_cli("check", "--no-config", "--format", output_format, "bad.html", "good.txt")
    assert code == 2
    assert "Traceback" not in out + err
    if output_format == "json":
        report = json.loads(out)
        assert report["errors"] == [{"path": "bad.html", "message": READER_FAILED, "skipped": False}]
        assert sum(f["severity"] == "error" for f in report["findings"]) == GOOD_ERRORS
        assert err == READER_FAILED + "\n"
    elif output_format == "sarif":
        (run,) = json.loads(out)["runs"]
        notes = run["invocations"][0]["toolExecutionNotifications"]
        assert [note["message"]["text"] for note in notes] == [READER_FAILED]
        assert sum(result["level"] == "error" for result in run["results"]) == GOOD_ERRORS
    elif output_format == "github":
        assert f"::error file=bad.html,title=presslint::{READER_FAILED}" in out.splitlines()
        assert sum(line.startswith("::error file=good.txt,") for line in out.splitlines()) == GOOD_ERRORS
    else:
        assert READER_FAILED in out.splitlines()
        assert sum(": error " in line and line.startswith("good.txt:") for line in out.splitlines()) == GOOD_ERRORS


def test_a_rule_that_fails_keeps_the_other_rules_findings(
    two_files: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RepetitionCheck, "run", _failing_run)
    code, out, err = run_cli("check", "--no-config", "--format", "json", "good.txt")
    report = json.loads(out)
    assert [entry["message"] for entry in report["errors"]] == [RULE_FAILED]
    assert sum(f["severity"] == "error" for f in report["findings"]) == GOOD_ERRORS
    assert not any(f["rule"] == "style.doubled-words" for f in report["findings"])
    assert (code, err) == (2, RULE_FAILED + "\n")


def test_a_failure_in_a_worker_process_costs_one_file(
    isolated: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(12):
        (isolated / f"article-{number:02}.txt").write_text("The Kazkahstan delegation met.\n")
    (isolated / "bad.html").write_text("<p>The Kazkahstan delegation met.</p>\n")
    monkeypatch.setattr("presslint.article.readers.html.read_html", _failing_reader)
    code, out, _ = run_cli("check", "--no-config", "--format", "json", "-j", "2", ".")
    report = json.loads(out)
    assert [entry["path"] for entry in report["errors"]] == ["./bad.html"]
    assert sorted({f["path"] for f in report["findings"]}) == [f"./article-{n:02}.txt" for n in range(12)]
    assert code == 2


def test_the_python_api_reports_the_failure_per_path(two_files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("presslint.article.readers.html.read_html", _failing_reader)
    results = list(lint_paths(["bad.html", "good.txt"]))
    assert [(result.path, result.error) for result in results] == [("bad.html", READER_FAILED), ("good.txt", None)]
    assert sum(f.severity == "error" for f in results[1].findings) == GOOD_ERRORS


def test_names_learn_goes_on_past_a_broken_article(isolated: Path, run_cli: Run) -> None:
    for number in range(3):
        (isolated / f"article-{number}.md").write_text(f"# Story {number}\n\nMinister Aigerim Tazhibayeva spoke.\n")
    (isolated / "broken.md").write_text("---\ntitle: [unclosed\n---\n\nMinister Aigerim Tazhibayeva spoke.\n")
    code, out, err = run_cli("names", "learn", "--min-articles", "3", ".")
    assert "Aigerim Tazhibayeva" in out
    assert (
        err
        == "./broken.md:3: invalid YAML: while parsing a flow sequence; expected ',' or ']', but got '<stream end>'\n"
    )
    assert code == 2
