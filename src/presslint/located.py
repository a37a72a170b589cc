"""Data read from a YAML file, with the line of each key: what rule and config files become."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

Path = tuple[Hashable, ...]


@dataclass
class LocatedData:
    """A YAML document's data, with the 1-based line (and offset) of each key path."""

    value: Any
    lines: dict[Path, int] = field(default_factory=dict)
    offsets: dict[Path, int] = field(default_factory=dict)

    def line(self, path: Path) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)
