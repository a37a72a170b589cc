"""``presslint check``: lint the paths, print the report, choose the exit code."""

from __future__ import annotations

import argparse
import sys

from presslint.config import Config
from presslint.errors import UsageError
from presslint.finding import SEVERITY_RANK
from presslint.formats import formatter
from presslint.lint import lint_file
from presslint.ruleset import active_rules, load_all_rules


def run_check(args: argparse.Namespace, config: Config) -> int:
    if not args.paths:
        raise UsageError("no article to check: give files, folders or - for standard input")
    loaded = load_all_rules(config)
    rules = active_rules(loaded, config, args.select, args.ignore)
    from presslint.discovery import article_paths

    results = [
        lint_file(path, rules, config, args.published, args.stdin_filename) for path in article_paths(args.paths)
    ]
    colour = (
        args.format == "text"
        and args.output is None
        and sys.stdout.isatty()
        and "NO_COLOR" not in __import__("os").environ
    )
    report = formatter(args.format)(results, [item.rule for item in loaded], colour)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(report)
    else:
        sys.stdout.write(report)
    if args.format not in ("text", "auto"):
        for result in results:
            if result.error:
                print(result.error, file=sys.stderr)
    threshold = SEVERITY_RANK[args.fail_on or config.fail_on]
    failed = any(SEVERITY_RANK[f.severity] >= threshold for result in results for f in result.findings)
    unreadable = any(result.error and not result.skipped for result in results)
    if unreadable:
        return 2
    return 1 if failed else 0
