"""Data read from a YAML file, with the line of each key: what rule and config files become."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

Path = tuple[Hashable, ...]


class LocatedData:
    """A YAML document's data, with the 1-based line (and offset) of each key path."""

    def __init__(
        self,
        value: Any,
        lines: dict[Path, int] | None = None,
        offsets: dict[Path, int] | None = None,
    ) -> None:
        self.value = value
        self.lines = {} if lines is None else lines
        self.offsets = {} if offsets is None else offsets

    def line(self, path: Path) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)
