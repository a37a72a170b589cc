"""Measure the names and spelling checks on real articles, on a part not used to tune them.

Each corpus folder is split in two by a hash of each file's name: ``tune`` (the part the
slip model's constants were tuned on) and ``held-out`` (the part reported). Figures:

  1. injected name slips: one slip (swapped, dropped, doubled, changed or added letter,
     never the first) in a name the article uses, of any length, hyphenated names part by
     part. A name counts when presslint can know it: the register has it, the article uses
     it again, or the lexicon knows it well. Slips that make a word the lexicon knows well
     are real-word errors, out of reach of a spelling check, and are counted apart;
  2. injected slips in common words (written at least ten times in a million words), and
     the copy desk's list of common misspellings below;
  3. names and spelling findings per 1,000 words on the clean articles, with a sample
     written to ``--sample FILE`` for a hand check.

usage: python benchmarks/evaluate_spelling.py [CORPUS_DIR ...] [--part held-out|tune|all]
           [--per-article N] [--seed S] [--misses] [--sample FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from presslint.api.lint import default_rules, lint_text
from presslint.article.model import BlockKind
from presslint.article.readers import read_article
from presslint.engine import ActiveRule
from presslint.finding import Finding
from presslint.names.register import fold
from presslint.names.shared import dictionary_of, register_of
from presslint.names.slip_model import KNOWN_WELL
from presslint.rulebook.config import Config
from presslint.text.tokens import words

DEFAULT_CORPUS = Path(__file__).parents[1] / "tests" / "fixtures" / "corpus"
FAMILIES = ("names.", "spelling.")
SLIPS = ("transposition", "omission", "doubling", "substitution", "insertion")
COMMON = 5.0  # Zipf of the common words slipped: ten uses in a million words

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


def part_of(path: Path) -> str:
    """``tune`` or ``held-out``, by a hash of the file's name: the same split on every run."""
    return "tune" if hashlib.sha1(path.name.encode()).digest()[0] % 2 == 0 else "held-out"


def slipped(word: str, kind: str, rng: random.Random) -> str | None:
    """``word`` with one slip of ``kind`` at a random position after the first letter."""
    positions = list(range(1, len(word) - (1 if kind == "transposition" else 0)))
    rng.shuffle(positions)
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in positions:
        if kind == "transposition" and word[i] != word[i + 1] and word[i + 1].isalpha():
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if kind == "omission":
            return word[:i] + word[i + 1 :]
        if kind == "doubling":
            return word[: i + 1] + word[i] + word[i + 1 :]
        if kind == "substitution":
            letter = rng.choice([c for c in letters if c != word[i].lower()])
            return word[:i] + letter + word[i + 1 :]
        if kind == "insertion":
            letter = rng.choice([c for c in letters if c not in (word[i].lower(), word[i - 1].lower())])
            return word[:i] + letter + word[i:]
    return None


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

    def merge(self, other: Tally) -> None:
        self.tried += other.tried
        self.caught += other.caught
        self.right_first += other.right_first
        self.misses += other.misses

    @property
    def recall(self) -> float:
        return self.caught / self.tried if self.tried else 0.0

    @property
    def right_rate(self) -> float:
        return self.right_first / self.tried if self.tried else 0.0


class Injection:
    """An article with one word replaced, and where to look for the finding."""

    def __init__(self, text: str, offset: int, original: str, wrong: str) -> None:
        self.text = text[:offset] + wrong + text[offset + len(original) :]
        self.line = self.text.count("\n", 0, offset) + 1
        self.column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        self.original = original
        self.wrong = wrong

    def judged(self, findings: Sequence[Finding]) -> tuple[bool, bool]:
        """(caught, with the original as first suggestion)."""
        hits = [f for f in findings if f.rule.startswith(FAMILIES) and (f.line, f.column) == (self.line, self.column)]
        return bool(hits), any(h.suggestions[:1] == (self.original,) for h in hits)


class Evaluation:
    def __init__(self, rules: Sequence[ActiveRule], config: Config, rng: random.Random) -> None:
        self.rules = [r for r in rules if r.rule.id.startswith(FAMILIES)]
        self.config = config
        self.rng = rng
        context = next(r.check for r in rules if r.rule.id == "names.misspelled").context  # type: ignore[attr-defined]
        self.register, self.dictionary = register_of(context), dictionary_of(context)
        self.names = {label: Tally() for label in ("4 letters", "5 letters", "6-7 letters", "8+ letters", "hyphenated")}
        self.words = Tally()
        self.listed = Tally()
        self.real_words = 0  # slips that made a word the lexicon knows well: left out
        self.unknowable = 0  # names used once, in no register and no lexicon: nothing says they are names
        self.clean: list[Finding] = []
        self.total_words = 0

    def lint(self, text: str, name: str) -> list[Finding]:
        return lint_text(text, name, config=self.config, rules=self.rules)

    def is_word(self, text: str) -> bool:
        return (
            self.dictionary.zipf(text) >= KNOWN_WELL
            or self.dictionary.listed(text)
            or fold(text) in self.register.known
        )

    def article(self, name: str, text: str, per_article: int) -> None:
        self.total_words += len(text.split())
        self.clean += self.lint(text, name)
        names, common = self._candidates(text, name)
        self.rng.shuffle(names)
        self.rng.shuffle(common)
        for offset, original, label in names[:per_article]:
            self._inject(name, text, offset, original, self.names[label])
        for offset, original, _ in common[:per_article]:
            self._inject(name, text, offset, original, self.words)

    def _inject(self, name: str, text: str, offset: int, original: str, tally: Tally) -> None:
        kind = self.rng.choice(SLIPS)
        wrong = slipped(original, kind, self.rng)
        if wrong is None:
            return
        if self.is_word(wrong):
            self.real_words += 1
            return
        injection = Injection(text, offset, original, wrong)
        caught, right = injection.judged(self.lint(injection.text, name))
        tally.add(caught, right, f"{name}: {wrong} for {original} ({kind})")

    def _candidates(self, text: str, name: str) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
        """Names presslint can know, and common lower-case words, with their offsets."""
        article = read_article(text, name)
        found: list[tuple[int, str, bool]] = []
        common: list[tuple[int, str, str]] = []
        for block in article.blocks:
            if block.kind not in (BlockKind.PARAGRAPH, BlockKind.CAPTION) or block.parent is not None:
                continue
            for word in words(block.text):
                if word.sic:
                    continue
                at = block.start + word.start
                if word.capitalised and not word.sentence_start and not word.all_caps and len(word.text) >= 4:
                    hyphenated = (
                        block.text[word.start - 1 : word.start] == "-" or block.text[word.end : word.end + 1] == "-"
                    )
                    found.append((at, word.text, hyphenated))
                elif not word.capitalised and len(word.text) >= 4 and self.dictionary.zipf(word.text) >= COMMON:
                    common.append((at, word.text, "common"))
        counts = Counter(fold(text) for _, text, _ in found)
        names = []
        for at, text_, hyphenated in found:
            key = fold(text_)
            ordinary = (
                self.dictionary.listed(text_) and self.dictionary.zipf(text_) >= 4.5 and key not in self.register.known
            )
            if ordinary:
                continue  # "Government", "Minister": capitalised words, not names
            if key in self.register.known or counts[key] >= 2 or self.dictionary.zipf(text_) >= KNOWN_WELL:
                label = "hyphenated" if hyphenated else _length_class(text_)
                names.append((at, text_, label))
            else:
                self.unknowable += 1
        return names, common

    def listed_misspellings(self, bodies: list[tuple[str, str]]) -> None:
        for index, (wrong, right) in enumerate(MISSPELLINGS):
            name, text = bodies[index % len(bodies)]
            at = text.find(f" {right} ")
            if at < 0:  # the word is not in the article: a sentence with it closes the first paragraph
                paragraph = next(b for b in read_article(text, name).blocks if b.kind is BlockKind.PARAGRAPH)
                text = text[: paragraph.end] + f" They said {right} twice." + text[paragraph.end :]
                at = paragraph.end + len(" They said ")
            else:
                at += 1
            injection = Injection(text, at, right, wrong)
            caught, first = injection.judged(self.lint(injection.text, name))
            self.listed.add(caught, first, f"{wrong} for {right}")


def _length_class(text: str) -> str:
    if len(text) <= 4:
        return "4 letters"
    if len(text) == 5:
        return "5 letters"
    return "6-7 letters" if len(text) <= 7 else "8+ letters"


def evaluate(corpora: Sequence[Path], part: str = "held-out", per_article: int = 3, seed: int = 7) -> Evaluation:
    config = Config()
    evaluation = Evaluation(default_rules(config), config, random.Random(seed))
    paths = sorted(path for corpus in corpora for path in corpus.glob("*.txt"))
    chosen = [path for path in paths if part == "all" or part_of(path) == part]
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in chosen]
    for name, text in texts:
        evaluation.article(name, text, per_article)
    evaluation.listed_misspellings(texts)
    return evaluation


def report_clean(findings: Sequence[Finding], words: int, what: str) -> None:
    """Print how many findings the clean articles drew, in all and per rule, per 1,000 words."""
    print(
        f"clean articles: {len(findings)} {what} findings, {len(findings) * 1000 / max(1, words):.2f} per 1,000 words"
    )
    for rule, count in Counter(f.rule for f in findings).most_common():
        print(f"  {rule:<34} {count:>4}  {count * 1000 / words:.2f} per 1,000 words")


def write_sample(findings: Sequence[Finding], path: Path, seed: int, size: int) -> None:
    """``size`` findings drawn at random, one a line with its context, for a hand check."""
    sample = list(findings)
    random.Random(seed).shuffle(sample)
    lines = [
        f"{f.path}:{f.line}: {f.match!r} -> {(f.suggestions or ('-',))[0]!r} ({f.rule}) | {f.line_text.strip()}"
        for f in sample[:size]
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def evaluation_parser(description: str | None, slipped: str, sample_size: int) -> argparse.ArgumentParser:
    """The command line both evaluations take: corpus folders, the part, the cases, the seed, the outputs."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--part", choices=("held-out", "tune", "all"), default="held-out")
    parser.add_argument("--per-article", type=int, default=3, help=f"{slipped} per article (default 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", action="store_true", help="list what was missed")
    parser.add_argument("--sample", type=Path, help=f"write {sample_size} clean-article findings drawn at random here")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = evaluation_parser(__doc__, "names and words slipped", 50).parse_args(argv)
    result = evaluate(args.corpus, args.part, args.per_article, args.seed)
    print(f"{args.part} part: {result.total_words} words\n")
    print(f"{'injected error':<34} {'tried':>6} {'caught':>7} {'recall':>7} {'right 1st':>10}")
    all_names = Tally()
    for tally in result.names.values():
        all_names.merge(tally)
    rows = [(f"name, {label}", tally) for label, tally in result.names.items()]
    rows += [
        ("names, all", all_names),
        ("common words, one slip", result.words),
        ("listed misspellings", result.listed),
    ]
    for label, tally in rows:
        print(f"{label:<34} {tally.tried:>6} {tally.caught:>7} {tally.recall:>7.1%} {tally.right_rate:>10.1%}")
    print(
        f"\nleft out: {result.real_words} slips that made a well-known word; "
        f"{result.unknowable} names used once that no register or lexicon knows"
    )
    report_clean(result.clean, result.total_words, "names/spelling")
    if args.sample:
        write_sample(result.clean, args.sample, args.seed, 50)
    if args.misses:
        for label, tally in rows[:-3]:
            for miss in tally.misses:
                print(f"missed ({label}): {miss}")
        for label, tally in rows[-2:]:
            for miss in tally.misses:
                print(f"missed ({label}): {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
