"""Each file's findings, kept between runs: re-checking an archive costs only what changed.

A file's result is stored under a SHA-256 of everything it depends on:

- the file's bytes, and its name as reported (the name picks the reader, and per-file
  ignores match it);
- the run's key: the rule set's key (presslint's version and the size and time of each of
  its modules, the Python, ``regex`` and word-list versions, and the bytes of every rule
  and data file, see :mod:`presslint.rulebook.cache`), the configuration that changes what
  is found (rule folders, enabled, disabled and levelled rules, caption and boilerplate
  patterns, language, the front-matter date field, per-file ignores), ``--select``,
  ``--ignore`` and ``--published``.

Change any of them by a byte and the key changes: a stored result is never stale. What
comes after checking (``--diff``, ``--baseline``, ``--fail-on``, the format) is applied to
stored and fresh results alike.

The results live in one SQLite file in the cache folder (:mod:`presslint.storage`),
readable and writable by the user only. A file that is not the user's, or is writable by
others, is not used. Writes are transactions, so concurrent runs never see half a result.
The file holds the most recently used :data:`MOST_RESULTS` results; older ones are
dropped. ``--no-cache`` or ``PRESSLINT_NO_CACHE=1`` turn it off. A cache that cannot be
opened or written is skipped: the run checks every file, as without it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from presslint.finding import FileResult
from presslint.storage import cache_folder, trusted

MOST_RESULTS = 100_000  # about 100 MB (a result takes about 1 KB): an archive of several years
_FILE_NAME = "results-v1.sqlite"
_BATCH = 500  # keys in one query: below SQLite's limit on parameters
_BUSY_SECONDS = 2.0  # another run writing: wait this long, then go on without the cache
_USED_AGAIN_AFTER = 3600.0  # seconds: a result read again within the hour is not marked again (no write at all)


def run_key(parts: Iterable[object]) -> str:
    """A digest of what a run's results depend on, beside the files' bytes."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode() + b"\0")
    return digest.hexdigest()


def file_key(run: str, shown: str, data: bytes) -> str:
    """The key of one file's result in a run with key ``run``."""
    digest = hashlib.sha256(run.encode())
    digest.update(b"\0" + shown.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(data)
    return digest.hexdigest()


class ResultCache:
    """Stored results: read once for all the files of a run, written once at its end."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.found: list[str] = []  # keys read this run and last marked long enough ago: marked when it ends
        self.new: dict[str, bytes] = {}

    @classmethod
    def open(cls) -> ResultCache | None:
        """The user's result cache, or None when caching is off or the file cannot be trusted."""
        folder = cache_folder()
        if folder is None:
            return None
        path = folder / _FILE_NAME
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not path.exists():
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            if not trusted(path):
                return None
            connection = sqlite3.connect(path, timeout=_BUSY_SECONDS, isolation_level=None)
            connection.execute(
                "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, result BLOB NOT NULL, used REAL NOT NULL)"
            )
            connection.execute("CREATE INDEX IF NOT EXISTS results_used ON results (used)")
        except (OSError, sqlite3.Error):
            return None
        return cls(connection)

    def results(self, keys: Sequence[str]) -> dict[str, FileResult]:
        """The stored results of ``keys`` that there are; a broken entry is simply not there."""
        found: dict[str, FileResult] = {}
        stale = time.time() - _USED_AGAIN_AFTER
        try:
            for first in range(0, len(keys), _BATCH):
                batch = keys[first : first + _BATCH]
                marks = ",".join("?" * len(batch))
                query = (
                    f"SELECT key, result, used FROM results WHERE key IN ({marks})"  # marks only: keys are parameters
                )
                for key, blob, used in self.connection.execute(query, batch):
                    try:
                        result = pickle.loads(blob)
                    except Exception:  # an entry another version wrote: checked afresh
                        continue
                    if isinstance(result, FileResult):
                        found[key] = result
                        if used < stale:
                            self.found.append(key)
        except sqlite3.Error:
            self.found.clear()
            return {}
        return found

    def keep(self, key: str, result: FileResult) -> None:
        """Store ``result`` when the run ends; a failure of ours is not kept, to be tried again."""
        if result.error is None or not result.error.endswith("please report it"):
            self.new[key] = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)

    def close(self) -> None:
        """Write this run's results and mark the ones it used, in one transaction; then drop the oldest.

        A run that found every result, all used within the hour, writes nothing.
        """
        now = time.time()
        connection = self.connection
        if not self.new and not self.found:
            connection.close()
            return
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(
                    "INSERT OR REPLACE INTO results (key, result, used) VALUES (?, ?, ?)",
                    [(key, blob, now) for key, blob in self.new.items()],
                )
                connection.executemany("UPDATE results SET used = ? WHERE key = ?", [(now, key) for key in self.found])
                (count,) = connection.execute("SELECT COUNT(*) FROM results").fetchone() if self.new else (0,)
                if count > MOST_RESULTS:
                    connection.execute(
                        "DELETE FROM results WHERE key IN (SELECT key FROM results ORDER BY used LIMIT ?)",
                        (count - MOST_RESULTS,),
                    )
                connection.execute("COMMIT")
            except sqlite3.Error:
                connection.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # busy or broken: this run's results are not kept, the next run checks them again
        finally:
            connection.close()


def cache_file() -> Path | None:
    """Where the results are kept (for tests and for people clearing it by hand)."""
    folder = cache_folder()
    return None if folder is None else folder / _FILE_NAME
