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
words after a name. A right form counts only where its capitals are a name's: mid-
sentence, or opening a sentence but no ordinary word ("Michael"), and only for the same
name (see :func:`presslint.checks.name_pairs.same_setting`). Beside a word that may be
capitalised only because it opens the sentence, a word the article also writes in lower
case elsewhere is the ordinary word ("Open source software is…"), and the lexicon does
not count ("Fine china"); nor does the article's single-word name after a possessive
("Kenya's parliament"). Connectors ("of", "and", "the") stand inside names in lower case
and are never reported. Headlines and subheads are reported in but, being often in title
case, are never evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from presslint.article.segments import Segment
from presslint.checks.name_evidence import NameEvidence, alone_name
from presslint.checks.name_pairs import (
    CONNECTORS,
    Context,
    beside_a_name,
    joined_capitals,
    name_key,
    opens_sentence_only,
    same_setting,
    setting_of,
)
from presslint.lexicon.dictionary import Dictionary
from presslint.names.register import Register, fold
from presslint.text.memo import TextFacts
from presslint.text.tokens import Word


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


def lower_case_slips(
    facts: TextFacts,
    segments: Sequence[Segment],
    reportable: Sequence[Segment],
    register: Register,
    dictionary: Dictionary,
) -> Iterator[Slip]:
    """Every lower-case word of a name in ``reportable``, judged on the evidence of all ``segments``.

    The article's own evidence (rules 1 and 3 of the module's list) is read only for words the
    article capitalises somewhere; any other word can be a slip only by the register or the lexicon.
    """
    beside: list[tuple[Segment, int]] = []  # lower-case words beside a capital or a connector
    for segment in reportable:
        text, found = segment.text, facts.words(segment.text)
        for index in beside_a_name(found):  # most words have no capital or connector beside them
            word = found[index]
            if word.text[0].isupper() or word.text in CONNECTORS or len(word.text) < 2 or word.sic:
                continue
            if _stands_free(text, word):
                beside.append((segment, index))
    if not beside:
        return
    dictionary.look_up({facts.words(segment.text)[index].text for segment, index in beside})
    capitalised = facts.derived(_capitalised_words, tuple(segment.text for segment in segments))
    candidates: list[tuple[Segment, int, list[Context], bool]] = []  # ..., whether the article capitalises it
    for segment, index in beside:
        found = facts.words(segment.text)
        word = found[index]
        folded = fold(word.text)
        in_article = folded in capitalised
        if in_article or register.spelling(folded) is not None or dictionary.proper(word.text):
            contexts = list(joined_capitals(segment.text, found, index))
            if contexts:
                candidates.append((segment, index, contexts, in_article))
        # any other word is no name's: neither the article, nor the register, nor the lexicon writes it as one
    lower_uses: Counter[str] = Counter()  # names with a word the article capitalises: their uses in lower case
    wanted: set[str] = set()  # the words of those names: all the evidence is asked about
    for segment, _, contexts, in_article in candidates:
        found = facts.words(segment.text)
        if in_article:
            for context in contexts:
                names = found[context.start : context.end]
                lower_uses[name_key(segment.text, names)] += 1
                wanted.update(fold(word.text) for word in names)
    evidence = NameEvidence(facts, segments, dictionary, wanted) if wanted else None
    for segment, index, contexts, in_article in candidates:
        slip = _judged(
            facts, segment, index, contexts, evidence if in_article else None, lower_uses, register, dictionary
        )
        if slip is not None:
            yield slip


def _capitalised_words(facts: TextFacts, texts: tuple[str, ...]) -> frozenset[str]:
    """Every word the texts write capitalised, folded."""
    return frozenset(fold(text) for text in facts.word_counts(texts) if text[0].isupper())


def _judged(
    facts: TextFacts,
    segment: Segment,
    index: int,
    contexts: list[Context],
    evidence: NameEvidence | None,
    lower_uses: Counter[str],
    register: Register,
    dictionary: Dictionary,
) -> Slip | None:
    """The slip at ``index``, if the evidence says so; the article's own form outvoted by lower case is none.

    Without ``evidence`` (the article never capitalises the word) only the register and the lexicon speak.
    """
    text, found = segment.text, facts.words(segment.text)
    word = found[index]
    folded = fold(word.text)
    if evidence is not None:  # 1: the article's own right form
        own = _own_right_form(facts, segment, index, contexts, evidence, lower_uses, dictionary)
        if own is not None:
            return own
    for context in contexts:  # 2: the register
        names = found[context.start : context.end]
        key = name_key(text, names)
        spelling = register.spelling(folded)
        alone = context.before and _stands_alone(register, folded, dictionary)
        alone = alone and not opens_sentence_only(context.anchor, dictionary)
        if spelling is not None and (key in register.full_names or alone):
            right = _replaced(text, names, word, spelling)
            return _slip(segment, names, word, right, None)._replace(why="register")
    # 3 and 4 only for a word after its capitalised neighbour, with nothing between ("Angela merkel")
    usable = [c for c in contexts if c.before and c.end - c.start == 2 and not _possessive(text, c)]
    if usable and evidence is not None and alone_name(word.text, evidence, dictionary):
        return _capitalised(segment, found[usable[0].start : usable[0].end], word, "article")
    usable = [
        c for c in contexts if c.before and not _possessive(text, c) and not opens_sentence_only(c.anchor, dictionary)
    ]
    if usable and dictionary.proper(word.text):
        return _capitalised(segment, found[usable[0].start : usable[0].end], word, "lexicon")
    return None


def _own_right_form(
    facts: TextFacts,
    segment: Segment,
    index: int,
    contexts: list[Context],
    evidence: NameEvidence,
    lower_uses: Counter[str],
    dictionary: Dictionary,
) -> Slip | None:
    """The slip, when the article writes the same name elsewhere with this word capitalised, in the same setting."""
    text, found = segment.text, facts.words(segment.text)
    word = found[index]
    folded = fold(word.text)
    for context in contexts:
        names = found[context.start : context.end]
        key = name_key(text, names)
        form = evidence.forms.get(key)
        position = index - context.start
        if form is None or not form.capitals[position] or form.uses < lower_uses[key]:
            continue
        positional = opens_sentence_only(context.anchor, dictionary)
        if positional and evidence.lower[folded] > 1:
            continue  # "Open source" opening a sentence, "open source" elsewhere: the ordinary words
        setting = setting_of(text, found, context, dictionary)
        name_word = not dictionary.ordinary(word.text)
        if any(same_setting(setting, right, positional, name_word, dictionary) for right in form.settings(dictionary)):
            written_words = facts.words(form.written)
            right = written_words[position].text if position < len(written_words) else word.text.capitalize()
            return _slip(segment, names, word, _replaced(text, names, word, right), form.start)
    return None


def _capitalised(segment: Segment, names: Sequence[Word], word: Word, why: str) -> Slip:
    right = _replaced(segment.text, names, word, word.text[0].upper() + word.text[1:])
    return _slip(segment, names, word, right, None)._replace(why=why)


def _stands_alone(register: Register, folded: str, dictionary: Dictionary) -> bool:
    return register.stands_alone(folded) and not dictionary.ordinary(folded)


def _stands_free(text: str, word: Word) -> bool:
    """A word of its own: not part of a hyphenated compound ("co-chairman") or glued to a number ("3bn")."""
    before = text[word.start - 1 : word.start]
    after = text[word.end : word.end + 1]
    return not (before == "-" or after == "-" or before[:1].isalnum())


def _possessive(text: str, context: Context) -> bool:
    """The anchor is a possessive before the word ("Kenya's parliament"): what it owns, not its name."""
    return context.before and text[context.anchor.end : context.anchor.end + 1] in ("'", "’")


def _replaced(text: str, names: Sequence[Word], word: Word, right: str) -> str:
    start = names[0].start
    return text[start : word.start] + right + text[word.end : names[-1].end]


def _slip(segment: Segment, names: Sequence[Word], word: Word, right: str, evidence_start: int | None) -> Slip:
    written = segment.text[names[0].start : names[-1].end]
    return Slip(segment, names[0].start, names[-1].end, written, right, word.text, evidence_start)
