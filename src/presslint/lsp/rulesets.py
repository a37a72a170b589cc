"""Each document's configuration and rules: found as the command line finds them, loaded once, kept.

A document's configuration is the nearest ``.presslint.yaml`` or ``[tool.presslint]`` at or
above its folder. Its rules come through the same on-disk rule cache as a command-line run,
and stay in memory until a configuration or rule file changes: the editor says so through
``workspace/didChangeWatchedFiles``, and for editors that do not watch files, opening or
saving a document compares what every kept rule set was built from (a few milliseconds).
A configuration that cannot be read or a rule file that breaks is kept as its one-line
error, so it is reported once and not reloaded at every keystroke.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from presslint.engine import ActiveRule
from presslint.errors import PresslintError
from presslint.rule.model import Rule
from presslint.rulebook.config import Config, find_config, load_config
from presslint.rulebook.ruleset import active_rules, load_all_rules, rule_set_key, rule_source


class RuleSet(NamedTuple):
    """One configuration with its rules: those that run, and every rule it sees (for hover)."""

    config: Config
    rules: list[ActiveRule]
    described: dict[str, Rule]
    config_path: Path | None

    def rule_file(self, rule: Rule) -> Path | None:
        return rule_source(self.config, rule.path)


class RuleSetError(PresslintError):
    """A configuration or rule file that cannot be used; the message is its one line."""


class _Kept(NamedTuple):
    outcome: RuleSet | RuleSetError
    stamp: tuple[object, ...]


def _stamp(config_path: Path | None, config: Config | None) -> tuple[object, ...]:
    """What a kept rule set was built from: its configuration file's state and its rules' digest."""
    file_state: tuple[object, ...] | None = None
    if config_path is not None:
        try:
            info = os.stat(config_path)
            file_state = (info.st_mtime_ns, info.st_size)
        except OSError:
            file_state = ("gone",)
    try:
        key = rule_set_key(config) if config is not None else None
    except OSError:
        key = None
    return (file_state, key)


class RuleSets:
    """The rule sets of the documents open in one editor, by configuration file."""

    def __init__(self) -> None:
        self._config_of_folder: dict[Path, Path | None] = {}
        self._kept: dict[Path | None, _Kept] = {}

    def for_document(self, path: Path | None) -> RuleSet:
        """The rule set for a document at ``path`` (None: an unsaved document, shipped rules only).

        Raises :class:`RuleSetError` with the one line that says what is wrong.
        """
        config_path = self._config_path(path.parent) if path is not None else None
        kept = self._kept.get(config_path)
        if kept is None:
            kept = self._kept[config_path] = self._load(config_path)
        if isinstance(kept.outcome, RuleSetError):
            raise kept.outcome
        return kept.outcome

    def forget(self) -> None:
        """Drop everything: the next document reads its configuration and rules again."""
        self._config_of_folder.clear()
        self._kept.clear()

    def refresh(self) -> bool:
        """Drop the rule sets whose files changed since they were built; whether any was."""
        self._config_of_folder.clear()  # a configuration file may have been added or removed
        changed = False
        for config_path, kept in list(self._kept.items()):
            config = kept.outcome.config if isinstance(kept.outcome, RuleSet) else _config_or_none(config_path)
            if _stamp(config_path, config) != kept.stamp:
                del self._kept[config_path]
                changed = True
        return changed

    def _config_path(self, folder: Path) -> Path | None:
        if folder not in self._config_of_folder:
            self._config_of_folder[folder] = find_config(folder)
        return self._config_of_folder[folder]

    def _load(self, config_path: Path | None) -> _Kept:
        config: Config | None = None
        try:
            config = load_config(config_path)
            key = rule_set_key(config)
            loaded = load_all_rules(config, key)
            rules = active_rules(loaded, config)
            outcome: RuleSet | RuleSetError = RuleSet(
                config, rules, {item.rule.id: item.rule for item in loaded}, config_path
            )
        except PresslintError as error:
            outcome = RuleSetError(str(error))
        except OSError as error:
            outcome = RuleSetError(f"{config_path or 'rules'}: cannot read: {error.strerror}")
        return _Kept(outcome, _stamp(config_path, config))


def _config_or_none(config_path: Path | None) -> Config | None:
    try:
        return load_config(config_path)
    except (PresslintError, OSError):
        return None
