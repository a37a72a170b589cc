"""The English word list: pyspellchecker's frequency dictionary plus the house words.

British spellings of American dictionary words are accepted (organisation, colour,
programme, centre, travelled, defence), so one dictionary serves both house styles;
mixing the two in one article is a consistency question, not a spelling error.
Suggestions come from one edit first, and two edits only when one finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from presslint.names.edits import TYPING_SLIPS, slip_kind
from presslint.names.word_table import WordTable, table_file
from presslint.patterns import compiled

BRITISH_TO_AMERICAN = [
    (compiled(r"isation"), "ization"),
    (compiled(r"ise([ds]?|rs?|ment)$"), r"ize\1"),
    (compiled(r"ising$"), "izing"),
    (compiled(r"yse([ds]?)$"), r"yze\1"),
    (compiled(r"ysing$"), "yzing"),
    (compiled(r"our(?=(?:s|ed|ing|ite|ites|able|ably|ful|er|ers|hood|hoods|less|ist|ists|ism)?$)"), "or"),
    (compiled(r"tre(s?)$"), r"ter\1"),
    (compiled(r"ogue(s?)$"), r"og\1"),
    (compiled(r"ence(s?)$"), r"ense\1"),
    (compiled(r"mme(s?)$"), r"m\1"),
    (compiled(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (compiled(r"ae"), "e"),
    (compiled(r"oe"), "e"),
]
_LETTERS = "abcdefghijklmnopqrstuvwxyz'"
_PREFIXES = (
    "anti", "auto", "bio", "co", "counter", "cyber", "de", "eco", "geo", "hyper", "inter", "intra", "macro", "meta",
    "micro", "mis", "multi", "nano", "neo", "neuro", "non", "out", "over", "post", "pre", "pro", "pseudo", "re",
    "semi", "socio", "sub", "super", "tele", "trans", "ultra", "under",
)  # fmt: skip
_SUFFIXES = ("ist", "ists", "ism", "isms", "er", "ers", "ness", "ship", "ships", "man", "men")
_FAMILIAR = 500  # a word explained by its parts: the parts must be at least this frequent
_CONTRACTIONS = ("'ve", "'ll", "'re", "'d", "n't")
_COMPOUND_PART = 4  # both halves of a closed compound ("ringtone") must be this long
_COMMON = 100  # two-edit suggestions must be words at least this frequent
_FREQUENT = 5000  # what a capitalised word may be a slip of (see presslint.checks.spelling)
_MEMO_LIMIT = 100_000  # remembered answers, dropped beyond this so memory stays flat over an archive


class Dictionary:
    """Known English words, with frequencies for ranking suggestions."""

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        from presslint.rule_cache import cache_folder

        folder = cache_folder()
        self._words = WordTable(table_file(folder) if folder is not None else None)
        self._extra = {word.casefold().replace("’", "'") for word in extra_words}
        self._known: dict[str, bool] = {}  # answers so far: an article repeats its words
        # The 8,000 words at least _FREQUENT frequent, kept in memory (and cached with the rules):
        # a capitalised or short word is reported only as a slip of one of them.
        self._frequent = self._words.at_least(_FREQUENT)
        self._frequent_words = frozenset(self._frequent)  # a set: intersected with a few hundred strings
        self._suggested: dict[str, list[str]] = {}
        self._looked_up: set[str] = set()  # words as written, whose frequencies are fetched

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_known": {}, "_suggested": {}, "_looked_up": set()}

    def look_up(self, words: Iterable[str]) -> None:
        """Fetch the frequencies of an article's words at once: one query instead of one a word.

        Words looked up before are passed over in one set difference: over an archive, most are.
        """
        if len(self._looked_up) > _MEMO_LIMIT:
            self._looked_up.clear()
        new = set(words).difference(self._looked_up)
        if new:
            self._words.fetch({word.casefold().replace("’", "'") for word in new})
            self._looked_up.update(new)

    def frequency(self, word: str) -> int:
        return self._words.get(word)

    def _plain(self, word: str) -> bool:
        return self._words.get(word) > 0 or word in self._extra

    def _known_among(self, candidates: set[str], least: int = 1) -> set[str]:
        """Those of ``candidates`` that are words (at least ``least`` frequent), in one lookup."""
        found = {word for word, count in self._words.frequencies(candidates).items() if count >= least}
        return found | (candidates & self._extra if least <= 1 else set())

    def known(self, word: str) -> bool:
        """Whether ``word`` (any case, either apostrophe) is a known word or British form of one."""
        answer = self._known.get(word)
        if answer is None:
            if len(self._known) > _MEMO_LIMIT:
                self._known.clear()
            answer = self._known[word] = self._known_now(word)
        return answer

    def _known_now(self, word: str) -> bool:
        key = word.casefold().replace("’", "'")
        if self._plain(key):
            return True
        if key.endswith("'s") and self._plain(key[:-2]):
            return True
        return any(self._plain(pattern.sub(repl, key)) for pattern, repl in BRITISH_TO_AMERICAN if pattern.search(key))

    def known_derived(self, word: str) -> bool:
        """Whether ``word`` is a known word with a prefix, suffix or contraction, or two known words."""
        key = word.casefold().replace("’", "'")
        for ending in _CONTRACTIONS:
            if key.endswith(ending) and self.known(key[: -len(ending)]):
                return True
        for prefix in _PREFIXES:
            if key.startswith(prefix) and self._familiar(key[len(prefix) :]):
                return True
        for suffix in _SUFFIXES:
            if key.endswith(suffix) and self._familiar(key[: -len(suffix)]):
                return True
        if key.endswith("ically"):  # meritocratically, but not "publically" beside "publicly"
            return not self.known(key[:-4] + "ly") and self.known(key[:-4])
        return any(
            self._familiar(key[:cut]) and self._familiar(key[cut:])
            for cut in range(_COMPOUND_PART, len(key) - _COMPOUND_PART + 1)
        )

    def _familiar(self, part: str) -> bool:
        return len(part) >= 3 and (self.frequency(part) >= _FAMILIAR or part in self._extra)

    def typing_slip(self, word: str, least: int = 1) -> str | None:
        """The most frequent known word (at least ``least`` frequent) that ``word`` is one typing
        slip of, in lower case, if any."""
        key = word.casefold().replace("’", "'")
        sources = _typing_slip_sources(key)
        if least >= _FREQUENT:  # answered from memory: the usual question, about a capitalised word
            known = {candidate for candidate in sources & self._frequent_words if self._frequent[candidate] >= least}
        else:
            known = self._known_among(sources, least)
        found = [candidate for candidate in known if slip_kind(key, candidate) in TYPING_SLIPS]
        return min(found, key=lambda candidate: (-self.frequency(candidate), candidate), default=None)

    def suggestions(self, word: str, most: int = 3) -> list[str]:
        """Known words one edit from ``word`` (two when one finds none), most frequent first."""
        found = self._suggested.get(word)
        if found is None:
            if len(self._suggested) > _MEMO_LIMIT:
                self._suggested.clear()
            found = self._suggested[word] = self._suggestions_now(word, most)
        return list(found)

    def _suggestions_now(self, word: str, most: int) -> list[str]:
        key = word.casefold().replace("’", "'")
        found = self._known_among(_edits(key))
        if not found and 4 <= len(key) <= 14:
            # Two edits, one of them a dropped or swapped letter: about 2n·54n strings instead
            # of (54n)², the search that makes a plain spell checker take 0.3 s a word.
            found = self._known_among({candidate for first in _shrinks(key) for candidate in _edits(first)}, _COMMON)
        # A typing slip (swapped, dropped, doubled letter) explains a misspelling best: "diety" is "deity".
        ranked = sorted(
            found,
            key=lambda candidate: (
                slip_kind(key, candidate) not in TYPING_SLIPS,
                -self.frequency(candidate),
                candidate,
            ),
        )
        return [_same_case(candidate, word) for candidate in ranked[:most]]


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deleted = {left + right[1:] for left, right in splits if right}
    swapped = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    replaced = {left + char + right[1:] for left, right in splits if right for char in _LETTERS}
    inserted = {left + char + right for left, right in splits for char in _LETTERS}
    return deleted | swapped | replaced | inserted


def _typing_slip_sources(word: str) -> set[str]:
    """What ``word`` may have been meant as, if it is a swapped, dropped or doubled letter."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swapped = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    undoubled = {left + right[1:] for left, right in splits if right and left[-1:] == right[:1]}
    dropped = {left + char + right for left, right in splits for char in _LETTERS}
    return swapped | undoubled | dropped


def _shrinks(word: str) -> set[str]:
    deleted = {word[:i] + word[i + 1 :] for i in range(len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return deleted | swapped


def _same_case(candidate: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return candidate.upper()
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
