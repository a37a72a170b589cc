"""Every shipped rule documents itself and passes its own embedded examples."""

from __future__ import annotations

import pytest

from presslint.engine import ActiveRule
from presslint.rulebook.config import Config
from presslint.rulebook.examples import run_examples
from presslint.rulebook.ruleset import load_all_rules

LOADED = load_all_rules(Config())


@pytest.mark.parametrize("item", LOADED, ids=[item.rule.id for item in LOADED])
def test_rule_examples(item: object) -> None:
    active = ActiveRule(item.rule, item.check, item.rule.level)  # type: ignore[attr-defined]
    outcomes = list(run_examples([active]))
    assert outcomes, "every shipped rule has examples"
    assert any(example.should_fail for _, example, _ in outcomes), "and at least one that fails"
    assert [str(failure) for _, _, failure in outcomes if failure] == []


@pytest.mark.parametrize("item", LOADED, ids=[item.rule.id for item in LOADED])
def test_rule_has_a_description(item: object) -> None:
    assert len(item.rule.description) > 40  # type: ignore[attr-defined]
