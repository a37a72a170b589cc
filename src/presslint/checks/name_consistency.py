"""``name-consistency``: one spelling of each name within one article.

Two capitalised forms a slip or two apart ("Zulfiya" and "Zulifya"), neither an English
word, are taken for one name spelled two ways. A register spelling is never the one
reported. Otherwise the form used more often is kept; when both are used equally often
nothing says which is right, so both are reported, each pointing at the other. Which
spelling is right is the editor's call: the suggestion is never applied by ``--fix``.

Left alone: a form that only adds an ending to the other ("Afghan"/"Afghans"; demonyms
such as "Korean" are English words and never compared); forms that stand in different
full names ("Cheng Chung-tai", "Cheung Kwok-kwan"; titles such as "Mr" do not count),
unless one is the other with two letters swapped; and a changed or added letter, unless
the form is used once and the other more often, or both once in names of six letters or more.

Message placeholders: {match}, {suggestion}/{other} (the other form), {other_line} (where
it first appears), {count} and {other_count} (how often each is used).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from presslint.article.facts import ArticleFacts
from presslint.article.segments import Segment
from presslint.checks.base import Check
from presslint.checks.names import NAME_SCOPE, allowed_slips
from presslint.finding import Hit
from presslint.lexicon.dictionary import Dictionary
from presslint.lexicon.edits import TYPING_SLIPS, DeleteIndex, slip_kind
from presslint.names.register import Register, fold
from presslint.names.shared import dictionary_of, register_of
from presslint.text.memo import TextFacts
from presslint.text.tokens import Word

# Endings that make another word from a name (plural, possessive, demonym).
_INFLECTIONS = ("s", "es", "'s", "ese", "ian", "ians", "ns")
# Words before a name that say nothing of whose name it is.
# fmt: off
TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "President", "Vice", "Prime", "Minister",
    "Secretary", "General", "Senator", "Sen", "Governor", "Gov", "Mayor", "King", "Queen", "Prince", "Princess",
    "Pope", "Judge", "Justice", "Chief", "Director", "Chairman", "Chairwoman", "Professor", "Prof", "Rev",
    "Father", "Sister", "Saint", "St", "Captain", "Capt", "Colonel", "Col", "Gen", "Admiral", "Ambassador",
    "Deputy", "Speaker", "Administrator", "Commissioner", "Sheikh", "Rep", "Representative", "Officer", "Coach",
    "Detective", "Sergeant", "Lieutenant",
})
# fmt: on


class _Form:
    """One spelling as the article uses it: where, how often, and beside which names."""

    def __init__(
        self,
        text: str,
        uses: list[tuple[int, int]] | None = None,
        before: set[str] | None = None,
        after: set[str] | None = None,
    ) -> None:
        self.text = text
        self.uses = [] if uses is None else uses
        self.before = set() if before is None else before
        self.after = set() if after is None else after

    @property
    def key(self) -> str:
        return fold(self.text)

    @property
    def rank(self) -> tuple[int, int]:
        return len(self.uses), -self.uses[0][0]


class NameConsistencyCheck(Check):
    kind = "name-consistency"
    placeholders = frozenset({"match", "suggestion", "other", "other_line", "count", "other_count"})
    default_message = "'{match}' here, but '{other}' on line {other_line}: the same name spelled two ways?"
    default_level = "error"
    default_scope = NAME_SCOPE
    default_quotes = "check"

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        dictionary = dictionary_of(self.context)
        reported_segments = self.reported(segments)
        unknown = {
            text
            for text in facts.word_counts(tuple(segment.text for segment in reported_segments))
            if text[0].isupper() and not text.isupper() and allowed_slips(text) and not dictionary.known(text)
        }  # each distinct word is asked once; abbreviations (STMA, STMC) are defined, not spelled
        forms = _forms(facts, reported_segments, unknown)
        index = DeleteIndex(2)
        index.extend(form.key for form in forms.values())
        by_key = {form.key: form for form in forms.values()}
        reported: dict[str, _Form] = {}  # form → the other form
        for form in sorted(forms.values(), key=lambda f: f.rank):
            if form.text in reported:
                continue
            for other_key, _ in index.near(form.key, allowed_slips(form.key)):
                other = by_key[other_key]
                verdict = _verdict(form, other, register_of(self.context), dictionary)
                if verdict == "rare":
                    reported[form.text] = other
                    break
                if verdict == "tie":
                    reported[form.text] = other
                    reported.setdefault(other.text, form)
                    break
        for text, other in reported.items():
            form = forms[text]
            line = facts.article.lines.position(other.uses[0][0])[0]
            for start, end in form.uses:
                message = self.rule.render(
                    match=text, suggestion=other.text, other=other.text, other_line=line,
                    count=len(form.uses), other_count=len(other.uses),
                )  # fmt: skip
                yield Hit(start, end, message, (other.text,))


def _forms(facts: TextFacts, segments: Sequence[Segment], unknown: set[str]) -> dict[str, _Form]:
    """How the article uses each of the ``unknown`` words (capitalised, long enough to slip)."""
    forms: dict[str, _Form] = {}
    for segment in segments:
        if unknown.isdisjoint(facts.word_set(segment.text)):
            continue
        found = facts.words(segment.text)
        for position, word in enumerate(found):
            if word.text not in unknown or word.sic:
                continue
            form = forms.setdefault(word.text, _Form(word.text))
            form.uses.append(segment.span(word.start, word.end))
            previous = found[position - 1] if position else None
            following = found[position + 1] if position + 1 < len(found) else None
            if previous is not None and _adjacent(segment.text, previous, word) and not previous.sentence_start:
                form.before.add(previous.text)
            if following is not None and _adjacent(segment.text, word, following):
                form.after.add(following.text)
    for form in forms.values():
        form.uses.sort()
    return forms


def _adjacent(text: str, first: Word, second: Word) -> bool:
    """Two capitalised words in one name: nothing but white space or a hyphen between them."""
    if not (first.capitalised and second.capitalised) or first.text in TITLES or second.text in TITLES:
        return False
    return text[first.end : second.start].strip(" \t\n-") == ""


def _verdict(form: _Form, other: _Form, register: Register, dictionary: Dictionary) -> str:
    """'rare' when ``form`` is a misspelling of ``other``, 'tie' when either may be, else ''.

    Used equally often, the form the lexicon has seen written more is the right one
    ("Matsushita", not "Matshushita"); only when it knows neither is it a tie.
    """
    if form.key in register.known or _inflected(form.key, other.key) or form.key[0] != other.key[0]:
        return ""
    kind = slip_kind(form.key, other.key)
    if kind != "transposition" and _different_names(form, other):
        return ""  # Cheng Chung-tai and Cheung Kwok-kwan: two people
    uses, other_uses = len(form.uses), len(other.uses)
    lone_use = uses == 1 and (other_uses >= 2 or len(form.key) >= 6)
    if kind not in TYPING_SLIPS and not (len(other.key) >= 10 or lone_use):
        return ""
    if other.key in register.known or (form.rank < other.rank and uses < other_uses):
        return "rare"
    if uses != other_uses:
        return ""
    seen, other_seen = dictionary.zipf(form.text), dictionary.zipf(other.text)
    if seen == other_seen:
        return "tie"
    return "rare" if seen < other_seen else ""


def _inflected(key: str, other: str) -> bool:
    short, long = sorted((key, other), key=len)
    return long.startswith(short) and long[len(short) :] in _INFLECTIONS


def _different_names(form: _Form, other: _Form) -> bool:
    """Whether the two forms stand in different full names, and never in the same one, or are
    two words of one name ("Lian Chia Liang")."""
    if form.after & other.before or form.before & other.after:
        return True
    sides = [(form.before, other.before), (form.after, other.after)]
    if any(mine & theirs for mine, theirs in sides):
        return False
    return any(mine and theirs for mine, theirs in sides)
