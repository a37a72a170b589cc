"""What the server does with each message of the editor's: the handlers, and ``serve``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from lsprotocol import types

from presslint.lsp.documents import file_path
from presslint.lsp.features import FIX_ALL, code_actions, hover
from presslint.lsp.server import LIVE_LIMIT, WATCHED, PresslintServer


def build_server() -> PresslintServer:
    server = PresslintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: PresslintServer, params: types.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("debounceMs"), (int, float)):
            ls.debounce = max(0.0, float(options["debounceMs"]) / 1000)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: PresslintServer, params: types.InitializedParams) -> None:
        watched = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if not (watched and watched.dynamic_registration):
            return  # opening and saving documents still notice changed rules
        watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED]
        registration = types.Registration(
            id="presslint-watched-files",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        try:
            await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
        except Exception as error:  # the editor refused: opening and saving still notice changes
            message = f"presslint: no file watching: {error}"
            ls.window_log_message(types.LogMessageParams(types.MessageType.Log, message))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PresslintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.languages[params.text_document.uri] = params.text_document.language_id
        ls.refresh_due = True
        ls.debouncer.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PresslintServer, params: types.DidChangeTextDocumentParams) -> None:
        snapshot = ls.snapshot(params.text_document.uri)
        if snapshot is not None and snapshot.is_long:
            name = (file_path(snapshot.uri) or Path(snapshot.uri)).name
            notice = f"{name}: over {LIVE_LIMIT:,} characters, so it is checked when saved, not as you type"
            if notice not in ls.shown:
                ls.tell(notice, types.MessageType.Info)
            return
        ls.debouncer.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: PresslintServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.refresh_due = True
        ls.debouncer.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PresslintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.debouncer.cancel(uri)
        ls.languages.pop(uri, None)
        ls.linted.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: PresslintServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.forget_due = True
        ls.relint_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL]),
    )
    async def code_action(ls: PresslintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        linted = await ls.current(params.text_document.uri)
        if linted is None:
            return None
        return code_actions(linted, params.range, params.context.only)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: PresslintServer, params: types.HoverParams) -> types.Hover | None:
        linted = await ls.current(params.text_document.uri)
        if linted is None:
            return None
        return hover(linted, params.position.line, params.position.character)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: PresslintServer, params: Any) -> None:
        ls.lint_thread.shutdown(wait=False, cancel_futures=True)

    return server


def serve() -> int:
    """Serve one editor over standard input and output until it says exit."""
    logging.basicConfig(level=logging.WARNING, format="presslint lsp: %(message)s")
    logging.getLogger("pygls").setLevel(logging.CRITICAL)  # its tracebacks: our own line says what went wrong
    build_server().start_io()
    return 0
