"""--fix: the seed's two misspelled names corrected, every other byte kept."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SEED

Runner = Callable[..., tuple[int, str, str]]


def test_fix_the_seed_changes_only_the_two_names(tmp_path: Path, run_cli: Runner) -> None:
    article = tmp_path / "seed.txt"
    original = SEED.read_bytes()
    article.write_bytes(original)
    code, out, err = run_cli("--fix", str(article))
    expected = original.replace(b"Kazkahstan", b"Kazakhstan").replace(b"Zulifya", b"Zulfiya")
    assert article.read_bytes() == expected
    assert err == f"presslint: fixed 2 in {article}\n"
    assert "Kazkahstan" not in out and "names.misspelled" not in out
    assert code == 1  # the caption date is still wrong: that needs an editor
    run_cli("--fix", str(article))
    assert article.read_bytes() == expected  # a second run changes nothing


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (b"Title\r\n\r\nThe minister of Kazkahstan spoke.\r\n", b"Title\r\n\r\nThe minister of Kazakhstan spoke.\r\n"),
        (b"Title\n\nUp 5 per cent", b"Title\n\nUp 5 percent"),
        (b"\xef\xbb\xbfTitle\n\nIn Kazkahstan.\n", b"\xef\xbb\xbfTitle\n\nIn Kazakhstan.\n"),
        (b"Title\n\nOn Monday, June 7, 2022, they met.\n", b"Title\n\nOn Tuesday, June 7, 2022, they met.\n"),
    ],
    ids=["crlf", "no-final-newline", "bom", "weekday"],
)
def test_fix_keeps_the_file_form(tmp_path: Path, run_cli: Runner, before: bytes, after: bytes) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(before)
    run_cli("--fix", str(article))
    assert article.read_bytes() == after


def test_ambiguous_findings_are_not_fixed(tmp_path: Path, run_cli: Runner) -> None:
    article = tmp_path / "a.txt"
    text = b"Title\n\nThe Secretary-General met the Secretary General. We recieve mail.\n"
    article.write_bytes(text)
    _, _, err = run_cli("--fix", str(article))
    assert (article.read_bytes(), err) == (text, "")


def test_fix_keeps_permissions_and_leaves_no_temporary_file(tmp_path: Path, run_cli: Runner) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(b"Title\n\nIn Kazkahstan.\n")
    os.chmod(article, 0o640)
    run_cli("--fix", str(article))
    assert stat.S_IMODE(article.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_dry_run_prints_a_diff_and_writes_nothing(isolated: Path, run_cli: Runner) -> None:
    article = isolated / "a.txt"
    article.write_bytes(b"Title\n\nIn Kazkahstan.\n")
    _, out, _ = run_cli("--fix", "--dry-run", "a.txt")
    assert out == "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n Title\n \n-In Kazkahstan.\n+In Kazakhstan.\n"
    assert article.read_bytes() == b"Title\n\nIn Kazkahstan.\n"


def test_file_changed_during_the_run_is_not_written(tmp_path: Path) -> None:
    from presslint.report.fixes import FileChanged, write_atomically

    article = tmp_path / "a.txt"
    article.write_bytes(b"new text\n")
    with pytest.raises(FileChanged):
        write_atomically(article, b"old text\n", "fixed text\n")
    assert article.read_bytes() == b"new text\n"


def test_dry_run_needs_fix(run_cli: Runner) -> None:
    assert run_cli("--dry-run", str(SEED)) == (2, "", "presslint: --dry-run goes with --fix\n")
