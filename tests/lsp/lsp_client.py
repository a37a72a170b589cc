"""A scripted editor: pygls's LanguageClient driving ``presslint lsp`` as a separate process over stdio."""

from __future__ import annotations

import asyncio
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

TIMEOUT = 30.0
SERVER = [sys.executable, "-m", "presslint", "lsp", "--stdio"]


class Editor:
    """Opens, edits and saves documents, and collects what the server publishes, shows and logs."""

    def __init__(self, root: Path, watch_files: bool = True, options: dict[str, Any] | None = None) -> None:
        self.root = root
        self.watch_files = watch_files
        self.options = options if options is not None else {"debounceMs": 0}
        self.client = LanguageClient("presslint-tests", "1")
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = defaultdict(list)
        self.shown: list[str] = []
        self.logged: list[str] = []
        self.registrations: list[types.Registration] = []
        self.versions: dict[str, int] = {}
        self._arrived = asyncio.Condition()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        async def _published(params: types.PublishDiagnosticsParams) -> None:
            async with self._arrived:
                self.published[params.uri].append(params)
                self._arrived.notify_all()

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        async def _shown(params: types.ShowMessageParams) -> None:
            async with self._arrived:
                self.shown.append(params.message)
                self._arrived.notify_all()

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def _logged(params: types.LogMessageParams) -> None:
            self.logged.append(params.message)

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def _register(params: types.RegistrationParams) -> None:
            self.registrations += params.registrations

    async def __aenter__(self) -> Editor:
        await self.client.start_io(*SERVER, cwd=str(self.root))
        watched = types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=self.watch_files)
        capabilities = types.ClientCapabilities(
            workspace=types.WorkspaceClientCapabilities(did_change_watched_files=watched)
        )
        await self.client.initialize_async(
            types.InitializeParams(
                capabilities=capabilities,
                root_uri=self.root.as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=self.root.as_uri(), name=self.root.name)],
                initialization_options=self.options,
            )
        )
        self.client.initialized(types.InitializedParams())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.alive():
            await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
            self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), TIMEOUT)

    def alive(self) -> bool:
        server = self.client._server
        return server is not None and server.returncode is None

    def open(self, path: Path, text: str | None = None, language_id: str = "plaintext") -> str:
        uri = path.as_uri()
        self.versions[uri] = 1
        text = path.read_text(encoding="utf-8") if text is None else text
        item = types.TextDocumentItem(uri=uri, language_id=language_id, version=1, text=text)
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
        return uri

    async def opened(self, path: Path) -> tuple[str, list[types.Diagnostic]]:
        """Open a file as it is on disk and wait for its first diagnostics; its URI and them."""
        uri = self.open(path)
        return uri, await self.diagnostics(uri, version=1)

    def replace(self, uri: str, start: tuple[int, int], end: tuple[int, int], text: str) -> int:
        """Replace a range, as typing does; returns the document's new version."""
        self.versions[uri] += 1
        change = types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(*start), types.Position(*end)), text=text
        )
        document = types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri])
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(text_document=document, content_changes=[change])
        )
        return self.versions[uri]

    def save(self, uri: str) -> None:
        self.client.text_document_did_save(
            types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )

    def files_changed(self, *paths: Path) -> None:
        events = [types.FileEvent(uri=path.as_uri(), type=types.FileChangeType.Changed) for path in paths]
        self.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=events))

    async def diagnostics(self, uri: str, version: int | None = None, after: int = 0) -> list[types.Diagnostic]:
        """The first diagnostics published for ``uri`` (at ``version``) after the ``after``-th publication."""

        def found() -> list[types.Diagnostic] | None:
            for params in self.published[uri][after:]:
                if version is None or params.version == version:
                    return list(params.diagnostics)
            return None

        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(lambda: found() is not None), TIMEOUT)
        result = found()
        assert result is not None
        return result

    async def message_shown(self, containing: str) -> str:
        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(lambda: any(containing in m for m in self.shown)), TIMEOUT)
        return next(m for m in self.shown if containing in m)

    async def code_actions(self, uri: str, line: int, character: int) -> list[types.CodeAction]:
        where = types.Range(types.Position(line, character), types.Position(line, character))
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=where, context=types.CodeActionContext([])
        )
        actions = await asyncio.wait_for(self.client.text_document_code_action_async(params), TIMEOUT)
        return [action for action in actions or [] if isinstance(action, types.CodeAction)]

    async def hover(self, uri: str, line: int, character: int) -> types.Hover | None:
        params = types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(line, character))
        return await asyncio.wait_for(self.client.text_document_hover_async(params), TIMEOUT)


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """``text`` with LSP edits applied (positions in UTF-16 code units; lines end at LF)."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[: position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
        return before + len(units)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


class RawConnection:
    """The server over stdio with no client library: for frames no well-behaved client would send."""

    def __init__(self, root: Path) -> None:
        import subprocess

        self.process = subprocess.Popen(SERVER, cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def __enter__(self) -> RawConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:  # a test that failed before close()
            self.process.kill()

    def open_document(self, path: Path) -> dict[str, Any]:
        """Initialize, then open ``path`` as it is on disk; the answer to ``initialize``."""
        self.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
        answer = self.answer(1)
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        text = path.read_text(encoding="utf-8")
        document = {"uri": path.as_uri(), "languageId": "plaintext", "version": 1, "text": text}
        self.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": document}})
        return answer

    def hover_text(self, path: Path, line: int, character: int, request_id: int) -> str:
        """The Markdown of the hover at a position of ``path``'s document."""
        hover = {"textDocument": {"uri": path.as_uri()}, "position": {"line": line, "character": character}}
        self.send({"jsonrpc": "2.0", "id": request_id, "method": "textDocument/hover", "params": hover})
        value: str = self.answer(request_id)["result"]["contents"]["value"]
        return value

    def send(self, message: dict[str, Any] | bytes) -> None:
        import json

        body = message if isinstance(message, bytes) else json.dumps(message).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def answer(self, request_id: int) -> dict[str, Any]:
        """Read frames until the answer to ``request_id`` (notifications on the way are skipped)."""
        import json

        assert self.process.stdout is not None
        while True:
            length = 0
            while (line := self.process.stdout.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not length:
                raise EOFError("the server closed its output")
            message: dict[str, Any] = json.loads(self.process.stdout.read(length))
            if message.get("id") == request_id and "method" not in message:
                return message

    def close(self) -> int:
        self.send({"jsonrpc": "2.0", "id": 999, "method": "shutdown"})
        self.answer(999)
        self.send({"jsonrpc": "2.0", "method": "exit"})
        return self.process.wait(timeout=TIMEOUT)
