"""The names/spelling evaluation on the real corpus, held to its targets.

The full figures (more names per article) come from ``python benchmarks/evaluate_spelling.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from evaluate_spelling import DEFAULT_CORPUS, Tally, evaluate


def test_recall_and_false_alarms_on_the_real_corpus() -> None:
    result = evaluate(DEFAULT_CORPUS, per_article=2, seed=11)
    names: Tally = result["names_all"]  # type: ignore[assignment]
    english: Tally = result["english"]  # type: ignore[assignment]
    clean = sum(result["clean"].values())  # type: ignore[attr-defined]
    words: int = result["words"]  # type: ignore[assignment]
    assert names.tried > 150 and names.right_rate >= 0.90, names.misses
    assert english.right_rate >= 0.93, english.misses
    assert clean * 1000 / words <= 1.0
