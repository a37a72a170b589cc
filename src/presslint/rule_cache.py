"""The compiled rule set, cached on disk so that a run starts without parsing or compiling.

A run's rules come from YAML files; loading them means parsing YAML, validating every
option, compiling a few hundred regular expressions and building the names register and
the dictionary: about half a second. The result is pickled once into the cache folder and
read back in a few milliseconds by later runs.

The cache key is a SHA-256 of everything the result depends on: presslint's version and the
size and time of each of its modules, the Python and ``regex`` versions, the identity of
pyspellchecker's word list, and the path and bytes of every rule and data file loaded.
Editing, adding or removing a rule file therefore changes the key; nothing is ever read
from a stale entry. A file that is not owned by the user, is writable by others, or fails
to load in any way is ignored and rebuilt. Entries are written atomically (a temporary
file, then a rename), so concurrent runs never see half a file. ``PRESSLINT_CACHE_DIR``
moves the folder; ``PRESSLINT_NO_CACHE=1`` turns caching off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from presslint import __version__
from presslint.rule_paths import rule_files

if TYPE_CHECKING:
    from presslint.ruleset import LoadedRule

_KEEP_UNUSED_DAYS = 30
_KEEP_RULE_SETS = 8  # one per configuration in use (repositories, branches with other rules)


def cache_folder() -> Path | None:
    """Where cached rule sets live, or None when caching is off."""
    if os.environ.get("PRESSLINT_NO_CACHE"):
        return None
    if configured := os.environ.get("PRESSLINT_CACHE_DIR"):
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "presslint"


def _code_identity() -> str:
    """Size and time of every module of presslint: a changed checkout never reads old objects."""
    parts: list[str] = []
    folders = [os.path.dirname(__file__)]
    while folders:  # os.scandir: a tenth of the time of Path.rglob, and this runs at every start
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                elif entry.name.endswith(".py"):
                    info = entry.stat()
                    parts.append(f"{entry.path}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(sorted(parts))


def cache_key(folders: Sequence[tuple[Path, str]]) -> str:
    """A digest of everything a loaded rule set depends on."""
    import regex

    from presslint.names.word_table import word_list_identity

    digest = hashlib.sha256()
    for part in (__version__, sys.version, regex.__version__, word_list_identity() or "none", _code_identity()):
        digest.update(part.encode() + b"\0")
    for folder, shown in folders:
        digest.update(f"folder\0{folder.resolve()}\0{shown}\0".encode())
        for path in rule_files(folder):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _trusted(path: Path) -> bool:
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
    if not _trusted(entry):
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


def load_rules(folders: Sequence[tuple[Path, str]]) -> list[LoadedRule]:
    """The rules of ``folders`` with their shared data built: from the cache when it has them."""
    folder = cache_folder()
    key = cache_key(folders) if folder is not None else ""
    if folder is not None:
        cached = read_entry(folder, f"rules-{key}.pickle")
        if isinstance(cached, list):
            return cached
    from presslint.dates.event_kinds import event_kinds_of
    from presslint.names.shared import dictionary_of, register_of
    from presslint.rule_files import load_rule_folders

    loaded = load_rule_folders(folders)
    if loaded:  # built now, so that the cache holds them and their errors show at load time
        register_of(loaded[0].check.context)
        dictionary_of(loaded[0].check.context)
        event_kinds_of(loaded[0].check.context)
    if folder is not None:
        write_entry(folder, f"rules-{key}.pickle", loaded)
    return loaded
