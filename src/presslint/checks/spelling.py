"""``spelling``: words checked against the English lexicon, as likely slips of the intended word.

A word is reported when the slip model (:mod:`presslint.names.slip_model`) finds a word it
was likely meant as: much more often written than it, and a likely slip away (two letters
swapped, one dropped, doubled, changed or added; two slips for long words). Candidates come
from the lexicon (English as written: British and American spellings, names, current
vocabulary), the names register and the article's own capitalised words, so "Keyna" is
taken for "Kenya", "Yoom" for the "Yoon" the article names, and "recieve" for "receive".

Never reported: words the lexicon knows well (once in a million words or more), words the
dictionary lists (with their British forms), house words and register names, words with
capitals after the first letter (abbreviations and brands: NATO, iPhoto), hashtags and
handles, hyphenated given names ("Wai-ching"), and words with nothing likely near them (a
new coinage is not a misspelling). A word its parts explain ("reposted", "ringtone")
counts as a word the lexicon knows well: only a strong slip ("writting") is reported.

Options:
  min_length    shorter words are not checked (default 3)
  capitalised   check capitalised words too (default true)

Message placeholders: {match}, {suggestion} (the likeliest intended word).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from presslint.article.facts import ArticleFacts
from presslint.article.segments import Segment
from presslint.checks.base import PROSE, Check
from presslint.finding import Hit
from presslint.lexicon.dictionary import Dictionary, american_forms, same_case
from presslint.lexicon.edits import DeleteIndex
from presslint.names.register import Register, fold
from presslint.names.shared import dictionary_of, register_of
from presslint.names.slip_model import (
    KNOWN_WELL,
    Intended,
    article_weight,
    likely_intended,
    own_weight,
    weigh,
)
from presslint.rule.context import RuleContext
from presslint.rule.model import Rule
from presslint.rule.options import Option, is_bool, is_number
from presslint.text.tokens import Word

_SHORT_WORD = 4
# Prefixes written with a hyphen ("multi-vector", "co-operation") are not words on their own.
HYPHEN_PREFIXES = frozenset(
    {
        "anti",
        "bi",
        "bio",
        "co",
        "counter",
        "cross",
        "cyber",
        "eco",
        "ex",
        "extra",
        "geo",
        "hyper",
        "inter",
        "intra",
        "macro",
        "mega",
        "micro",
        "mid",
        "multi",
        "neo",
        "non",
        "over",
        "pan",
        "para",
        "post",
        "pre",
        "pro",
        "pseudo",
        "quasi",
        "re",
        "self",
        "semi",
        "socio",
        "sub",
        "super",
        "trans",
        "tri",
        "ultra",
        "un",
        "under",
    }
)


class SpellingCheck(Check):
    kind = "spelling"
    options = (
        Option("min_length", is_number, default=3, help="shorter words are not checked"),
        Option("capitalised", is_bool, default=True, help="check capitalised words too"),
    )
    default_message = "'{match}' is not in the dictionary; did you mean '{suggestion}'?"
    default_scope = PROSE
    default_quotes = "check"

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        self.min_length: int = int(options["min_length"])
        self.capitalised: bool = options["capitalised"]

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        register = register_of(self.context)
        dictionary = dictionary_of(self.context)
        found = [(segment, facts.words(segment.text)) for segment in self.reported(segments)]
        counts = facts.word_counts(tuple(segment.text for segment, _ in found))
        dictionary.look_up(counts)
        # Each distinct word is judged once; most articles have few words worth a look.
        suspects = {text for text in counts if self._suspect(text, register, dictionary)}
        if not suspects:
            return
        names = NameUses(counts)
        verdicts: dict[tuple[str, bool], list[str]] = {}
        for segment, segment_words in found:
            if suspects.isdisjoint(facts.word_set(segment.text)):
                continue
            for position, word in enumerate(segment_words):
                if word.text not in suspects or word.sic:
                    continue
                if _not_a_word(segment.text, segment_words, position, dictionary):
                    continue
                as_name = _in_a_name(segment.text, segment_words, position)
                suggestions = verdicts.get((word.text, as_name))
                if suggestions is None:
                    run = _name_run(segment.text, segment_words, position)
                    suggestions = self._intended(word, as_name, run, counts, names, register, dictionary)
                    verdicts[word.text, as_name] = suggestions
                if not suggestions:
                    continue
                start, end = segment.span(word.start, word.end)
                yield Hit(start, end, self.rule.render(match=word.text, suggestion=suggestions[0]), tuple(suggestions))

    def _suspect(self, text: str, register: Register, dictionary: Dictionary) -> bool:
        """Whether a word may be a slip at all: rare, unlisted, neither an abbreviation nor a register name."""
        if len(text) < self.min_length or text[1:] != text[1:].lower():
            return False  # abbreviations and brands write their capitals as they please: NATO, iPhoto, BBCi
        if (text[0].isupper() and not self.capitalised) or dictionary.known(text):
            return False  # known() is remembered for the run: most words stop here
        return fold(text) not in register.known and dictionary.zipf(text) < KNOWN_WELL

    def _intended(
        self,
        word: Word,
        as_name: bool,
        run: set[str],
        counts: Mapping[str, int],
        names: NameUses,
        register: Register,
        dictionary: Dictionary,
    ) -> list[str]:
        """What the word was likely meant as, best first; empty when it is likely meant as written."""
        text, key = word.text, fold(word.text)
        uses = counts[text] if word.capitalised else 1
        total = sum(counts.values())
        written = dictionary.zipf(text)
        own = own_weight(written, word.capitalised, dictionary.listed(text))
        own = max(own, article_weight(uses - 1, total))  # its other uses, if any, speak for it
        if not word.capitalised and dictionary.known_derived(text):
            own = max(own, KNOWN_WELL)  # "ringtone", "reposted": its parts explain it as well as the lexicon would
        # A name the article uses more often, or as often and the lexicon knows better ("Arcleor"
        # and "Arcelor"), unless both stand in one name: then they are two of its words ("Lian
        # Chia Liang").
        from_article = {
            name: article_weight(names[name], total)
            for name in names.near(key)
            if names[name] > uses or (names[name] == uses and dictionary.zipf(name) > written and name not in run)
        }
        from_register = [candidate for candidate, _ in register.index.near(key, 2) if register.stands_alone(candidate)]
        evidence = weigh(dictionary.near_misses(key), as_name, len(key), from_register, from_article)
        for american in american_forms(key):
            evidence.pop(american, None)  # "armoury" is British for "armory", not a slip of it
        found = likely_intended(key, own, evidence, uses)
        # Two slips only for a lower-case word the lexicon has never seen: one it has seen ("warez")
        # is a word, and a name two slips from another is as likely another name.
        if not found and len(key) > _SHORT_WORD and not written and not word.capitalised:
            found = likely_intended(key, own, weigh(dictionary.near_misses(key, 2), as_name, len(key)), uses)
        return _spelled(found, word, names, register)


def _spelled(found: Sequence[Intended], word: Word, names: NameUses, register: Register) -> list[str]:
    """The three likeliest words, a name as the article or the register writes it ("AstraZeneca", "Erdoğan")."""
    suggestions = []
    for item in found[:3]:
        spelling = (names.spelling(item.key) or register.spelling(item.key)) if word.capitalised else None
        suggestions.append(same_case(spelling or item.key, word.text))
    return suggestions


def _name_run(text: str, segment_words: Sequence[Word], position: int) -> set[str]:
    """The folded words of the run of capitalised words, one space apart, that holds the word."""
    start = end = position
    while start > 0 and _joined(text, segment_words[start - 1], segment_words[start]):
        start -= 1
    while end + 1 < len(segment_words) and _joined(text, segment_words[end], segment_words[end + 1]):
        end += 1
    return {fold(word.text) for word in segment_words[start : end + 1]}


def _joined(text: str, first: Word, second: Word) -> bool:
    return first.capitalised and second.capitalised and text[first.end : second.start] == " "


def _in_a_name(text: str, segment_words: Sequence[Word], position: int) -> bool:
    """Whether a capitalised word is written as a name: inside a sentence, or opening one
    with another capitalised word right after it ("Herve Goulletquer said")."""
    word = segment_words[position]
    if not word.capitalised:
        return False
    if not word.sentence_start:
        return True
    return position + 1 < len(segment_words) and _joined(text, word, segment_words[position + 1])


class NameUses(dict[str, int]):
    """How often the article uses each capitalised word, by its folded key, and how it writes it."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        super().__init__()
        self.written: dict[str, str] = {}
        for text, count in counts.items():
            if text[0].isupper():
                key = fold(text)
                self[key] = self.get(key, 0) + count
                if count > counts.get(self.written.get(key, ""), 0):
                    self.written[key] = text

        self._index: DeleteIndex | None = None

    def spelling(self, key: str) -> str | None:
        return self.written.get(key)

    def near(self, key: str) -> list[str]:
        """The article's names one slip from ``key``."""
        if self._index is None:
            self._index = DeleteIndex(1)
            self._index.extend(self)
        return [name for name, _ in self._index.near(key, 1)]


def _not_a_word(text: str, segment_words: Sequence[Word], position: int, dictionary: Dictionary) -> bool:
    """Hashtags, handles, and parts of hyphenated compounds that are fine as a whole."""
    word = segment_words[position]
    before = text[word.start - 1 : word.start]
    after = text[word.end : word.end + 1]
    if before in ("#", "@"):
        return True
    if after == "-":
        if word.text.lower() in HYPHEN_PREFIXES:
            return True
        following = segment_words[position + 1] if position + 1 < len(segment_words) else None
        if following is not None and following.start == word.end + 1 and dictionary.known(word.text + following.text):
            return True
    if before == "-":
        if len(word.text) <= _SHORT_WORD:
            return True  # add-ons, build-ups, check-ins
        head = segment_words[position - 1] if position > 0 else None
        if head is None or head.end != word.start - 1:
            return False
        if head.capitalised and not word.capitalised:
            return True  # Wai-ching, Moo-hyun: a hyphenated given name
        if dictionary.known(head.text + word.text):
            return True  # co-ordinated
    return False
