"""A loaded rule: kept apart from the loading, so that a run whose rules come from the cache imports no YAML."""

from __future__ import annotations

from typing import NamedTuple

from presslint.checks.base import Check
from presslint.rule.model import Rule


class LoadedRule(NamedTuple):
    """A rule as its file gives it, with its compiled check."""

    rule: Rule
    check: Check
