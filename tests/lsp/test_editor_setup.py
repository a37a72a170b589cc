"""The README's editor set-up snippets: each parses, and each starts the server the way it is started."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from presslint.cli.main import build_parser

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## In the editor: `presslint lsp`") : README.index("## Speed")]


def _snippets(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", SECTION, flags=re.DOTALL)


def test_vscode_snippet() -> None:
    vscode, _ = (json.loads(text) for text in _snippets("json"))
    assert [vscode["glspc.server.command"], *vscode["glspc.server.commandArguments"]] == ["presslint", "lsp"]
    assert vscode["glspc.server.languageId"] == ["markdown", "plaintext", "html"]


def test_neovim_snippet() -> None:
    [lua] = _snippets("lua")
    assert 'cmd = { "presslint", "lsp" }' in lua
    assert lua.count("(") == lua.count(")") and lua.count("{") == lua.count("}")


def test_helix_snippet() -> None:
    [text] = _snippets("toml")
    helix = tomllib.loads(text)
    server = helix["language-server"]["presslint"]
    assert [server["command"], *server["args"]] == ["presslint", "lsp"]
    languages = {language["name"]: language for language in helix["language"]}
    assert all("presslint" in language["language-servers"] for language in languages.values())
    assert languages["article"]["file-types"] == ["txt"]


def test_zed_extension_and_snippet() -> None:
    _, zed = (json.loads(text) for text in _snippets("json"))
    assert zed["languages"]["Markdown"]["language_servers"] == ["presslint", "..."]
    extension = tomllib.loads((ROOT / "editors" / "zed" / "extension.toml").read_text(encoding="utf-8"))
    assert extension["language_servers"]["presslint"]["languages"] == ["Markdown", "HTML", "Plain Text"]
    source = (ROOT / "editors" / "zed" / "src" / "lib.rs").read_text(encoding="utf-8")
    assert '.which("presslint")' in source and 'args: vec!["lsp".into()]' in source


@pytest.mark.parametrize("argv", [["lsp"], ["lsp", "--stdio"]])
def test_the_command_the_snippets_run(argv: list[str]) -> None:
    assert build_parser().parse_args(argv).command == "lsp"  # clients that add --stdio are served too
