"""``presslint lsp`` as an editor meets it: a separate process, a real LSP client, the seed article.

Positions are LSP's: 0-based lines, characters in UTF-16 code units.
"""

from __future__ import annotations

import asyncio
import json
import random
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from lsp_client import Editor, RawConnection, apply_edits
from lsprotocol import types

from conftest import SEED, SEED_KNOWN

Scenario = Callable[[Editor], Awaitable[None]]

# The seed's five known errors, as the editor is told them: (rule, start, end, severity), 0-based.
_SEVERITIES = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning}
SEED_DIAGNOSTICS = [
    (rule, (line - 1, column - 1), (line - 1, column - 1 + len(text)), _SEVERITIES[severity])
    for rule, severity, line, column, text in SEED_KNOWN
]


def _run(root: Path, scenario: Scenario, **options: object) -> None:
    async def drive() -> None:
        async with Editor(root, **options) as editor:  # type: ignore[arg-type]
            await scenario(editor)

    asyncio.run(drive())


def _spans(diagnostics: list[types.Diagnostic]) -> list[tuple[object, tuple[int, int], tuple[int, int], object]]:
    return [
        (d.code, (d.range.start.line, d.range.start.character), (d.range.end.line, d.range.end.character), d.severity)
        for d in diagnostics
    ]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copy(SEED, tmp_path / "seed.txt")
    return tmp_path


def test_seed_errors_with_exact_ranges(workspace: Path, run_cli: Callable[..., tuple[int, str, str]]) -> None:
    async def scenario(editor: Editor) -> None:
        _, diagnostics = await editor.opened(workspace / "seed.txt")
        spans = _spans(diagnostics)
        for known in SEED_DIAGNOSTICS:
            assert known in spans
        zulifya = next(d for d in diagnostics if d.range.start == types.Position(46, 56))
        assert zulifya.source == "presslint"
        assert zulifya.message == (
            "'Zulifya' is not how the register spells it: 'Zulfiya' (Zulfiya Suleimenova, person)."
        )
        assert zulifya.code_description is not None
        assert zulifya.code_description.href.endswith("/rules/names/misspelled.yaml")
        # Everything the command line reports, at the same places, with the same messages.
        _, out, _ = run_cli("--format", "json", "--no-cache", str(workspace / "seed.txt"))
        expected = [(f["rule"], f["line"] - 1, f["column"] - 1) for f in json.loads(out)["findings"]]
        assert [(d.code, d.range.start.line, d.range.start.character) for d in diagnostics] == expected

    _run(workspace, scenario)


def test_correcting_a_name_clears_its_diagnostic(workspace: Path) -> None:
    async def scenario(editor: Editor) -> None:
        uri, opened = await editor.opened(workspace / "seed.txt")
        before = _spans(opened)
        version = editor.replace(uri, (46, 45), (46, 55), "Kazakhstan")
        after = _spans(await editor.diagnostics(uri, version=version))
        assert ("names.misspelled", (46, 45), (46, 55), types.DiagnosticSeverity.Error) not in after
        assert after == [span for span in before if span[1] != (46, 45)]

    _run(workspace, scenario)


def test_code_action_corrects_zulifya(workspace: Path) -> None:
    async def scenario(editor: Editor) -> None:
        uri, _ = await editor.opened(workspace / "seed.txt")
        actions = await editor.code_actions(uri, 46, 58)
        titles = [action.title for action in actions]
        assert titles == ["Change 'Zulifya' to 'Zulfiya'", "Apply presslint's unambiguous fixes (2)"]
        fix = actions[0]
        assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
        assert fix.diagnostics is not None and fix.diagnostics[0].code == "names.misspelled"
        assert fix.edit is not None and fix.edit.changes is not None
        edits = list(fix.edit.changes[uri])
        assert edits == [types.TextEdit(types.Range(types.Position(46, 56), types.Position(46, 63)), "Zulfiya")]
        text = apply_edits((workspace / "seed.txt").read_text(encoding="utf-8"), edits)
        assert text.splitlines()[46].startswith("Minister of Ecology and Natural resources of Kazkahstan Zulfiya ")
        version = editor.replace(uri, (46, 56), (46, 63), "Zulfiya")
        after = await editor.diagnostics(uri, version=version)
        assert [d.range.start for d in after if d.code == "names.misspelled"] == [types.Position(46, 45)]

    _run(workspace, scenario)


def test_fix_all_applies_what_fix_applies(workspace: Path, run_cli: Callable[..., tuple[int, str, str]]) -> None:
    async def scenario(editor: Editor) -> None:
        uri, _ = await editor.opened(workspace / "seed.txt")
        actions = await editor.code_actions(uri, 0, 0)
        [fix_all] = [action for action in actions if action.kind == "source.fixAll.presslint"]
        assert fix_all.edit is not None and fix_all.edit.changes is not None
        fixed = apply_edits((workspace / "seed.txt").read_text(encoding="utf-8"), list(fix_all.edit.changes[uri]))
        shutil.copy(SEED, workspace / "cli.txt")
        run_cli("--fix", str(workspace / "cli.txt"))
        assert fixed == (workspace / "cli.txt").read_text(encoding="utf-8")

    _run(workspace, scenario)


def test_hover_explains_the_rule(workspace: Path) -> None:
    async def scenario(editor: Editor) -> None:
        uri, _ = await editor.opened(workspace / "seed.txt")
        hover = await editor.hover(uri, 46, 60)
        assert hover is not None and isinstance(hover.contents, types.MarkupContent)
        assert hover.range == types.Range(types.Position(46, 56), types.Position(46, 63))
        text = hover.contents.value
        assert text.startswith("**names.misspelled** (error): 'Zulifya' is not how the register spells it")
        assert "Suggestion: `Zulfiya`" in text
        assert "A capitalised word that is a likely slip" in text  # the rule's description
        assert "- `Minister Zulifya Suleimenova spoke.`" in text  # one of its examples
        assert "Defined in `rules/names/misspelled.yaml:1`." in text
        assert await editor.hover(uri, 0, 0) is None  # no finding there

    _run(workspace, scenario)


MARKDOWN = (
    "# Talks in Astana\n"
    "\n"
    "The minister of Kazkahstan spoke first.\n"
    "Later the minister of Kazkahstan spoke again, and the talks ended.\n"
)
COMMENT = "<!-- presslint-disable-next-line names.misspelled -->"


@pytest.mark.parametrize(
    ("line", "inserted_at", "inserted"),
    [
        pytest.param(
            2, (2, 0), "<!-- presslint-disable-next-line names.misspelled -->\n", id="first-line-of-paragraph"
        ),
        pytest.param(3, (2, 39), " <!-- presslint-disable-next-line names.misspelled -->", id="inside-paragraph"),
    ],
)
def test_suppression_action_in_markdown(
    workspace: Path, line: int, inserted_at: tuple[int, int], inserted: str
) -> None:
    async def scenario(editor: Editor) -> None:
        uri = editor.open(workspace / "talks.md", MARKDOWN, language_id="markdown")
        before = await editor.diagnostics(uri, version=1)
        assert [(d.code, d.range.start.line) for d in before] == [("names.misspelled", 2), ("names.misspelled", 3)]
        actions = await editor.code_actions(uri, line, 25)
        [ignore] = [action for action in actions if action.title == "Ignore names.misspelled on this line"]
        assert ignore.edit is not None and ignore.edit.changes is not None
        [edit] = ignore.edit.changes[uri]
        assert (edit.range.start.line, edit.range.start.character) == inserted_at and edit.range.start == edit.range.end
        assert edit.new_text == inserted
        version = editor.replace(uri, inserted_at, inserted_at, inserted)
        after = await editor.diagnostics(uri, version=version)
        # Only the other line's finding is left: the paragraph is still one paragraph, nothing new is found.
        other = 3 if line == 2 else 2
        shift = 1 if inserted.endswith("\n") else 0
        assert [(d.code, d.range.start.line) for d in after] == [("names.misspelled", other + shift)]

    _run(workspace, scenario)


def test_no_suppression_action_in_plain_text(workspace: Path) -> None:
    async def scenario(editor: Editor) -> None:
        uri = editor.open(workspace / "talks.txt", MARKDOWN.replace("# ", ""))
        await editor.diagnostics(uri, version=1)
        titles = [action.title for action in await editor.code_actions(uri, 2, 25)]
        assert titles == ["Change 'Kazkahstan' to 'Kazakhstan'", "Apply presslint's unambiguous fixes (2)"]

    _run(workspace, scenario)


HOUSE_RULE = (
    "id: house.slang\n"
    "kind: substitution\n"
    "level: warning\n"
    "message: \"Write '{suggestion}', not '{match}'.\"\n"
    "swap:\n"
    "  gonna: going to\n"
)


def test_rule_files_read_again_when_they_change(workspace: Path) -> None:
    (workspace / ".presslint.yaml").write_text("rules: [house]\n", encoding="utf-8")
    (workspace / "house").mkdir()
    (workspace / "house" / "slang.yaml").write_text("id: house.slang\nkind: grammar\n", encoding="utf-8")
    (workspace / "story.txt").write_text("Headline\n\nThe minister is gonna resign.\n", encoding="utf-8")

    async def scenario(editor: Editor) -> None:
        uri = editor.open(workspace / "story.txt")
        assert await editor.diagnostics(uri, version=1) == []
        assert [r.method for r in editor.registrations] == ["workspace/didChangeWatchedFiles"]
        shown = await editor.message_shown("house/slang.yaml")
        assert shown.startswith("presslint: house/slang.yaml:2: unknown kind 'grammar'")
        assert await editor.hover(uri, 2, 20) is None  # still answering
        seed = editor.open(workspace / "seed.txt")
        assert await editor.diagnostics(seed, version=1) == []  # the same configuration: nothing checked
        (workspace / "house" / "slang.yaml").write_text(HOUSE_RULE, encoding="utf-8")
        published = len(editor.published[uri])
        editor.files_changed(workspace / "house" / "slang.yaml")
        after = await editor.diagnostics(uri, after=published)
        assert _spans(after) == [("house.slang", (2, 16), (2, 21), types.DiagnosticSeverity.Warning)]
        assert after[0].message == "Write 'going to', not 'gonna'."  # the suggestion is in it already

    _run(workspace, scenario)


def test_without_file_watching_a_save_reads_changed_rules(workspace: Path) -> None:
    (workspace / ".presslint.yaml").write_text("rules: [house]\n", encoding="utf-8")
    (workspace / "house").mkdir()
    (workspace / "house" / "slang.yaml").write_text(HOUSE_RULE, encoding="utf-8")
    (workspace / "story.txt").write_text("Headline\n\nThe minister is gonna resign.\n", encoding="utf-8")

    async def scenario(editor: Editor) -> None:
        assert editor.registrations == []
        uri = editor.open(workspace / "story.txt")
        assert [d.code for d in await editor.diagnostics(uri, version=1)] == ["house.slang"]
        (workspace / ".presslint.yaml").write_text("rules: [house]\nlevels:\n  house.*: error\n", encoding="utf-8")
        published = len(editor.published[uri])
        editor.save(uri)
        after = await editor.diagnostics(uri, after=published)
        assert [(d.code, d.severity) for d in after] == [("house.slang", types.DiagnosticSeverity.Error)]

    _run(workspace, scenario, watch_files=False)


def test_malformed_requests_leave_the_server_answering(workspace: Path) -> None:
    with RawConnection(workspace) as connection:
        assert "capabilities" in connection.open_document(workspace / "seed.txt")["result"]
        # Parameters of the wrong shape, an unknown method, a body that is not JSON, a message that is not one.
        connection.send({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"position": "here"}})
        assert connection.answer(2)["error"]["code"] < 0
        connection.send({"jsonrpc": "2.0", "id": 3, "method": "presslint/nonsense", "params": {}})
        assert connection.answer(3)["error"]["code"] == -32601  # method not found
        connection.send(b"{not json")
        connection.send(b"[]")
        connection.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": 7}})
        assert connection.hover_text(workspace / "seed.txt", 46, 60, 4).startswith("**names.misspelled** (error)")
        assert connection.close() == 0


def test_binary_and_huge_documents_are_refused_in_one_line(workspace: Path) -> None:
    async def scenario(editor: Editor) -> None:
        binary = editor.open(workspace / "scan.txt", "PDF\x00\x01\x02 image data")
        assert await editor.diagnostics(binary, version=1) == []
        assert (await editor.message_shown("scan.txt")).endswith("scan.txt: binary file (NUL bytes), skipped")
        huge = editor.open(workspace / "archive.txt", "Headline\n\n" + "The talks went on. " * 600_000)
        assert await editor.diagnostics(huge, version=1) == []
        message = await editor.message_shown("archive.txt")
        assert message == "presslint: archive.txt: 11.4 MB, over the 10 MB limit for one article; not checked"
        seed = editor.open(workspace / "seed.txt")
        assert len(await editor.diagnostics(seed, version=1)) == 8
        assert editor.alive()

    _run(workspace, scenario)


def test_closing_clears_and_other_documents_are_ignored(workspace: Path) -> None:
    async def scenario(editor: Editor) -> None:
        (workspace / "notes.py").write_text("x = 'Kazkahstan'\n", encoding="utf-8")
        ignored = editor.open(workspace / "notes.py", language_id="python")
        uri, diagnostics = await editor.opened(workspace / "seed.txt")
        assert len(diagnostics) == 8
        editor.client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        assert await editor.diagnostics(uri, after=1) == []
        assert ignored not in editor.published

    _run(workspace, scenario)


def test_unicode_positions_count_utf16_units(workspace: Path) -> None:
    text = "Talks 😀 in Astana\n\nThe 😀 minister of Kazkahstan spoke.\n"

    async def scenario(editor: Editor) -> None:
        uri = editor.open(workspace / "emoji.txt", text)
        [diagnostic] = await editor.diagnostics(uri, version=1)
        # "The 😀 minister of " is 18 characters, 19 UTF-16 units: the emoji counts two.
        assert (diagnostic.range.start, diagnostic.range.end) == (types.Position(2, 19), types.Position(2, 29))

    _run(workspace, scenario)


def test_a_long_document_is_checked_on_save_not_as_typed(workspace: Path) -> None:
    long_text = "Headline\n\nThe minister of Kazkahstan spoke.\n\n" + "The talks went on until late. " * 34_000

    async def scenario(editor: Editor) -> None:
        uri = editor.open(workspace / "long.txt", long_text)
        assert [d.code for d in await editor.diagnostics(uri, version=1)] == ["names.misspelled"]
        editor.replace(uri, (2, 16), (2, 26), "Kazakhstan")
        notice = await editor.message_shown("long.txt")
        assert notice == "presslint: long.txt: over 1,000,000 characters, so it is checked when saved, not as you type"
        assert await editor.hover(uri, 2, 20) is None  # its findings are of an older text
        published = len(editor.published[uri])
        editor.save(uri)
        assert await editor.diagnostics(uri, after=published) == []

    _run(workspace, scenario)


def _random_value(chooser: random.Random, depth: int = 0) -> object:
    kinds = ["int", "str", "null", "bool", "float"] + (["list", "dict"] if depth < 3 else [])
    kind = chooser.choice(kinds)
    if kind == "list":
        return [_random_value(chooser, depth + 1) for _ in range(chooser.randint(0, 3))]
    if kind == "dict":
        keys = ["textDocument", "uri", "position", "line", "character", "range", "contentChanges", "text", "version"]
        return {chooser.choice(keys): _random_value(chooser, depth + 1) for _ in range(chooser.randint(0, 4))}
    return {
        "int": lambda: chooser.choice([-1, 0, 7, 2**40]),
        "str": lambda: chooser.choice(["", "file:///nowhere.md", "\x00", "é" * 3]),
        "null": lambda: None,
        "bool": lambda: chooser.random() < 0.5,
        "float": lambda: 1.5,
    }[kind]()


def test_random_messages_leave_the_server_answering(workspace: Path) -> None:
    """Two hundred messages of the editor's methods with parameters of random shapes, then a real hover."""
    methods = [
        "textDocument/didOpen", "textDocument/didChange", "textDocument/didSave", "textDocument/didClose",
        "textDocument/hover", "textDocument/codeAction", "workspace/didChangeWatchedFiles",
    ]  # fmt: skip
    chooser = random.Random(19)
    with RawConnection(workspace) as connection:
        connection.open_document(workspace / "seed.txt")
        for number in range(200):
            message: dict[str, object] = {"jsonrpc": "2.0", "method": chooser.choice(methods)}
            message["params"] = _random_value(chooser)
            if chooser.random() < 0.5:
                message["id"] = 1000 + number
            connection.send(message)
        assert connection.hover_text(workspace / "seed.txt", 46, 60, 2).startswith("**names.misspelled** (error)")
        assert connection.close() == 0
