"""presslint's own regular expressions, compiled once per installation instead of once per run.

The ``regex`` module compiles in Python, and presslint's modules hold about sixty
patterns: compiling them took a tenth of a second at every start. ``compiled()`` keeps
them, compiled, in one file of the cache folder (see :mod:`presslint.rulebook.cache`), keyed
by the versions of presslint, ``regex`` and Python; a pattern is looked up by its text
and flags, so a changed pattern is simply compiled anew and added when the run ends.
"""

from __future__ import annotations

import atexit
import hashlib
import sys

import regex

from presslint.version import VERSION as __version__

_MAX_PATTERNS = 2000  # beyond this the file is started afresh with what this run used
_store: dict[tuple[str, int], regex.Pattern[str]] | None = None
_used: set[tuple[str, int]] = set()
_changed = False


def _file_name() -> str:
    versions = f"{__version__}\0{regex.__version__}\0{sys.version}".encode()
    return f"patterns-{hashlib.sha256(versions).hexdigest()[:32]}.pickle"


def _load() -> dict[tuple[str, int], regex.Pattern[str]]:
    from presslint.storage import cache_folder, read_entry

    folder = cache_folder()
    stored = read_entry(folder, _file_name()) if folder is not None else None
    return dict(stored) if isinstance(stored, dict) else {}


def _save() -> None:
    from presslint.storage import cache_folder, write_entry

    folder = cache_folder()
    if folder is None or _store is None:
        return
    kept = _store if len(_store) <= _MAX_PATTERNS else {key: _store[key] for key in _used}
    write_entry(folder, _file_name(), kept)


def compiled(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, from the installation's store when it holds it."""
    global _store, _changed
    if _store is None:
        _store = _load()
    key = (source, int(flags))
    _used.add(key)
    pattern = _store.get(key)
    if pattern is None:
        pattern = _store[key] = regex.compile(source, flags)
        if not _changed:
            _changed = True
            atexit.register(_save)
    return pattern
