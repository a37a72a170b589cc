"""presslint's cache folder: entries owned by the user, written atomically, pruned when unused.

Three things are cached there: compiled rule sets (:mod:`presslint.rulebook.cache`), the
compiled patterns of presslint's own modules (:mod:`presslint.text.patterns`) and the word
table of the English lexicon (:mod:`presslint.lexicon.word_table`). An entry that is not
owned by the user, is writable by others, or fails to load in any way is ignored and
rebuilt. Entries are written atomically (a temporary file, then a rename), so concurrent
runs never see half a file. ``PRESSLINT_CACHE_DIR`` moves the folder;
``PRESSLINT_NO_CACHE=1`` turns caching off.
"""

from __future__ import annotations

import os
import pickle
import stat
import time
from pathlib import Path

_KEEP_UNUSED_DAYS = 30
_KEEP_RULE_SETS = 8  # one per configuration in use (repositories, branches with other rules)


def cache_folder() -> Path | None:
    """Where cached rule sets live, or None when caching is off."""
    if os.environ.get("PRESSLINT_NO_CACHE"):
        return None
    if configured := os.environ.get("PRESSLINT_CACHE_DIR"):
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "presslint"


def trusted(path: Path) -> bool:
    """Only the user's own entries, writable by nobody else, are read back."""
    try:
        info = path.stat()
    except OSError:
        return False
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return owner_ok and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and stat.S_ISREG(info.st_mode)


def read_entry(folder: Path, name: str) -> object | None:
    """The object cached as ``name``, or None when there is no usable entry."""
    entry = folder / name
    if not trusted(entry):
        return None
    try:
        loaded: object = pickle.loads(entry.read_bytes())
        os.utime(entry)  # recently used: kept by the pruning below
    except Exception:  # any broken entry is simply rebuilt
        return None
    return loaded


def write_entry(folder: Path, name: str, value: object) -> None:
    """Store ``value`` as ``name`` atomically; a cache that cannot be written is skipped."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        entry = folder / name
        temporary = folder / f".{entry.name}.{os.getpid()}"
        with open(temporary, "wb") as handle:
            os.chmod(temporary, 0o600)
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, entry)
        _prune(folder, keep=entry)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return


def _prune(folder: Path, keep: Path) -> None:
    """Drop entries no run has used for a month, and all but the latest few rule sets."""
    cutoff = time.time() - _KEEP_UNUSED_DAYS * 86400
    entries = []
    for entry in folder.glob("*.pickle"):
        try:
            entries.append((entry.stat().st_mtime, entry))
        except OSError:
            continue
    rule_sets = sorted((item for item in entries if item[1].name.startswith("rules-")), reverse=True)
    stale = {entry for used, entry in entries if used < cutoff}
    stale |= {entry for _, entry in rule_sets[_KEEP_RULE_SETS:]}
    for entry in stale - {keep}:
        entry.unlink(missing_ok=True)
