"""Which files a run checks: named files, and article files found under named folders."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from presslint.article.readers import ARTICLE_SUFFIXES

_SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}


def article_paths(arguments: Sequence[str]) -> Iterator[str]:
    """Paths to check, as the user would write them, in a stable order.

    A named file is checked whatever its suffix; a folder is walked for article suffixes,
    without following symlinks out of it; ``-`` stands for standard input.
    """
    for argument in arguments:
        if argument == "-" or not os.path.isdir(argument):
            yield argument
            continue
        root = Path(argument).resolve()
        for folder, subfolders, files in os.walk(argument):
            subfolders[:] = sorted(name for name in subfolders if name not in _SKIPPED_DIRS)
            for name in sorted(files):
                if not name.lower().endswith(ARTICLE_SUFFIXES):
                    continue
                path = os.path.join(folder, name)
                if os.path.islink(path) and not _inside(Path(path).resolve(), root):
                    continue
                yield path


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents
