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
opening a sentence says nothing of "the home secretary". The lexicon does not count beside
a word that may be capitalised only because it starts the sentence ("Fine china"), and
neither does the article's single-word name after a possessive ("Kenya's parliament"). Connectors ("of",
"and", "the") may stand inside a name in lower case and are never reported. Headlines and
subheads are reported in but, being often in title case, are never evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from presslint.article import BlockKind
from presslint.checks.base import Segment
from presslint.names.dictionary import Dictionary
from presslint.names.register import Register, fold
from presslint.names.tokens import Word, words

CONNECTORS = frozenset(
    {"of", "and", "for", "the", "on", "in", "upon", "de", "du", "des", "der", "von", "van", "da", "di", "del"}
    | {"la", "le", "al", "el", "bin"}
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
    """The word at ``index`` with each capitalised neighbour it is joined to (through connectors, before it).

    This pairs a lower-case word with the name it may belong to, and a capitalised word
    with the names it is written in, the same way: the two are looked up by the same key.
    """
    back = index - 1
    while back >= 0 and index - back <= _MOST_CONNECTORS + 1 and _joined(text, found[back], found[back + 1]):
        word = found[back]
        if word.text[0].isupper():
            yield _Context(back, index + 1, word, True)
            break
        if word.text not in CONNECTORS:
            break
        back -= 1
    ahead = index + 1
    while ahead < min(len(found), index + _MOST_CONNECTORS + 2) and _joined(text, found[ahead - 1], found[ahead]):
        word = found[ahead]
        if word.text[0].isupper():
            yield _Context(index, ahead + 1, word, False)
            break
        if word.text not in CONNECTORS:
            break
        ahead += 1


class _Form(NamedTuple):
    written: str  # the first use, as written
    start: int  # its source offset
    capitals: tuple[bool, ...]  # per word: capitalised somewhere other than at a sentence's start
    uses: int  # how often the article writes the name so


class NameEvidence:
    """What an article says about how its names are capitalised."""

    def __init__(self, segments: Sequence[Segment], dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        self.forms: dict[str, _Form] = {}  # folded words of a name → how the article writes them
        self.alone: set[str] = set()  # folded words written capitalised on their own, mid-sentence
        self.capitalised: set[str] = set()  # folded words written capitalised mid-sentence
        self.lower: Counter[str] = Counter()  # folded words written in lower case
        for segment in segments:
            if segment.block.kind not in _TITLE_CASE_KINDS:
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
            neighbours = list(_neighbours(text, found, index))
            if not word.sentence_start:
                self.capitalised.add(fold(word.text))
                if not any(_is_capitalised(c.anchor) for c in neighbours):
                    self.alone.add(fold(word.text))
            for context in neighbours:
                names = found[context.start : context.end]
                key = _key(names)
                capitals = tuple(self._capital(w) for w in names)
                known = self.forms.get(key)
                if known is None:
                    start = segment.span(names[0].start, names[0].end)[0]
                    self.forms[key] = _Form(text[names[0].start : names[-1].end], start, capitals, 1)
                else:
                    merged = tuple(a or b for a, b in zip(known.capitals, capitals, strict=True))
                    self.forms[key] = known._replace(capitals=merged, uses=known.uses + 1)


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
            if not _stands_free(text, word):
                continue
            contexts = list(_neighbours(text, found, index))
            if contexts:
                candidates.append((segment, index, contexts))
    dictionary.look_up({words(segment.text)[index].text for segment, index, _ in candidates})
    lower_uses = Counter(
        _key(words(segment.text)[context.start : context.end])
        for segment, _, contexts in candidates
        for context in contexts
    )
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
        form = evidence.forms.get(_key(names))
        if form is not None and all(form.capitals) and form.uses >= lower_uses[_key(names)]:
            position = index - context.start
            written_words = words(form.written)
            right = written_words[position].text if position < len(written_words) else word.text.capitalize()
            return _slip(segment, names, word, _replaced(text, names, word, right), form.start)
    for context in contexts:  # 2: the register
        names = found[context.start : context.end]
        key = _key(names)
        spelling = register.spelling(folded)
        alone = _stands_alone(register, folded, dictionary) and not _positional(context.anchor, dictionary)
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
    either written on its own or a word no dictionary lists ("Merkel" in "Angela Merkel")."""
    folded = fold(word)
    if folded not in evidence.capitalised or evidence.lower[folded] != 1 or dictionary.ordinary(word):
        return False
    return folded in evidence.alone or not dictionary.listed(word)


def _stands_alone(register: Register, folded: str, dictionary: Dictionary) -> bool:
    return register.stands_alone(folded) and not dictionary.ordinary(folded)


def _key(names: Sequence[Word]) -> str:
    return " ".join(fold(word.text) for word in names)


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
