"""Measure the consistency checks on real articles, on a part not used to tune them.

Each corpus folder is split in two by a hash of each file's name (as in
``evaluate_spelling.py``): ``tune`` and ``held-out``. Figures:

  1. lower-cased name words: in a multi-word name the article writes (a run of two or
     more capitalised words, connectors such as "of" allowed inside), one capitalised
     word is written in lower case ("Boris johnson", "Bank of england"), any word of the
     name but a first word that is capitalised only because it starts the sentence, and
     none inside a direct quotation (the rule leaves quotations alone by default).
     Counted apart: names the article writes correctly elsewhere (the pair of words, as
     written, occurs again) and names used only once;
  2. compound-modifier variants: a hyphenated compound used before a noun, where the
     article uses it so at least twice, is written open ("cross border talks") or closed
     ("crossborder talks") at one of its uses (none inside a direct quotation);
     Where no compound is used so twice, one used once has its sentence repeated, the
     compound written open, as a new last paragraph;
  3. predicative controls: after "is", the same compound written open at the end of a
     sentence ("The plan is long term.") is added to the article; a finding there is a
     false alarm;
  4. consistency findings per 1,000 words on the clean articles, with a sample written to
     ``--sample FILE`` for a hand check.

A case is caught when a finding covers the changed word and its first suggestion holds
the word as the article wrote it (the hyphenated compound, for compounds).

usage: python benchmarks/evaluate_consistency.py [CORPUS_DIR ...] [--part held-out|tune|all]
           [--per-article N] [--seed S] [--misses] [--sample FILE]
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from evaluate_spelling import (  # the same split and tallies as the spelling figures
    Tally,
    evaluation_parser,
    part_of,
    report_clean,
    write_sample,
)

from presslint.api.lint import default_rules, lint_text
from presslint.article.model import BlockKind
from presslint.article.readers import read_article
from presslint.engine import ActiveRule
from presslint.finding import Finding
from presslint.rulebook.config import Config

DEFAULT_CORPUS = Path(__file__).parents[1] / "tests" / "fixtures" / "corpus"
FAMILY = "consistency."
CONNECTORS = {"of", "and", "for", "the", "de", "du", "al", "von", "van", "da", "la"}
FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "it", "its", "than",
    "he", "she", "they", "we", "i", "you", "which", "who", "will", "would", "can", "could", "not", "into",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-rt-z][A-Za-z]*)*")  # a possessive "'s" is not part of the word
COMPOUND_BEFORE_WORD = re.compile(r"(?<![\w-])([a-z]+)-([a-z]+)(?![\w-]) ([a-z]+)\b")


@dataclass
class Result:
    names_repeated: Tally = field(default_factory=Tally)
    names_single: Tally = field(default_factory=Tally)
    compounds_open: Tally = field(default_factory=Tally)
    compounds_closed: Tally = field(default_factory=Tally)
    compounds_repeated: Tally = field(default_factory=Tally)
    predicative_tried: int = 0
    predicative_flagged: list[str] = field(default_factory=list)
    clean: list[Finding] = field(default_factory=list)
    words: int = 0


@dataclass
class NameWord:
    start: int  # offset of the capitalised word in the article
    word: str
    pair: str  # the word with its neighbour in the name, as written ("Boris Johnson")
    pair_start: int  # where that pair starts


def prose_blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of the article's paragraphs and captions (plain text: blocks are slices)."""
    for block in read_article(text, "article.txt").blocks:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION) and block.parent is None:
            yield block.start, block.text


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the direct quotations are: the consistency rules leave them alone by default."""
    blocks = read_article(text, "article.txt").blocks
    return [(block.start, block.end) for block in blocks if block.kind is BlockKind.QUOTE]


def sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(' "“‘(')
    return not before or before[-1] in ".!?:\n"


def name_words(text: str) -> list[NameWord]:
    """Capitalised words of multi-word names, with a neighbour to tell them by."""
    found: list[NameWord] = []
    for offset, block in prose_blocks(text):
        tokens = [(m.start(), m.group()) for m in WORD.finditer(block)]
        run: list[tuple[int, str]] = []
        for index, (start, word) in enumerate([*tokens, (len(block), "")]):
            joined = run and block[run[-1][0] + len(run[-1][1]) : start] == " "
            capital = word[:1].isupper() and not word.isupper()
            if run and joined and (capital or (word in CONNECTORS and index + 1 < len(tokens))):
                run.append((start, word))
                continue
            found.extend(_words_of_run(block, offset, run))
            run = [(start, word)] if capital else []
    return found


def _words_of_run(block: str, offset: int, run: list[tuple[int, str]]) -> Iterator[NameWord]:
    while run and run[-1][1] in CONNECTORS:
        run = run[:-1]
    if run and run[0][1].lower() in FUNCTION_WORDS and sentence_start(block, run[0][0]):
        run = run[1:]  # "The Commission" opening a sentence: "The" is no part of the name
    capitals = [(start, word) for start, word in run if word[:1].isupper()]
    if len(capitals) < 2:
        return
    for index, (start, word) in enumerate(run):
        if not word[:1].isupper() or len(word) < 2 or (index == 0 and sentence_start(block, start)):
            continue
        if word.lower() in CONNECTORS:
            continue  # "Van" in "Mr Van": a connector elsewhere, and never reported
        neighbour = min((c for c in capitals if c[0] != start), key=lambda c: abs(c[0] - start))
        ordered = sorted([(start, word), neighbour])
        pair = " ".join(w for _, w in ordered)
        yield NameWord(offset + start, word, pair, offset + ordered[0][0])


def caught(findings: list[Finding], start: int, end: int, wanted: str) -> tuple[bool, bool]:
    covering = [f for f in findings if f.rule.startswith(FAMILY) and f.start <= start and end <= f.end]
    right = any(f.suggestions and wanted in f.suggestions[0] for f in covering)
    return bool(covering), right


def evaluate(paths: list[Path], per_article: int, seed: int, rules: Sequence[ActiveRule]) -> Result:
    result = Result()
    rng = random.Random(seed)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        result.words += len(text.split())
        result.clean.extend(f for f in lint_text(text, path.name, rules=rules) if f.rule.startswith(FAMILY))
        _names(path, text, per_article, rng, rules, result)
        _compounds(path, text, rng, rules, result)
    return result


def _names(
    path: Path, text: str, per_article: int, rng: random.Random, rules: Sequence[ActiveRule], result: Result
) -> None:
    quoted = quoted_spans(text)
    candidates = [c for c in name_words(text) if not any(a <= c.start < b for a, b in quoted)]
    pairs = Counter(pair for pair, _ in {(candidate.pair, candidate.pair_start) for candidate in candidates})
    rng.shuffle(candidates)
    for candidate in candidates[:per_article]:
        lowered = candidate.word.lower()
        changed = text[: candidate.start] + lowered + text[candidate.start + len(candidate.word) :]
        findings = lint_text(changed, path.name, rules=rules)
        hit, right = caught(findings, candidate.start, candidate.start + len(lowered), candidate.word)
        tally = result.names_repeated if pairs[candidate.pair] > 1 else result.names_single
        line = changed.count("\n", 0, candidate.start) + 1
        tally.add(hit, right, f"{path.name}:{line}: {candidate.pair!r} -> {lowered!r}")


def _compounds(path: Path, text: str, rng: random.Random, rules: Sequence[ActiveRule], result: Result) -> None:
    uses: dict[str, list[re.Match[str]]] = {}
    quoted = quoted_spans(text)
    for match in COMPOUND_BEFORE_WORD.finditer(text):
        if any(a <= match.start() < b for a, b in quoted):
            continue  # the rules leave direct quotations alone by default
        if match.group(3) not in FUNCTION_WORDS:
            uses.setdefault(f"{match.group(1)}-{match.group(2)}", []).append(match)
    repeated = sorted(compound for compound, found in uses.items() if len(found) > 1)
    if not repeated:
        _compound_sentence_repeated(path, text, uses, rng, rules, result)
        return
    compound = rng.choice(repeated)
    first, second = compound.split("-")
    match = rng.choice(uses[compound])
    closed = rng.random() < 0.3
    variant = first + ("" if closed else " ") + second
    changed = text[: match.start()] + variant + text[match.start() + len(compound) :]
    findings = lint_text(changed, path.name, rules=rules)
    hit, right = caught(findings, match.start(), match.start() + len(variant), compound)
    tally = result.compounds_closed if closed else result.compounds_open
    line = changed.count("\n", 0, match.start()) + 1
    tally.add(hit, right, f"{path.name}:{line}: {compound!r} -> {variant!r} before {match.group(3)!r}")
    control = text.rstrip("\n") + f"\n\nThe {match.group(3)} is {first} {second}.\n"
    result.predicative_tried += 1
    flagged = [f for f in lint_text(control, path.name, rules=rules) if f.rule.startswith(FAMILY)]
    if len(flagged) > len([f for f in findings if f.rule.startswith(FAMILY)]) - (1 if hit else 0):
        result.predicative_flagged.append(f"{path.name}: 'The {match.group(3)} is {first} {second}.'")


def _compound_sentence_repeated(
    path: Path,
    text: str,
    uses: dict[str, list[re.Match[str]]],
    rng: random.Random,
    rules: Sequence[ActiveRule],
    result: Result,
) -> None:
    """A compound used once: the sentence that holds it is repeated, open, as a paragraph of its own."""
    if not uses:
        return
    compound = rng.choice(sorted(uses))
    match = uses[compound][0]
    start = max(text.rfind(". ", 0, match.start()) + 2, text.rfind("\n", 0, match.start()) + 1)
    end = text.find(". ", match.end())
    end = len(text.rstrip("\n")) if end < 0 else end + 1
    sentence = text[start:end].strip()
    variant = compound.replace("-", " ")
    repeated = sentence.replace(compound, variant, 1)
    changed = text.rstrip("\n") + "\n\n" + repeated + "\n"
    at = len(text.rstrip("\n")) + 2 + repeated.index(variant)
    findings = lint_text(changed, path.name, rules=rules)
    hit, right = caught(findings, at, at + len(variant), compound)
    line = changed.count("\n", 0, at) + 1
    result.compounds_repeated.add(
        hit, right, f"{path.name}:{line}: {compound!r} -> {variant!r} before {match.group(3)!r}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = evaluation_parser(__doc__, "name words lowered", 30).parse_args(argv)
    paths = sorted(p for folder in args.corpus for p in folder.glob("*.txt") if args.part in ("all", part_of(p)))
    result = evaluate(paths, args.per_article, args.seed, default_rules(Config()))
    print(f"{args.part} part: {len(paths)} articles, {result.words} words\n")
    print(f"{'injected error':<40} {'tried':>6} {'caught':>7} {'recall':>7} {'right 1st':>10}")
    rows = [
        ("name word lowered, name written again", result.names_repeated),
        ("name word lowered, name used once", result.names_single),
        ("compound modifier written open", result.compounds_open),
        ("compound modifier written closed", result.compounds_closed),
        ("compound used once, sentence repeated open", result.compounds_repeated),
    ]
    for label, tally in rows:
        print(f"{label:<40} {tally.tried:>6} {tally.caught:>7} {tally.recall:>7.1%} {tally.right_rate:>10.1%}")
    flagged = len(result.predicative_flagged)
    print(f"\npredicative controls ('is long term.'): {flagged} of {result.predicative_tried} flagged")
    report_clean(result.clean, result.words, "consistency")
    if args.sample:
        write_sample(result.clean, args.sample, args.seed, 30)
    if args.misses:
        for label, tally in rows:
            for note in tally.misses:
                print(f"missed ({label}): {note}")
        for note in result.predicative_flagged:
            print(f"false alarm (predicative): {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
