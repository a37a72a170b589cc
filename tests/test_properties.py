"""Properties that hold for any text: no exception, exact positions, fixes that settle.

Bounded (a fixed number of examples, no deadline) so the suite stays fast; the text
strategy mixes news-like words, names the register knows, dates, quotation marks and
markup with arbitrary characters.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslint.api.lint import default_rules, lint_text
from presslint.article.positions import LineIndex
from presslint.report.fixes import fixed_text
from presslint.rulebook.config import Config

RULES = default_rules(Config())
PIECES = st.sampled_from([
    "Kazkahstan", "Kazakhstan’s", "Zulifya Suleimenova", "Secretary General", "Secretary-General", "the the",
    "June 8-9", "Monday, June 7, 2022", "June 31", "“", "”", '"', "'", "’", "(OSCE)", "OSCE", "per cent",
    "Photo credit: OSCE.", "\n", "\n\n", "\r\n", "\t", "  ", " ", ".", ",", "# ", "*", "`", "<p>", "</p>",
    "<!-- presslint-disable -->", "---\n", "[sic]", "😀", "\ufeff", "co-operation", "cooperation", "3",
])  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_findings_point_into_the_text(text: str, suffix: str) -> None:
    try:
        findings = lint_text(text, "article" + suffix, rules=RULES)
    except Exception as error:  # broken front matter is a reported problem, not a crash
        from presslint.errors import SourceError

        assert isinstance(error, SourceError), error
        return
    lines = LineIndex(text)
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.match == text[finding.start : finding.end]
        assert (finding.line, finding.column) == lines.position(finding.start)
        assert (finding.end_line, finding.end_column) == lines.position(finding.end)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
def test_fix_settles(text: str) -> None:
    # One pass fixes what it finds. Overlapping fixes wait for the next pass: a word written
    # n times ("the the the", "centper centper centper") loses one copy a pass. Each pass fixes
    # something or changes nothing, so fixing settles within as many passes as the text has words.
    current, passes = text, 0
    while True:
        fixed, applied = fixed_text(current, lint_text(current, "a.txt", rules=RULES))
        if applied == 0:
            assert fixed == current
            break
        assert fixed != current
        current, passes = fixed, passes + 1
        assert passes <= len(text.split()) + 1
