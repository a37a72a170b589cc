"""``names``: names checked against the register of people, places and organisations.

Options:
  report   what the rule reports:
           ``misspelled`` (default): a known misspelling, or a capitalised word one or two
             slips from a register name (scaled to its length) that is neither in the
             register nor an English word; the register spelling is the suggestion.
           ``former``: a former name (Nur-Sultan for Astana), once the article's
             publication date is past the renaming.
           ``unknown``: capitalised words in no register and no dictionary (off by default).

A slip must convince: swapped, dropped or doubled letters in names of six letters or
more; a changed or added letter only in long names used once (foreign names differ from
register names exactly that way: Almería, Quinto). One word of a multi-word name counts
only beside the rest of the name ("Zulifya Suleimenova"), or as a person's surname. Names
are checked inside quotations too, and a word followed by ``[sic]`` is never reported.

Message placeholders: {match}, {suggestion}, {name} (the register entry), {type}, {note}.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from presslint.article import Article, BlockKind
from presslint.checks.base import Check, Segment
from presslint.finding import Hit
from presslint.matching import find_all, may_match
from presslint.names.dictionary import Dictionary
from presslint.names.edits import TYPING_SLIPS, slip_kind
from presslint.names.register import MIN_NEAR_MISS_LENGTH, NameEntry, Register, fold, name_tokens
from presslint.names.shared import dictionary_of, register_of
from presslint.names.tokens import Word, word_counts, word_set, words
from presslint.options import Option, one_of
from presslint.rule import Rule
from presslint.rule_context import RuleContext

_MEMO_LIMIT = 100_000  # remembered answers, dropped beyond this so memory stays flat over an archive
NAME_SCOPE = tuple(kind for kind in BlockKind if kind is not BlockKind.FRONT_MATTER)


def allowed_slips(word: str) -> int:
    """How many slips a word of this length may be from a name and still be taken for it."""
    if len(word) < MIN_NEAR_MISS_LENGTH:
        return 0
    return 1 if len(word) < 10 else 2


def same_edges(word: str, name: str) -> bool:
    """Slips rarely touch a name's first letter, and in short names its last one either."""
    if word[:1] != name[:1]:
        return False
    return len(word) > 5 or word[-1:] == name[-1:]


def match_case(token: str, original: str) -> str:
    return token.upper() if original.isupper() and len(original) > 1 else token


class NamesCheck(Check):
    kind = "names"
    options = (Option("report", one_of("misspelled", "former", "unknown"), default="misspelled"),)
    placeholders = frozenset({"match", "suggestion", "name", "type", "note"})
    default_message = "'{match}' is not how the register spells it: '{suggestion}' ({name}, {type})."
    default_level = "error"
    default_scope = NAME_SCOPE
    default_quotes = "check"

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        self._looked_at: dict[str, bool] = {}  # _worth_a_look's answers: an archive repeats its words

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_looked_at": {}}

    def run(self, article: Article, segments: Sequence[Segment]) -> Iterable[Hit]:
        register = register_of(self.context)
        if self.report == "former":
            yield from self._former(article, register, self.reported(segments))
            return
        dictionary = dictionary_of(self.context)
        seen_unknown: set[str] = set()
        reported = self.reported(segments)
        by_text = word_counts(tuple(segment.text for segment in reported))
        dictionary.look_up(text for text in by_text if text[0].isupper())
        # What does not depend on where a word stands is asked once a distinct word.
        worth_a_look = {text for text in by_text if self._worth_a_look(text, register, dictionary)}
        if not worth_a_look:
            return
        counts: Counter[str] = Counter()
        for text, count in by_text.items():
            counts[fold(text)] += count
        for segment in reported:
            if worth_a_look.isdisjoint(word_set(segment.text)):
                continue
            found = words(segment.text)
            for position, word in enumerate(found):
                if word.sic or word.text not in worth_a_look:
                    continue
                if self.report == "unknown":
                    hit = self._unknown(word, segment, seen_unknown)
                else:
                    hit = self._misspelled(found, position, segment, register, counts)
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
        if self.report == "unknown":
            return len(key) >= 3 and not (len(text) > 1 and text.isupper()) and not dictionary.known(text)
        return bool(allowed_slips(key)) and not dictionary.known(text)

    def _hit(self, segment: Segment, word: Word, entry: NameEntry, suggestions: list[str]) -> Hit:
        start, end = segment.span(word.start, word.end)
        message = self.rule.render(
            match=word.text, suggestion=suggestions[0], name=entry.name, type=entry.type, note=entry.note
        )
        return Hit(start, end, message, tuple(suggestions), suggestions[0] if len(suggestions) == 1 else None)

    def _misspelled(
        self,
        found: Sequence[Word],
        position: int,
        segment: Segment,
        register: Register,
        counts: Counter[str],
    ) -> Hit | None:
        word = found[position]
        key = fold(word.text)
        if key in register.misspelled:
            entry, right = register.misspelled[key]
            return self._hit(segment, word, entry, [match_case(right, word.text)])
        limit = allowed_slips(key)  # known words and lower case were left out by _worth_a_look
        neighbours = {fold(other.text) for other in found[max(0, position - 1) : position + 2] if other is not word}
        best: dict[str, NameEntry] = {}
        best_distance = limit + 1
        for candidate, distance in register.index.near(key, limit):
            if distance > best_distance:
                break
            if not same_edges(key, candidate):
                continue
            convincing = _convincing(key, candidate, distance, counts[key])
            for entry, token, token_position in register.by_token[candidate]:
                if _beside_the_rest(entry, token_position, neighbours) or (
                    convincing and _alone_counts(entry, token_position, key, candidate)
                ):
                    best.setdefault(token, entry)
                    best_distance = distance
        if not best:
            return None
        suggestions = [match_case(token, word.text) for token in best]
        return self._hit(segment, word, next(iter(best.values())), suggestions)

    def _unknown(self, word: Word, segment: Segment, seen: set[str]) -> Hit | None:
        key = fold(word.text)
        if not word.capitalised or word.sentence_start or key in seen:
            return None  # the rest was ruled out by _worth_a_look
        seen.add(key)
        start, end = segment.span(word.start, word.end)
        message = self.rule.render(match=word.text, suggestion="", name="", type="", note="")
        return Hit(start, end, message)

    def _former(self, article: Article, register: Register, segments: Sequence[Segment]) -> Iterable[Hit]:
        pattern = register.former_pattern
        if pattern is None or not may_match(pattern, tuple(segment.text for segment in segments)):
            return
        for segment in segments:
            for found in find_all(pattern, segment.text):
                entry, until = register.former[fold(found.group())]
                if until is not None and article.published is not None and article.published < until:
                    continue
                start, end = segment.span(found.start(), found.end())
                message = self.rule.render(
                    match=found.group(), suggestion=entry.name, name=entry.name, type=entry.type, note=entry.note
                )
                yield Hit(start, end, message, (entry.name,))


def _convincing(word: str, name: str, distance: int, uses: int) -> bool:
    """Whether a slip this size and kind, in a word used this often, is likely a misspelling.

    Typing slips (swapped, dropped or doubled letters) convince from six letters; a changed
    or added letter is also how distinct names differ (Algeria/Almería), so it convinces
    only in long names and in a word the article does not use again.
    """
    if distance == 2:
        return len(name) >= 10 and uses == 1
    kind = slip_kind(word, name)
    if kind in TYPING_SLIPS:
        return len(name) >= 6
    return len(name) >= 8 and uses == 1


def _beside_the_rest(entry: NameEntry, position: int, neighbours: set[str]) -> bool:
    """A word of a multi-word name with the rest of the name beside it: any slip convinces."""
    tokens = name_tokens(entry.name)
    beside = {fold(tokens[i]) for i in (position - 1, position + 1) if 0 <= i < len(tokens) and tokens[i][0].isupper()}
    return bool(beside & neighbours)


def _alone_counts(entry: NameEntry, position: int, word: str, token: str) -> bool:
    """Alone, a slip stands for a single-word name, or a person's surname slipped by typing."""
    tokens = name_tokens(entry.name)
    if len(tokens) == 1:
        return True
    is_surname = entry.type == "person" and position == len(tokens) - 1
    return is_surname and len(token) >= 6 and slip_kind(word, token) in TYPING_SLIPS
