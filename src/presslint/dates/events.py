"""What a sentence is about, for matching a caption's event with the body's.

A sentence's *event words* are the nouns and verbs that name happenings, reduced to one
form (met, meeting → meet); its *names* are its capitalised words other than titles,
months and weekdays. A caption and a body sentence are about the same event when they
share an event word and a name.
"""

from __future__ import annotations

from collections.abc import Iterator

from presslint.dates.reader import WEEKDAYS
from presslint.patterns import compiled
from presslint.readers.dateline import MONTHS
from presslint.text_memo import per_article

_EVENT_FORMS = {
    "meet": "meet met meets meeting meetings",
    "talk": "talk talks talked",
    "visit": "visit visits visited visiting",
    "summit": "summit summits",
    "forum": "forum forums",
    "conference": "conference conferences",
    "session": "session sessions",
    "ceremony": "ceremony ceremonies",
    "rally": "rally rallies rallied",
    "election": "election elections",
    "vote": "vote votes voted voting",
    "match": "match matches",
    "game": "game games",
    "final": "final finals",
    "tournament": "tournament tournaments",
    "competition": "competition competitions competed",
    "race": "race races",
    "funeral": "funeral funerals buried",
    "sign": "sign signed signing",
    "speech": "speech speeches addressed",
    "launch": "launch launched launches",
    "open": "opened opening",
    "protest": "protest protests protested protesters",
    "attack": "attack attacks attacked",
    "festival": "festival festivals",
    "concert": "concert concerts",
    "parade": "parade parades",
    "trial": "trial trials",
    "hearing": "hearing hearings",
    "inauguration": "inauguration inaugurated sworn",
    "award": "award awards awarded",
    "crash": "crash crashed",
    "explosion": "explosion explosions exploded",
    "earthquake": "earthquake quake",
    "storm": "storm hurricane typhoon cyclone",
    "fire": "fire fires blaze",
    "strike": "strike strikes",
    "stampede": "stampede",
    "exhibition": "exhibition exhibit expo",
    "interview": "interview interviewed",
    "debate": "debate debates debated",
}
EVENT_WORDS = {form: lemma for lemma, forms in _EVENT_FORMS.items() for form in forms.split()}

_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "prime", "secretary", "general", "deputy"}
_STARTERS = {"the", "a", "an", "in", "on", "at", "later", "after", "before", "during", "as", "he", "she", "they",
             "it", "we", "i", "this", "that", "these", "those", "but", "and", "however", "meanwhile", "according",
             "from", "with", "for", "while", "when", "there", "his", "her", "their", "its", "photo",
             "image"}  # fmt: skip
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "no", "vs", "inc", "ltd",
                  "co", "corp", "u.s", "u.k", "u.n", "d.c", *(name for name in MONTHS if len(name) <= 4)}  # fmt: skip
_WORD = compiled(r"\p{L}[\p{L}\p{M}'’-]*")
_SENTENCE_END = compiled(r"[.!?]+[\"”’)]*\s+(?=[\"“‘(]?[\p{Lu}\d])")


class Sentence:
    """A sentence of a block; its event words and names are read only when a date rule asks."""

    __slots__ = ("_events", "_names", "end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start  # index in the block text
        self.end = end
        self.text = text
        self._events: frozenset[str] | None = None
        self._names: frozenset[str] | None = None

    @property
    def events(self) -> frozenset[str]:
        """The event words of the sentence, as lemmas."""
        if self._events is None:
            self._events = _events(self.text)
        return self._events

    @property
    def names(self) -> frozenset[str]:
        if self._names is None:
            self._names = _names(self.text)
        return self._names


def _events(text: str) -> frozenset[str]:
    return frozenset(EVENT_WORDS[word.lower()] for word in _WORD.findall(text) if word.lower() in EVENT_WORDS)


def _names(text: str) -> frozenset[str]:
    found = set()
    for position, word in enumerate(_WORD.findall(text)):
        key = word.lower().rstrip("’'s")
        if not word[0].isupper() or key in _TITLES or key in _STARTERS or key in MONTHS or key in WEEKDAYS:
            continue
        if len(key) < 3 or (position == 0 and word.lower() in EVENT_WORDS):
            continue
        found.add(word[:-2] if word.endswith(("'s", "’s")) else word)
    return frozenset(found)


def _sentence(text: str, start: int, end: int) -> Sentence:
    return Sentence(start, end, text[start:end])


@per_article
def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of a block, not split after abbreviations ("Dec. 2", "Mr. Smith") or initials.

    Each date rule reads the same blocks: a block is split once.
    """
    return tuple(_sentences(text))


def _sentences(text: str) -> Iterator[Sentence]:
    start = 0
    for found in _SENTENCE_END.finditer(text):
        before = text[start : found.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        yield _sentence(text, start, found.start() + 1)
        start = found.end()
    if start < len(text):
        yield _sentence(text, start, len(text))
