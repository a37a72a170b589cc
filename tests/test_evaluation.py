"""The names/spelling evaluation on the real corpus, held to its targets.

The full figures (more names per article) come from ``python benchmarks/evaluate_spelling.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from evaluate_spelling import DEFAULT_CORPUS, Tally, evaluate


def test_recall_and_false_alarms_on_the_real_corpus() -> None:
    result = evaluate([DEFAULT_CORPUS], part="all", per_article=2, seed=11)
    names = Tally()
    for tally in result.names.values():
        names.merge(tally)
    assert names.tried > 30 and names.right_rate >= 0.65, names.misses
    assert result.words.tried > 30 and result.words.right_rate >= 0.90, result.words.misses
    assert result.listed.right_rate >= 0.80, result.listed.misses
    assert len(result.clean) * 1000 / result.total_words <= 1.5
