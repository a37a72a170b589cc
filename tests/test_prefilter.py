"""The prefilter may let too much through, never too little.

What a requirement says is checked on the pattern kinds rule authors write; that it
never hides a match is checked on every shipped rule pattern, over the real corpus
paragraph by paragraph, over every rule example, and over generated text that puts the
rules' own phrases beside the characters that could fool it (apostrophes, hyphens,
digits, the Kelvin sign and long s that case-fold to ASCII, dotted capital I, sharp s).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslint.article.readers import read_article
from presslint.rulebook.config import Config
from presslint.rulebook.ruleset import load_all_rules
from presslint.text.matching import RulePattern, literal, word_bounded
from presslint.text.memo import TextFacts
from presslint.text.prefilter import requirement

ROOT = Path(__file__).parents[1]
CORPUS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))


def _phrase_rule(*phrases: str) -> str:
    return word_bounded("(?:" + "|".join(literal(phrase) for phrase in phrases) + ")")


@pytest.mark.parametrize(
    ("body", "words", "texts"),
    [
        (_phrase_rule("per cent"), {"cent"}, ()),  # the longer of two whole words
        (_phrase_rule("at the end of the day", "needless to say"), {"end", "needless"}, ()),  # not "the"
        (_phrase_rule("e-mail"), {"mail"}, ()),
        (r"\bsecretary-general\b", {"secretary"}, ()),
        (r"\bover(?=\s\$?\d)", set(), ("over",)),  # a lookahead does not say what follows
        (r"(?<![\p{L}-])ten(?![\p{L}-])", set(), ("ten",)),  # \p{L} is not \w: a digit may touch it
        (r"(?<=,\s)N\.Y\.", set(), ("n.y.",)),
        (r"colou?r", set(), ("colo",)),
        (r"(?:foo)?bar", set(), ("bar",)),
        (r"(?i)Foo Bar", set(), ("foo bar",)),
        (r"\b(?:January|March)\b", {"january", "march"}, ()),
        (r"(?<=(?:June|March)\s)(\d+)th", set(), ("june", "march")),  # a lookbehind's text is in the text too
        (r"(?<=\S)[ ]{2,}(?=\S)", set(), ("  ",)),  # two spaces, not one
    ],
)
def test_what_a_pattern_requires(body: str, words: set[str], texts: tuple[str, ...]) -> None:
    found = requirement(body)
    assert found is not None
    assert (set(found.words), found.texts) == (words, texts)


@pytest.mark.parametrize(
    "body",
    [
        r"\d+",  # no literal at all
        r"foo|\d",  # one alternative requires nothing
        r"(?:foo){e<=1}",  # fuzzy matching: a brace is not a literal to the regex module
        r"\L<words>",  # the regex module's named lists
        r"(?:colour)*",  # may match the empty string
        r"(?|(a)|(b))",  # branch reset
    ],
)
def test_no_requirement_when_none_can_be_said(body: str) -> None:
    assert requirement(body) is None


def _rule_patterns() -> list[tuple[str, RulePattern]]:
    found = []
    for item in load_all_rules(Config()):
        check = item.check
        for name in ("pattern", "any_pattern"):
            value = getattr(check, name, None)
            if isinstance(value, RulePattern):
                found.append((item.rule.id, value))
        found.extend((item.rule.id, value) for value in getattr(check, "single", []))
    return found


PATTERNS = _rule_patterns()


def _never_hides(text: str) -> None:
    for rule_id, pattern in PATTERNS:
        if pattern.needs is not None and pattern.compiled.search(text):
            assert pattern.needs.met_by(text, TextFacts()), (rule_id, pattern.needs, text)


def test_most_shipped_patterns_have_a_requirement() -> None:
    without = sorted(rule_id for rule_id, pattern in PATTERNS if pattern.needs is None)
    assert len(PATTERNS) > 80
    # A space before punctuation holds no literal to look for.
    assert without == ["style.space-before-punctuation"]


def test_the_corpus_loses_no_match_and_most_paragraphs_are_skipped() -> None:
    paragraphs = [
        block.text
        for path in CORPUS
        for block in read_article(path.read_text(encoding="utf-8"), str(path), Config().read, None).blocks
    ]
    skipped = tried = 0
    for text in paragraphs:
        _never_hides(text)
        for _, pattern in PATTERNS:
            if pattern.needs is not None:
                tried += 1
                skipped += not pattern.needs.met_by(text, TextFacts())
    assert len(paragraphs) > 500
    assert skipped / tried > 0.9  # the point of it: nine in ten pattern runs are spared


def test_every_rule_example_keeps_its_match() -> None:
    texts = []
    for path in sorted((ROOT / "rules").rglob("*.yaml")):
        examples = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("examples") or {}
        for case in [*examples.get("pass", []), *examples.get("fail", [])]:
            texts.append(case["text"] if isinstance(case, dict) else case)
    assert len(texts) > 60
    for text in texts:
        _never_hides(text)


def _phrases() -> list[str]:
    found = []
    for path in sorted((ROOT / "rules").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found.extend(data.get("swap", {}) if not data.get("regex") else [])
        found.extend(data.get("words", []))
        for forms in data.get("sets", []):
            found.extend(forms)
    return found


PIECES = st.sampled_from([*_phrases(), "March 3", "Sept. 4", ", N.Y.", "12th", "Prime Minister"])
TRICKY = st.sampled_from([" ", "-", "'", "’", "_", "5", "a", "K", "ſ", "İ", "ß", "\n", ".", ",", "$", "%"])
TEXT = st.lists(st.one_of(PIECES, TRICKY, st.text(max_size=3)), max_size=12).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, upper=st.booleans())
def test_generated_text_loses_no_match(text: str, upper: bool) -> None:
    _never_hides(text.upper() if upper else text)
