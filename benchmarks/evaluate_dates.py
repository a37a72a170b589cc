"""Measure the date checks on real articles.

Into each corpus article with a dateline (so a publication date) this script inserts:
  1. a sentence with a weekday and a date a few days before publication, once with the
     wrong weekday (must be caught, with the right weekday first) and once right (control);
  2. a dated body sentence about an event with a name from the article, and a photo
     caption of the same event dated a few days off (must be caught), dated inside the
     body's date (control), or about another event on another date (control).
It prints recall, false alarms on the controls, and date findings per 1,000 words on the
clean articles.

usage: python benchmarks/evaluate_dates.py [CORPUS_DIR] [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from presslint.article import BlockKind
from presslint.config import Config
from presslint.dates.reader import WEEKDAY_NAMES
from presslint.finding import Finding
from presslint.lint import default_rules, lint_text
from presslint.readers import read_article
from presslint.ruleset import ActiveRule

DEFAULT_CORPUS = Path(__file__).parents[1] / "tests" / "fixtures" / "corpus"
EVENTS = ["summit", "conference", "ceremony", "festival", "rally", "meeting"]
OTHER_EVENTS = ["concert", "parade", "funeral"]
PLACES = ["Geneva", "Nairobi", "Lima", "Oslo", "Hanoi"]


def _date_text(day: dt.date, with_year: bool) -> str:
    return f"{day:%B} {day.day}, {day.year}" if with_year else f"{day:%B} {day.day}"


def _insert_after_first_paragraph(text: str, addition: str) -> tuple[str, int]:
    paragraph = next(b for b in read_article(text, "a.txt").blocks if b.kind is BlockKind.PARAGRAPH)
    at = paragraph.end
    return text[:at] + "\n\n" + addition + text[at:], at + 2


def _dates_at(findings: Sequence[Finding], start: int, end: int, rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule and start <= f.start < end]


class Tally:
    def __init__(self) -> None:
        self.tried = self.hits = self.right = 0

    def add(self, hit: bool, right: bool = True) -> None:
        self.tried += 1
        self.hits += hit
        self.right += hit and right

    def rate(self, value: int) -> float:
        return value / self.tried if self.tried else 0.0


def evaluate(corpus: Path, seed: int = 5, limit: int | None = None) -> dict[str, object]:
    rng = random.Random(seed)
    config = Config()
    rules: list[ActiveRule] = default_rules(config)
    weekday, weekday_control = Tally(), Tally()
    caption, caption_inside, caption_other = Tally(), Tally(), Tally()
    clean: Counter[str] = Counter()
    words = 0
    for path in sorted(corpus.glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        for finding in lint_text(text, path.name, rules=rules):
            if finding.rule.startswith("dates."):
                clean[finding.rule] += 1
        article = read_article(text, path.name)
        published = article.published
        if published is None:
            continue
        names = [w for w in _names(article)][:5] or ["Officials"]
        for with_year in (True, False):
            day = published - dt.timedelta(days=rng.randint(1, 20))
            wrong = WEEKDAY_NAMES[(day.weekday() + rng.randint(1, 6)) % 7]
            for stated, tally in ((wrong, weekday), (WEEKDAY_NAMES[day.weekday()], weekday_control)):
                sentence = f"The council met on {stated}, {_date_text(day, with_year)}, in {rng.choice(PLACES)}."
                changed, at = _insert_after_first_paragraph(text, sentence)
                hits = _dates_at(lint_text(changed, path.name, rules=rules), at, at + len(sentence), "dates.weekday")
                tally.add(bool(hits), any(h.suggestions[:1] == (WEEKDAY_NAMES[day.weekday()],) for h in hits))
        name, event, place = rng.choice(names), rng.choice(EVENTS), rng.choice(PLACES)
        first = published - dt.timedelta(days=rng.randint(3, 30))
        last = first + dt.timedelta(days=rng.randint(0, 2))
        if last.month != first.month:
            last = first
        span = f"{first:%B} {first.day}" + (f"-{last.day}" if last != first and last.month == first.month else "")
        body = f"On {span}, {name} attended the {event} in {place}."
        later = last + dt.timedelta(days=rng.randint(2, 9))
        earlier = first - dt.timedelta(days=rng.randint(2, 9))
        same_event = f"{name} at the {event} in {place} on"
        cases = [
            (caption, f"{same_event} {_date_text(later, False)}."),
            (caption, f"{same_event} {_date_text(earlier, False)}."),
            (caption_inside, f"{same_event} {_date_text(last, False)}."),
            (
                caption_other,
                f"{name} at a {rng.choice(OTHER_EVENTS)} on {_date_text(first - dt.timedelta(days=40), False)}.",
            ),
        ]
        for tally, caption_text in cases:
            addition = f"{body}\n\n{caption_text} Image: Staff photographer."
            changed, at = _insert_after_first_paragraph(text, addition)
            caption_at = at + len(body) + 2
            found = lint_text(changed, path.name, rules=rules)
            hits = _dates_at(found, caption_at, caption_at + len(caption_text), "dates.caption-vs-body")
            tally.add(bool(hits))
    return {
        "weekday": weekday, "weekday_control": weekday_control, "caption": caption,
        "caption_inside": caption_inside, "caption_other": caption_other, "clean": clean, "words": words,
    }  # fmt: skip


def _names(article: object) -> list[str]:
    from presslint.names.tokens import words as tokens

    found: Counter[str] = Counter()
    for block in article.blocks:  # type: ignore[attr-defined]
        if block.kind is BlockKind.PARAGRAPH:
            for word in tokens(block.text):
                if word.capitalised and not word.sentence_start and len(word.text) > 3 and not word.all_caps:
                    found[word.text] += 1
    return [name for name, _ in found.most_common()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    result = evaluate(args.corpus, args.seed)
    rows = [
        ("wrong weekday (caught, right fix)", result["weekday"], True),
        ("right weekday (control)", result["weekday_control"], False),
        ("caption dated off the body", result["caption"], True),
        ("caption inside the body's dates (control)", result["caption_inside"], False),
        ("caption of another event (control)", result["caption_other"], False),
    ]
    print(f"{'injected':<44} {'tried':>6} {'flagged':>8} {'rate':>7}")
    for label, tally, _ in rows:
        flagged = tally.right if "right fix" in label else tally.hits  # type: ignore[attr-defined]
        print(f"{label:<44} {tally.tried:>6} {flagged:>8} {tally.rate(flagged):>7.1%}")  # type: ignore[attr-defined]
    clean: Counter[str] = result["clean"]  # type: ignore[assignment]
    words: int = result["words"]  # type: ignore[assignment]
    total = sum(clean.values())
    print(f"\nclean articles: {total} date findings, {total * 1000 / words:.2f} per 1,000 words {dict(clean)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
