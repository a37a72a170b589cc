"""The word list answers the same from SQLite as from memory; presslint's patterns are stored once."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from presslint.lexicon.word_table import WordTable, listed, ordinary, table_file, zipf


def test_sqlite_and_memory_give_the_same_entries(tmp_path: Path) -> None:
    path = table_file(tmp_path)
    assert path is not None
    on_disk, in_memory = WordTable(path), WordTable(None)
    assert path.is_file() and path.stat().st_mode & 0o077 == 0
    words = ["the", "organization", "kazakhstan", "recieve", "zzzq", "don't"]
    assert on_disk.codes(words) == in_memory.codes(words)
    assert on_disk.get("the") > on_disk.get("organization") > 0
    assert on_disk.get("zzzq") == 0


@pytest.mark.parametrize(
    ("word", "frequency", "is_listed", "is_ordinary"),
    [
        ("the", 7.73, True, True),
        ("centred", 3.5, False, False),  # British: written often, not in the American dictionary
        ("recieve", 2.75, False, False),  # the web's misspelling: written, never listed
        ("kenya", 4.13, True, False),  # a name: far more written than the dictionary counts it
        ("month", 5.25, True, True),
        ("zzzq", 0.0, False, False),
    ],
)
def test_the_lexicon_merges_frequency_dictionary_and_names(
    tmp_path: Path, word: str, frequency: float, is_listed: bool, is_ordinary: bool
) -> None:
    table = WordTable(table_file(tmp_path))
    code = table.get(word)
    assert (zipf(code), listed(code), ordinary(code)) == (frequency, is_listed, is_ordinary)


def test_near_misses_are_asked_at_once_and_not_remembered(tmp_path: Path) -> None:
    table = WordTable(table_file(tmp_path))
    assert table.found(["recieve", "receive", "zzzq"]) == table.codes(["recieve", "receive"])
    assert table.codes(["zzzq"]) == {"zzzq": 0}
    assert table.found(["kenya"]) == WordTable(None).found(["kenya", "zzzq"])
    assert "zzzq" in table._memo and "kenya" not in table._memo  # only an article's words are kept


def test_a_forked_process_opens_its_own_connection(tmp_path: Path) -> None:
    path = table_file(tmp_path)
    assert path is not None
    table = WordTable(path)
    assert table.get("house") > 0
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os._exit(0 if table.get("garden") > 0 and table._opened_by == os.getpid() else 1)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_patterns_are_compiled_once_per_installation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSLINT_CACHE_DIR", str(tmp_path))
    program = (
        "import regex, sys\n"
        "calls = []\n"
        "original = regex.compile\n"
        "regex.compile = lambda *a, **k: calls.append(a) or original(*a, **k)\n"
        "from presslint.text.patterns import pattern_store\n"
        "with pattern_store():\n"
        "    from presslint.text.tokens import words\n"
        "print(len(calls), [w.text for w in words('Kazakhstan’s capital')])\n"
    )
    first = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert list(tmp_path.glob("patterns-*.pickle"))
    assert int(first.stdout.split()[0]) > 3
    assert second.stdout == "0 ['Kazakhstan', 'capital']\n"


def test_a_command_line_run_keeps_its_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSLINT_CACHE_DIR", str(tmp_path))
    article = tmp_path / "article.txt"
    article.write_text("A short article.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "presslint", "check", str(article)], capture_output=True, check=True)
    assert len(list(tmp_path.glob("patterns-*.pickle"))) == 1


def test_the_dictionary_remembers_near_misses_for_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from presslint.lexicon.dictionary import Dictionary

    dictionary = Dictionary()
    asked: list[tuple[str, int]] = []
    near = dictionary._words.near

    def counting(word: str, slips: int = 1) -> dict[str, int]:
        asked.append((word, slips))
        return near(word, slips)

    monkeypatch.setattr(dictionary._words, "near", counting)
    first = dictionary.near_misses("recieve")
    assert "receive" in first
    assert dictionary.near_misses("recieve") == first
    assert dictionary.near_misses("recieve", 2) != first
    assert asked == [("recieve", 1), ("recieve", 2)]
    monkeypatch.undo()
    assert pickle.loads(pickle.dumps(dictionary))._near == {}  # not written into the rule cache
