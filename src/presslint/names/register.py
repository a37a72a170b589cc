"""The names register: people, places and organisations with their correct spellings.

Register files are YAML with ``data: names``. Simple lists give names by type; entries
give more::

    data: names
    places: [Kazakhstan, Astana]
    people: [Zulfiya Suleimenova]
    organisations: [OSCE, Organization for Security and Co-operation in Europe]
    entries:
      - name: Kassym-Jomart Tokayev
        type: person
        variants: [Kassym-Jomart Tokaev]      # also correct, where the newsroom allows it
        misspellings: [Tokaev]                # always wrong, whatever the distance
      - name: Astana
        type: place
        former: [{name: Nur-Sultan, until: 2022-09-17}]
        note: Renamed Astana in September 2022.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from presslint.errors import SourceError
from presslint.lexicon.edits import DeleteIndex, slips
from presslint.rule.context import DataFile
from presslint.rule.options import Option, OptionError, is_str, list_of, one_of, validate
from presslint.text.matching import RulePattern, compile_pattern, literal, word_bounded
from presslint.text.patterns import compiled

NAME_TYPES = ("person", "place", "org", "other")
_LIST_TYPES = {"people": "person", "places": "place", "organisations": "org", "organizations": "org", "other": "other"}
_TOKEN_SPLIT = compiled(r"[\s\-‐–]+")
MIN_NEAR_MISS_LENGTH = 4  # shorter names are too close to too much: only their listed misspellings count


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Erdoğan" and "ERDOGAN" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def name_tokens(name: str) -> list[str]:
    return [token for token in _TOKEN_SPLIT.split(name) if token and token[0].isalpha()]


def _former_item(value: Any) -> str | None:
    if isinstance(value, str):
        return None
    if isinstance(value, dict):
        try:
            validate(value, _FORMER_OPTIONS, "a former name")
        except OptionError as error:
            return error.message
        return None
    return "expected a name or a mapping with 'name' and 'until'"


def _is_date(value: Any) -> str | None:
    return None if isinstance(value, dt.date) else "expected a date (YYYY-MM-DD)"


_FORMER_OPTIONS = (Option("name", is_str, required=True), Option("until", _is_date))
_ENTRY_OPTIONS = (
    Option("name", is_str, required=True),
    Option("type", one_of(*NAME_TYPES), default="other"),
    Option("variants", list_of(is_str), default=[]),
    Option("misspellings", list_of(is_str), default=[]),
    Option("former", list_of(_former_item), default=[]),
    Option("note", is_str, default=""),
)
_FILE_OPTIONS = (
    Option("data", one_of("names"), required=True),
    Option("entries", list_of(lambda item: None if isinstance(item, dict) else "expected a mapping"), default=[]),
    *(Option(key, list_of(is_str), default=[]) for key in _LIST_TYPES),
)


class NameEntry(NamedTuple):
    name: str
    type: str = "other"
    variants: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    former: tuple[tuple[str, dt.date | None], ...] = ()
    note: str = ""

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


class Register:
    """Every name, indexed for exact, near-miss and known-misspelling look-ups."""

    def __init__(
        self,
        entries: list[NameEntry] | None = None,
        known: set[str] | None = None,
        full_names: set[str] | None = None,
        by_token: dict[str, list[tuple[NameEntry, str, int]]] | None = None,
        misspelled: dict[str, tuple[NameEntry, str]] | None = None,
        former: dict[str, tuple[NameEntry, dt.date | None]] | None = None,
        index: DeleteIndex | None = None,
    ) -> None:
        self.entries = [] if entries is None else entries
        self.known = set() if known is None else known  # folded tokens of every accepted spelling
        self.full_names = (
            set() if full_names is None else full_names
        )  # folded accepted spellings, tokens joined by spaces
        self.by_token = {} if by_token is None else by_token  # folded → (entry, token, pos)
        self.misspelled = {} if misspelled is None else misspelled  # folded phrase → (entry, right)
        self.former = {} if former is None else former
        self.index = DeleteIndex(2) if index is None else index
        self.former_pattern: RulePattern | None = None  # finds any former name (see load_register)

    def add(self, entry: NameEntry) -> None:
        self.entries.append(entry)
        for spelling in entry.spellings:
            tokens = name_tokens(spelling)
            self.full_names.add(" ".join(fold(token) for token in tokens))
            for position, token in enumerate(tokens):
                key = fold(token)
                self.known.add(key)
                self.by_token.setdefault(key, []).append((entry, token, position))
                if len(key) >= MIN_NEAR_MISS_LENGTH:
                    self.index.add(key)
        right_tokens = [token for spelling in entry.spellings for token in name_tokens(spelling)]
        for wrong in entry.misspellings:
            # Each wrong token ("Zulifya" in "Zulifya Suleimenova") is corrected by the closest right one.
            for token in name_tokens(wrong):
                if fold(token) not in {fold(right) for right in right_tokens}:
                    closest = min(right_tokens, key=lambda right: slips(fold(right), fold(token), 99))
                    self.misspelled[fold(token)] = (entry, closest)
        for old, until in entry.former:
            self.former[fold(old)] = (entry, until)

    def stands_alone(self, key: str) -> bool:
        """Whether the token with folded ``key`` is a name on its own: a one-word name or a
        person's surname ("Tokayev"), not a given name ("Masoud") or a word of a longer name."""
        return any(stands_alone(entry, position) for entry, _, position in self.by_token.get(key, ()))

    def spelling(self, key: str) -> str | None:
        """How the register writes the name token with folded ``key`` ("erdogan" → "Erdoğan")."""
        uses = self.by_token.get(key)
        return uses[0][1] if uses else None


def stands_alone(entry: NameEntry, position: int) -> bool:
    """Whether the token at ``position`` of ``entry`` stands for the name on its own: the
    name's only word, or a person's surname."""
    tokens = name_tokens(entry.name)
    return len(tokens) == 1 or (entry.type == "person" and position == len(tokens) - 1)


def load_register(files: Iterable[DataFile]) -> Register:
    """Build one register from every ``data: names`` file; errors name the file and line."""
    register = Register()
    for file in files:
        for entry in _entries(file):
            register.add(entry)
    if register.former:  # one pattern for all former names, compiled once and cached with the rules
        spelled = {fold(old): old for entry in register.entries for old, _ in entry.former}
        alternatives = "|".join(literal(old) for old in spelled.values())
        register.former_pattern = compile_pattern(word_bounded(f"(?:{alternatives})"), True)
    return register


def _entries(file: DataFile) -> Iterable[NameEntry]:
    located = file.data
    try:
        values = validate(located.value, _FILE_OPTIONS, "a names register")
        for key, kind in _LIST_TYPES.items():
            for name in values[key]:
                yield NameEntry(name, kind)
        for index, item in enumerate(values["entries"]):
            try:
                entry = validate(item, _ENTRY_OPTIONS, "a register entry")
            except OptionError as error:
                raise OptionError(("entries", index, *error.path), error.message) from None
            former = tuple(
                (old, None) if isinstance(old, str) else (old["name"], old.get("until")) for old in entry["former"]
            )
            yield NameEntry(
                entry["name"],
                entry["type"],
                tuple(entry["variants"]),
                tuple(entry["misspellings"]),
                former,
                entry["note"],
            )
    except OptionError as error:
        raise SourceError(file.path, located.line(error.path), error.message) from None
