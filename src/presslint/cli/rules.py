"""``presslint rules``, ``presslint rules test`` and ``presslint explain``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from presslint.engine import ActiveRule
from presslint.errors import UsageError
from presslint.rulebook.config import Config
from presslint.rulebook.examples import run_examples
from presslint.rulebook.files import load_rule_folders
from presslint.rulebook.ruleset import load_all_rules


def list_rules(config: Config, markdown: bool = False) -> int:
    loaded = load_all_rules(config)
    if markdown:
        from presslint.rulebook.docs import rules_markdown

        sys.stdout.write(rules_markdown([item.rule for item in loaded]))
        return 0
    width = max((len(item.rule.id) for item in loaded), default=10)
    for item in loaded:
        rule = item.rule
        scope = ",".join(sorted(kind.value for kind in rule.scope))
        state = "" if rule.enabled else " (off by default)"
        print(f"{rule.id:<{width}}  {rule.kind:<12} {rule.level:<7} {scope}{state}")
    return 0


def explain_rule(config: Config, rule_id: str) -> int:
    loaded = {item.rule.id: item.rule for item in load_all_rules(config)}
    rule = loaded.get(rule_id)
    if rule is None:
        raise UsageError(f"unknown rule {rule_id!r} (see `presslint rules`)")
    print(f"{rule.id} ({rule.kind}, {rule.level}{'' if rule.enabled else ', off by default'})")
    print(f"defined in {rule.path}:{rule.line}")
    print(
        f"applies to: {', '.join(sorted(kind.value for kind in rule.scope))}; "
        f"quotations: {'checked' if rule.quotes == 'check' else 'skipped'}"
    )
    if rule.description:
        print(f"\n{rule.description}")
    if rule.link:
        print(f"\nSee {rule.link}")
    for label, fail in (("Passes", False), ("Fails", True)):
        texts = [example.text for example in rule.examples_that(fail)]
        if texts:
            print(f"\n{label}:")
            for text in texts:
                print(f"  {text}")
    return 0


def test_rules(config: Config, folders: Sequence[str]) -> int:
    if folders:
        for folder in folders:
            if not Path(folder).is_dir():
                raise UsageError(f"{folder}: not a rule folder")
        loaded = load_rule_folders((Path(folder), folder.rstrip("/")) for folder in folders)
    else:
        loaded = load_all_rules(config)
    rules = [ActiveRule(item.rule, item.check, item.rule.level) for item in loaded]
    passed = failed = 0
    for _, _, failure in run_examples(rules):
        if failure is None:
            passed += 1
        else:
            failed += 1
            print(failure, file=sys.stderr)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0
