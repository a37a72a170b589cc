"""``capitalisation``: a multi-word name or title capitalised one way within an article.

Every run of capitalised words in the body ("Minister of Ecology and Natural
Resources") is a name the article defines; the same words elsewhere, starting with the
same capital but capitalised differently ("Minister of Ecology and Natural resources"),
are reported, with the differing words and the word before them as the match. The form
used more often is kept (the fully capitalised one, on a tie). Headlines and subheads,
which may be in title case, are neither sources nor reported; quotations count as
evidence only.

Message placeholders: {match}, {suggestion}/{other} (the kept capitalisation), {other_line}.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from presslint.article.facts import ArticleFacts
from presslint.article.model import Article, BlockKind
from presslint.article.segments import Segment
from presslint.checks.base import Check
from presslint.checks.name_case import Slip, lower_case_slips
from presslint.checks.name_evidence import TITLE_CASE_KINDS
from presslint.checks.variants import Use, stray_uses
from presslint.finding import Hit
from presslint.names.connectors import IN_A_TITLE
from presslint.names.shared import dictionary_of, register_of
from presslint.text.patterns import compiled

_CONNECTORS = IN_A_TITLE
_LEADING = frozenset(
    {"the", "a", "an", "in", "on", "at", "as", "for", "from", "with", "by", "and", "but", "after", "before"}
)
_TOKEN = compiled(r"[\p{L}][\p{L}'’-]*|&")
# A stretch of capitalised words and connectors with only spaces between them, from its first
# capital (a word's first letter: no letter, apostrophe or hyphen run leads up to it). Every
# run of a name and every capitalised word lies in one; the rest of the text, most of it, is
# never cut into words.
_CAPITALISED_WORD = r"\p{Lu}[\p{L}'’-]*+"
_CONNECTOR_WORD = "(?:" + "|".join(sorted(_CONNECTORS - {"&"})) + r")(?![\p{L}'’-])"
_STRETCH = compiled(
    rf"(?<!\p{{L}}[\p{{L}}'’-]*){_CAPITALISED_WORD}(?:[ \t]*(?:{_CAPITALISED_WORD}|{_CONNECTOR_WORD}|&))*"
)
_NAME_ENDS = ""  # the trie key under which a name that ends at a node is kept (no word is empty)
_WHY = {
    "register": "the register has it",
    "article": "the article capitalises it everywhere else",
    "lexicon": "writers use it almost only as one",
}
_MIN_WORDS = 3
_MIN_CAPITALISED = 2


class _Token(NamedTuple):
    text: str
    start: int
    end: int


_new_token = _Token._make


def _capitalised_stretches(text: str) -> tuple[tuple[_Token, ...], ...]:
    """The words of each stretch of capitalised words and connectors in ``text``."""
    return tuple(
        tuple([_new_token((found.group(), *found.span())) for found in _TOKEN.finditer(text, *stretch.span())])
        for stretch in _STRETCH.finditer(text)
    )


def _runs(tokens: Sequence[_Token], text: str) -> Iterable[list[_Token]]:
    """Maximal runs of capitalised words joined by connectors, on one line of prose."""
    run: list[_Token] = []
    for token in tokens:
        capitalised = token.text[0].isupper()
        if capitalised or (run and token.text in _CONNECTORS):
            if run and text[run[-1].end : token.start].strip(" \t"):  # not on one line: a new run
                yield _trim(run)
                run = [token] if capitalised else []
            else:
                run.append(token)
        elif run:
            yield _trim(run)
            run = []
    yield _trim(run)


def _trim(run: list[_Token]) -> list[_Token]:
    while run and run[-1].text in _CONNECTORS:
        run = run[:-1]
    while run and (run[0].text in _CONNECTORS or run[0].text.lower() in _LEADING):
        run = run[1:]  # "The Minister of …": the article is not part of the name
    return run


def _names(stretches: list[tuple[Segment, tuple[tuple[_Token, ...], ...]]]) -> dict[str, Any]:
    """The article's names, as a trie of lower-case words (a name ends where ``_NAME_ENDS`` is).

    A use is then found by walking the words after a capital, never by trying every name
    that starts with the same word: the work stays linear in the article's length.
    """
    names: dict[str, Any] = {}
    for run in _long_runs(stretches):
        # Every prefix is a name too: "Minister of … Natural Resources" before a person's name.
        for end in range(_MIN_WORDS, len(run) + 1):
            prefix = run[:end]
            capitalised = sum(1 for token in prefix if token.text[0].isupper())
            if capitalised >= _MIN_CAPITALISED and prefix[-1].text[0].isupper():
                key = tuple(token.text.lower() for token in prefix)
                node = names
                for word in key:
                    node = node.setdefault(word, {})
                node[_NAME_ENDS] = key
    return names


def _long_runs(stretches: list[tuple[Segment, tuple[tuple[_Token, ...], ...]]]) -> Iterator[list[_Token]]:
    """The runs of the stretches that have words enough to be a name."""
    for segment, found in stretches:
        for tokens in found:
            if len(tokens) >= _MIN_WORDS:
                yield from _runs(tokens, segment.text)


class CapitalisationCheck(Check):
    kind = "capitalisation"
    placeholders = frozenset({"match", "suggestion", "other", "other_line"})
    default_message = "'{match}' here, but '{other}' on line {other_line}: capitalise the name one way."
    default_scope = (BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.HEADLINE, BlockKind.SUBHEAD)
    name_message = "'{match}': '{word}' is a name ({why}); write '{suggestion}'."

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        article = facts.article
        hits = list(self._differing_names(facts, segments))
        yield from hits
        taken = [(hit.start, hit.end) for hit in hits]
        register, dictionary = register_of(self.context), dictionary_of(self.context)
        for slip in lower_case_slips(facts, segments, self.reported(segments), register, dictionary):
            start, end = slip.segment.span(slip.start, slip.end)
            if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
                continue
            taken.append((start, end))
            yield self._slip_hit(article, slip, start, end)

    def _slip_hit(self, article: Article, slip: Slip, start: int, end: int) -> Hit:
        if slip.evidence_start is not None:
            line = article.lines.position(slip.evidence_start)[0]
            values = {"match": slip.written, "suggestion": slip.right, "other": slip.right, "other_line": line}
            return Hit(start, end, self.rule.render(**values), (slip.right,))
        why = _WHY[slip.why]
        message = self.name_message.format(match=slip.written, word=slip.word, why=why, suggestion=slip.right)
        return Hit(start, end, message, (slip.right,))

    def _differing_names(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        """Names of three words or more capitalised two ways (the body and captions only)."""
        segments = [segment for segment in segments if segment.block.kind not in TITLE_CASE_KINDS]
        reportable = {id(segment) for segment in self.reported(segments)}
        stretches = [(segment, facts.fact(_capitalised_stretches, segment.text)) for segment in segments]
        names = _names(stretches)
        uses = list(self._uses(stretches, names, reportable)) if names else []
        title_forms = {use.group: use.form for use in uses if use.form.startswith("0")}
        seen: set[tuple[int, int]] = set()
        for use, kept in sorted(stray_uses(uses, title_forms), key=lambda pair: -(pair[0].end - pair[0].start)):
            if (use.start, use.end) in seen:
                continue
            seen.add((use.start, use.end))
            yield self._hit(facts.article, use, kept)

    def _uses(
        self,
        stretches: list[tuple[Segment, tuple[tuple[_Token, ...], ...]]],
        names: dict[str, Any],
        reportable: set[int],
    ) -> Iterator[Use]:
        """Every use of a name: found by walking the trie along the words that follow a capital.

        The words after the capital are read one at a time, only as far as the trie goes.
        """
        for segment, found in stretches:
            text = segment.text
            for stretch in found:
                for token in stretch:
                    if not token.text[0].isupper():
                        continue  # a use starts with a capital
                    at: dict[str, Any] | None = names.get(token.text.lower())
                    if at is None:
                        continue
                    words = [token]
                    following = _TOKEN.finditer(text, token.end)
                    while at is not None:
                        name: tuple[str, ...] | None = at.get(_NAME_ENDS)
                        if name is not None:
                            use = self._use(segment, words, name, id(segment) in reportable)
                            if use is not None:
                                yield use
                        after = next(following, None)
                        if after is None:
                            break
                        words.append(_new_token((after.group(), *after.span())))
                        at = at.get(words[-1].text.lower())

    @staticmethod
    def _use(segment: Segment, words: Sequence[_Token], key: tuple[str, ...], reportable: bool) -> Use | None:
        """The use of name ``key`` that ``words`` are, unless something but spaces stands between them."""
        if any(segment.text[a.end : b.start].strip(" \t") for a, b in itertools.pairwise(words)):
            return None
        form = tuple(word.text for word in words)
        start, stop = segment.span(words[0].start, words[-1].end)
        title_first = "0" if all(w.text[0].isupper() or w.text in _CONNECTORS for w in words) else "1"
        return Use(" ".join(key), title_first + " ".join(form), " ".join(form), start, stop, reportable)

    def _hit(self, article: Article, use: Use, kept: Use) -> Hit:
        mine, theirs = use.text.split(" "), kept.text.split(" ")
        differ = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
        first, last = max(0, differ[0] - 1), differ[-1]
        offset = len(" ".join(mine[:first])) + (1 if first else 0)
        length = len(" ".join(mine[first : last + 1]))
        source = article.source[use.start : use.end]
        start = use.start + _source_index(source, offset)
        end = use.start + _source_index(source, offset + length)
        match, suggestion = " ".join(mine[first : last + 1]), " ".join(theirs[first : last + 1])
        line = article.lines.position(kept.start)[0]
        message = self.rule.render(match=match, suggestion=suggestion, other=suggestion, other_line=line)
        return Hit(start, end, message, (suggestion,))


def _source_index(source: str, words_offset: int) -> int:
    """Map an offset in the space-joined words back into the source text (which may break lines)."""
    count = 0
    for index, char in enumerate(source):
        if count == words_offset:
            return index
        if not char.isspace() or (index > 0 and not source[index - 1].isspace()):
            count += 1
    return len(source)
