"""The compiled rule set is read back from the cache, and never when anything it depends on changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from presslint.errors import SourceError
from presslint.rulebook import cache as rule_cache

RULE = """id: house.colour
kind: substitution
level: error
swap:
  colour: color
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PRESSLINT_CACHE_DIR", str(folder))
    return folder


def _rules_folder(tmp_path: Path, text: str = RULE) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "house.yaml").write_text(text, encoding="utf-8")
    return folder


def _ids(folder: Path) -> list[str]:
    return [item.rule.id for item in rule_cache.load_rules([(folder, "house")])]


def test_a_second_run_reads_the_rules_without_loading_any_file(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _rules_folder(tmp_path)
    assert _ids(folder) == ["house.colour"]
    assert len(list(cache.glob("rules-*.pickle"))) == 1

    def no_loading(*_: object) -> None:
        raise AssertionError("the rule files were parsed again")

    monkeypatch.setattr("presslint.rulebook.files.load_rule_folders", no_loading)
    assert _ids(folder) == ["house.colour"]


def test_an_edited_rule_file_is_loaded_again(tmp_path: Path, cache: Path) -> None:
    folder = _rules_folder(tmp_path)
    assert _ids(folder) == ["house.colour"]
    _rules_folder(tmp_path, RULE.replace("house.colour", "house.color"))
    assert _ids(folder) == ["house.color"]
    (folder / "more.yaml").write_text(RULE.replace("house.colour", "house.extra"), encoding="utf-8")
    assert _ids(folder) == ["house.color", "house.extra"]


def test_a_broken_rule_file_is_reported_not_cached(tmp_path: Path, cache: Path) -> None:
    folder = _rules_folder(tmp_path, "id: house.x\nkind: nonsense\n")
    for _ in range(2):
        with pytest.raises(SourceError, match="unknown kind 'nonsense'"):
            _ids(folder)
    assert not list(cache.glob("rules-*.pickle")) if cache.exists() else True


def test_a_damaged_or_foreign_entry_is_ignored_and_rebuilt(tmp_path: Path, cache: Path) -> None:
    folder = _rules_folder(tmp_path)
    _ids(folder)
    (entry,) = cache.glob("rules-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert _ids(folder) == ["house.colour"]
    entry.chmod(0o666)  # writable by others: someone else could have put anything there
    assert rule_cache.read_entry(cache, entry.name) is None
    assert _ids(folder) == ["house.colour"]
    assert entry.stat().st_mode & 0o077 == 0


def test_caching_can_be_turned_off(tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSLINT_NO_CACHE", "1")
    assert _ids(_rules_folder(tmp_path)) == ["house.colour"]
    assert not cache.exists()


def test_only_the_latest_rule_sets_are_kept(tmp_path: Path, cache: Path) -> None:
    folder = _rules_folder(tmp_path)
    for number in range(12):
        _rules_folder(tmp_path, RULE.replace("house.colour", f"house.rule-{number}"))
        _ids(folder)
        for entry in cache.glob("rules-*.pickle"):  # each older than the next
            os.utime(entry, (entry.stat().st_mtime - 1, entry.stat().st_mtime - 1))
    assert len(list(cache.glob("rules-*.pickle"))) == 8
