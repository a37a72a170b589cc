"""Kinds of event, from ``data: events`` files: which words name them, which are parts of which.

The shipped file is ``rules/dates/event-kinds.yaml``; a newsroom extends it with files of
its own. A kind named in several files gains all their words and parts::

    data: events
    kinds:
      visit:
        words: [visit, visited, trip, arrived]
        parts: [meeting, talks, press conference]   # kinds that happen within a visit
"""

from __future__ import annotations

from collections.abc import Iterable

from presslint.errors import SourceError
from presslint.rule.context import DataFile, RuleContext
from presslint.rule.options import Option, OptionError, is_str, list_of, mapping_of, one_of, validate

_KIND_OPTIONS = (Option("words", list_of(is_str), default=[]), Option("parts", list_of(is_str), default=[]))


def _kind(value: object) -> str | None:
    if not isinstance(value, dict):
        return "expected a mapping with 'words' and 'parts'"
    try:
        validate(value, _KIND_OPTIONS, "an event kind")
    except OptionError as error:
        return error.message
    return None


_FILE_OPTIONS = (Option("data", one_of("events"), required=True), Option("kinds", mapping_of(is_str, _kind)))


class EventKinds:
    """Word → kind, and which kinds hold which."""

    def __init__(self) -> None:
        self.kind_of: dict[str, str] = {}  # a word, lower case → its kind
        self.parts: dict[str, set[str]] = {}

    def add(self, kind: str, words: Iterable[str], parts: Iterable[str]) -> None:
        for word in words:
            self.kind_of[word.lower()] = kind
        self.parts.setdefault(kind, set()).update(parts)

    def kinds(self, words: Iterable[str]) -> frozenset[str]:
        """The kinds of event these (lower-case) words name."""
        kind_of = self.kind_of
        return frozenset(kind_of[word] for word in words if word in kind_of)

    def related(self, ours: frozenset[str], theirs: frozenset[str]) -> bool:
        """Whether two sets of kinds can be one occasion: a kind in common, or one a part of the other."""
        if not ours.isdisjoint(theirs):
            return True
        parts = self.parts
        return any(not parts.get(kind, set()).isdisjoint(theirs) for kind in ours) or any(
            not parts.get(kind, set()).isdisjoint(ours) for kind in theirs
        )


def load_event_kinds(files: Iterable[DataFile]) -> EventKinds:
    """One set of kinds from every ``data: events`` file; errors name the file and line."""
    kinds = EventKinds()
    for file in files:
        try:
            values = validate(file.data.value, _FILE_OPTIONS, "an event kinds file")
        except OptionError as error:
            raise SourceError(file.path, file.data.line(error.path), error.message) from None
        for kind, entry in (values["kinds"] or {}).items():
            entry = validate(entry, _KIND_OPTIONS, "an event kind")
            kinds.add(kind, entry["words"], entry["parts"])
    return kinds


def event_kinds_of(context: RuleContext) -> EventKinds:
    kinds: EventKinds = context.shared("event-kinds", lambda: load_event_kinds(context.files("events")))
    return kinds
