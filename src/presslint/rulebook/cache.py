"""The compiled rule set, cached on disk so that a run starts without parsing or compiling.

A run's rules come from YAML files; loading them means parsing YAML, validating every
option, compiling a few hundred regular expressions and building the names register and
the dictionary: about half a second. The result is pickled once into the cache folder and
read back in a few milliseconds by later runs.

The cache key is a SHA-256 of everything the result depends on: presslint's version and the
size and time of each of its modules, the Python and ``regex`` versions, the identity of
pyspellchecker's word list, and the path and bytes of every rule and data file loaded.
Editing, adding or removing a rule file therefore changes the key; nothing is ever read
from a stale entry. Where entries live and how they are trusted: :mod:`presslint.storage`.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from presslint.rulebook.paths import rule_files
from presslint.storage import cache_folder, read_entry, write_entry
from presslint.version import VERSION as __version__

if TYPE_CHECKING:
    from presslint.rulebook.loaded import LoadedRule


def _code_identity() -> str:
    """Size and time of every module of presslint: a changed checkout never reads old objects."""
    parts: list[str] = []
    folders = [os.path.dirname(os.path.dirname(__file__))]  # the whole package, not this folder
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

    from presslint.lexicon.word_table import word_list_identity

    digest = hashlib.sha256()
    for part in (__version__, sys.version, regex.__version__, word_list_identity() or "none", _code_identity()):
        digest.update(part.encode() + b"\0")
    for folder, shown in folders:
        digest.update(f"folder\0{folder.resolve()}\0{shown}\0".encode())
        for path in rule_files(folder):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def load_rules(folders: Sequence[tuple[Path, str]], key: str | None = None) -> list[LoadedRule]:
    """The rules of ``folders`` with their shared data built: from the cache when it has them.

    ``key`` is :func:`cache_key` of ``folders`` when the caller has worked it out already.
    """
    folder = cache_folder()
    if folder is not None and key is None:
        key = cache_key(folders)
    if folder is not None:
        cached = read_entry(folder, f"rules-{key}.pickle")
        if isinstance(cached, list):
            return cached
    from presslint.dates.event_kinds import event_kinds_of
    from presslint.names.shared import dictionary_of, register_of
    from presslint.rulebook.files import load_rule_folders

    loaded = load_rule_folders(folders)
    if loaded:  # built now, so that the cache holds them and their errors show at load time
        register_of(loaded[0].check.context)
        dictionary_of(loaded[0].check.context)
        event_kinds_of(loaded[0].check.context)
    if folder is not None:
        write_entry(folder, f"rules-{key}.pickle", loaded)
    return loaded
