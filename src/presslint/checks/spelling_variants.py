"""``spelling-variants``: British and American spelling, against the house variety or mixed.

Options:
  report   ``mixing`` (default): with ``language: en`` (either variety is right), words of
             the variety the article uses less are reported;
           ``language``: with ``language: en-GB`` or ``en-US`` in the configuration (or an
             article's front matter), every word of the other variety is reported with its
             spelling in the house variety. Neither is a misspelling: the spelling check
             accepts both.

A word is British when the American dictionary lacks it but knows its American form
(organisation, colour, centre, travelled); American when it is one of the common words
spelled differently in British English (organization, color, center, traveled, defense),
and not a word British English writes too in another sense ("program" for software,
"meter" for a gas meter). The variety the article uses more is kept (the first, on a tie); words of the
other are reported with their spelling in the kept variety. Capitalised words are names
and are left alone ("OSCE Programme Office" beside "a training program").

Message placeholders: {match}, {suggestion} (the word in the kept variety), {other} (the
first word of the kept variety), {other_line}, {variety} (British or American, kept),
{language} (the configured language).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from presslint.article.facts import ArticleFacts
from presslint.article.segments import Segment
from presslint.checks.base import PROSE, Check
from presslint.checks.variants import Use, stray_uses
from presslint.finding import Hit
from presslint.lexicon.dictionary import Dictionary, american_forms
from presslint.names.shared import dictionary_of
from presslint.rule.context import RuleContext
from presslint.rule.model import Rule
from presslint.rule.options import Option, one_of
from presslint.text.patterns import compiled

_AMERICAN = {
    "color": "colour", "colors": "colours", "colored": "coloured", "favor": "favour", "favors": "favours",
    "favorite": "favourite", "favorable": "favourable", "honor": "honour", "honors": "honours", "honored": "honoured",
    "labor": "labour", "neighbor": "neighbour", "neighbors": "neighbours", "neighboring": "neighbouring",
    "neighborhood": "neighbourhood", "behavior": "behaviour", "harbor": "harbour", "humor": "humour",
    "rumor": "rumour", "rumors": "rumours", "vapor": "vapour", "flavor": "flavour", "endeavor": "endeavour",
    "armor": "armour", "vigor": "vigour", "center": "centre", "centers": "centres", "theater": "theatre",
    "liter": "litre", "kilometer": "kilometre", "kilometers": "kilometres",
    "fiber": "fibre", "defense": "defence", "offense": "offence",
    "traveled": "travelled", "traveling": "travelling", "traveler": "traveller", "travelers": "travellers",
    "canceled": "cancelled", "canceling": "cancelling", "labeled": "labelled", "modeled": "modelled",
    "fueled": "fuelled", "signaled": "signalled", "totaled": "totalled", "catalog": "catalogue",
    "dialog": "dialogue", "analog": "analogue", "gray": "grey", "aging": "ageing", "jewelry": "jewellery",
    "pajamas": "pyjamas", "plow": "plough", "mold": "mould",
}  # fmt: skip
# Not here: words British English writes too, in another sense, so they mark no variety:
# "program" (software), "meter" (a gas meter), "tire" (to tire of).
_IZE = compiled(r"(?<=\w{4})iz(e|es|ed|ing|ation|ations|er|ers)$")
_IZE_IN_BOTH = frozenset({"capsize", "seize", "prize", "size", "baize", "maize", "assize", "citizen", "citizens"})


def variety(word: str, dictionary: Dictionary) -> tuple[str, str] | None:
    """("british"|"american", the word in the other variety), or None for words both write alike."""
    return _variety(word.lower(), dictionary)


def _variety(key: str, dictionary: Dictionary) -> tuple[str, str] | None:
    if key in _AMERICAN:
        return "american", _AMERICAN[key]
    if (ize := _IZE.search(key)) and key not in _IZE_IN_BOTH and dictionary.known(key):
        return "american", key[: ize.start()] + "is" + ize.group(1)
    if not dictionary.known(key) or dictionary.listed(key):
        return None
    american = next((a for a, b in _AMERICAN.items() if b == key), None)
    if american is not None:
        return "british", american
    listed = sorted(candidate for candidate in american_forms(key) if dictionary.listed(candidate))
    return ("british", listed[0]) if listed else None


_HOUSE_VARIETY = {"en-GB": "british", "en-US": "american"}
_MEMO_LIMIT = 100_000  # remembered answers, dropped beyond this so memory stays flat over an archive


class SpellingVariantsCheck(Check):
    """What the variety rules share: the option, defaults and the article's British and American words."""

    kind = "spelling-variants"
    options = (Option("report", one_of("mixing", "language"), default="mixing"),)
    placeholders = frozenset({"match", "suggestion", "other", "other_line", "variety", "language"})
    default_message = "'{match}' is not {variety} spelling, which the article uses ('{other}', line {other_line})."
    default_scope = PROSE

    def __init__(self, rule: Rule, options: dict[str, Any], context: RuleContext) -> None:
        super().__init__(rule, options, context)
        self._varieties: dict[
            str, tuple[str, str] | None
        ] = {}  # the answers for this run: an archive repeats its words

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_varieties": {}}

    def variety(self, word: str, dictionary: Dictionary) -> tuple[str, str] | None:
        """:func:`variety`, remembered for the run."""
        if word in self._varieties:
            return self._varieties[word]
        if len(self._varieties) > _MEMO_LIMIT:
            self._varieties.clear()
        answer = self._varieties[word] = variety(word, dictionary)
        return answer

    def _uses(self, facts: ArticleFacts, segments: Sequence[Segment]) -> tuple[list[Use], dict[int, str]]:
        """Each British or American word, and its spelling in the other variety by its start."""
        dictionary = dictionary_of(self.context)
        reportable = {id(segment) for segment in self.reported(segments)}
        uses: list[Use] = []
        respelled: dict[int, str] = {}
        # Each distinct word is judged once; only paragraphs holding a British or American
        # spelling are then walked word by word.
        distinct = facts.word_counts(tuple(segment.text for segment in segments)).keys()
        dictionary.look_up(distinct)
        spelled = {text for text in distinct if self.variety(text, dictionary) is not None}
        if not spelled:
            return [], {}
        for segment in segments:
            if spelled.isdisjoint(facts.word_set(segment.text)):
                continue
            for word in facts.words(segment.text):
                if word.text not in spelled or (word.capitalised and not word.sentence_start):
                    continue
                found = self.variety(word.text, dictionary)
                if found is None:
                    continue
                start, end = segment.span(word.start, word.end)
                respelled[start] = found[1]
                uses.append(Use("variety", found[0], word.text, start, end, id(segment) in reportable))
        return uses, respelled


class MixedVarietiesCheck(SpellingVariantsCheck):
    """With ``language: en`` (either variety is right): the variety the article uses less."""

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        article = facts.article
        if article.language in _HOUSE_VARIETY:
            return  # the house variety is the question, not mixing
        dictionary = dictionary_of(self.context)
        uses, respelled = self._uses(facts, segments)
        for use, kept in stray_uses(uses):
            other = self.variety(kept.text, dictionary)
            spelling = _same_case(respelled[use.start], use.text)
            line = article.lines.position(kept.start)[0]
            message = self.rule.render(
                match=use.text, suggestion=spelling, other=kept.text, other_line=line,
                variety=kept.form.capitalize() if other else "", language=article.language,
            )  # fmt: skip
            yield Hit(use.start, use.end, message, (spelling,))


class HouseVarietyCheck(SpellingVariantsCheck):
    """With ``language: en-GB`` or ``en-US``: every word of the other variety, respelled in the house one."""

    def run(self, facts: ArticleFacts, segments: Sequence[Segment]) -> Iterable[Hit]:
        article = facts.article
        house = _HOUSE_VARIETY.get(article.language)
        if house is None:
            return  # either variety is right: mixing is the question
        uses, respelled = self._uses(facts, segments)
        for use in uses:
            if use.form != house and use.reportable:
                spelling = _same_case(respelled[use.start], use.text)
                message = self.rule.render(
                    match=use.text, suggestion=spelling, other="", other_line="",
                    variety=house.capitalize(), language=article.language,
                )  # fmt: skip
                yield Hit(use.start, use.end, message, (spelling,), spelling)


def _same_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word
