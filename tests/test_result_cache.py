"""Stored results make a re-check cost only what changed, and are never stale.

Each test changes one thing a result depends on (the article by one byte, a rule file, a
data file, the configuration) and sees fresh findings; the rest are read back unchecked.
"""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from presslint.api import result_cache
from presslint.api.lint import lint_bytes
from presslint.api.result_cache import ResultCache
from presslint.finding import FileResult

Runner = Callable[..., tuple[int, str, str]]
ROOT = Path(__file__).parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
HOUSE_RULE = "id: house.colour\nkind: substitution\nlevel: error\nswap:\n  colour: color\n"
REGISTER = "data: names\npeople:\n  - Aigerim Sadykova\n"

pytestmark = pytest.mark.result_cache


@pytest.fixture
def newsroom(isolated: Path) -> Path:
    """A newsroom folder: house rules beside the shipped ones, and three articles."""
    (isolated / "house").mkdir()
    (isolated / "house" / "colour.yaml").write_text(HOUSE_RULE, encoding="utf-8")
    (isolated / ".presslint.yaml").write_text("rules: [house]\n", encoding="utf-8")
    (isolated / "news").mkdir()
    (isolated / "news" / "one.txt").write_text("Title\n\nThe colour of Kazkahstan.\n", encoding="utf-8")
    (isolated / "news" / "two.txt").write_text("Title\n\nAigerim Sadykovaa met them.\n", encoding="utf-8")
    (isolated / "news" / "three.md").write_text("# Title\n\nA quiet day.\n", encoding="utf-8")
    return isolated


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files presslint reads and checks (rather than reading their stored result)."""
    paths: list[str] = []

    def counting(shown: str, *rest: object, **named: object) -> object:
        paths.append(shown)
        return lint_bytes(shown, *rest, **named)  # type: ignore[arg-type]

    monkeypatch.setattr("presslint.cli.check.lint_bytes", counting)
    return paths


def _report(run_cli: Runner, *options: str) -> tuple[int, dict[str, object]]:
    code, out, err = run_cli("check", "--format", "json", "-j", "1", *options, "news")
    assert err == ""
    report = json.loads(out)
    return code, {key: report[key] for key in ("findings", "errors", "files_checked")}


def _matches(report: dict[str, object]) -> list[tuple[str, str, str]]:
    findings = report["findings"]
    assert isinstance(findings, list)
    return [(f["path"], f["rule"], f["match"]) for f in findings]


def test_a_second_run_reads_every_result_and_reports_the_same(
    newsroom: Path, run_cli: Runner, checked: list[str]
) -> None:
    first = _report(run_cli)
    assert sorted(checked) == ["news/one.txt", "news/three.md", "news/two.txt"]
    checked.clear()
    assert _report(run_cli) == first
    assert checked == []
    assert ("news/one.txt", "house.colour", "colour") in _matches(first[1])


def test_an_article_changed_by_one_byte_is_checked_again(newsroom: Path, run_cli: Runner, checked: list[str]) -> None:
    _report(run_cli)
    checked.clear()
    (newsroom / "news" / "one.txt").write_text("Title\n\nThe colour of Kazakhstan.\n", encoding="utf-8")
    _, report = _report(run_cli)
    assert checked == ["news/one.txt"]
    assert [m for m in _matches(report) if m[0] == "news/one.txt"] == [("news/one.txt", "house.colour", "colour")]


def test_a_baseline_hides_stored_findings_as_fresh_ones(newsroom: Path, run_cli: Runner, checked: list[str]) -> None:
    code, first = _report(run_cli)
    assert code == 1 and _matches(first)
    checked.clear()
    assert run_cli("check", "-j", "1", "--baseline-write", "known.json", "news")[0] == 0
    code, out, _ = run_cli("check", "--format", "json", "-j", "1", "--baseline", "known.json", "news")
    assert checked == []  # both runs read every result from the cache
    assert (code, json.loads(out)["findings"]) == (0, [])


def test_a_changed_rule_file_gives_fresh_findings(newsroom: Path, run_cli: Runner, checked: list[str]) -> None:
    _report(run_cli)
    (newsroom / "house" / "colour.yaml").write_text(HOUSE_RULE.replace("colour: color", "quiet: calm"), "utf-8")
    checked.clear()
    _, report = _report(run_cli)
    assert len(checked) == 3
    house = [m for m in _matches(report) if m[1] == "house.colour"]
    assert house == [("news/three.md", "house.colour", "quiet")]


def test_a_changed_data_file_gives_fresh_findings(newsroom: Path, run_cli: Runner, checked: list[str]) -> None:
    _, before = _report(run_cli)
    assert not [m for m in _matches(before) if m[2] == "Sadykovaa"]
    (newsroom / "house" / "register.yaml").write_text(REGISTER, encoding="utf-8")  # a new data file
    checked.clear()
    _, after = _report(run_cli)
    assert len(checked) == 3
    assert ("news/two.txt", "names.misspelled", "Sadykovaa") in _matches(after)


def test_a_changed_configuration_gives_fresh_findings(newsroom: Path, run_cli: Runner, checked: list[str]) -> None:
    _report(run_cli)
    (newsroom / ".presslint.yaml").write_text("rules: [house]\ndisable: [house.colour]\n", encoding="utf-8")
    checked.clear()
    _, report = _report(run_cli)
    assert len(checked) == 3
    assert not [m for m in _matches(report) if m[1] == "house.colour"]


def test_select_and_the_publication_date_are_part_of_the_key(
    newsroom: Path, run_cli: Runner, checked: list[str]
) -> None:
    _report(run_cli)
    checked.clear()
    _, selected = _report(run_cli, "--select", "house.colour")
    assert len(checked) == 3
    assert _matches(selected) == [("news/one.txt", "house.colour", "colour")]
    checked.clear()
    _report(run_cli, "--published", "2024-01-02")
    assert len(checked) == 3


def test_no_cache_checks_every_file_and_stores_nothing(newsroom: Path, run_cli: Runner, checked: list[str]) -> None:
    stored = result_cache.cache_file()
    assert stored is not None
    before = _rows(stored) if stored.exists() else 0
    first = _report(run_cli, "--no-cache")
    second = _report(run_cli, "--no-cache")
    assert first == second
    assert len(checked) == 6
    assert (_rows(stored) if stored.exists() else 0) == before


def test_a_broken_rule_file_is_reported_even_with_no_article_to_check(isolated: Path, run_cli: Runner) -> None:
    (isolated / "house").mkdir()
    (isolated / "house" / "x.yaml").write_text("id: house.x\nkind: nope\n", encoding="utf-8")
    (isolated / ".presslint.yaml").write_text("rules: [house]\n", encoding="utf-8")
    (isolated / "empty").mkdir()
    code, out, err = run_cli("check", "empty")
    assert (code, out) == (2, "")
    assert err.startswith("house/x.yaml:2: unknown kind 'nope'")


def test_presslint_no_cache_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSLINT_NO_CACHE", "1")
    assert ResultCache.open() is None
    assert result_cache.cache_file() is None


def test_a_results_file_others_may_write_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSLINT_CACHE_DIR", str(tmp_path))
    cache = ResultCache.open()
    assert cache is not None
    cache.close()
    stored = tmp_path / "results-v1.sqlite"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    stored.chmod(0o666)
    assert ResultCache.open() is None


def test_the_least_recently_used_results_go_beyond_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(result_cache, "MOST_RESULTS", 3)
    clock = iter(range(0, 400_000, 4_000))  # more than an hour between runs: each marks what it read
    monkeypatch.setattr(result_cache.time, "time", lambda: float(next(clock)))
    for name in ("a", "b", "c", "d"):
        cache = ResultCache.open()
        assert cache is not None
        cache.results(["a"])  # "a" is read by every run: it stays
        cache.keep(name, FileResult(f"{name}.txt"))
        cache.close()
    cache = ResultCache.open()
    assert cache is not None
    assert sorted(cache.results(["a", "b", "c", "d"])) == ["a", "c", "d"]
    cache.close()


def test_a_run_that_finds_every_result_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSLINT_CACHE_DIR", str(tmp_path))
    cache = ResultCache.open()
    assert cache is not None
    cache.keep("a", FileResult("a.txt"))
    cache.close()
    stored = tmp_path / "results-v1.sqlite"
    written = stored.stat().st_mtime_ns
    cache = ResultCache.open()
    assert cache is not None
    assert list(cache.results(["a"])) == ["a"]
    cache.close()
    assert stored.stat().st_mtime_ns == written


def test_a_broken_entry_is_checked_again(newsroom: Path, run_cli: Runner, checked: list[str]) -> None:
    first = _report(run_cli)
    stored = result_cache.cache_file()
    assert stored is not None
    with sqlite3.connect(stored) as connection:
        rows = connection.execute("SELECT key, result FROM results").fetchall()
        broken = [key for key, blob in rows if pickle.loads(blob).path == "news/three.md"]
        connection.executemany("UPDATE results SET result = ? WHERE key = ?", [(b"not a pickle", k) for k in broken])
    checked.clear()
    assert _report(run_cli) == first
    assert checked == ["news/three.md"]


def test_a_failure_of_ours_is_not_stored(newsroom: Path, run_cli: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*_: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr("presslint.api.lint.read_article", failing)
    code, out, _ = run_cli("check", "--format", "json", "-j", "1", "news")
    assert code == 2 and "please report it" in out
    monkeypatch.undo()
    monkeypatch.setattr("presslint.cli.check.lint_bytes", lint_bytes)
    code, out, _ = run_cli("check", "--format", "json", "-j", "1", "news")
    assert "please report it" not in out


def test_outputs_are_the_same_with_and_without_the_cache_on_several_processes(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "presslint", "check", "--no-config", "--format", "json", "-j", "2", str(CORPUS)]
    environment = {**os.environ, "PRESSLINT_CACHE_DIR": os.environ["PRESSLINT_CACHE_DIR"]}
    runs = [
        subprocess.run(command + extra, capture_output=True, text=True, env=environment, check=False)
        for extra in ([], [], ["--no-cache"])
    ]
    assert {run.returncode for run in runs} == {1}
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert len(json.loads(runs[0].stdout)["findings"]) > 50


def _rows(stored: Path) -> int:
    with sqlite3.connect(stored) as connection:
        (count,) = connection.execute("SELECT COUNT(*) FROM results").fetchone()
    return int(count)
