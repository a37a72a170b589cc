"""Data that rules share: registers and word lists found in the rule folders.

Files whose top-level ``data:`` names their type (``names``, ``words``) are collected
while rule folders load; the structures built from them (the names register, the word
list) are built once, on first use, and shared by every rule of the run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from presslint.text.located import LocatedData


class DataFile:
    def __init__(self, path: str, data: LocatedData) -> None:
        self.path = path  # as shown in messages
        self.data = data


class RuleContext:
    def __init__(
        self,
        data_files: dict[str, list[DataFile]] | None = None,
        built: dict[str, Any] | None = None,
    ) -> None:
        self.data_files = {} if data_files is None else data_files
        self._built = {} if built is None else built

    def files(self, kind: str) -> list[DataFile]:
        return self.data_files.get(kind, [])

    def shared(self, key: str, build: Callable[[], Any]) -> Any:
        """The structure under ``key``, built by ``build`` the first time it is asked for."""
        if key not in self._built:
            self._built[key] = build()
        return self._built[key]
