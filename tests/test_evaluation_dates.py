"""The date evaluation on real articles, held to its targets (a quarter of the corpus, for time).

The full figures come from ``python benchmarks/evaluate_dates.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from evaluate_dates import DEFAULT_CORPUS, Tally, evaluate


def test_date_recall_and_false_alarms() -> None:
    result = evaluate(DEFAULT_CORPUS, seed=3, limit=16)
    weekday: Tally = result["weekday"]  # type: ignore[assignment]
    captions = [*result["captions"].values(), result["across_months"], result["no_year"]]  # type: ignore[attr-defined]
    controls = [result[key] for key in ("weekday_control", "inside", "near_day", "other_event")]
    assert weekday.tried >= 20 and weekday.rate(weekday.right) >= 0.95
    for caption in captions:
        assert caption.tried >= 8 and caption.rate(caption.hits) >= 0.9, caption.misses
    false_alarms = sum(t.hits for t in controls)  # type: ignore[attr-defined]
    assert false_alarms / sum(t.tried for t in controls) < 0.02  # type: ignore[attr-defined]
