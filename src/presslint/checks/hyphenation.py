"""``hyphenation``: one compound written one way within an article.

"Secretary-General" beside "Secretary General", "co-operation" beside "cooperation",
"e-mail" beside "email": no rule is written per word; any hyphenated compound the
article uses is compared with the same letters written closed or, for names and titles,
spaced. A lower-case compound written open is reported only before a noun ("a well known
writer", "cross border talks" beside "cross-border trade"): a compound modifier takes a
hyphen there, while "she is well known" after a verb is right. The noun is told by the
word after the compound: any word but one of English's closed classes (articles,
pronouns, prepositions, conjunctions, auxiliaries), which never follow a modifier. A capitalised compound
(a name or title) is not compared with a lower-case common word: "the Organization for
Security and Co-operation in Europe" may stand beside "cooperation". The form used more
is kept, but a closed form no dictionary knows ("longterm") never outvotes the hyphenated
one. Quotations count as evidence and are not reported.

Message placeholders: {match}, {suggestion}/{other} (the kept form), {other_line}.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from presslint.article.facts import ArticleFacts
from presslint.article.model import Article
from presslint.article.segments import Segment
from presslint.checks.base import PROSE, Check, part_of_a_name
from presslint.checks.variants import Use, stray_uses
from presslint.finding import Hit
from presslint.names.shared import dictionary_of
from presslint.text.patterns import compiled

_COMPOUND = compiled(r"(?<![\p{L}-])\p{L}+(?:-\p{L}+)+(?![\p{L}-])")
_WORD = compiled(r"(?<![\p{L}-])\p{L}+(?![\p{L}-])")
_PARTS = compiled(r"[-\s]+")
_MOST_LOOKED_FOR = 64  # compounds looked for in a paragraph before it is split into words
_NEXT_WORD = compiled(r" (\p{L}+)")
# The closed classes of English (determiners, pronouns, prepositions, conjunctions,
# auxiliaries and a few adverbs): a word after a compound that is one of these is not the
# noun the compound modifies ("well known in Astana", "in the long term the plan").
# fmt: off
_CLOSED_CLASS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
    "some", "any", "no", "every", "each", "all", "both", "either", "neither", "much", "many", "more", "most",
    "i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them", "who", "whom", "whose", "which", "what",
    "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "onto", "over", "under", "about",
    "after", "before", "since", "until", "than", "through", "during", "between", "among", "against", "without",
    "within", "across", "around", "behind", "beyond", "near", "off", "out", "up", "down", "upon", "via", "per",
    "inside", "outside", "beside", "besides", "towards", "toward", "despite", "amid", "unlike", "alongside",
    "throughout", "beneath", "above", "below", "along", "past", "till", "whether", "unless", "once", "alone",
    "and", "or", "but", "nor", "so", "yet", "if", "because", "while", "when", "where", "though", "although",
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "not", "too", "also", "only", "even", "just", "very", "already", "still", "again", "now", "then", "there",
    "here", "ago", "yesterday", "today", "tomorrow",
})
# fmt: on


def _title_case(text: str, sentence_start: bool) -> bool:
    parts = _PARTS.split(text)
    later = [part for part in parts[1:] if part]
    return any(part[0].isupper() for part in later) or (parts[0][:1].isupper() and not sentence_start)


def _at_sentence_start(text: str, index: int) -> bool:
    before = text[max(0, index - 64) : index].rstrip(' \t"“‘(')  # a window: no copy of a long paragraph per word
    if not before and index > 64:
        before = text[:index].rstrip(' \t"“‘(')
    return not before or before[-1] in ".!?:\n"


def _before_a_noun(text: str, end: int) -> bool:
    """Whether the word right after ``end`` (one space between) may be the noun a compound modifies.

    Not before a name ("UK condom maker SSL International"): a name is seldom modified so.
    """
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    noun = following.group(1)
    return noun.lower() not in _CLOSED_CLASS and not noun[0].isupper()


class HyphenationCheck(Check):
    kind = "hyphenation"
    placeholders = frozenset({"match", "suggestion", "other", "other_line"})
    default_message = "'{match}' here, but '{other}' on line {other_line}: write the compound one way."
    default_scope = PROSE
    modifier_message = (
        "'{match}' before a noun here, but '{other}' on line {other_line}: a compound that modifies"
        " the noun after it takes a hyphen; write '{suggestion}'."
    )

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        reportable = {id(segment) for segment in self.reported(segments)}
        compounds: dict[str, bool] = {}  # letters of each hyphenated compound → whether it is title case
        uses: list[Use] = []
        modifiers: list[Use] = []  # lower-case compounds written open before a noun
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
                    title = title or part_of_a_name(segment.text, first_start, last_end)
                    key = ("T:" if title else "l:") + joined
                    if key not in compounds:
                        continue
                    spaced = last_start != first_start
                    start, end = segment.span(first_start, last_end)
                    if spaced and not title:
                        # "well known" after a verb is as right as "well-known" before a noun; before
                        # a noun, "a well known writer", the compound modifier takes its hyphen.
                        if text.count(" ") == 1 and _before_a_noun(segment.text, last_end):
                            modifiers.append(Use(key, "modifier", text, start, end, id(segment) in reportable))
                        continue
                    form = "spaced" if spaced else "closed"
                    uses.append(Use(key, form, text, start, end, id(segment) in reportable))
        yield from self._open_modifiers(facts.article, modifiers, uses)
        # A closed form no dictionary knows ("longterm", "antiterrorism") is a slip, not a choice.
        dictionary = dictionary_of(self.context)
        closed = {use.text for use in uses if use.form == "closed"}
        dictionary.look_up(closed)
        unknown = {word for word in closed if not dictionary.known(word)}
        preferred = {use.group: "hyphenated" for use in uses if use.form == "closed" and use.text in unknown}
        for use, kept in stray_uses(uses, preferred):
            line = facts.article.lines.position(kept.start)[0]
            message = self.rule.render(match=use.text, suggestion=kept.text, other=kept.text, other_line=line)
            yield Hit(use.start, use.end, message, (kept.text,))

    def _open_modifiers(self, article: Article, modifiers: list[Use], uses: list[Use]) -> Iterable[Hit]:
        """Each open compound before a noun, against the article's first hyphenated use of it."""
        hyphenated: dict[str, Use] = {}
        for use in sorted(uses, key=lambda u: u.start):
            if use.form == "hyphenated":
                hyphenated.setdefault(use.group, use)
        for use in modifiers:
            kept = hyphenated.get(use.group)
            if kept is None or not use.reportable:
                continue
            suggestion = "-".join(use.text.split())
            line = article.lines.position(kept.start)[0]
            message = self.modifier_message.format(
                match=use.text, other=kept.text, other_line=line, suggestion=suggestion
            )
            yield Hit(use.start, use.end, message, (suggestion,))

    @staticmethod
    def _use(segment: Segment, found: regex.Match[str], key: str, form: str, reportable: set[int]) -> Use:
        start, end = segment.span(found.start(), found.end())
        return Use(key, form, found.group(), start, end, id(segment) in reportable)
