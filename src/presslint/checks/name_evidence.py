"""What an article says about how its names are capitalised: the forms it writes, and where."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set

from presslint.article.model import BlockKind
from presslint.article.segments import Segment
from presslint.checks.name_pairs import (
    CONNECTORS,
    Context,
    is_capitalised,
    joined_capitals,
    name_key,
    name_like,
    ordinary,
    setting_of,
)
from presslint.lexicon.dictionary import Dictionary
from presslint.names.register import fold
from presslint.text.memo import TextFacts
from presslint.text.tokens import Word

TITLE_CASE_KINDS = (BlockKind.HEADLINE, BlockKind.SUBHEAD)  # never evidence: often in title case


class NameForm:
    """How the article writes one name: its first use, its capitals, and the longer names it stands in."""

    __slots__ = ("_settings", "capitals", "places", "start", "uses", "written")

    def __init__(self, written: str, start: int, capitals: tuple[bool, ...]) -> None:
        self.written = written  # the first use, as written
        self.start = start  # its source offset
        self.capitals = capitals  # per word: capitalised somewhere other than at a sentence's start
        self.uses = 0  # how often the article writes the name so
        self.places: list[tuple[str, Sequence[Word], Context]] = []
        self._settings: set[tuple[tuple[str, ...], tuple[str, ...]]] | None = None

    def add(self, capitals: tuple[bool, ...], place: tuple[str, Sequence[Word], Context]) -> None:
        self.capitals = tuple(a or b for a, b in zip(self.capitals, capitals, strict=True))
        self.uses += 1
        self.places.append(place)

    def settings(self, dictionary: Dictionary) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The longer names it stands in (words before, after), worked out only for a name a slip asks about."""
        if self._settings is None:
            self._settings = {setting_of(text, found, context, dictionary) for text, found, context in self.places}
        return self._settings


class NameEvidence:
    """What an article says about how its names are capitalised."""

    def __init__(self, facts: TextFacts, segments: Sequence[Segment], dictionary: Dictionary, wanted: Set[str]) -> None:
        """What the article says about the names whose words, folded, are all in ``wanted``.

        Nothing asks about other names, so their uses are not read. Every word of a wanted
        name is wanted, so each of its uses is read, whichever of its words it is found from.
        """
        self.facts = facts
        self.dictionary = dictionary
        self.wanted = wanted
        self.forms: dict[str, NameForm] = {}  # folded words of a name → how the article writes them
        self.alone: set[str] = set()  # folded words written capitalised on their own, mid-sentence
        self.capitalised: set[str] = set()  # folded words written capitalised mid-sentence
        self.lower: Counter[str] = Counter()  # folded words written in lower case
        read = [segment for segment in segments if segment.block.kind not in TITLE_CASE_KINDS]
        words = [word for segment in read for word in facts.words(segment.text)]
        dictionary.look_up({w.text for w in words if w.sentence_start and fold(w.text) in wanted})
        for text, count in Counter(word.text for word in words if not word.capitalised).items():
            if (folded := fold(text)) in wanted:
                self.lower[folded] += count
        for segment in read:
            self._read(segment)

    def _capital(self, word: Word) -> bool:
        """Whether the word is capitalised as a name: mid-sentence, or a word that is no ordinary one ("Michael")."""
        if word.text in CONNECTORS:
            return True  # a connector is part of the name in lower case
        return word.text[0].isupper() and (not word.sentence_start or not self.dictionary.ordinary(word.text))

    def _read(self, segment: Segment) -> None:
        text, found = segment.text, self.facts.words(segment.text)
        wanted = self.wanted
        for index, word in enumerate(found):
            if not word.capitalised or word.all_caps or fold(word.text) not in wanted:
                continue
            beside = name_like(found, index - 1) or name_like(found, index + 1)
            neighbours = list(joined_capitals(text, found, index)) if beside else []
            if not word.sentence_start:
                self.capitalised.add(fold(word.text))
                if not any(is_capitalised(c.anchor) for c in neighbours):
                    self.alone.add(fold(word.text))
            for context in neighbours:
                names = found[context.start : context.end]
                key = name_key(text, names)
                capitals = tuple(self._capital(w) for w in names)
                form = self.forms.get(key)
                if form is None:
                    start = segment.span(names[0].start, names[0].end)[0]
                    form = self.forms[key] = NameForm(text[names[0].start : names[-1].end], start, capitals)
                form.add(capitals, (text, found, context))


def alone_name(word: str, evidence: NameEvidence, dictionary: Dictionary) -> bool:
    """The article's own single-word name: capitalised mid-sentence, in lower case only here, and
    either written on its own or a word no dictionary knows ("Merkel" in "Angela Merkel"; not
    "labour", a British spelling)."""
    folded = fold(word)
    if folded not in evidence.capitalised or evidence.lower[folded] != 1 or ordinary(word, dictionary):
        return False
    return folded in evidence.alone or not dictionary.known(word)
