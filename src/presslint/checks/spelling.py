"""``spelling``: ordinary words checked against the English dictionary.

The dictionary is pyspellchecker's, with British spellings of its words accepted, plus
every ``data: words`` list in the rule folders (the house word list) and every token of
the names register. Capitalised words are names, not misspellings, unless the word is
a typing slip (swapped, dropped or doubled letter) of a common English word and the
article does not use it again ("Technlogy"); words of four letters or fewer likewise
need a typing slip of a very common word ("teh"); all-capital abbreviations, hashtags,
hyphenated given names ("Wai-ching") and words a prefix, suffix or second word explains
("reposted", "localist", "ringtone") are never reported. Suggestions are known
words one edit away, two when one finds none, most frequent first.

Options:
  min_length    shorter words are not checked (default 3)
  capitalised   check capitalised words as described above (default true)

Message placeholders: {match}, {suggestion} (may be empty when nothing is close).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from presslint.article import Article
from presslint.checks.base import PROSE, Check, Segment
from presslint.finding import Hit
from presslint.names.dictionary import Dictionary
from presslint.names.register import fold
from presslint.names.shared import dictionary_of, register_of
from presslint.names.tokens import Word, word_counts, word_set, words
from presslint.options import Option, OptionError, is_bool, is_number, is_str
from presslint.rule import Rule, placeholders
from presslint.rule_context import RuleContext

_CAPITALISED_MIN_LENGTH = 7
_SHORT_WORD = 4
_VERY_COMMON_WORD = 100_000
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
_COMMON_WORD = 5000  # a capitalised word is taken for a misspelling only of a word this frequent


class SpellingCheck(Check):
    kind = "spelling"
    options = (
        Option("min_length", is_number, default=3, help="shorter words are not checked"),
        Option("capitalised", is_bool, default=True, help="check capitalised words close to common words"),
        Option(
            "unknown_message",
            is_str,
            default="'{match}' is not in the dictionary or the house word list.",
            help="message when no suggestion is close; {match} is filled in",
        ),
    )
    default_message = "'{match}' is not in the dictionary; did you mean '{suggestion}'?"
    default_scope = PROSE
    default_quotes = "check"

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        self.min_length: int = int(options["min_length"])
        self.capitalised: bool = options["capitalised"]
        self.unknown_message: str = options["unknown_message"]
        try:
            extra = placeholders(self.unknown_message) - {"match"}
        except ValueError as error:
            raise OptionError(("unknown_message",), f"unknown_message is not a valid template: {error}") from None
        if extra:
            raise OptionError(("unknown_message",), f"unknown_message knows only {{match}}, not {{{sorted(extra)[0]}}}")

    def run(self, article: Article, segments: Sequence[Segment]) -> Iterable[Hit]:
        register = register_of(self.context)
        dictionary = dictionary_of(self.context)
        found = [(segment, words(segment.text)) for segment in self.reported(segments)]
        counts = word_counts(tuple(segment.text for segment, _ in found))
        dictionary.look_up(counts)
        # Each distinct word is looked up once; most articles have few unknown ones.
        unknown = {text for text in counts if len(text) >= self.min_length and not dictionary.known(text)}
        for segment, segment_words in found:
            if not unknown:
                break
            if unknown.isdisjoint(word_set(segment.text)):
                continue
            for position, word in enumerate(segment_words):
                if word.text not in unknown or word.sic or word.all_caps:
                    continue
                if fold(word.text) in register.known or _not_a_word(segment.text, segment_words, position, dictionary):
                    continue
                suggestions = self._verdict(word, counts[word.text] > 1, dictionary)
                if suggestions is None:
                    continue
                start, end = segment.span(word.start, word.end)
                if suggestions:
                    message = self.rule.render(match=word.text, suggestion=suggestions[0])
                else:
                    message = self.unknown_message.format_map({"match": word.text})
                yield Hit(start, end, message, tuple(suggestions))

    def _verdict(self, word: Word, repeated: bool, dictionary: Dictionary) -> list[str] | None:
        """The suggestions for an unknown word that is reported, or None when it is let pass.

        Capitalised and very short words are reported only for a typing slip of a common
        word; a word its parts explain ("ringtone", "reposted") only for a typing slip
        ("writting"). Those tests need one edit's candidates; the wider search for
        suggestions runs only for words that are reported.
        """
        short = len(word.text) <= _SHORT_WORD
        if word.capitalised and (not self.capitalised or len(word.text) < _CAPITALISED_MIN_LENGTH or repeated):
            return None
        if word.capitalised or short:
            if dictionary.typing_slip(word.text, least=_VERY_COMMON_WORD if short else _COMMON_WORD) is None:
                return None
        elif dictionary.known_derived(word.text) and dictionary.typing_slip(word.text) is None:
            return None
        return dictionary.suggestions(word.text)


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
