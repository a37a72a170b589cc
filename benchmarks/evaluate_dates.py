"""Measure the date checks on real articles, on a part of the corpus not used to tune them.

Into each article (an article without a dateline is given one for the injected cases
only) this script inserts:
  1. a sentence with a weekday and a date a few days before publication, once with the
     wrong weekday (must be caught, with the right weekday first) and once right (control);
  2. a body sentence dating a person's visit to a place (four shapes of sentence), and a
     photo caption of that visit dated two to nine days off (must be caught), of three
     kinds: a part of the visit (reporters, the mayor, a signing, a wreath, a press
     conference), the person and place with no event word, and the same event word; also
     a visit across two months, and a caption with no year;
  3. controls: a caption inside the visit's dates, a day from a one-day event, and one of
     another person at another place weeks before.
It prints recall and false alarms for each kind, and date findings per 1,000 words on the
clean articles as published.

usage: python benchmarks/evaluate_dates.py [CORPUS_DIR] [--part held-out|tune|all] [--seed S] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from presslint.api.lint import default_rules, lint_text
from presslint.article.model import BlockKind
from presslint.article.readers import read_article
from presslint.dates.reader import WEEKDAY_NAMES
from presslint.engine import ActiveRule
from presslint.finding import Finding
from presslint.lexicon.dictionary import Dictionary
from presslint.names.shared import dictionary_of
from presslint.rulebook.config import Config

sys.path.insert(0, str(Path(__file__).parent))
from evaluate_spelling import part_of

DEFAULT_CORPUS = Path(__file__).parents[1] / "tests" / "fixtures" / "corpus"
EVENTS = ["summit", "conference", "ceremony", "festival", "rally", "meeting"]
OTHER_EVENTS = ["concert", "parade", "funeral"]
PLACES = ["Geneva", "Nairobi", "Lima", "Oslo", "Hanoi"]
ARCHIVE_DATE = dt.date(2005, 3, 31)  # publication date for articles without one (bbc-dev is 2004-2005)
# Body sentences that date a person's visit to a place, and captions of that visit of kinds the
# linking was not built around: a part of the visit, the person and place without an event word.
BODIES = [
    "{name} visited {place} on {span} for talks on trade.",
    "On {span}, {name} attended the {event} in {place}.",
    "{name} was in {place} from {span} to meet officials.",
    "{name} travelled to {place} on {span}, where the {event} was held.",
]
CAPTIONS = {
    "part of the event": [
        "{name} speaks to reporters in {place} on {date}.",
        "{name} with the mayor of {place}, {date}.",
        "{name} signs an agreement in {place} on {date}.",
        "{name} lays a wreath in {place} on {date}.",
        "{name} at a press conference in {place}, {date}.",
    ],
    "person and place, no event word": [
        "{name} in {place} on {date}.",
        "{name} arrives in {place}, {date}.",
        "{name} pictured in central {place} on {date}.",
    ],
    "the same event word": ["{name} at the {event} in {place} on {date}."],
}


def _date_text(day: dt.date, with_year: bool, day_first: bool = False) -> str:
    if day_first:
        return f"{day.day} {day:%B} {day.year}" if with_year else f"{day.day} {day:%B}"
    return f"{day:%B} {day.day}, {day.year}" if with_year else f"{day:%B} {day.day}"


def _span_text(first: dt.date, last: dt.date) -> str:
    """ "June 8", "June 8-9", or across months "March 30 to April 1"."""
    if first == last:
        return f"{first:%B} {first.day}"
    if first.month == last.month:
        return f"{first:%B} {first.day}-{last.day}"
    return f"{first:%B} {first.day} to {last:%B} {last.day}"


def _insert_after_first_paragraph(text: str, addition: str) -> tuple[str, int]:
    paragraph = next(b for b in read_article(text, "a.txt").blocks if b.kind is BlockKind.PARAGRAPH)
    at = paragraph.end
    return text[:at] + "\n\n" + addition + text[at:], at + 2


def _dates_at(findings: Sequence[Finding], start: int, end: int, rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule and start <= f.start < end]


class Tally:
    def __init__(self) -> None:
        self.tried = self.hits = self.right = 0
        self.misses: list[str] = []

    def add(self, hit: bool, right: bool = True, label: str = "") -> None:
        self.tried += 1
        self.hits += hit
        self.right += hit and right
        if label and hit != right:
            self.misses.append(label)

    def rate(self, value: int) -> float:
        return value / self.tried if self.tried else 0.0


def evaluate(corpus: Path, seed: int = 5, limit: int | None = None, part: str = "all") -> dict[str, object]:
    rng = random.Random(seed)
    config = Config()
    rules: list[ActiveRule] = default_rules(config)
    dictionary = dictionary_of(next(r.check for r in rules if r.rule.id == "names.misspelled").context)
    weekday, weekday_control = Tally(), Tally()
    caption_kinds = {kind: Tally() for kind in CAPTIONS}
    across_months, no_year = Tally(), Tally()
    inside, near_day, other_event = Tally(), Tally(), Tally()
    clean: Counter[str] = Counter()
    words = 0
    paths = [path for path in sorted(corpus.glob("*.txt")) if part == "all" or part_of(path) == part][:limit]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        published = read_article(text, path.name).published
        given = None if published is not None else ARCHIVE_DATE
        published = published or ARCHIVE_DATE

        def lint(changed: str) -> list[Finding]:
            return lint_text(changed, path.name, rules=rules, published=given)  # noqa: B023

        for finding in lint_text(text, path.name, rules=rules):  # as published: no date made up for it
            if finding.rule.startswith("dates."):
                clean[finding.rule] += 1
        names = _names(read_article(text, path.name), dictionary)[:5] or ["Ms Okafor"]
        for with_year in (True, False):
            day = published - dt.timedelta(days=rng.randint(1, 20))
            wrong = WEEKDAY_NAMES[(day.weekday() + rng.randint(1, 6)) % 7]
            for stated, tally in ((wrong, weekday), (WEEKDAY_NAMES[day.weekday()], weekday_control)):
                sentence = f"The council met on {stated}, {_date_text(day, with_year)}, in {rng.choice(PLACES)}."
                changed, at = _insert_after_first_paragraph(text, sentence)
                hits = _dates_at(lint(changed), at, at + len(sentence), "dates.weekday")
                tally.add(bool(hits), any(h.suggestions[:1] == (WEEKDAY_NAMES[day.weekday()],) for h in hits))
        name, event, place = rng.choice(names), rng.choice(EVENTS), rng.choice(PLACES)
        other_name = next((n for n in names if n != name), "Mr Haddad")
        other_place = rng.choice([p for p in PLACES if p != place])
        first = published - dt.timedelta(days=rng.randint(3, 30))
        last = first + dt.timedelta(days=rng.randint(0, 2))
        body = rng.choice(BODIES).format(name=name, place=place, span=_span_text(first, last), event=event)
        if "from" in body and first == last:
            body = body.replace(" from ", " on ")
        day_first = rng.random() < 0.3
        later = last + dt.timedelta(days=rng.randint(2, 9))
        earlier = first - dt.timedelta(days=rng.randint(2, 9))
        cases: list[tuple[Tally, str, bool]] = []
        for kind, templates in CAPTIONS.items():
            template = rng.choice(templates)
            off = rng.choice([later, earlier])
            cases.append(
                (
                    caption_kinds[kind],
                    template.format(
                        name=name, place=place, event=event, date=_date_text(off, rng.random() < 0.3, day_first)
                    ),
                    True,
                )
            )
        template = rng.choice([t for ts in CAPTIONS.values() for t in ts])
        cases.append(
            (
                no_year,
                template.format(name=name, place=place, event=event, date=_date_text(later, False, day_first)),
                True,
            )
        )
        cases.append(
            (
                inside,
                template.format(
                    name=name, place=place, event=event, date=_date_text(rng.choice([first, last]), False, day_first)
                ),
                False,
            )
        )
        if first == last:
            cases.append(
                (
                    near_day,
                    template.format(
                        name=name, place=place, event=event, date=_date_text(first + dt.timedelta(days=1), False)
                    ),
                    False,
                )
            )
        cases.append(
            (
                other_event,
                f"{other_name} at a {rng.choice(OTHER_EVENTS)} in {other_place} on "
                f"{_date_text(first - dt.timedelta(days=40), False)}.",
                False,
            )
        )
        for tally, caption_text, conflict in cases:
            addition = f"{body}\n\n{caption_text} Image: Staff photographer."
            changed, at = _insert_after_first_paragraph(text, addition)
            caption_at = at + len(body) + 2
            hits = _dates_at(lint(changed), caption_at, caption_at + len(caption_text), "dates.caption-vs-body")
            tally.add(bool(hits), conflict, f"{path.name}: {body} | {caption_text}")
        # A visit across two months: a caption inside it (control) and one after it.
        start = dt.date(published.year, published.month, 1) - dt.timedelta(days=2)
        if start < published:
            span = _span_text(start, start + dt.timedelta(days=3))
            body = f"{name} visited {place} from {span} for talks."
            for offset, tally, conflict in ((2, inside, False), (8, across_months, True)):
                caption_text = (
                    f"{name} meets officials in {place} on {_date_text(start + dt.timedelta(days=offset), False)}."
                )
                addition = f"{body}\n\n{caption_text} Image: Staff photographer."
                changed, at = _insert_after_first_paragraph(text, addition)
                caption_at = at + len(body) + 2
                hits = _dates_at(lint(changed), caption_at, caption_at + len(caption_text), "dates.caption-vs-body")
                tally.add(bool(hits), conflict, f"{path.name}: {body} | {caption_text}")
    return {
        "weekday": weekday, "weekday_control": weekday_control, "captions": caption_kinds,
        "across_months": across_months, "no_year": no_year, "inside": inside, "near_day": near_day,
        "other_event": other_event, "clean": clean, "words": words,
    }  # fmt: skip


def _names(article: object, dictionary: Dictionary) -> list[str]:
    """The article's names, most used first: capitalised words that are not ordinary words."""
    from presslint.text.tokens import words as tokens

    found: Counter[str] = Counter()
    for block in article.blocks:  # type: ignore[attr-defined]
        if block.kind is BlockKind.PARAGRAPH:
            for word in tokens(block.text):
                name_like = word.capitalised and not word.sentence_start and len(word.text) > 3 and not word.all_caps
                if name_like and not dictionary.ordinary(word.text) and word.text not in WEEKDAY_NAMES:
                    found[word.text] += 1
    return [name for name, _ in found.most_common()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--part", choices=("held-out", "tune", "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="list what was missed or wrongly flagged")
    args = parser.parse_args(argv)
    result = evaluate(args.corpus, args.seed, part=args.part)
    rows: list[tuple[str, Tally]] = [
        ("wrong weekday (caught, right fix)", result["weekday"]),  # type: ignore[list-item]
        ("right weekday (control)", result["weekday_control"]),  # type: ignore[list-item]
    ]
    rows += [(f"caption off the body: {kind}", tally) for kind, tally in result["captions"].items()]  # type: ignore[attr-defined]
    rows += [
        ("caption off a visit across two months", result["across_months"]),  # type: ignore[list-item]
        ("caption off the body, no year", result["no_year"]),  # type: ignore[list-item]
        ("caption inside the body's dates (control)", result["inside"]),  # type: ignore[list-item]
        ("caption a day from a one-day event (control)", result["near_day"]),  # type: ignore[list-item]
        ("caption of another event (control)", result["other_event"]),  # type: ignore[list-item]
    ]
    print(f"{'injected':<48} {'tried':>6} {'flagged':>8} {'rate':>7}")
    for label, tally in rows:
        flagged = tally.right if "right fix" in label else tally.hits
        print(f"{label:<48} {tally.tried:>6} {flagged:>8} {tally.rate(flagged):>7.1%}")
    clean: Counter[str] = result["clean"]  # type: ignore[assignment]
    words: int = result["words"]  # type: ignore[assignment]
    total = sum(clean.values())
    print(f"\nclean articles: {total} date findings, {total * 1000 / words:.2f} per 1,000 words {dict(clean)}")
    if args.misses:
        for label, tally in rows:
            for miss in tally.misses:
                print(f"{label}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
