"""The consistency evaluation on the test corpus (Wikinews), held to floors well under its held-out figures.

The full figures come from ``python benchmarks/evaluate_consistency.py ../shared/corpus/news
../shared/corpus/bbc-dev --part held-out``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from evaluate_consistency import DEFAULT_CORPUS, evaluate

from presslint.api.lint import default_rules
from presslint.rulebook.config import Config


def test_name_case_and_compound_modifiers_on_the_real_corpus() -> None:
    paths = sorted(DEFAULT_CORPUS.glob("*.txt"))
    result = evaluate(paths, per_article=3, seed=11, rules=default_rules(Config()))
    names = result.names_repeated
    assert names.tried > 20 and names.right_rate >= 0.85, names.misses
    compounds = result.compounds_repeated
    assert compounds.tried > 10 and compounds.right_rate >= 0.80, compounds.misses
    assert result.predicative_flagged == []
    assert len(result.clean) * 1000 / result.words <= 1.0  # Wikinews mixes more than the BBC: 0.89 today
