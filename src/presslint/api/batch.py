"""Check many files on several cores, results in the order of the paths, with a progress line.

Worker processes are forked from the one that loaded the rules, so each starts with the
compiled rule set in memory and receives only paths; results come back in path order
(``imap``), a few at a time, so memory does not grow with the number of files. A run of
a handful of files, or ``-j 1``, stays in one process: forking costs more than it saves.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator, Sequence
from typing import Any, TextIO, TypeVar

_Result = TypeVar("_Result")
_SERIAL_BELOW = 8  # files; fewer are checked in this process
_PROGRESS_FROM = 200  # files; shorter runs finish before a progress line helps
_check_one: Callable[[str], Any] | None = None  # set in the parent before forking; workers inherit it


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run_one(path: str) -> Any:
    assert _check_one is not None
    return _check_one(path)


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def check_all(paths: Sequence[str], check_one: Callable[[str], _Result], jobs: int) -> Generator[_Result, None, None]:
    """``check_one`` over ``paths`` on up to ``jobs`` processes, yielding in path order."""
    global _check_one
    progress = Progress.for_terminal(len(paths))
    if jobs <= 1 or len(paths) < _SERIAL_BELOW or not _can_fork():
        for path in paths:
            yield check_one(path)
            progress.step()
        progress.done()
        return
    _check_one = check_one
    import multiprocessing  # a run of a few files (the hook's) never needs it

    context = multiprocessing.get_context("fork")
    with context.Pool(min(jobs, len(paths))) as pool:
        try:
            for result in pool.imap(_run_one, paths, chunksize=max(1, min(16, len(paths) // (jobs * 8)))):
                yield result
                progress.step()
        finally:
            pool.terminate()
            progress.done()
            _check_one = None


class Progress:
    """``presslint: 120/1000 files`` rewritten in place on a terminal; silent anywhere else."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total = total
        self.stream = stream
        self.count = 0

    @classmethod
    def for_terminal(cls, total: int, stream: TextIO | None = None) -> Progress:
        stream = sys.stderr if stream is None else stream
        shown = total >= _PROGRESS_FROM and stream.isatty() and not os.environ.get("CI")
        return cls(total, stream if shown else None)

    def step(self) -> None:
        self.count += 1
        if self.stream is not None and (self.count % 25 == 0 or self.count == self.total):
            width = 30
            filled = width * self.count // self.total
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\rpresslint: [{bar}] {self.count}/{self.total} files")
            self.stream.flush()

    def done(self) -> None:
        if self.stream is not None:
            self.stream.write("\r\x1b[2K")  # clear the line: the report follows on a clean screen
            self.stream.flush()
