"""``--format html``: the review page read back as a browser's parser reads it.

Every finding of the JSON report is a mark holding exactly its ``match``, with its rule,
severity, line and column; article text never becomes markup; the page loads nothing and
runs only its own script. The same page in a real browser: ``tests/browser``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import FIXTURES, SEED, SEED_KNOWN
from page_reader import Mark, PageReader

Runner = Callable[..., tuple[int, str, str]]

HOSTILE = Path(__file__).parent / "hostile"
SEED_MARKS = [Mark(*known) for known in SEED_KNOWN]


def _page(run_cli: Runner, tmp_path: Path, *args: str) -> tuple[int, PageReader, str]:
    output = tmp_path / "review.html"
    code, out, err = run_cli("--no-config", "--format", "html", "--output", str(output), *args)
    assert out == ""
    return code, PageReader(output.read_text(encoding="utf-8")), err


def _json_marks(run_cli: Runner, *args: str) -> list[Mark]:
    _, out, _ = run_cli("--no-config", "--format", "json", *args)
    findings = json.loads(out)["findings"]
    marks = [Mark(f["rule"], f["severity"], f["line"], f["column"], f["match"]) for f in findings]
    return sorted(marks, key=lambda mark: (mark.line, mark.column, mark.rule))


def test_the_seed_page_marks_each_finding_at_its_text(run_cli: Runner, tmp_path: Path) -> None:
    code, page, _ = _page(run_cli, tmp_path, str(SEED))
    assert code == 1
    assert page.sorted_marks() == _json_marks(run_cli, str(SEED))
    assert all(mark in page.marks for mark in SEED_MARKS)
    zulifya = next(a for a in page.mark_attributes if a["data-column"] == "57")
    assert zulifya["data-suggestion"] == "Zulfiya" and zulifya["data-family"] == "names"
    assert zulifya["data-message"].startswith("'Zulifya' is not how the register spells it")
    assert "1 article checked: 1 with findings, 0 clean. 4 errors, 4 warnings." in "".join(page.text)


def test_the_page_is_self_contained_and_runs_only_its_own_code(run_cli: Runner, tmp_path: Path) -> None:
    _, page, _ = _page(run_cli, tmp_path, str(SEED))
    policy = next(meta["content"] for meta in page.metas if meta.get("http-equiv") == "Content-Security-Policy")
    assert page.tags[:3] == ["html", "head", "meta"] and page.tags[3] == "meta"  # the policy comes first
    assert len(page.scripts) == 1 and len(page.styles) == 1

    def digest(code: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"

    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives == {
        "default-src": "'none'",
        "script-src": digest(page.scripts[0]),
        "style-src": digest(page.styles[0]),
        "img-src": "'none'",
        "base-uri": "'none'",
        "form-action": "'none'",
    }
    assert all(link.startswith("#article-") for link in page.links)  # nothing is fetched
    assert not page.event_attributes
    assert not {"img", "iframe", "link", "object", "embed", "base", "form"} & set(page.tags)


@pytest.mark.parametrize("name", ["hostile.txt", "hostile.md", "hostile.html"])
def test_a_hostile_article_is_text_in_the_page(run_cli: Runner, tmp_path: Path, name: str) -> None:
    code, page, _ = _page(run_cli, tmp_path, str(HOSTILE / name))
    assert code == 1
    assert len(page.scripts) == 1 and "pwned" not in page.scripts[0]
    assert not page.event_attributes
    assert all(link.startswith("#article-") for link in page.links)
    assert not {"img", "iframe", "a", "b", "object", "svg"} & set(page.tags[page.tags.index("article") :])
    assert page.tags.count("body") == 1 and page.tags.count("html") == 1
    shown = "".join(page.text)
    assert "window.pwned" in shown  # the article's code is there, as text
    assert "Kazkahstan" in {mark.text for mark in page.marks}


def test_a_hostile_file_name_is_text_in_the_page(run_cli: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    name = '"><img src=x onerror="window.pwned=7">.txt'
    (folder / name).write_text("The minister flew to Kazkahstan.\n", encoding="utf-8")
    (folder / "<script>window.pwned=8<\\script>.txt").write_text("Clean.\n", encoding="utf-8")
    _, page, _ = _page(run_cli, tmp_path, str(folder))
    assert not page.event_attributes and "img" not in page.tags and len(page.scripts) == 1
    assert str(folder / name) in page.text  # the article's heading, as text
    assert page.marks == [Mark("names.misspelled", "error", 1, 22, "Kazkahstan")]


def test_marks_hold_exactly_the_flagged_text_on_real_articles(run_cli: Runner, tmp_path: Path) -> None:
    """Wikinews articles as plain text (and with a BOM and CRLF), as Markdown and as HTML with markup around words."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for source in sorted((FIXTURES / "corpus").glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        shutil.copy(source, articles / source.name)
        (articles / f"{source.stem}.md").write_text(_as_markdown(text), encoding="utf-8")
        (articles / f"{source.stem}.html").write_text(_as_html(text), encoding="utf-8")
        (articles / f"{source.stem}-crlf.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    shutil.copy(FIXTURES / "golden" / "osce-visit.md", articles)
    expected = _json_marks(run_cli, str(articles))
    _, page, _ = _page(run_cli, tmp_path, str(articles))
    assert len(expected) > 150
    assert sorted(page.marks) == sorted(expected)


def _as_markdown(text: str) -> str:
    """Headline as a heading, every fifth word emphasised, an ampersand written as an entity."""
    head, _, body = text.partition("\n")
    words = body.split(" ")
    body = " ".join(f"*{word}*" if index % 5 == 3 and word.isalpha() else word for index, word in enumerate(words))
    return f"# {head}\n{body.replace(' & ', ' &amp; ')}"


def _as_html(text: str) -> str:
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    escaped = [p.replace("&", "&amp;").replace("<", "&lt;") for p in paragraphs]
    words = [re.sub(r"\b(the|and)\b", r"<b>\1</b>", p, count=2) for p in escaped[1:]]
    body = "".join(f"<p>{p}</p>\n" for p in words)
    return f"<html><head><title>t</title></head><body><h1>{escaped[0]}</h1>\n{body}</body></html>\n"


def test_clean_articles_and_unreadable_files_are_listed(run_cli: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "clean.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 society.\n".encode("latin-1"))
    code, page, err = _page(run_cli, tmp_path, str(folder))
    assert code == 2
    text = "".join(page.text)
    assert f"Clean (1){folder / 'clean.txt'}" in text
    unread = err.strip()
    assert unread.startswith(f"{folder / 'latin1.txt'}:1: ") and f"Could not be read (1){unread}" in text
    assert (
        "3 articles checked" not in text and "2 articles checked: 1 with findings, 1 clean, 1 could not be read" in text
    )


def test_standard_input_is_shown_under_its_name(
    run_cli: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    _, page, _ = _page(run_cli, tmp_path, "--stdin-filename", "desk/seed.txt", "-")
    assert all(mark in page.marks for mark in SEED_MARKS)
    assert "desk/seed.txt" in "".join(page.text)


def test_the_report_never_overwrites_an_article(run_cli: Runner, tmp_path: Path) -> None:
    article = tmp_path / "seed.txt"
    shutil.copy(SEED, article)
    code, out, err = run_cli("--format", "html", "--output", str(article), str(article))
    assert (code, out) == (2, "")
    assert err == (f"presslint: --output {article}: that is an article being checked; write the report elsewhere\n")
    assert article.read_bytes() == SEED.read_bytes()


@pytest.mark.result_cache
def test_a_page_from_stored_results_is_the_same_page(run_cli: Runner, tmp_path: Path) -> None:
    first = _page(run_cli, tmp_path, str(SEED))[1]
    again = _page(run_cli, tmp_path, str(SEED))[1]
    assert again.marks == first.marks and again.text == first.text
