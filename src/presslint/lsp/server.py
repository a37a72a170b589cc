"""The language server's state: the open documents, their rule sets and lints, what was told.

The editor sends each article as it is typed; the server lints it on one worker thread (so
the connection keeps answering while a long article is checked) and publishes what it
found. Nothing a document, a request or a rule file holds stops the server: each problem
is logged to the editor (and shown once), and other documents go on being served.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from presslint.article.readers import reader_name
from presslint.errors import internal_error_line
from presslint.lsp.debounce import Debouncer
from presslint.lsp.documents import Linted, article_name, file_path, lint_document
from presslint.lsp.features import diagnostics
from presslint.lsp.positions import Positions
from presslint.lsp.protocol import AnsweringProtocol, logger
from presslint.lsp.rulesets import RuleSetError, RuleSets
from presslint.version import VERSION

DEFAULT_DEBOUNCE_MS = 25  # edits arriving together (a paste, an undo) are one lint; a typed word shows at once
LIVE_LIMIT = 1_000_000  # characters: a longer document is linted on open and save, not at every keystroke
WATCHED = ("**/.presslint.yaml", "**/.presslint.yml", "**/pyproject.toml", "**/*.yaml", "**/*.yml")


class _Snapshot(NamedTuple):
    """A document's text at one version, as the editor last sent it."""

    uri: str
    version: int | None
    text: str
    language_id: str | None

    @property
    def is_long(self) -> bool:
        """Too long to lint at every keystroke: linted on open and save only."""
        return len(self.text) > LIVE_LIMIT


class PresslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "presslint",
            VERSION,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=AnsweringProtocol,
        )
        self.rule_sets = RuleSets()  # used on the lint thread only
        self.linted: dict[str, Linted] = {}
        self.languages: dict[str, str] = {}  # open documents: their language id
        self.debounce = DEFAULT_DEBOUNCE_MS / 1000
        self.debouncer = Debouncer(self._lint_and_publish)
        self.lint_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="presslint-lint")
        self.refresh_due = False  # a save or an open: compare the kept rule sets with their files
        self.forget_due = False  # a watched file changed: read every configuration and rule again
        self.shown: set[str] = set()  # problems already shown to the user (each is logged every time)

    def snapshot(self, uri: str) -> _Snapshot | None:
        document = self.workspace.text_documents.get(unquote(uri)) if uri in self.languages else None
        if document is None:
            return None
        return _Snapshot(uri, document.version, document.source, self.languages[uri])

    def roots(self) -> list[Path]:
        """The workspace's folders, deepest first (a document is named relative to the one that holds it)."""
        folders = [file_path(folder.uri) for folder in self.workspace.folders.values()]
        root = file_path(self.workspace.root_uri) if self.workspace.root_uri else None
        return sorted({path for path in (*folders, root) if path is not None}, key=lambda p: -len(p.parts))

    async def lint(self, uri: str) -> Linted | None:
        """The document's current text, linted on the lint thread; None if it is not an open article."""
        snapshot = self.snapshot(uri)
        if snapshot is None:
            return None
        try:
            return await asyncio.get_running_loop().run_in_executor(self.lint_thread, self._lint_on_thread, snapshot)
        except RuntimeError:  # the server is shutting down: no more lints
            return None

    async def current(self, uri: str) -> Linted | None:
        """What was found in the document's current text: kept from the last lint, or linted now.

        A long document edited since its last lint has nothing to offer until it is saved.
        """
        linted = self.linted.get(uri)
        snapshot = self.snapshot(uri)
        if linted is not None and snapshot is not None and linted.text == snapshot.text:
            return linted
        if snapshot is not None and snapshot.is_long:
            return None
        linted = await self.lint(uri)
        if linted is not None:
            self.linted[uri] = linted
        return linted

    def _lint_on_thread(self, snapshot: _Snapshot) -> Linted | None:
        encoding = str(self.workspace.position_encoding or "utf-16")
        try:
            if self.forget_due:
                self.forget_due = self.refresh_due = False
                self.rule_sets.forget()
                self.shown.clear()
            elif self.refresh_due:
                self.refresh_due = False
                if self.rule_sets.refresh():
                    self.shown.clear()
            path = file_path(snapshot.uri)
            try:
                rule_set = self.rule_sets.for_document(path)
            except RuleSetError as error:
                name = article_name(snapshot.uri, snapshot.language_id, None, self.roots())
                if name is None:
                    return None
                return _unchecked(snapshot, name, encoding, f"{error}; presslint checks nothing until it is mended")
            name = article_name(snapshot.uri, snapshot.language_id, rule_set, self.roots())
            if name is None:
                return None
            return lint_document(snapshot.uri, snapshot.version, snapshot.text, name, rule_set, encoding)
        except Exception as error:  # a bug of ours: this document fails, the server goes on
            shown = str(file_path(snapshot.uri) or snapshot.uri)
            return _unchecked(snapshot, shown, encoding, internal_error_line(shown, "presslint lsp", error))

    async def _lint_and_publish(self, uri: str) -> None:
        linted = await self.lint(uri)
        snapshot = self.snapshot(uri)
        if linted is None or snapshot is None or snapshot.version != linted.version:
            return  # closed, not an article, or edited since: the next lint publishes
        self.linted[uri] = linted
        try:
            found = diagnostics(linted)
        except Exception as error:  # a bug of ours: this document shows nothing, the server goes on
            found = []
            linted = linted._replace(problem=internal_error_line(str(file_path(uri) or uri), "presslint lsp", error))
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=linted.version)
        )
        if linted.problem:
            self.tell(linted.problem)

    def tell(self, problem: str, kind: types.MessageType = types.MessageType.Warning) -> None:
        """Log a problem to the editor every time, and show it to the user the first time."""
        self.window_log_message(types.LogMessageParams(type=kind, message=f"presslint: {problem}"))
        if problem not in self.shown:
            self.shown.add(problem)
            self.window_show_message(types.ShowMessageParams(type=kind, message=f"presslint: {problem}"))

    def report_server_error(self, error: Exception, source: Any) -> None:
        """A message that could not be read or a handler that failed: one line in the log, and serving goes on."""
        detail = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        logger.warning("could not handle a message (%s); serving goes on", detail)

    def relint_all(self) -> None:
        for uri in self.languages:
            self.debouncer.schedule(uri, 0)


def _unchecked(snapshot: _Snapshot, name: str | None, encoding: str, problem: str) -> Linted:
    """A document that was not checked: no findings, and the one line that says why."""
    positions = Positions("", encoding)
    return Linted(snapshot.uri, snapshot.version, snapshot.text, [], positions, reader_name(name or ""), None, problem)
