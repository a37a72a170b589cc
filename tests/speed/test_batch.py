"""Many files: -j N gives the same report in the same order as one process; progress only on terminals."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import FIXTURES
from presslint.api.batch import Progress

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Forty real articles (the corpus fixtures), a few with a known misspelling added."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for number, source in enumerate(sorted((FIXTURES / "corpus").glob("*.txt"))[:40]):
        target = folder / f"{number:03d}-{source.name}"
        shutil.copy(source, target)
        if number % 10 == 3:
            target.write_text(target.read_text(encoding="utf-8") + "\nThe minister visited Kazkahstan.\n", "utf-8")
    return folder


def _report(folder: Path, *options: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "presslint", "check", "--no-config", "--format", "json", *options, str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    report: dict[str, object] = json.loads(done.stdout)
    return report


def test_two_processes_report_exactly_what_one_does(archive: Path) -> None:
    one, two = _report(archive, "-j", "1"), _report(archive, "-j", "2")
    assert one == two
    assert one["files_checked"] == 40
    findings = one["findings"]
    assert isinstance(findings, list)
    paths = [finding["path"] for finding in findings]
    assert paths == sorted(paths)  # path order, whatever process finished first
    kazakhstan = [f for f in findings if f["match"] == "Kazkahstan"]
    assert [Path(f["path"]).name[:3] for f in kazakhstan] == ["003", "013", "023", "033"]
    assert {f["suggestions"][0] for f in kazakhstan} == {"Kazakhstan"}


def test_the_text_summary_counts_clean_files(run_cli: Run, archive: Path) -> None:
    code, out, _ = run_cli("check", "--no-config", "-j", "1", "--select", "names.misspelled", str(archive))
    assert code == 1
    assert out.splitlines()[-1] == "4 errors, 0 warnings, 0 info in 40 files"


def test_jobs_must_be_a_positive_number(run_cli: Run, archive: Path) -> None:
    code, _, err = run_cli("check", "-j", "0", str(archive))
    assert code == 2
    assert err.strip() == "presslint: presslint check: argument -j/--jobs: '0' is not a number of processes (1 or more)"


class _Terminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_is_drawn_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    terminal = _Terminal(tty=True)
    progress = Progress.for_terminal(500, terminal)
    for _ in range(500):
        progress.step()
    progress.done()
    drawn = terminal.getvalue()
    assert "\rpresslint: [###############---------------] 250/500 files" in drawn
    assert drawn.endswith("500/500 files\r\x1b[2K")

    for stream, total in ((_Terminal(tty=False), 500), (_Terminal(tty=True), 20)):
        quiet = Progress.for_terminal(total, stream)
        quiet.step()
        quiet.done()
        assert stream.getvalue() == ""  # a pipe, a log, or a run too short to need it


def test_no_progress_in_ci_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    terminal = _Terminal(tty=True)
    Progress.for_terminal(500, terminal).step()
    assert terminal.getvalue() == ""
