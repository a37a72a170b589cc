from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml

CORPUS = Path(__file__).parents[1] / "fixtures" / "corpus"
GOLDEN = Path(__file__).parents[1] / "fixtures" / "golden"
Runner = Callable[..., tuple[int, str, str]]


def test_learn_from_an_archive(run_cli: Runner) -> None:
    code, out, _ = run_cli("names", "learn", str(CORPUS))
    snippet = yaml.safe_load(out)
    names = [entry["name"] for entry in snippet["entries"]]
    assert code == 0 and snippet["data"] == "names"
    assert names[:2] == ["Sea Org", "Aceh"]
    assert {"Augusto Pinochet", "Hu Jintao", "Jan Egeland"} <= set(names)
    assert not {"Kazakhstan", "United States", "Brazil"} & set(names)
    assert f"  - name: Sea Org  # 8 uses in 2 articles, first at {CORPUS}/wikinews-gum-defector.txt:5\n" in out


def test_learn_splits_register_names_out_of_a_run(run_cli: Runner) -> None:
    _, out, _ = run_cli("names", "learn", "--min-articles", "1", str(GOLDEN / "wikinews-gum-afghan.txt"))
    entries = {entry["name"]: entry["type"] for entry in yaml.safe_load(out)["entries"]}
    assert entries["Hamdullah Mohib"] == "person"
    assert "Alireza Mehraban" in entries
    assert not [name for name in entries if "United States" in name]


def test_learn_needs_articles(run_cli: Runner, tmp_path: Path) -> None:
    assert run_cli("names", "learn", str(tmp_path)) == (2, "", f"presslint: no article files found in {tmp_path}\n")
