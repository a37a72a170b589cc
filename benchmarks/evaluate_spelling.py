"""Measure the names and spelling checks on real articles.

Three figures, printed as a table:
  1. injected name slips: one typing slip (swapped, dropped, doubled or changed letter,
     never the first) in a name that occurs in an article and that presslint can know
     (a register name, or a name the article uses at least twice); recall, and how often
     the first suggestion is the original name;
  2. common English misspellings injected into the articles: the same two figures;
  3. names/spelling findings per 1,000 words on the clean articles.

usage: python benchmarks/evaluate_spelling.py [CORPUS_DIR] [--per-article N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from presslint.article import BlockKind
from presslint.config import Config
from presslint.lint import default_rules, lint_text
from presslint.names.register import fold
from presslint.names.shared import dictionary_of, register_of
from presslint.names.tokens import words
from presslint.readers import read_article
from presslint.ruleset import ActiveRule

DEFAULT_CORPUS = Path(__file__).parents[1] / "tests" / "fixtures" / "corpus"
FAMILIES = ("names.", "spelling.")
SLIPS = ("transposition", "omission", "doubling", "substitution")

# Common English misspellings (wrong, right), as copy desks see them.
MISSPELLINGS = [
    ("accomodate", "accommodate"),
    ("acheive", "achieve"),
    ("adress", "address"),
    ("arguement", "argument"),
    ("begining", "beginning"),
    ("beleive", "believe"),
    ("bussiness", "business"),
    ("calender", "calendar"),
    ("catagory", "category"),
    ("cemetary", "cemetery"),
    ("collegue", "colleague"),
    ("comming", "coming"),
    ("commitee", "committee"),
    ("completly", "completely"),
    ("concious", "conscious"),
    ("definately", "definitely"),
    ("dissapoint", "disappoint"),
    ("embarass", "embarrass"),
    ("enviroment", "environment"),
    ("existance", "existence"),
    ("familar", "familiar"),
    ("finaly", "finally"),
    ("foriegn", "foreign"),
    ("freind", "friend"),
    ("goverment", "government"),
    ("happend", "happened"),
    ("harrass", "harass"),
    ("immediatly", "immediately"),
    ("independant", "independent"),
    ("knowlege", "knowledge"),
    ("liason", "liaison"),
    ("libary", "library"),
    ("maintainance", "maintenance"),
    ("millenium", "millennium"),
    ("neccessary", "necessary"),
    ("noticable", "noticeable"),
    ("occassion", "occasion"),
    ("occured", "occurred"),
    ("occurence", "occurrence"),
    ("persistant", "persistent"),
    ("posession", "possession"),
    ("prefered", "preferred"),
    ("publically", "publicly"),
    ("realy", "really"),
    ("reccomend", "recommend"),
    ("recieve", "receive"),
    ("refered", "referred"),
    ("relevent", "relevant"),
    ("religous", "religious"),
    ("remeber", "remember"),
    ("seperate", "separate"),
    ("succesful", "successful"),
    ("suprise", "surprise"),
    ("tendancy", "tendency"),
    ("tommorow", "tomorrow"),
    ("truely", "truly"),
    ("untill", "until"),
    ("wierd", "weird"),
    ("writting", "writing"),
    ("beggining", "beginning"),
    ("concensus", "consensus"),
    ("decieve", "deceive"),
    ("equiptment", "equipment"),
    ("excercise", "exercise"),
    ("fourty", "forty"),
    ("gaurd", "guard"),
    ("hierachy", "hierarchy"),
    ("lenght", "length"),
    ("parliment", "parliament"),
    ("percieve", "perceive"),
    ("personell", "personnel"),
    ("pronounciation", "pronunciation"),
    ("questionaire", "questionnaire"),
    ("rythm", "rhythm"),
    ("speach", "speech"),
    ("strenght", "strength"),
    ("succede", "succeed"),
    ("temperture", "temperature"),
    ("twelth", "twelfth"),
    ("visable", "visible"),
    ("wether", "whether"),
    ("yeild", "yield"),
    ("thier", "their"),
    ("becuase", "because"),
    ("teh", "the"),
    ("sucess", "success"),
    ("buisness", "business"),
    ("agressive", "aggressive"),
    ("apparantly", "apparently"),
    ("critisism", "criticism"),
    ("dilemna", "dilemma"),
    ("goverments", "governments"),
    ("guarentee", "guarantee"),
    ("minstry", "ministry"),
    ("presidnet", "president"),
    ("electoin", "election"),
    ("offical", "official"),
]


@dataclass
class Tally:
    tried: int = 0
    caught: int = 0
    right_first: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, caught: bool, right: bool, label: str) -> None:
        self.tried += 1
        self.caught += caught
        self.right_first += caught and right
        if not (caught and right):
            self.misses.append(label)

    @property
    def recall(self) -> float:
        return self.caught / self.tried if self.tried else 0.0

    @property
    def right_rate(self) -> float:
        return self.right_first / self.tried if self.tried else 0.0


def slipped(word: str, kind: str, rng: random.Random) -> str | None:
    """``word`` with one slip of ``kind`` at a random position after the first letter."""
    positions = list(range(1, len(word) - (1 if kind == "transposition" else 0)))
    rng.shuffle(positions)
    for i in positions:
        if kind == "transposition" and word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if kind == "omission":
            return word[:i] + word[i + 1 :]
        if kind == "doubling":
            return word[: i + 1] + word[i] + word[i + 1 :]
        if kind == "substitution":
            letter = rng.choice([c for c in "aeioulnrst" if c != word[i].lower()])
            return word[:i] + letter + word[i + 1 :]
    return None


def _finding_at(findings: Sequence[object], line: int, column: int) -> list[object]:
    return [
        f
        for f in findings
        if f.rule.startswith(FAMILIES) and f.line == line and f.column == column  # type: ignore[attr-defined]
    ]


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def name_candidates(text: str, rules: Sequence[ActiveRule]) -> list[tuple[int, str]]:
    """(offset, name) of names presslint can know: in the register, or used twice in the article."""
    context = next(r.check for r in rules if r.rule.id == "names.misspelled").context  # type: ignore[attr-defined]
    register, dictionary = register_of(context), dictionary_of(context)
    article = read_article(text, "a.txt")
    found: list[tuple[int, str]] = []
    for block in article.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.CAPTION) or block.parent is not None:
            continue
        for word in words(block.text):
            name_like = word.capitalised and not word.sentence_start and not word.all_caps
            if name_like and len(word.text) >= 6 and not dictionary.known(word.text):
                found.append((block.start + word.start, word.text))
    counts = Counter(name for _, name in found)
    return [(at, name) for at, name in found if fold(name) in register.known or counts[name] >= 2]


def evaluate(corpus: Path, per_article: int = 3, seed: int = 7) -> dict[str, object]:
    rng = random.Random(seed)
    config = Config()
    rules = default_rules(config)
    context = next(r.check for r in rules if r.rule.id == "names.misspelled").context  # type: ignore[attr-defined]
    register, dictionary = register_of(context), dictionary_of(context)
    articles = sorted(corpus.glob("*.txt"))
    texts = {path.name: path.read_text(encoding="utf-8") for path in articles}
    names = {kind: Tally() for kind in SLIPS}
    clean_findings: Counter[str] = Counter()
    total_words = 0
    for name, text in texts.items():
        total_words += len(text.split())
        for finding in lint_text(text, name, config=config, rules=rules):
            if finding.rule.startswith(FAMILIES):
                clean_findings[finding.rule] += 1
        candidates = name_candidates(text, rules)
        rng.shuffle(candidates)
        for offset, original in candidates[:per_article]:
            for kind in SLIPS:
                wrong = slipped(original, kind, rng)
                if wrong is None or dictionary.known(wrong) or fold(wrong) in register.known:
                    continue
                changed = text[:offset] + wrong + text[offset + len(original) :]
                line, column = _line_column(changed, offset)
                hits = _finding_at(lint_text(changed, name, config=config, rules=rules), line, column)
                right = any(h.suggestions[:1] == (original,) for h in hits)  # type: ignore[attr-defined]
                names[kind].add(bool(hits), right, f"{name}: {wrong} for {original}")
    english = Tally()
    bodies = list(texts.items())
    for index, (wrong, right) in enumerate(MISSPELLINGS):
        name, text = bodies[index % len(bodies)]
        at = text.find(f" {right} ")
        if at < 0:  # the word is not in the article: a sentence with it closes the first paragraph
            paragraph = next(b for b in read_article(text, name).blocks if b.kind is BlockKind.PARAGRAPH)
            changed = text[: paragraph.end] + f" They said {wrong} twice." + text[paragraph.end :]
            at = paragraph.end + len(" They said ")
        else:
            at += 1
            changed = text[:at] + wrong + text[at + len(right) :]
        line, column = _line_column(changed, at)
        hits = _finding_at(lint_text(changed, name, config=config, rules=rules), line, column)
        english.add(bool(hits), any(h.suggestions[:1] == (right,) for h in hits), f"{wrong} for {right}")  # type: ignore[attr-defined]
    all_names = Tally()
    for tally in names.values():
        all_names.tried += tally.tried
        all_names.caught += tally.caught
        all_names.right_first += tally.right_first
        all_names.misses += tally.misses
    return {
        "names": names,
        "names_all": all_names,
        "english": english,
        "clean": clean_findings,
        "words": total_words,
        "articles": len(articles),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--per-article", type=int, default=3, help="names slipped per article (default 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", action="store_true", help="list what was missed")
    args = parser.parse_args(argv)
    result = evaluate(args.corpus, args.per_article, args.seed)
    print(f"{result['articles']} articles, {result['words']} words\n")
    print(f"{'injected error':<34} {'tried':>6} {'caught':>7} {'recall':>7} {'right 1st':>10}")
    rows: list[tuple[str, Tally]] = [(f"name, {kind}", tally) for kind, tally in result["names"].items()]  # type: ignore[attr-defined]
    rows += [("names, all slips", result["names_all"]), ("common English misspellings", result["english"])]  # type: ignore[list-item]
    for label, tally in rows:
        print(f"{label:<34} {tally.tried:>6} {tally.caught:>7} {tally.recall:>7.1%} {tally.right_rate:>10.1%}")
    clean: Counter[str] = result["clean"]  # type: ignore[assignment]
    words_total: int = result["words"]  # type: ignore[assignment]
    total = sum(clean.values())
    print(f"\nclean articles: {total} names/spelling findings, {total * 1000 / words_total:.2f} per 1,000 words")
    for rule, count in clean.most_common():
        print(f"  {rule:<28} {count:>4}  {count * 1000 / words_total:.2f} per 1,000 words")
    if args.misses:
        for label, tally in rows:
            for miss in tally.misses:
                print(f"missed ({label}): {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
