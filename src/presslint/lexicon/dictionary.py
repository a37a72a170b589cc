"""The English lexicon as the checks ask it: is this a word, how often is it written, what is near it.

Two questions are kept apart. Whether a word is *listed* (the American dictionary,
British forms of its words, the house word list) says what an English word is, for
checks that need a yes or no. How often a word is *written* (its Zipf frequency in the
lexicon, :mod:`presslint.lexicon.word_table`) is the evidence the slip model weighs
(:mod:`presslint.names.slip_model`): British and American spellings, names and current
vocabulary are all in it.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from presslint.lexicon.edits import slip_kind
from presslint.lexicon.edits import slips as distance
from presslint.lexicon.word_table import Entry, WordTable, entry, listed, ordinary, proper, table_file, zipf
from presslint.text.patterns import compiled

_ENDINGS = [
    (compiled(r"isation"), "ization"),
    (compiled(r"ise([ds]?|rs?|ment)$"), r"ize\1"),
    (compiled(r"ising$"), "izing"),
    (compiled(r"yse([ds]?)$"), r"yze\1"),
    (compiled(r"ysing$"), "yzing"),
    (compiled(r"our(?=(?:s|ed|ing|ite|ites|able|ably|ful|er|ers|hood|hoods|less|ist|ists|ism|y|ies)?$)"), "or"),
    (compiled(r"tre(s?)$"), r"ter\1"),
    (compiled(r"ogue(s?)$"), r"og\1"),
    (compiled(r"ence(s?)$"), r"ense\1"),
    (compiled(r"mme(s?)$"), r"m\1"),
    (compiled(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (compiled(r"(?<=[aeiou]r?)nt$"), "ned"),  # leant, learnt, burnt
    (compiled(r"(?<=ea)mt$"), "med"),  # dreamt
]
# Classical digraphs (anaemia, foetus) are rare, and the rule fits typing slips too ("baeck").
_DIGRAPHS = [(compiled(r"ae"), "e"), (compiled(r"oe"), "e")]
BRITISH_TO_AMERICAN = _ENDINGS + _DIGRAPHS
_PREFIXES = (
    "anti", "auto", "bio", "co", "counter", "cyber", "de", "dis", "eco", "geo", "hyper", "inter", "intra", "macro",
    "meta", "micro", "mis", "multi", "nano", "neo", "neuro", "non", "out", "over", "post", "pre", "pro", "pseudo", "re",
    "semi", "socio", "sub", "super", "tele", "trans", "ultra", "un", "under",
)  # fmt: skip
_SUFFIXES = (
    "ist", "ists", "ism", "isms", "er", "ers", "ee", "ees", "ness", "ship", "ships", "man", "men", "less",
)  # fmt: skip
_FAMILIAR = 2.5  # a word explained by an affix: its stem must be written at least this often (Zipf)
_FAMILIAR_HALF = 3.0  # a closed compound: both halves this often, or any two words would do ("cater-gory")
_CONTRACTIONS = ("'ve", "'ll", "'re", "'d", "n't")
_COMPOUND_PART = 4  # both halves of a closed compound ("ringtone") must be this long
_VARIETY_SHARE = 1.0  # Zipf: a British form is written at least a tenth as often as the American one
_MEMO_LIMIT = 100_000  # remembered answers, dropped beyond this so memory stays flat over an archive


class Dictionary:
    """Known English words, with how often each is written."""

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        from presslint.storage import cache_folder

        folder = cache_folder()
        self._words = WordTable(table_file(folder) if folder is not None else None)
        self._extra = {key(word) for word in extra_words}
        self._known: dict[str, bool] = {}  # answers so far: an article repeats its words
        self._near: dict[tuple[str, int], dict[str, Entry]] = {}  # near misses so far: an archive repeats its names
        self._looked_up: set[str] = set()  # words as written, whose entries are fetched

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_known": {}, "_near": {}, "_looked_up": set()}

    def look_up(self, words: Iterable[str]) -> None:
        """Fetch the entries of an article's words at once: one query instead of one a word.

        Words looked up before are passed over in one set difference: over an archive, most are.
        """
        if len(self._looked_up) > _MEMO_LIMIT:
            self._looked_up.clear()
        new = set(words).difference(self._looked_up)
        if new:
            self._words.fetch({key(word) for word in new})
            self._looked_up.update(new)

    def zipf(self, word: str) -> float:
        """How often the lexicon sees ``word`` written: log10 of uses per billion words, 0.0 if never."""
        return zipf(self._words.get(key(word)))

    def near_misses(self, word: str, slips: int = 1) -> dict[str, Entry]:
        """The lexicon's entry for every word ``slips`` slips from ``word`` (lower case) that is
        written often enough to be what a slip was meant as, in one query. A British form of a
        listed word counts as listed ("minimised"). Remembered for the run."""
        answer = self._near.get((word, slips))
        if answer is None:
            if len(self._near) > _MEMO_LIMIT // 10:
                self._near.clear()
            answer = self._near[word, slips] = self._near_misses_now(word, slips)
        return answer

    def _near_misses_now(self, word: str, slips: int) -> dict[str, Entry]:
        found = {
            other: entry(code)
            for other, code in self._words.near(word, slips).items()
            if (slip_kind(word, other) is not None if slips == 1 else distance(word, other, 2) == 2)
        }
        return {
            other: found_entry._replace(listed=found_entry.listed or self.known(other))
            for other, found_entry in found.items()
        }

    def ordinary(self, word: str) -> bool:
        """Whether ``word`` is an ordinary word rather than mostly a name ("foreign", not "kenya")."""
        return ordinary(self._words.get(key(word)))

    def proper(self, word: str) -> bool:
        """Whether ``word`` is written almost only as a name ("johnson", "delhi"; not "parliament")."""
        return proper(self._words.get(key(word)))

    def listed(self, word: str) -> bool:
        """Whether the American dictionary or the house word list has ``word`` exactly."""
        folded = key(word)
        return listed(self._words.get(folded)) or folded in self._extra

    def known(self, word: str) -> bool:
        """Whether ``word`` (any case, either apostrophe) is a listed word or the British form of one."""
        answer = self._known.get(word)
        if answer is None:
            if len(self._known) > _MEMO_LIMIT:
                self._known.clear()
            answer = self._known[word] = self._known_now(word)
        return answer

    def _known_now(self, word: str) -> bool:
        folded = key(word)
        if self.listed(folded):
            return True
        if folded.endswith("'s") and self.listed(folded[:-2]):
            return True
        if any(self.listed(american) or self.zipf(american) for american in american_forms(folded, _ENDINGS)):
            return True  # "centralises", "capitalisations": the endings differ by system
        # A classical digraph is a word when writers use it at least a tenth as often as the
        # American form ("anaemia"), not a slip the rule happens to fit ("baeck", "committeae").
        written = self.zipf(folded)
        return any(
            self.listed(american) and written >= self.zipf(american) - _VARIETY_SHARE
            for american in american_forms(folded, _DIGRAPHS)
        )

    def known_derived(self, word: str) -> bool:
        """Whether ``word`` is a known word with a prefix, suffix or contraction, or two known words."""
        folded = key(word)
        # Every part asked about below, fetched in one query rather than one query a part.
        cuts = range(_COMPOUND_PART, len(folded) - _COMPOUND_PART + 1)
        self._words.fetch(
            {folded[:cut] for cut in cuts}
            | {folded[cut:] for cut in cuts}
            | {folded[len(prefix) :] for prefix in _PREFIXES if folded.startswith(prefix)}
            | {
                stem + tail
                for suffix in _SUFFIXES
                if folded.endswith(suffix)
                for stem in [folded[: -len(suffix)]]
                for tail in ("", "e")
            }
        )
        for ending in _CONTRACTIONS:
            if folded.endswith(ending) and self.known(folded[: -len(ending)]):
                return True
        for prefix in _PREFIXES:
            if folded.startswith(prefix) and self._familiar(folded[len(prefix) :]):
                return True
        for suffix in _SUFFIXES:
            stem = folded[: -len(suffix)]
            if folded.endswith(suffix) and (self._familiar(stem) or self._familiar(stem + "e")):
                return True  # a sentenc(e)-er
        if folded.endswith("ically"):  # meritocratically, but not "publically" beside "publicly"
            return not self.known(folded[:-4] + "ly") and self.known(folded[:-4])
        return any(
            self._familiar(folded[:cut], _FAMILIAR_HALF) and self._familiar(folded[cut:], _FAMILIAR_HALF)
            for cut in range(_COMPOUND_PART, len(folded) - _COMPOUND_PART + 1)
        )

    def _familiar(self, part: str, least: float = _FAMILIAR) -> bool:
        return len(part) >= 3 and (self.zipf(part) >= least or part in self._extra)


def american_forms(word: str, rules: list[tuple[regex.Pattern[str], str]] = BRITISH_TO_AMERICAN) -> set[str]:
    """What the British spelling rules make of ``word`` (lower case): "organisation" → "organization"."""
    return {pattern.sub(repl, word) for pattern, repl in rules if pattern.search(word)}


def key(word: str) -> str:
    """How the lexicon spells a word: lower case, with a straight apostrophe."""
    return word.casefold().replace("’", "'")


def same_case(candidate: str, original: str) -> str:
    """``candidate`` written in the case of ``original`` ("egypt" for "Egyt" is "Egypt")."""
    if original.isupper() and len(original) > 1:
        return candidate.upper()
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
