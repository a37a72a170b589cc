"""``presslint check``: lint the paths, fix or filter if asked, report, choose the exit code."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from presslint.api.lint import lint_bytes, read_input
from presslint.engine import ActiveRule
from presslint.errors import PresslintError, UsageError, internal_error_line
from presslint.finding import SEVERITY_RANK, FileResult
from presslint.report.formats import formatter
from presslint.rulebook.config import Config
from presslint.rulebook.ruleset import active_rules, load_all_rules


def run_check(args: argparse.Namespace, config: Config) -> int:
    if not args.paths:
        raise UsageError("no article to check: give files, folders or - for standard input")
    if args.dry_run and not args.fix:
        raise UsageError("--dry-run goes with --fix")
    if args.diff:
        _check_revision(args.diff)
    loaded = load_all_rules(config)
    rules = active_rules(loaded, config, args.select, args.ignore)
    known = None
    if args.baseline:
        from presslint.report.baseline import read_baseline

        known = read_baseline(Path(args.baseline))
    from presslint.api.batch import check_all, default_jobs
    from presslint.api.discovery import article_paths

    paths = list(article_paths(args.paths))
    results: list[FileResult] = []  # files with findings or errors; clean files are only counted
    jobs = args.jobs or default_jobs()
    for result in check_all(paths, lambda path: _check_one(path, rules, config, args), jobs):
        if args.diff:
            result = _on_changed_lines(result, args.diff)
        if result.findings or result.error:
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
    _report(args, results, [item.rule for item in loaded], len(paths))
    threshold = SEVERITY_RANK[args.fail_on or config.fail_on]
    failed = any(SEVERITY_RANK[f.severity] >= threshold for result in results for f in result.findings)
    if any(result.error and not result.skipped for result in results):
        return 2
    return 1 if failed else 0


def _check_one(path: str, rules: Sequence[ActiveRule], config: Config, args: argparse.Namespace) -> FileResult:
    """One file's result; whatever goes wrong with it is its result's one line, never the run's end."""
    try:
        return _check_and_fix(path, rules, config, args)
    except Exception as error:  # a bug of ours outside reading and checking (fixing, say)
        shown = (args.stdin_filename or "<stdin>") if path == "-" else path
        return FileResult(shown, error=internal_error_line(shown, "presslint", error))


def _check_and_fix(path: str, rules: Sequence[ActiveRule], config: Config, args: argparse.Namespace) -> FileResult:
    shown, data = read_input(path, args.stdin_filename, int(args.max_size * 1e6))
    if isinstance(data, FileResult):
        return data
    result, text = lint_bytes(shown, data, rules, config, args.published)
    if not args.fix or text is None or path == "-":
        return result
    from presslint.report.fixes import fixed_text, unified_diff, write_atomically

    new_text, applied = fixed_text(text, result.findings)
    if not applied:
        return result
    if args.dry_run:
        sys.stdout.write(unified_diff(shown, text, new_text))
    else:
        try:
            write_atomically(Path(path), data, new_text)
        except (PresslintError, OSError) as error:
            return FileResult(shown, result.findings, error=str(error))
        print(f"presslint: fixed {applied} in {shown}", file=sys.stderr)
    prefix = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    return lint_bytes(shown, prefix + new_text.encode("utf-8"), rules, config, args.published)[0]


def _report(args: argparse.Namespace, results: list[FileResult], rules: Sequence[object], files: int) -> None:
    if args.fix and args.dry_run:
        return
    colour = args.format == "text" and args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    report = formatter(args.format)(results, rules, colour, files)  # type: ignore[arg-type]
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(report)
    else:
        sys.stdout.write(report)
    if args.format not in ("text", "auto"):
        for result in results:
            if result.error:
                print(result.error, file=sys.stderr)


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
