"""The rules one run applies: loaded once, filtered by config and command line, levelled."""

from __future__ import annotations

from collections.abc import Sequence
from fnmatch import fnmatchcase
from pathlib import Path

from presslint.engine import ActiveRule
from presslint.errors import UsageError
from presslint.rulebook.cache import cache_key, load_rules
from presslint.rulebook.config import Config, shipped_rules_dir
from presslint.rulebook.loaded import LoadedRule


def _matches(rule_id: str, patterns: Sequence[str]) -> bool:
    return any(fnmatchcase(rule_id, pattern) or rule_id.startswith(pattern + ".") for pattern in patterns)


def _folders(config: Config) -> list[tuple[Path, str]]:
    shipped = [(shipped_rules_dir(), "rules")] if config.shipped_rules else []
    return [*shipped, *config.rule_folders]


def load_all_rules(config: Config, key: str | None = None) -> list[LoadedRule]:
    """Every rule the configuration can see, shipped ones first (``key``: :func:`rule_set_key`, if known)."""
    return load_rules(_folders(config), key)


def rule_set_key(config: Config) -> str:
    """A digest of everything the configuration's rule set depends on (see :func:`cache_key`)."""
    return cache_key(_folders(config))


def active_rules(
    loaded: Sequence[LoadedRule],
    config: Config,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> list[ActiveRule]:
    """The rules to run: enabled (by its file or the config), selected, not ignored."""
    known = [item.rule.id for item in loaded]
    for pattern in (*select, *ignore):
        if not any(_matches(rule_id, [pattern]) for rule_id in known):
            raise UsageError(f"no rule matches {pattern!r} (see `presslint rules`)")
    active = []
    for item in loaded:
        rule = item.rule
        enabled = (rule.enabled or _matches(rule.id, config.enable)) and not _matches(rule.id, config.disable)
        if select:  # a rule named exactly is run even when off by default; a family runs its enabled rules
            enabled = rule.id in select or (enabled and _matches(rule.id, select))
        if _matches(rule.id, ignore) or not enabled:
            continue
        severity = rule.level
        for pattern, level in config.levels.items():
            if _matches(rule.id, [pattern]):
                severity = level
        active.append(ActiveRule(rule, item.check, severity))
    return active


def rule_source(config: Config, rule_path: str) -> Path | None:
    """The file a rule was read from, given the path its findings show (``rules/names/register.yaml``)."""
    for folder, shown in _folders(config):
        prefix = shown.rstrip("/") + "/"
        if rule_path.startswith(prefix):
            return folder / rule_path[len(prefix) :]
    return None
