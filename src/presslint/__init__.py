"""presslint: an editorial QA linter for press articles.

The Python API: :func:`lint_text` for one article held in memory, :func:`lint_paths` for
files and folders. Both return :class:`~presslint.finding.Finding` objects with 1-based
lines and columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from presslint.version import VERSION as __version__

__all__ = ["__version__", "lint_paths", "lint_text"]

if TYPE_CHECKING:
    from presslint.api.lint import lint_paths, lint_text


def __getattr__(name: str) -> Any:
    # The API is imported on first use, so `presslint --version` and the hook start fast.
    if name in ("lint_text", "lint_paths"):
        from presslint.api import lint

        return getattr(lint, name)
    raise AttributeError(name)
