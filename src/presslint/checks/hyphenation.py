"""``hyphenation``: one compound written one way within an article.

"Secretary-General" beside "Secretary General", "co-operation" beside "cooperation",
"e-mail" beside "email": no rule is written per word; any hyphenated compound the
article uses is compared with the same letters written closed or, for names and titles,
spaced. Lower-case compounds are not compared with their spaced form, because "a
well-known writer" and "she is well known" are both right. A capitalised compound
(a name or title) is not compared with a lower-case common word: "the Organization for
Security and Co-operation in Europe" may stand beside "cooperation". Quotations count as
evidence and are not reported.

Message placeholders: {match}, {suggestion}/{other} (the kept form), {other_line}.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from presslint.article import Article
from presslint.checks.base import PROSE, Check, Segment
from presslint.checks.variants import Use, stray_uses
from presslint.finding import Hit
from presslint.patterns import compiled

_COMPOUND = compiled(r"(?<![\p{L}-])\p{L}+(?:-\p{L}+)+(?![\p{L}-])")
_WORD = compiled(r"(?<![\p{L}-])\p{L}+(?![\p{L}-])")
_PARTS = compiled(r"[-\s]+")
_MOST_LOOKED_FOR = 64  # compounds looked for in a paragraph before it is split into words


def _title_case(text: str, sentence_start: bool) -> bool:
    parts = _PARTS.split(text)
    later = [part for part in parts[1:] if part]
    return any(part[0].isupper() for part in later) or (parts[0][:1].isupper() and not sentence_start)


def _at_sentence_start(text: str, index: int) -> bool:
    before = text[max(0, index - 64) : index].rstrip(' \t"“‘(')  # a window: no copy of a long paragraph per word
    if not before and index > 64:
        before = text[:index].rstrip(' \t"“‘(')
    return not before or before[-1] in ".!?:\n"


class HyphenationCheck(Check):
    kind = "hyphenation"
    placeholders = frozenset({"match", "suggestion", "other", "other_line"})
    default_message = "'{match}' here, but '{other}' on line {other_line}: write the compound one way."
    default_scope = PROSE

    def run(self, article: Article, segments: Sequence[Segment]) -> Iterable[Hit]:
        reportable = {id(segment) for segment in self.reported(segments)}
        compounds: dict[str, bool] = {}  # letters of each hyphenated compound → whether it is title case
        uses: list[Use] = []
        for segment in segments:
            if "-" not in segment.text:
                continue  # no hyphenated compound here; the closed and spaced forms are found below
            for found in _COMPOUND.finditer(segment.text):
                title = _title_case(found.group(), _at_sentence_start(segment.text, found.start()))
                key = ("T:" if title else "l:") + found.group().replace("-", "").lower()
                compounds[key] = title
                uses.append(self._use(segment, found, key, "hyphenated", reportable))
        if not compounds:
            return
        letters = {key[2:] for key in compounds}
        prefixes = {word[:cut] for word in letters for cut in range(1, len(word) + 1)}
        for segment in segments:
            # A closed or spaced compound is its letters with at most spaces between: a paragraph
            # without them, spaces removed, has none, and is not split into words.
            # With very many compounds (a long article) that look costs more than the split itself,
            # and would grow with the square of the article's length.
            if len(letters) <= _MOST_LOOKED_FOR:
                squashed = segment.text.lower().replace(" ", "").replace("\t", "")
                if not any(word in squashed for word in letters):
                    continue
            tokens = [(found.start(), found.end(), found.group().lower()) for found in _WORD.finditer(segment.text)]
            for index, (first_start, _, first_word) in enumerate(tokens):
                if first_word not in prefixes:
                    continue  # no compound starts with this word: the common case, decided at once
                joined = ""
                previous_end = first_start
                for last_start, last_end, last_word in tokens[index:]:
                    if last_start != first_start and segment.text[previous_end:last_start].strip(" \t"):
                        break  # only spaces may stand between the words of a spaced compound
                    previous_end = last_end
                    joined += last_word
                    if joined not in prefixes:
                        break
                    if joined not in letters:
                        continue
                    text = segment.text[first_start:last_end]
                    title = _title_case(text, _at_sentence_start(segment.text, first_start))
                    key = ("T:" if title else "l:") + joined
                    if key not in compounds:
                        continue
                    spaced = last_start != first_start
                    if spaced and not title:
                        continue  # "well known" after a verb is as right as "well-known" before a noun
                    start, end = segment.span(first_start, last_end)
                    form = "spaced" if spaced else "closed"
                    uses.append(Use(key, form, text, start, end, id(segment) in reportable))
        for use, kept in stray_uses(uses):
            line = article.lines.position(kept.start)[0]
            message = self.rule.render(match=use.text, suggestion=kept.text, other=kept.text, other_line=line)
            yield Hit(use.start, use.end, message, (kept.text,))

    @staticmethod
    def _use(segment: Segment, found: regex.Match[str], key: str, form: str, reportable: set[int]) -> Use:
        start, end = segment.span(found.start(), found.end())
        return Use(key, form, found.group(), start, end, id(segment) in reportable)
