"""Is each rule's work linear in the article's length? Per-rule CPU time on 250 KB and on 1 MB.

The text is corpus sentences shuffled into paragraphs that never repeat (as in
``speed.py``). Linear work takes four times as long on four times the text; the table
prints each rule's time on the first and second 250 KB (their mean), on the whole 1 MB,
and the ratio. A ratio well above 4 is work that grows faster than the article.

usage: python benchmarks/scaling.py [--rules N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence

from presslint.api.lint import default_rules
from presslint.article.facts import ArticleFacts
from presslint.article.readers import read_article
from presslint.engine import ActiveRule
from presslint.rulebook.config import Config
from speed import CORPUS, _shuffled


def per_rule(text: str, rules: Sequence[ActiveRule], config: Config) -> Counter[str]:
    """CPU seconds of each rule on ``text``, read as one article."""
    spent: Counter[str] = Counter()
    facts = ArticleFacts(read_article(text, "long.txt", config.read, None))
    for active in rules:
        segments = facts.segments(active.rule.scope)
        start = time.process_time()
        list(active.check.run(facts, segments))
        spent[active.rule.id] += time.process_time() - start
    return spent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rules", type=int, default=15, help="how many of the slowest rules to show")
    args = parser.parse_args(argv)
    config = Config()
    rules = default_rules(config)
    text = _shuffled("\n\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))))
    quarter = len(text) // 4
    first, second = per_rule(text[:quarter], rules, config), per_rule(text[quarter : 2 * quarter], rules, config)
    whole = per_rule(text, rules, config)
    print(f"{'rule':<40} {'250 KB s':>9} {'1 MB s':>8} {'ratio':>6}")
    for rule, seconds in whole.most_common(args.rules):
        small = (first[rule] + second[rule]) / 2
        ratio = f"{seconds / small:6.1f}" if small > 0.002 else "     -"
        print(f"{rule:<40} {small:>9.3f} {seconds:>8.3f} {ratio}")
    small_total = (sum(first.values()) + sum(second.values())) / 2
    print(f"{'all rules':<40} {small_total:>9.3f} {sum(whole.values()):>8.3f} {sum(whole.values()) / small_total:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
