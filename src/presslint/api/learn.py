"""Learn names from an archive: proper names that recur and are not in the register yet.

``presslint names learn DIR`` prints them as a YAML register snippet, with how often and
where each was seen, for an editor to review and paste into the newsroom's register.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from presslint.article.model import Article, Block, BlockKind
from presslint.article.readers import read_article, reader_name
from presslint.article.source import NotText, decode
from presslint.checks.name_consistency import TITLES
from presslint.errors import SourceError, internal_error_line
from presslint.lexicon.dictionary import Dictionary
from presslint.names.connectors import PARTICLES
from presslint.names.register import Register, fold
from presslint.text.tokens import Word, words

# Particles join a learned name ("Charles de Gaulle"); "of" and "and" do not, so lists and titles are not one name.
_CONNECTORS = PARTICLES
_READ = (BlockKind.HEADLINE, BlockKind.SUBHEAD, BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.QUOTE)


class LearnedName:
    def __init__(
        self,
        name: str,
        uses: int = 0,
        articles: set[str] | None = None,
        example: str = "",
        after_title: int = 0,
    ) -> None:
        self.name = name
        self.uses = uses
        self.articles = set() if articles is None else articles
        self.example = example  # path:line of the first use
        self.after_title = after_title

    @property
    def likely_type(self) -> str:
        return "person" if self.after_title * 2 >= self.uses else "other"


def name_runs(text: str) -> Iterable[tuple[list[Word], bool]]:
    """Runs of capitalised words (with name connectors such as "de"), and whether a title precedes."""
    run: list[Word] = []
    titled = False
    previous: Word | None = None
    for word in words(text):
        joined = previous is not None and text[previous.end : word.start].strip(" -") == ""
        if word.capitalised and word.text not in TITLES and (not run or joined):
            if not run:
                titled = previous is not None and previous.text in TITLES and joined
            run.append(word)
        elif run and word.text in _CONNECTORS and joined:
            run.append(word)
        else:
            if run:
                yield _trim(run), titled
            run = []
            if word.capitalised and word.text not in TITLES:
                run = [word]
                titled = previous is not None and previous.text in TITLES and joined
        previous = word
    if run:
        yield _trim(run), titled


def _trim(run: list[Word]) -> list[Word]:
    while run and run[-1].text in _CONNECTORS:
        run = run[:-1]
    return run


def learn(
    paths: Sequence[str], register: Register, dictionary: Dictionary, problems: list[tuple[str, bool]] | None = None
) -> list[LearnedName]:
    """Names in the articles at ``paths`` that the register does not know, most used first.

    A file that cannot be read or fails is left out, and its one-line problem added to
    ``problems`` with whether it is only a notice (a binary file); the rest are still read.
    """
    found: dict[str, LearnedName] = {}
    for path in paths:
        try:
            article = _article(path)
        except NotText as problem:
            _note(problems, f"{path}: {problem.message}", problem.skipped)
            continue
        except OSError as error:
            _note(problems, f"{path}: cannot read: {error.strerror}", False)
            continue
        except SourceError as error:
            _note(problems, str(error), False)
            continue
        except Exception as error:  # a bug of ours: this file is left out, the archive is still learned
            _note(problems, internal_error_line(path, f"the {reader_name(path)} reader", error), False)
            continue
        for block in article.blocks:
            if block.kind not in _READ or block.parent is not None:
                continue
            for whole_run, titled in name_runs(block.text):
                for run in _without_known_names(whole_run, register):
                    _count(found, run, titled, register, dictionary, path, article, block)
    return sorted(found.values(), key=lambda e: (-len(e.articles), -e.uses, e.name))


def _article(path: str) -> Article:
    with open(path, "rb") as handle:
        return read_article(decode(handle.read()), path)


def _note(problems: list[tuple[str, bool]] | None, line: str, notice: bool) -> None:
    if problems is not None:
        problems.append((line, notice))


def _without_known_names(run: list[Word], register: Register) -> Iterable[list[Word]]:
    """The parts of ``run`` left when register names in it are taken out ("United States | Hamdullah Mohib")."""
    start = index = 0
    while index < len(run):
        known_end = next(
            (end for end in range(len(run), index, -1)
             if " ".join(fold(word.text) for word in run[index:end]) in register.full_names),
            None,
        )  # fmt: skip
        if known_end is None:
            index += 1
            continue
        if index > start:
            yield run[start:index]
        start = index = known_end
    if start < len(run):
        yield run[start:]


def _count(
    found: dict[str, LearnedName], run: list[Word], titled: bool, register: Register, dictionary: Dictionary,
    path: str, article: Article, block: Block,
) -> None:  # fmt: skip
    if run and run[0].sentence_start and dictionary.known(run[0].text):
        run = run[1:]  # "The", "In", "After" opening a sentence
    name = " ".join(word.text for word in run)
    if not name or not _unknown(run, register, dictionary):
        return
    entry = found.setdefault(name, LearnedName(name))
    entry.uses += 1
    entry.after_title += titled
    entry.articles.add(path)
    if not entry.example:
        line = article.lines.position(block.source_span(run[0].start, run[0].end)[0])[0]
        entry.example = f"{path}:{line}"


def _unknown(run: list[Word], register: Register, dictionary: Dictionary) -> bool:
    if fold(" ".join(word.text for word in run)) in register.known:
        return False
    tokens = [word for word in run if word.text not in _CONNECTORS]
    unknown = [w for w in tokens if fold(w.text) not in register.known and not dictionary.known(w.text)]
    return bool(unknown) and all(len(w.text) > 1 for w in tokens) and not all(w.all_caps for w in tokens)


def render_snippet(names: Sequence[LearnedName], articles: int, min_articles: int) -> str:
    kept = [name for name in names if len(name.articles) >= min_articles]
    lines = [
        f"# presslint names learn: {len(kept)} names in {articles} articles are not in the register"
        f" (seen in at least {min_articles} article{'s' if min_articles != 1 else ''}).",
        "# Review each one: check the spelling, set its type (person, place, org, other),",
        "# then paste the entries into a register file (data: names) in your rule folder.",
        "data: names",
        "entries:",
    ]
    for name in kept:
        count = len(name.articles)
        uses = f"{name.uses} use{'s' if name.uses != 1 else ''}"
        note = f"{uses} in {count} article{'s' if count != 1 else ''}, first at {name.example}"
        lines.append(f"  - name: {_yaml_scalar(name.name)}  # {note}")
        lines.append(f"    type: {name.likely_type}")
    return "\n".join(lines) + "\n"


def _yaml_scalar(text: str) -> str:
    needs_quotes = any(char in text for char in ":#'\"[]{},&*!|>%@`") or text.lower() in (
        "yes",
        "no",
        "true",
        "false",
        "null",
    )
    return "'" + text.replace("'", "''") + "'" if needs_quotes else text
