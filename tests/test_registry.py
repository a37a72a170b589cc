"""Each behaviour of a kind is its own check class, picked by the rule's ``report:``; a wrong value reads as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from presslint.checks.base import Check
from presslint.rule.options import Option
from presslint.rulebook.registry import KINDS, check_class

Runner = Callable[..., tuple[int, str, str]]
FAMILIES = {kind: behaviours for kind, behaviours in KINDS.items() if len(behaviours) > 1}


def _report_option(check: type[Check]) -> Option:
    return next(option for option in check.options if option.name == "report")


def test_the_kinds_with_several_behaviours() -> None:
    assert {kind: list(behaviours) for kind, behaviours in FAMILIES.items()} == {
        "names": ["misspelled", "former", "unknown"],
        "dates": [
            "caption-vs-body", "weekday", "impossible", "after-publication", "relative", "range-dashes",
            "day-month-order",
        ],
        "spelling-variants": ["mixing", "language"],
        "quotation-marks": ["mixed", "unbalanced"],
        "abbreviations": ["before-definition", "defined-twice"],
    }  # fmt: skip


@pytest.mark.parametrize(("kind", "report"), [(k, r) for k, b in FAMILIES.items() for r in b])
def test_each_behaviour_has_a_class_of_its_own_that_accepts_its_report(kind: str, report: str) -> None:
    check = check_class(kind, report)
    assert check.kind == kind
    assert _report_option(check).check(report) is None
    others = [check_class(kind, other) for other in FAMILIES[kind] if other != report]
    assert check not in others
    assert not hasattr(check, "report")  # the behaviour is the class, not a switch inside it


@pytest.mark.parametrize("kind", FAMILIES)
def test_a_rule_without_report_gets_the_default_behaviour(kind: str) -> None:
    option = _report_option(check_class(kind))
    if option.required:
        assert kind == "dates"
    else:
        assert check_class(kind) is check_class(kind, option.default)
        assert option.default == next(iter(FAMILIES[kind]))


def _check_with_rule(folder: Path, run_cli: Runner, rule: str) -> tuple[int, str, str]:
    """``presslint check`` on a short article, with one house rule file holding ``rule``."""
    (folder / "rules").mkdir()
    (folder / "rules" / "x.yaml").write_text(rule, encoding="utf-8")
    (folder / "a.txt").write_text("Text.\n", encoding="utf-8")
    (folder / ".presslint.yaml").write_text("rules: [rules]\n", encoding="utf-8")
    return run_cli("check", str(folder / "a.txt"))


def test_a_wrong_report_is_one_line_naming_the_choices(isolated: Path, run_cli: Runner) -> None:
    done = _check_with_rule(isolated, run_cli, "id: house.x\nkind: quotation-marks\nreport: balanced\n")
    assert done == (2, "", "rules/x.yaml:3: report: expected one of mixed, unbalanced, got 'balanced'\n")


def test_a_dates_rule_needs_its_report(isolated: Path, run_cli: Runner) -> None:
    done = _check_with_rule(isolated, run_cli, "id: house.x\nkind: dates\n")
    assert done == (2, "", "rules/x.yaml:1: a dates rule needs the key 'report'\n")
