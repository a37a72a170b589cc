"""The command line: ``presslint [check] PATH...``, ``presslint rules``, ``presslint explain``."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from presslint.article.source import MAX_ARTICLE_BYTES
from presslint.errors import PresslintError, UsageError
from presslint.version import VERSION as __version__

COMMANDS = ("check", "rules", "explain", "names", "lsp")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _megabytes(value: str) -> float:
    try:
        size = float(value)
    except ValueError:
        size = 0.0
    if not size > 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size in megabytes")
    return size


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="presslint", description="Editorial QA linter for press articles.")
    parser.add_argument("--version", action="version", version=f"presslint {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    common = _Parser(add_help=False)
    common.add_argument("--config", metavar="FILE", help="configuration file (default: found by walking up)")
    common.add_argument("--no-config", action="store_true", help="ignore any configuration file")

    check = commands.add_parser("check", parents=[common], help="lint articles (the default command)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders; - reads standard input")
    check.add_argument("--format", choices=("text", "json", "sarif", "github", "html", "auto"), default="text")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest level that fails the run")
    check.add_argument("--select", action="append", default=[], metavar="RULE", help="run only these rules (globs)")
    check.add_argument("--ignore", action="append", default=[], metavar="RULE", help="skip these rules (globs)")
    check.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="publication date of the articles")
    check.add_argument(
        "--no-cache", action="store_true", help="check every file afresh, without the stored results of earlier runs"
    )
    check.add_argument("--stdin-filename", metavar="NAME", help="name standard input has in reports")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    check.add_argument("--fix", action="store_true", help="apply unambiguous corrections in place")
    check.add_argument("--dry-run", action="store_true", help="with --fix: print a unified diff, write nothing")
    check.add_argument("--diff", metavar="REV", help="report only findings on lines changed since git REV")
    check.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in FILE")
    check.add_argument("--baseline-write", metavar="FILE", help="record today's findings in FILE and exit 0")
    check.add_argument(
        "--max-size",
        type=_megabytes,
        default=MAX_ARTICLE_BYTES / 1e6,
        metavar="MB",
        help=f"skip articles larger than this ({MAX_ARTICLE_BYTES / 1e6:g})",
    )
    check.add_argument(
        "-j", "--jobs", type=_jobs, default=0, metavar="N", help="check files on N processes (default: all cores)"
    )

    rules = commands.add_parser("rules", parents=[common], help="list rules, or test their examples")
    rules.add_argument("action", nargs="?", choices=("list", "test"), default="list")
    rules.add_argument("folders", nargs="*", metavar="FOLDER", help="rule folders to test (default: configured)")
    rules.add_argument("--markdown", action="store_true", help="print the rule reference in Markdown")

    explain = commands.add_parser("explain", parents=[common], help="describe a rule, with its examples")
    explain.add_argument("rule", metavar="RULE")

    names = commands.add_parser("names", parents=[common], help="learn names from an archive")
    names.add_argument("action", choices=("learn",))
    names.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    names.add_argument("--min-articles", type=int, default=2, metavar="N", help="seen in at least N articles (2)")

    lsp = commands.add_parser("lsp", help="serve an editor as a language server (needs presslint[lsp])")
    lsp.add_argument("--stdio", action="store_true", help="talk over standard input and output (the only way)")
    return parser


def _with_command(argv: list[str]) -> list[str]:
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        return argv
    return ["check", *argv]


def main(argv: Sequence[str] | None = None) -> int:
    """Run presslint; returns the exit code (0 clean, 1 findings, 2 usage or config error)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(_with_command(args_list))
        from presslint.text.patterns import pattern_store

        with pattern_store():  # the run's compiled patterns, kept for the next run
            return _run_command(args)
    except PresslintError as error:
        print(f"presslint: {error}" if isinstance(error, UsageError) else str(error), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("presslint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


def _run_command(args: argparse.Namespace) -> int:
    """The command ``args`` names, with the configuration it reads."""
    from presslint.rulebook.config import Config, find_config, load_config

    if args.command == "lsp":  # each document finds its own configuration
        from presslint.cli.lsp import run_lsp

        return run_lsp()
    if args.no_config:
        config = Config()
    else:
        config_path = Path(args.config) if args.config else find_config(Path.cwd())
        if args.config and not os.path.isfile(args.config):
            raise UsageError(f"{args.config}: no such configuration file")
        config = load_config(config_path)
    if args.command == "rules":
        from presslint.cli.rules import list_rules, test_rules

        if args.action == "test":
            return test_rules(config, args.folders)
        return list_rules(config, markdown=args.markdown)
    if args.command == "names":
        from presslint.cli.names import learn_names

        return learn_names(config, args.paths, args.min_articles)
    if args.command == "explain":
        from presslint.cli.rules import explain_rule

        return explain_rule(config, args.rule)
    from presslint.cli.check import run_check

    return run_check(args, config)


def run() -> None:
    raise SystemExit(main())
