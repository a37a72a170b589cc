"""presslint's own regular expressions, compiled once per installation instead of once per run.

The ``regex`` module compiles in Python, and presslint's modules hold about sixty
patterns: compiling them took a tenth of a second at every start. A run of the command
line opens the pattern store (:func:`pattern_store`): while it is open, ``compiled()``
takes patterns from one file of the cache folder (see :mod:`presslint.storage`), keyed by
the versions of presslint, ``regex`` and Python, and the run writes the file back when it
ends if it compiled a pattern the file did not hold. A pattern is looked up by its text and
flags, so a changed pattern is simply compiled anew. With no store open (importing
presslint, the Python API), ``compiled()`` is ``regex.compile``: importing reads and writes
nothing.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import regex

from presslint.storage import cache_folder, read_entry, write_entry
from presslint.version import VERSION

_MAX_PATTERNS = 2000  # beyond this the file is started afresh with what this run used


class _Store:
    """The patterns of the open store, and what this run used and added."""

    def __init__(self, patterns: dict[tuple[str, int], regex.Pattern[str]]) -> None:
        self.patterns = patterns
        self.used: set[tuple[str, int]] = set()
        self.changed = False


_open_store: _Store | None = None  # set only between the start and the end of a run


def _file_name() -> str:
    versions = f"{VERSION}\0{regex.__version__}\0{sys.version}".encode()
    return f"patterns-{hashlib.sha256(versions).hexdigest()[:32]}.pickle"


@contextmanager
def pattern_store() -> Iterator[None]:
    """Keep the patterns compiled during the block in the cache folder (one run of the command line)."""
    global _open_store
    folder = cache_folder()
    if folder is None or _open_store is not None:
        yield
        return
    _open_store = store = _Store(_stored_patterns(folder))
    try:
        yield
    finally:
        _open_store = None
        if store.changed:
            _save(folder, store)


def _stored_patterns(folder: Path) -> dict[tuple[str, int], regex.Pattern[str]]:
    stored = read_entry(folder, _file_name())
    return dict(stored) if isinstance(stored, dict) else {}


def _save(folder: Path, store: _Store) -> None:
    patterns = store.patterns
    kept = patterns if len(patterns) <= _MAX_PATTERNS else {key: patterns[key] for key in store.used}
    write_entry(folder, _file_name(), kept)


def compiled(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, from the pattern store when a run has it open."""
    store = _open_store
    if store is None:
        return regex.compile(source, flags)
    key = (source, int(flags))
    store.used.add(key)
    pattern = store.patterns.get(key)
    if pattern is None:
        pattern = store.patterns[key] = regex.compile(source, flags)
        store.changed = True
    return pattern
