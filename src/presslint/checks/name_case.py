"""A word of a name written in lower case: "Boris johnson", "Bank of england", "new Delhi".

A lower-case word next to a capitalised one ("johnson" after "Boris", "england" after
"Bank of", "boris" before "Johnson") is a slip when something says the word belongs to
that name in capitals. The evidence, strongest first:

1. the article writes the same words with this one capitalised ("Boris Johnson" on line
   3), where its capital is not merely the first letter of a sentence;
2. the register has the name ("Hong Kong"), or the word as a name on its own;
3. the article writes the word capitalised mid-sentence and nowhere else in lower case,
   the lexicon does not take it for an ordinary word, and it is either written on its own
   ("the Nikkei") or a word no dictionary lists ("Merkel" in "Angela Merkel");
4. the lexicon: writers use the word almost only as a name ("johnson", "england").

Without evidence nothing is reported: "Apple pie" and "the Manchester rain" are ordinary
words after a name. A right form is one whose every word is capitalised as a name: mid-
sentence, or at a sentence's start but no ordinary word ("Michael"), so "The Home Office"
opening a sentence says nothing of "the home secretary"; and beside a word that may be
capitalised only because it opens the sentence, a word the article also writes in lower
case elsewhere is taken for the ordinary word ("Open source software is…"). The lexicon does not count beside
a word that may be capitalised only because it starts the sentence ("Fine china"), and
neither does the article's single-word name after a possessive ("Kenya's parliament"). Connectors ("of",
"and", "the") may stand inside a name in lower case and are never reported. Headlines and
subheads are reported in but, being often in title case, are never evidence.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from presslint.article import BlockKind
from presslint.checks.base import Segment
from presslint.names.dictionary import Dictionary, american_forms
from presslint.names.register import Register, fold
from presslint.names.tokens import Word, words

# Lower-case words inside names. Not "in" or "on": "Go Digital on the World Service" is two names.
CONNECTORS = frozenset(
    {"of", "and", "for", "the", "de", "du", "des", "der", "von", "van", "da", "di", "del", "la", "le", "al", "el"}
    | {"bin"}
)
_MOST_CONNECTORS = 2  # "Bank of England", "Trinidad and Tobago", "Isle of the Dead"
_TITLE_CASE_KINDS = (BlockKind.HEADLINE, BlockKind.SUBHEAD)


class Slip(NamedTuple):
    """A lower-case name word: where (in the segment), as written, as it should be, and why."""

    segment: Segment
    start: int  # the name as written, from its capitalised neighbour to the word
    end: int
    written: str
    right: str
    word: str  # the lower-case word itself
    evidence_start: int | None  # source offset of the article's right form, if it has one
    why: str = ""  # without such a form, what says it is a name: "register", "article" or "lexicon"


class _Context(NamedTuple):
    start: int  # index of the first word of the name part (the anchor or the slip)
    end: int  # index after the last
    anchor: Word  # the capitalised neighbour
    before: bool  # the anchor comes before the slip


def _joined(text: str, left: Word, right: Word) -> bool:
    """Only spaces (a possessive ending on the left) stand between two words."""
    between = text[left.end : right.start]
    return between.strip(" \t") in ("", "'s", "’s", "'", "’") and "\n" not in between


def _is_capitalised(word: Word) -> bool:
    return word.text[0].isupper() and not word.all_caps


def _neighbours(text: str, found: Sequence[Word], index: int) -> Iterator[_Context]:
    """The word at ``index`` with each capitalised neighbour it is joined to (through connectors).

    This pairs a lower-case word with the name it may belong to, and a capitalised word
    with the names it is written in, the same way: the two are looked up by the same key.
    """
    back = _capital_beside(text, found, index, -1)
    if back is not None:
        yield _Context(back, index + 1, found[back], True)
    ahead = _capital_beside(text, found, index, 1)
    if ahead is not None:
        yield _Context(index, ahead + 1, found[ahead], False)


def _capital_beside(text: str, found: Sequence[Word], index: int, step: int) -> int | None:
    """The first capitalised word from ``index`` towards ``step`` (-1 or 1), through at most two
    connectors with only spaces between ("Bank of England"); None if another word comes first."""
    at = index + step
    while 0 <= at < len(found) and abs(at - index) <= _MOST_CONNECTORS + 1:
        if not _joined(text, *((found[at], found[at + 1]) if step < 0 else (found[at - 1], found[at]))):
            return None
        if found[at].text[0].isupper():
            return at
        if found[at].text not in CONNECTORS:
            return None
        at += step
    return None


class _Form:
    """How the article writes one name: its first use, its capitals, and the longer names it stands in."""

    __slots__ = ("_settings", "capitals", "places", "start", "uses", "written")

    def __init__(self, written: str, start: int, capitals: tuple[bool, ...]) -> None:
        self.written = written  # the first use, as written
        self.start = start  # its source offset
        self.capitals = capitals  # per word: capitalised somewhere other than at a sentence's start
        self.uses = 0  # how often the article writes the name so
        self.places: list[tuple[str, Sequence[Word], _Context]] = []
        self._settings: set[tuple[tuple[str, ...], tuple[str, ...]]] | None = None

    def add(self, capitals: tuple[bool, ...], place: tuple[str, Sequence[Word], _Context]) -> None:
        self.capitals = tuple(a or b for a, b in zip(self.capitals, capitals, strict=True))
        self.uses += 1
        self.places.append(place)

    def settings(self, dictionary: Dictionary) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The longer names it stands in (words before, after), worked out only for a name a slip asks about."""
        if self._settings is None:
            self._settings = {_setting(text, found, context, dictionary) for text, found, context in self.places}
        return self._settings


class NameEvidence:
    """What an article says about how its names are capitalised."""

    def __init__(self, segments: Sequence[Segment], dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        self.forms: dict[str, _Form] = {}  # folded words of a name → how the article writes them
        self.alone: set[str] = set()  # folded words written capitalised on their own, mid-sentence
        self.capitalised: set[str] = set()  # folded words written capitalised mid-sentence
        self.lower: Counter[str] = Counter()  # folded words written in lower case
        read = [segment for segment in segments if segment.block.kind not in _TITLE_CASE_KINDS]
        dictionary.look_up({w.text for segment in read for w in words(segment.text) if w.sentence_start})
        for segment in read:
            self._read(segment)

    def _capital(self, word: Word) -> bool:
        """Whether the word is capitalised as a name: mid-sentence, or a word that is no ordinary one ("Michael")."""
        if word.text in CONNECTORS:
            return True  # a connector is part of the name in lower case
        return word.text[0].isupper() and (not word.sentence_start or not self.dictionary.ordinary(word.text))

    def _read(self, segment: Segment) -> None:
        text, found = segment.text, words(segment.text)
        for index, word in enumerate(found):
            if not word.text[0].isupper():
                self.lower[fold(word.text)] += 1
                continue
            if word.all_caps:
                continue
            beside = _name_like(found, index - 1) or _name_like(found, index + 1)
            neighbours = list(_neighbours(text, found, index)) if beside else []
            if not word.sentence_start:
                self.capitalised.add(fold(word.text))
                if not any(_is_capitalised(c.anchor) for c in neighbours):
                    self.alone.add(fold(word.text))
            for context in neighbours:
                names = found[context.start : context.end]
                key = _key(text, names)
                capitals = tuple(self._capital(w) for w in names)
                form = self.forms.get(key)
                if form is None:
                    start = segment.span(names[0].start, names[0].end)[0]
                    form = self.forms[key] = _Form(text[names[0].start : names[-1].end], start, capitals)
                form.add(capitals, (text, found, context))


def lower_case_slips(
    segments: Sequence[Segment],
    reportable: Sequence[Segment],
    register: Register,
    dictionary: Dictionary,
) -> Iterator[Slip]:
    """Every lower-case word of a name in ``reportable``, judged on the evidence of all ``segments``."""
    evidence = NameEvidence(segments, dictionary)
    candidates: list[tuple[Segment, int, list[_Context]]] = []
    for segment in reportable:
        text, found = segment.text, words(segment.text)
        for index, word in enumerate(found):
            if word.text[0].isupper() or word.text in CONNECTORS or len(word.text) < 2 or word.sic:
                continue
            if not (_name_like(found, index - 1) or _name_like(found, index + 1)) or not _stands_free(text, word):
                continue  # most words: no capital or connector beside them
            contexts = list(_neighbours(text, found, index))
            if contexts:
                candidates.append((segment, index, contexts))
    lower_uses: Counter[str] = Counter()
    looked_for: set[str] = set()
    for segment, index, contexts in candidates:
        found = words(segment.text)
        looked_for.add(found[index].text)
        lower_uses.update(_key(segment.text, found[context.start : context.end]) for context in contexts)
    dictionary.look_up(looked_for)
    for segment, index, contexts in candidates:
        slip = _judged(segment, index, contexts, evidence, lower_uses, register, dictionary)
        if slip is not None:
            yield slip


def _judged(
    segment: Segment,
    index: int,
    contexts: list[_Context],
    evidence: NameEvidence,
    lower_uses: Counter[str],
    register: Register,
    dictionary: Dictionary,
) -> Slip | None:
    """The slip at ``index``, if the evidence says so; the article's own form outvoted by lower case is none."""
    text, found = segment.text, words(segment.text)
    word = found[index]
    folded = fold(word.text)
    for context in contexts:  # 1: the article's own right form
        names = found[context.start : context.end]
        key = _key(text, names)
        form = evidence.forms.get(key)
        position = index - context.start
        if form is None or not form.capitals[position] or form.uses < lower_uses[key]:
            continue
        positional = _positional(context.anchor, dictionary)
        if positional and evidence.lower[folded] > 1:
            continue  # "Open source" opening a sentence, "open source" elsewhere: the ordinary words
        setting = _setting(text, found, context, dictionary)
        name_word = not dictionary.ordinary(word.text)
        if any(_same_setting(setting, right, positional, name_word, dictionary) for right in form.settings(dictionary)):
            written_words = words(form.written)
            right = written_words[position].text if position < len(written_words) else word.text.capitalize()
            return _slip(segment, names, word, _replaced(text, names, word, right), form.start)
    for context in contexts:  # 2: the register
        names = found[context.start : context.end]
        key = _key(text, names)
        spelling = register.spelling(folded)
        alone = context.before and _stands_alone(register, folded, dictionary)
        alone = alone and not _positional(context.anchor, dictionary)
        if spelling is not None and (key in register.full_names or alone):
            right = _replaced(text, names, word, spelling)
            return _slip(segment, names, word, right, None)._replace(why="register")
    # 3 and 4 only for a word after its capitalised neighbour, with nothing between ("Angela merkel")
    usable = [c for c in contexts if c.before and c.end - c.start == 2 and not _possessive(text, c)]
    if usable and alone_name(word.text, evidence, dictionary):
        return _capitalised(segment, found[usable[0].start : usable[0].end], word, "article")
    usable = [c for c in contexts if c.before and not _possessive(text, c) and not _positional(c.anchor, dictionary)]
    if usable and dictionary.proper(word.text):
        return _capitalised(segment, found[usable[0].start : usable[0].end], word, "lexicon")
    return None


def _capitalised(segment: Segment, names: Sequence[Word], word: Word, why: str) -> Slip:
    right = _replaced(segment.text, names, word, word.text[0].upper() + word.text[1:])
    return _slip(segment, names, word, right, None)._replace(why=why)


def alone_name(word: str, evidence: NameEvidence, dictionary: Dictionary) -> bool:
    """The article's own single-word name: capitalised mid-sentence, in lower case only here, and
    either written on its own or a word no dictionary knows ("Merkel" in "Angela Merkel"; not
    "labour", a British spelling)."""
    folded = fold(word)
    if folded not in evidence.capitalised or evidence.lower[folded] != 1 or _ordinary(word, dictionary):
        return False
    return folded in evidence.alone or not dictionary.known(word)


def _ordinary(word: str, dictionary: Dictionary) -> bool:
    """An ordinary word, in either spelling ("labour" is, as "labor" is)."""
    return dictionary.ordinary(word) or any(dictionary.ordinary(form) for form in american_forms(fold(word)))


def _stands_alone(register: Register, folded: str, dictionary: Dictionary) -> bool:
    return register.stands_alone(folded) and not dictionary.ordinary(folded)


def _same_setting(
    setting: tuple[tuple[str, ...], tuple[str, ...]],
    right_setting: tuple[tuple[str, ...], tuple[str, ...]],
    positional: bool,
    name_word: bool,
    dictionary: Dictionary,
) -> bool:
    """Whether a right form, in the longer name it stood in, speaks for a lower-case word in its own.

    A short form keeps the longer name's head: "Stock Exchange" of "London Stock Exchange",
    "Reserve Bank" of "Reserve Bank of Australia", "Boris Johnson" of "Prime Minister Boris
    Johnson". Words that only modify the head ("Iranian Oil" in "National Iranian Oil
    Company") or complete it after "of" ("Human Rights" in "Court of Human Rights") are no
    name by themselves, unless they are names in themselves ("Sir Alan" of "Sir Alan
    Budd"). Beside a word capitalised maybe only because it opens the sentence, the words
    before must be the same.
    """
    (before, after), (right_before, right_after) = setting, right_setting
    other_before = right_before and before[len(before) - len(right_before) :] != right_before
    if other_before and (positional or (right_before[-1] in CONNECTORS and not name_word)):
        return False
    if after[: len(right_after)] == right_after or right_after[0] in CONNECTORS:
        return True
    return right_after[: len(after)] == after and name_word and _named(right_after, dictionary)


def _named(words_after: tuple[str, ...], dictionary: Dictionary) -> bool:
    """Whether a longer name goes on with names only ("Sir Alan" in "Sir Alan Budd", "OSCE Summit"
    in "OSCE Summit in Astana"): its short form is still the name, where "Iranian Oil" in
    "National Iranian Oil Company" is not."""
    return all(word in CONNECTORS or not dictionary.ordinary(word) for word in words_after)


def _setting(
    text: str, found: Sequence[Word], context: _Context, dictionary: Dictionary
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of the longer name around ``context`` (capitalised, with connectors inside), before and after.

    "Oil" in "National Iranian Oil Company" stands between ("national",) and ("company",):
    the article's "Iranian Oil" is evidence for "Iranian oil" only where the same words
    follow, or where the longer name goes on with names only (see :func:`_named`).
    """
    first = context.start
    while first > 0:
        back = _name_word_before(text, found, first, dictionary)
        if back is None:
            break
        first = back
    last = context.end
    while last < len(found):
        ahead = _name_word_after(text, found, last - 1)
        if ahead is None:
            break
        last = ahead + 1
    before = tuple(fold(word.text) for word in found[first : context.start])
    after = tuple(fold(word.text) for word in found[context.end : last])
    return before, after


def _name_word_before(text: str, found: Sequence[Word], index: int, dictionary: Dictionary) -> int | None:
    """The index of the capitalised word the word at ``index`` continues, through connectors, if any;
    not a word capitalised maybe only because it opens the sentence ("The Cabinet Office")."""
    back = _capital_beside(text, found, index, -1)
    if back is None or not _is_capitalised(found[back]) or _positional(found[back], dictionary):
        return None
    return back


def _name_word_after(text: str, found: Sequence[Word], index: int) -> int | None:
    """The index of the capitalised word that continues the word at ``index``, through connectors, if any."""
    ahead = _capital_beside(text, found, index, 1)
    return ahead if ahead is not None and _is_capitalised(found[ahead]) else None


def _name_like(found: Sequence[Word], index: int) -> bool:
    """A capitalised word or a connector at ``index`` (a cheap first look before :func:`_neighbours`)."""
    if not 0 <= index < len(found):
        return False
    text = found[index].text
    return text[0].isupper() or text in CONNECTORS


def _key(text: str, names: Sequence[Word]) -> str:
    """The folded words of a name; a possessive inside it is kept ("lanka's banks" is not "lanka banks")."""
    parts = []
    for word, following in itertools.pairwise(names):
        parts.append(fold(word.text) + ("'s" if text[word.end : following.start].strip(" \t") else ""))
    parts.append(fold(names[-1].text))
    return " ".join(parts)


def _stands_free(text: str, word: Word) -> bool:
    """A word of its own: not part of a hyphenated compound ("co-chairman") or glued to a number ("3bn")."""
    before = text[word.start - 1 : word.start]
    after = text[word.end : word.end + 1]
    return not (before == "-" or after == "-" or before[:1].isalnum())


def _positional(anchor: Word, dictionary: Dictionary) -> bool:
    """The anchor may be capitalised only because it starts the sentence ("Home office staff")."""
    return anchor.sentence_start and dictionary.ordinary(anchor.text)


def _possessive(text: str, context: _Context) -> bool:
    """The anchor is a possessive before the word ("Kenya's parliament"): what it owns, not its name."""
    return context.before and text[context.anchor.end : context.anchor.end + 1] in ("'", "’")


def _replaced(text: str, names: Sequence[Word], word: Word, right: str) -> str:
    start = names[0].start
    return text[start : word.start] + right + text[word.end : names[-1].end]


def _slip(segment: Segment, names: Sequence[Word], word: Word, right: str, evidence_start: int | None) -> Slip:
    written = segment.text[names[0].start : names[-1].end]
    return Slip(segment, names[0].start, names[-1].end, written, right, word.text, evidence_start)
