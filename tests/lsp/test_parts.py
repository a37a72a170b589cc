"""The language server's parts, in-process: positions, names, suppression comments, debouncing."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from presslint.lsp.debounce import Debouncer
from presslint.lsp.documents import article_name
from presslint.lsp.positions import Positions
from presslint.report.suppressions import suppression_insert

TEXT = "Talks in Astana\r\n\r\nThe 😀 minister of Kazkahstan spoke.\rThe café closed.\n"


@pytest.mark.parametrize(
    ("encoding", "kazkahstan", "closed"),
    [
        pytest.param("utf-16", (2, 19), (3, 9), id="utf-16"),  # the emoji is two units
        pytest.param("utf-8", (2, 21), (3, 10), id="utf-8"),  # the emoji is four bytes; é is two
        pytest.param("utf-32", (2, 18), (3, 9), id="utf-32"),
    ],
)
def test_positions_in_each_encoding(encoding: str, kazkahstan: tuple[int, int], closed: tuple[int, int]) -> None:
    positions = Positions(TEXT, encoding)
    start = TEXT.index("Kazkahstan")
    assert positions.position(start) == kazkahstan
    assert positions.offset(*kazkahstan) == start
    assert positions.position(TEXT.index("closed")) == closed  # a lone CR ends a line too
    assert positions.offset(*closed) == TEXT.index("closed")


def test_positions_past_the_ends() -> None:
    positions = Positions(TEXT)
    assert positions.offset(0, 500) == len("Talks in Astana")  # past a line's end: its end
    assert positions.offset(99, 0) == len(TEXT)
    assert positions.offset(-1, 3) == 0
    assert positions.position(len(TEXT) + 10) == (4, 0)
    assert Positions(TEXT, "latin-1").encoding == "utf-16"  # an encoding LSP does not have: its default


@pytest.mark.parametrize(
    ("text", "line", "format_name", "expected"),
    [
        pytest.param("A\n\nB x\n", 2, "Plain", None, id="plain-text-has-no-comments"),
        pytest.param("A\n\nB x\n", 2, "Markdown", (3, "<!-- presslint-disable-next-line r -->\n"), id="md-block-start"),
        pytest.param("A\nB x\n", 1, "Markdown", (1, " <!-- presslint-disable-next-line r -->"), id="md-mid-paragraph"),
        pytest.param("A\r\nB x\r\n", 1, "Markdown", (1, " <!-- presslint-disable-next-line r -->"), id="md-crlf"),
        pytest.param("x\n", 0, "Markdown", (0, "<!-- presslint-disable-next-line r -->\n"), id="md-first-line"),
        pytest.param(
            "<p>A\n  B x</p>\n", 1, "HTML", (5, "  <!-- presslint-disable-next-line r -->\n"), id="html-own-line"
        ),
        pytest.param("A\r\n\r\nB\r\n", 2, "HTML", (5, "<!-- presslint-disable-next-line r -->\r\n"), id="html-crlf"),
    ],
)
def test_suppression_insert(text: str, line: int, format_name: str, expected: tuple[int, str] | None) -> None:
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    assert suppression_insert(text, starts[line], format_name, "r") == expected


def test_suppression_inserted_in_markdown_suppresses(
    run_cli: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    text = "# Talks\n\nThe minister of Kazkahstan spoke\nand the minister of Kazkahstan left.\n"
    for line in (2, 3):
        start = sum(len(row) + 1 for row in text.split("\n")[:line])
        insert = suppression_insert(text, start, "Markdown", "names.misspelled")
        assert insert is not None
        at, comment = insert
        (tmp_path / "a.md").write_text(text[:at] + comment + text[at:], encoding="utf-8")
        _, out, _ = run_cli("--format", "json", "--no-config", str(tmp_path / "a.md"))
        assert out.count('"rule": "names.misspelled"') == 1 and "unused-suppression" not in out


@pytest.mark.parametrize(
    ("uri", "language", "config", "expected"),
    [
        pytest.param("file:///w/news/a.md", "markdown", None, "news/a.md", id="below-workspace"),
        pytest.param("file:///w/news/a.md", "markdown", "/w/news/.presslint.yaml", "a.md", id="below-config"),
        pytest.param("file:///elsewhere/a%20b.txt", "plaintext", None, "/elsewhere/a b.txt", id="outside"),
        pytest.param("file:///w/draft", "markdown", None, "draft.md", id="suffix-from-language"),
        pytest.param("untitled:Untitled-1", "html", None, "Untitled-1.html", id="unsaved"),
        pytest.param("file:///w/rules/x.yaml", "yaml", None, None, id="not-an-article"),
    ],
)
def test_article_name(uri: str, language: str, config: str | None, expected: str | None) -> None:
    from presslint.lsp.rulesets import RuleSet
    from presslint.rulebook.config import Config

    rule_set = RuleSet(Config(), [], {}, Path(config)) if config else None
    assert article_name(uri, language, rule_set, [Path("/w")]) == expected


def test_debouncer_lints_a_burst_once_and_never_twice_at_once() -> None:
    started: list[str] = []
    running: set[str] = set()

    async def lint(uri: str) -> None:
        assert uri not in running
        running.add(uri)
        started.append(uri)
        await asyncio.sleep(0.05)
        running.discard(uri)

    async def scenario() -> None:
        debouncer = Debouncer(lint)
        for _ in range(20):  # a burst of keystrokes: one lint, after the quiet time
            debouncer.schedule("a", 0.02)
        await asyncio.sleep(0.04)
        assert started == ["a"]
        for _ in range(20):  # edits while it runs: one more lint after it, not twenty
            debouncer.schedule("a", 0)
        debouncer.schedule("b", 0)
        await asyncio.sleep(0.2)
        assert sorted(started) == ["a", "a", "b"]
        debouncer.schedule("a", 0.02)
        debouncer.cancel("a")  # closed before its lint: none runs
        await asyncio.sleep(0.05)
        assert sorted(started) == ["a", "a", "b"]

    asyncio.run(scenario())


def test_lsp_command_without_pygls_says_what_to_install(
    run_cli: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("presslint.cli.lsp.find_spec", lambda name: None)
    code, out, err = run_cli("lsp")
    assert (code, out) == (2, "")
    assert err == "presslint: the language server needs pygls: install presslint with its extra, presslint[lsp]\n"


def _futures_left_after_typing(protocol_patch: Callable[[Any], None] | None = None) -> int:
    """Open a document and change it 40 times in-process; how many handler futures the protocol still keeps."""
    from presslint.lsp.handlers import build_server

    server = build_server()
    protocol = server.protocol
    if protocol_patch is not None:
        protocol_patch(protocol)
    protocol.set_writer(io.BytesIO())

    def send(message: dict[str, Any]) -> None:
        protocol.handle_message(json.loads(json.dumps(message), object_hook=protocol.structure_message))

    async def typing() -> int:
        send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        uri = "file:///newsroom/a.txt"
        document = {"uri": uri, "languageId": "plaintext", "version": 1, "text": "Title\n\nThe talks ended.\n"}
        send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": document}})
        for version in range(2, 42):
            change = {"text": f"Title\n\nThe talks ended at {version}.\n"}
            identifier = {"uri": uri, "version": version}
            send(
                {
                    "jsonrpc": "2.0",
                    "method": "textDocument/didChange",
                    "params": {"textDocument": identifier, "contentChanges": [change]},
                }
            )
        await asyncio.sleep(0.2)
        server.lint_thread.shutdown(wait=True)
        return len(protocol._request_futures)

    return asyncio.run(typing())


def test_handled_notifications_are_forgotten() -> None:
    from pygls.protocol import LanguageServerProtocol

    assert _futures_left_after_typing() == 0
    # pygls alone keeps one future per notification: the leak the protocol mends.
    unmended = LanguageServerProtocol._handle_notification
    assert _futures_left_after_typing(lambda p: setattr(p, "_handle_notification", unmended.__get__(p))) >= 41
