"""Lint articles: the Python API behind the command line.

>>> from presslint import lint_text
>>> [f.rule for f in lint_text("The Secretary-General met the Secretary General.\\n")]
['consistency.compound-titles']
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from presslint.article.model import ResultWithArticle
from presslint.article.readers import read_article, reader_name
from presslint.article.source import MAX_ARTICLE_BYTES, NotText, decode
from presslint.engine import ActiveRule, lint_article
from presslint.errors import RuleFailed, SourceError, internal_error_line
from presslint.finding import FileResult, Finding
from presslint.report.suppressions import apply_suppressions, ignored_by_config
from presslint.rulebook.config import Config
from presslint.rulebook.ruleset import active_rules, load_all_rules


def default_rules(config: Config | None = None) -> list[ActiveRule]:
    config = config or Config()
    return active_rules(load_all_rules(config), config)


def lint_text(
    text: str,
    path: str = "<text>.txt",
    *,
    config: Config | None = None,
    rules: Sequence[ActiveRule] | None = None,
    published: dt.date | None = None,
) -> list[Finding]:
    """Findings for one article given as text; ``path``'s suffix picks the format."""
    config = config or Config()
    rules = default_rules(config) if rules is None else rules
    article = read_article(text, path, config.read, published)
    return lint_article(article, rules)


def read_input(
    path: str, stdin_name: str | None = None, max_bytes: int = MAX_ARTICLE_BYTES
) -> tuple[str, bytes | FileResult]:
    """The name a file has in reports, and its bytes (or the result that says why it has none).

    Only regular files are read (a named pipe would wait forever), and none larger than
    ``max_bytes``: an export of a whole archive is not an article, and it is never loaded.
    """
    shown = (stdin_name or "<stdin>") if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                return shown, _too_large(shown, max_bytes)
            return shown, data
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            return shown, FileResult(shown, error=f"{shown}: is a directory")
        if not stat.S_ISREG(info.st_mode):
            return shown, FileResult(shown, error=f"{shown}: not a regular file, skipped", skipped=True)
        if info.st_size > max_bytes:
            return shown, _too_large(shown, max_bytes, info.st_size)
        return shown, Path(path).read_bytes()
    except FileNotFoundError:
        return shown, FileResult(shown, error=f"{shown}: no such file")
    except OSError as error:
        return shown, FileResult(shown, error=f"{shown}: cannot read: {error.strerror}")


def _too_large(shown: str, max_bytes: int, size: int | None = None) -> FileResult:
    amount = f"{size / 1e6:.1f} MB" if size is not None else "more than that"
    message = f"{shown}: {amount}, over the {max_bytes / 1e6:g} MB limit for one article; skipped (see --max-size)"
    return FileResult(shown, error=message, skipped=True)


def lint_bytes(
    shown: str,
    data: bytes,
    rules: Sequence[ActiveRule],
    config: Config,
    published: dt.date | None = None,
    keep_article: bool = False,
) -> tuple[FileResult, str | None]:
    """Decode, read and lint one file's bytes; the result and the decoded text. Never raises.

    Bad input gives its one-line problem; a bug of ours while reading or checking this
    file gives the one line that asks for a report, and the other files go on. With
    ``keep_article``, a result with findings keeps its article, to be shown with them.
    """
    stage = "decoding"
    try:
        try:
            decoded = decode(data)
        except NotText as problem:
            where = f"{shown}:{problem.line}" if problem.line else shown
            return FileResult(shown, error=f"{where}: {problem.message}", skipped=problem.skipped), None
        stage = f"the {reader_name(shown)} reader"
        try:
            article = read_article(decoded, shown, config.read, published)
        except SourceError as error:
            return FileResult(shown, error=str(error)), None
        stage = "the checks"
        try:
            findings = lint_article(article, rules)
            error_line = None
        except RuleFailed as failure:
            findings = failure.findings
            error_line = internal_error_line(shown, f"rule {failure.rule_id}", failure.error)
        stage = "the suppressions"
        if config.per_file_ignores:
            findings = [f for f in findings if not ignored_by_config(shown, f.rule, config.per_file_ignores)]
        result = FileResult(shown, apply_suppressions(article, findings), error=error_line)
        if keep_article and result.findings:
            result = ResultWithArticle(result, article)
        return result, decoded
    except Exception as error:  # a bug of ours: this file fails, the run goes on
        return FileResult(shown, error=internal_error_line(shown, stage, error)), None


def lint_file(
    path: str,
    rules: Sequence[ActiveRule],
    config: Config,
    published: dt.date | None = None,
    stdin_name: str | None = None,
) -> FileResult:
    """Read, decode and lint one file; never raises for a bad file."""
    shown, data = read_input(path, stdin_name)
    if isinstance(data, FileResult):
        return data
    return lint_bytes(shown, data, rules, config, published)[0]


def lint_paths(
    paths: Sequence[str],
    *,
    config: Config | None = None,
    rules: Sequence[ActiveRule] | None = None,
    published: dt.date | None = None,
) -> Iterator[FileResult]:
    """Lint files and folders (walked for article files), one result per file, in order."""
    from presslint.api.discovery import article_paths

    config = config or Config()
    rules = default_rules(config) if rules is None else rules
    for path in article_paths(paths):
        yield lint_file(path, rules, config, published)
