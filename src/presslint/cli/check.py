"""``presslint check``: lint the paths, fix or filter if asked, report, choose the exit code."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from presslint.api.lint import lint_bytes, read_input
from presslint.api.result_cache import ResultCache, file_key, run_key
from presslint.engine import ActiveRule
from presslint.errors import PresslintError, UsageError, internal_error_line
from presslint.finding import SEVERITY_RANK, FileResult
from presslint.report.formats import formatter
from presslint.rule.model import Rule
from presslint.rulebook.config import Config
from presslint.rulebook.loaded import LoadedRule
from presslint.rulebook.ruleset import active_rules, load_all_rules, rule_set_key
from presslint.version import VERSION


def run_check(args: argparse.Namespace, config: Config) -> int:
    if not args.paths:
        raise UsageError("no article to check: give files, folders or - for standard input")
    if args.dry_run and not args.fix:
        raise UsageError("--dry-run goes with --fix")
    if args.diff:
        _check_revision(args.diff)
    cache = None if args.no_cache or args.fix else ResultCache.open()
    book = _RuleBook(config, args, rule_set_key(config) if cache is not None else None)
    if cache is None:
        book.rules()  # a broken rule file stops the run before any article is read
    known = None
    if args.baseline:
        from presslint.report.baseline import read_baseline

        known = read_baseline(Path(args.baseline))
    from presslint.api.discovery import article_paths

    paths = list(article_paths(args.paths))
    if not paths:
        book.rules()  # nothing to check: the rules are still loaded, so a broken one is reported
    _guard_output(args, paths)
    keep_clean = _shows_articles(args)  # the review page lists clean articles; other reports only count them
    results: list[FileResult] = []  # files with findings or errors (and clean ones for the page)
    for result in _results(paths, args, config, book, cache):
        if args.diff:
            result = _on_changed_lines(result, args.diff)
        if result.findings or result.error or keep_clean:
            results.append(result)
    if args.baseline_write:
        from presslint.report.baseline import write_baseline

        count = write_baseline(Path(args.baseline_write), [f for r in results for f in r.findings])
        print(f"presslint: {count} findings recorded in {args.baseline_write}", file=sys.stderr)
        return 0
    if known is not None:
        from presslint.report.baseline import without_baseline

        for result in results:
            result.findings = without_baseline(result.findings, known)
    _report(args, results, book, len(paths))
    threshold = SEVERITY_RANK[args.fail_on or config.fail_on]
    failed = any(SEVERITY_RANK[f.severity] >= threshold for result in results for f in result.findings)
    if any(result.error and not result.skipped for result in results):
        return 2
    return 1 if failed else 0


class _RuleBook:
    """The run's rules, loaded when a file has to be checked (a run served from the cache never loads them)."""

    def __init__(self, config: Config, args: argparse.Namespace, key: str | None) -> None:
        self.config = config
        self.args = args
        self.key = key  # the rule set's key, when the result cache needs it anyway
        self.loaded: list[LoadedRule] | None = None
        self.active: list[ActiveRule] | None = None

    def rules(self) -> list[ActiveRule]:
        if self.active is None:
            self.loaded = load_all_rules(self.config, self.key)
            self.active = active_rules(self.loaded, self.config, self.args.select, self.args.ignore)
        return self.active

    def described(self) -> list[Rule]:
        """Every rule the configuration sees, for a report that describes them (SARIF)."""
        self.rules()
        assert self.loaded is not None
        return [item.rule for item in self.loaded]

    def run_key(self) -> str:
        """What this run's results depend on, beside each file's bytes and name."""
        assert self.key is not None
        args = self.args
        parts = (VERSION, self.key, self.config.checking_key(), args.select, args.ignore, args.published)
        return run_key((*parts, _shows_articles(args)))  # a review page's results keep their articles


def _results(
    paths: list[str], args: argparse.Namespace, config: Config, book: _RuleBook, cache: ResultCache | None
) -> Iterator[FileResult]:
    """Each path's result, in order: stored ones from the cache, the rest checked (on ``--jobs`` processes)."""
    from presslint.api.batch import check_all, default_jobs

    run = book.run_key() if cache is not None else ""
    stored: dict[str, FileResult] = {}
    if cache is not None:
        keys = {path: key for path in paths if path != "-" and (key := _stored_key(path, run, args)) is not None}
        found = cache.results(list(keys.values()))
        stored = {path: found[key] for path, key in keys.items() if key in found}
    todo = [path for path in paths if path not in stored]
    if todo:
        book.rules()  # loaded in this process, before any worker is forked

    def check_one(path: str) -> tuple[str | None, FileResult]:
        return _check_one(path, book.rules(), config, args, run if cache is not None else None)

    fresh = check_all(todo, check_one, args.jobs or default_jobs())
    try:
        for path in paths:
            if path in stored:
                yield stored[path]
                continue
            key, result = next(fresh)
            if cache is not None and key is not None:
                cache.keep(key, result)
            yield result
    finally:
        fresh.close()  # the worker processes end here, whether the loop ran to its end or not
        if cache is not None:
            cache.close()


def _stored_key(path: str, run: str, args: argparse.Namespace) -> str | None:
    """The key of a file's stored result; None for a file that cannot be read (it is checked as usual)."""
    shown, data = read_input(path, args.stdin_filename, _max_bytes(args))
    return None if isinstance(data, FileResult) else file_key(run, shown, data)


def _check_one(
    path: str, rules: Sequence[ActiveRule], config: Config, args: argparse.Namespace, run: str | None
) -> tuple[str | None, FileResult]:
    """One file's result, and its key in the result cache (worked out from the bytes checked).

    Whatever goes wrong with the file is its result's one line, never the run's end.
    """
    try:
        return _check_and_fix(path, rules, config, args, run)
    except Exception as error:  # a bug of ours outside reading and checking (fixing, say)
        shown = (args.stdin_filename or "<stdin>") if path == "-" else path
        return None, FileResult(shown, error=internal_error_line(shown, "presslint", error))


def _check_and_fix(
    path: str, rules: Sequence[ActiveRule], config: Config, args: argparse.Namespace, run: str | None
) -> tuple[str | None, FileResult]:
    shown, data = read_input(path, args.stdin_filename, _max_bytes(args))
    if isinstance(data, FileResult):
        return None, data
    key = file_key(run, shown, data) if run is not None and path != "-" else None
    keep = _shows_articles(args)  # each flagged article is kept with its result, not read again
    result, text = lint_bytes(shown, data, rules, config, args.published, keep)
    if not args.fix or text is None or path == "-":
        return key, result
    from presslint.report.fixes import fixed_text, unified_diff, write_atomically

    new_text, applied = fixed_text(text, result.findings)
    if not applied:
        return None, result
    if args.dry_run:
        sys.stdout.write(unified_diff(shown, text, new_text))
    else:
        try:
            write_atomically(Path(path), data, new_text)
        except (PresslintError, OSError) as error:
            return None, FileResult(shown, result.findings, error=str(error))
        print(f"presslint: fixed {applied} in {shown}", file=sys.stderr)
    prefix = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    return None, lint_bytes(shown, prefix + new_text.encode("utf-8"), rules, config, args.published, keep)[0]


def _report(args: argparse.Namespace, results: list[FileResult], book: _RuleBook, files: int) -> None:
    if args.fix and args.dry_run:
        return
    colour = args.format == "text" and args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    rules = book.described() if args.format == "sarif" else []
    report = formatter(args.format)(results, rules, colour, files)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(report)
    else:
        sys.stdout.write(report)
    if args.format not in ("text", "auto"):
        for result in results:
            if result.error:
                print(result.error, file=sys.stderr)


def _shows_articles(args: argparse.Namespace) -> bool:
    """Whether the report shows the articles (the review page), not only their findings."""
    return bool(args.format == "html")


def _max_bytes(args: argparse.Namespace) -> int:
    return int(args.max_size * 1e6)


def _guard_output(args: argparse.Namespace, paths: Sequence[str]) -> None:
    """A report never overwrites an article it checks (``-o article.md article.md``)."""
    if not args.output or not os.path.exists(args.output):
        return
    if any(path != "-" and os.path.exists(path) and os.path.samefile(path, args.output) for path in paths):
        raise UsageError(f"--output {args.output}: that is an article being checked; write the report elsewhere")


def _check_revision(revision: str) -> None:
    import subprocess  # only for --diff: the hook's usual run does not pay for it

    done = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], capture_output=True, check=False
    )
    if done.returncode != 0:
        raise UsageError(f"--diff {revision}: not a git revision here")


def _on_changed_lines(result: FileResult, revision: str) -> FileResult:
    from presslint.report.changed_lines import changed_lines

    if result.error or not result.findings:
        return result
    lines = changed_lines(result.path, revision)
    if lines is not None:
        result.findings = [f for f in result.findings if any(n in lines for n in range(f.line, f.end_line + 1))]
    return result
