"""One lint per document at a time: a burst of edits becomes one lint of the latest text.

An edit waits a short quiet time before it is linted, so a word typed is linted once, not
once a keystroke. An edit that arrives while its document is being linted does not queue
another lint for every keystroke: it marks the document, and one more lint runs when the
current one ends. A document is thus never linted twice at once, and never more than
once behind, however long its lint takes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


class Debouncer:
    def __init__(self, run: Callable[[str], Awaitable[None]]) -> None:
        self._run = run
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._running: set[str] = set()
        self._again: dict[str, float] = {}  # documents edited while being linted: the delay to lint them after
        self._tasks: set[asyncio.Task[None]] = set()

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` once it has been quiet for ``delay`` seconds (0: as soon as it can be)."""
        if uri in self._running:
            self._again[uri] = min(delay, self._again.get(uri, delay))
            return
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        self._timers[uri] = asyncio.get_running_loop().call_later(delay, self._start, uri)

    def cancel(self, uri: str) -> None:
        """Forget a document's pending lint (it was closed); a lint already running ends unheeded."""
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        self._again.pop(uri, None)

    def _start(self, uri: str) -> None:
        self._timers.pop(uri, None)
        self._running.add(uri)
        task = asyncio.ensure_future(self._run_once(uri))
        self._tasks.add(task)  # kept until done: the loop holds tasks only weakly
        task.add_done_callback(self._tasks.discard)

    async def _run_once(self, uri: str) -> None:
        try:
            await self._run(uri)
        finally:
            self._running.discard(uri)
            if uri in self._again:
                self.schedule(uri, self._again.pop(uri))
