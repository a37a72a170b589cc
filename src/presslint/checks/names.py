"""``names``: names checked against the register of people, places and organisations.

Options:
  report   what the rule reports:
           ``misspelled`` (default): a known misspelling, or a capitalised word one or two
             slips from a register name (scaled to its length) that is neither in the
             register nor an English word; the register spelling is the suggestion.
           ``former``: a former name (Nur-Sultan for Astana), once the article's
             publication date is past the renaming.
           ``unknown``: capitalised words in no register and no dictionary (off by default).

Whether a word is a slip of a register name is weighed by the slip model
(:mod:`presslint.names.slip_model`): a register name counts as a frequent word, the rest
of a multi-word name beside the word ("Zulifya Suleimenova", "Kassym-Jomrat Tokayev") and
the article's own uses of the name add evidence, and a word the lexicon knows well is
never a slip ("Mali" beside "Bali"). Alone, a word of a multi-word name counts only as a
person's surname. Names are checked inside quotations too, and a word followed by
``[sic]`` is never reported.

Message placeholders: {match}, {suggestion}, {name} (the register entry), {type}, {note}.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from presslint.article.facts import ArticleFacts
from presslint.article.model import BlockKind
from presslint.article.segments import Segment
from presslint.checks.base import Check
from presslint.finding import Hit
from presslint.lexicon.dictionary import Dictionary
from presslint.names.register import MIN_NEAR_MISS_LENGTH, NameEntry, Register, fold, name_tokens, stands_alone
from presslint.names.shared import dictionary_of, register_of
from presslint.names.slip_model import (
    KNOWN_WELL,
    REGISTER_ZIPF,
    Evidence,
    article_weight,
    likely_intended,
    own_weight,
)
from presslint.rule.context import RuleContext
from presslint.rule.model import Rule
from presslint.rule.options import Option, one_of
from presslint.text.matching import find_all, may_match
from presslint.text.tokens import Word

_MEMO_LIMIT = 100_000  # remembered answers, dropped beyond this so memory stays flat over an archive
BESIDE_THE_REST = 2.0  # evidence added when the rest of a multi-word name stands beside the word
NAME_SCOPE = tuple(kind for kind in BlockKind if kind is not BlockKind.FRONT_MATTER)


def allowed_slips(word: str) -> int:
    """How many slips a word of this length may be from a name and still be taken for it."""
    if len(word) < MIN_NEAR_MISS_LENGTH:
        return 0
    return 1 if len(word) < 10 else 2


def match_case(token: str, original: str) -> str:
    return token.upper() if original.isupper() and len(original) > 1 else token


class NamesCheck(Check):
    """What the names rules share: the option, placeholders and defaults. Each ``report`` is a class below."""

    kind = "names"
    options = (Option("report", one_of("misspelled", "former", "unknown"), default="misspelled"),)
    placeholders = frozenset({"match", "suggestion", "name", "type", "note"})
    default_message = "'{match}' is not how the register spells it: '{suggestion}' ({name}, {type})."
    default_level = "error"
    default_scope = NAME_SCOPE
    default_quotes = "check"


class _WordByWordCheck(NamesCheck):
    """A names rule that reads the article word by word: misspelled and unknown names."""

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        self._looked_at: dict[str, bool] = {}  # worth_a_look's answers: an archive repeats its words

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_looked_at": {}}

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        register = register_of(self.context)
        dictionary = dictionary_of(self.context)
        reported = self.reported(segments)
        by_text = facts.word_counts(tuple(segment.text for segment in reported))
        dictionary.look_up(text for text in by_text if text[0].isupper())
        # What does not depend on where a word stands is asked once a distinct word.
        worth_a_look = {text for text in by_text if self._worth_a_look(text, register, dictionary)}
        if not worth_a_look:
            return
        counts: Counter[str] = Counter()
        for text, count in by_text.items():
            counts[fold(text)] += count
        known = _Known(register, dictionary, counts, set())
        for segment in reported:
            if worth_a_look.isdisjoint(facts.word_set(segment.text)):
                continue
            found = facts.words(segment.text)
            for position, word in enumerate(found):
                if word.sic or word.text not in worth_a_look:
                    continue
                hit = self.hit_at(found, position, segment, known)
                if hit is not None:
                    yield hit

    def _worth_a_look(self, text: str, register: Register, dictionary: Dictionary) -> bool:
        """Whether a word with this text may be reported, wherever it stands (remembered for the run)."""
        answer = self._looked_at.get(text)
        if answer is None:
            if len(self._looked_at) > _MEMO_LIMIT:
                self._looked_at.clear()
            answer = self._looked_at[text] = self._worth_a_look_now(text, register, dictionary)
        return answer

    def _worth_a_look_now(self, text: str, register: Register, dictionary: Dictionary) -> bool:
        key = fold(text)
        if key in register.misspelled:
            return True
        if not text[0].isupper():
            return False  # only a listed misspelling is reported in lower case
        if key in register.known:
            return False
        return self.may_report(key, text, dictionary)

    def may_report(self, key: str, text: str, dictionary: Dictionary) -> bool:
        """Whether a capitalised word the register does not know may be reported (``key`` is it folded)."""
        raise NotImplementedError

    def hit_at(self, found: Sequence[Word], position: int, segment: Segment, known: _Known) -> Hit | None:
        raise NotImplementedError


class _Known(NamedTuple):
    """What a names rule knows while it reads one article."""

    register: Register
    dictionary: Dictionary
    counts: Counter[str]  # the article's words, folded
    seen: set[str]  # words already reported


class MisspelledNamesCheck(_WordByWordCheck):
    """A known misspelling, or a capitalised word a slip or two from a register name.

    The register spelling is the suggestion (and the fix, when it is the only one).
    """

    def may_report(self, key: str, text: str, dictionary: Dictionary) -> bool:
        return bool(allowed_slips(key)) and dictionary.zipf(text) < KNOWN_WELL and not dictionary.known(text)

    def _hit(self, segment: Segment, word: Word, entry: NameEntry, suggestions: list[str]) -> Hit:
        start, end = segment.span(word.start, word.end)
        message = self.rule.render(
            match=word.text, suggestion=suggestions[0], name=entry.name, type=entry.type, note=entry.note
        )
        return Hit(start, end, message, tuple(suggestions), suggestions[0] if len(suggestions) == 1 else None)

    def hit_at(self, found: Sequence[Word], position: int, segment: Segment, known: _Known) -> Hit | None:
        register, dictionary, counts = known.register, known.dictionary, known.counts
        word = found[position]
        key = fold(word.text)
        if key in register.misspelled:
            entry, right = register.misspelled[key]
            return self._hit(segment, word, entry, [match_case(right, word.text)])
        neighbours = {fold(other.text) for other in found[max(0, position - 1) : position + 2] if other is not word}
        total = counts.total()
        evidence: dict[str, Evidence] = {}
        entries: dict[str, tuple[NameEntry, str]] = {}
        for candidate, _ in register.index.near(key, allowed_slips(key)):
            for entry, token, token_position in register.by_token[candidate]:
                beside = _beside_the_rest(entry, token_position, neighbours)
                if not (beside or stands_alone(entry, token_position)):
                    continue
                weight = max(dictionary.zipf(candidate), REGISTER_ZIPF, article_weight(counts[candidate], total))
                weight += BESIDE_THE_REST if beside else 0.0
                if candidate not in evidence or weight > evidence[candidate].weight:
                    evidence[candidate] = Evidence(weight, weight)
                    entries[candidate] = (entry, token)
        # The register is the newsroom's word: a name misspelled the same way throughout is still misspelled.
        own = own_weight(dictionary.zipf(word.text), True, dictionary.listed(word.text))
        found_names = likely_intended(key, own, evidence)
        if not found_names:
            return None
        suggestions = [match_case(entries[item.key][1], word.text) for item in found_names]
        return self._hit(segment, word, entries[found_names[0].key][0], suggestions)


class UnknownNamesCheck(_WordByWordCheck):
    """Capitalised words in no register and no dictionary (off by default)."""

    def may_report(self, key: str, text: str, dictionary: Dictionary) -> bool:
        return len(key) >= 3 and not (len(text) > 1 and text.isupper()) and not dictionary.known(text)

    def hit_at(self, found: Sequence[Word], position: int, segment: Segment, known: _Known) -> Hit | None:
        word = found[position]
        key = fold(word.text)
        if not word.capitalised or word.sentence_start or key in known.seen:
            return None  # the rest was ruled out by _worth_a_look
        known.seen.add(key)
        start, end = segment.span(word.start, word.end)
        message = self.rule.render(match=word.text, suggestion="", name="", type="", note="")
        return Hit(start, end, message)


class FormerNamesCheck(NamesCheck):
    """A former name (Nur-Sultan for Astana), once the article's publication date is past the renaming."""

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        article, register, segments = facts.article, register_of(self.context), self.reported(segments)
        pattern = register.former_pattern
        if pattern is None or not may_match(pattern, tuple(segment.text for segment in segments), facts):
            return
        for segment in segments:
            for found in find_all(pattern, segment.text, facts):
                entry, until = register.former[fold(found.group())]
                if until is not None and (article.published is None or article.published < until):
                    continue  # renamed on a date: without the article's own date, nothing says it is late
                start, end = segment.span(found.start(), found.end())
                message = self.rule.render(
                    match=found.group(), suggestion=entry.name, name=entry.name, type=entry.type, note=entry.note
                )
                yield Hit(start, end, message, (entry.name,))


def _beside_the_rest(entry: NameEntry, position: int, neighbours: set[str]) -> bool:
    """A word of a multi-word name with the rest of the name beside it: any slip convinces."""
    tokens = name_tokens(entry.name)
    beside = {fold(tokens[i]) for i in (position - 1, position + 1) if 0 <= i < len(tokens) and tokens[i][0].isupper()}
    return bool(beside & neighbours)
