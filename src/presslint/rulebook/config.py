"""Configuration: ``.presslint.yaml`` or ``[tool.presslint]`` in ``pyproject.toml``.

Found by walking up from the working directory (or named with ``--config``). Paths in it
are relative to the file that names them and may not lead out of its folder (a shared
rule folder elsewhere is named with an absolute path, on purpose).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import regex

from presslint.article.readers.settings import (
    DEFAULT_BOILERPLATE_PATTERNS,
    DEFAULT_CAPTION_PATTERNS,
    DEFAULT_READ_SETTINGS,
    LANGUAGES,
    ReadSettings,
    compile_patterns,
)
from presslint.errors import SourceError
from presslint.finding import SEVERITIES
from presslint.rule.options import Option, OptionError, is_bool, is_str, list_of, mapping_of, one_of, validate

CONFIG_NAMES = (".presslint.yaml", ".presslint.yml")

CONFIG_OPTIONS = (
    Option("rules", list_of(is_str), default=[], help="extra rule folders, relative to this file"),
    Option("shipped_rules", is_bool, default=True, help="load the rules shipped with presslint"),
    Option("enable", list_of(is_str), default=[], help="rule ids or globs to turn on (rules off by default)"),
    Option("disable", list_of(is_str), default=[], help="rule ids or globs to turn off, e.g. 'style.*'"),
    Option("levels", mapping_of(is_str, one_of(*SEVERITIES)), default={}, help="rule id or glob: new level"),
    Option("caption_patterns", list_of(is_str), default=None, help="regexes for a photo credit ending a caption"),
    Option("boilerplate_patterns", list_of(is_str), default=None, help="regexes for plugs and sign-offs"),
    Option("published_field", is_str, default="date", help="front matter field with the publication date"),
    Option(
        "language",
        one_of(*LANGUAGES),
        default="en",
        help="spelling variety: en (either, one per article), en-GB, en-US",
    ),
    Option("fail_on", one_of(*SEVERITIES), default="error", help="lowest level that fails the run"),
    Option("per_file_ignores", mapping_of(is_str, list_of(is_str)), default={}, help="file glob: rules not run on it"),
)


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when it lies below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def shipped_rules_dir() -> Path:
    """The rules installed with the package (or, in a source checkout, the repo's rules/)."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "rules"
    if installed.is_dir():
        return installed
    return package.parents[1] / "rules"


class Config(NamedTuple):
    """A configuration, read once; nothing changes it afterwards (its mappings are never written)."""

    source: str | None = None
    rule_folders: tuple[tuple[Path, str], ...] = ()
    shipped_rules: bool = True
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    levels: Mapping[str, str] = MappingProxyType({})
    read: ReadSettings = DEFAULT_READ_SETTINGS
    fail_on: str = "error"
    per_file_ignores: Mapping[str, list[str]] = MappingProxyType({})

    def checking_key(self) -> tuple[object, ...]:
        """What in this configuration changes what is found: all of it but its own path and ``fail_on``.

        The rule folders' files are in the rule set's key (:func:`presslint.rulebook.cache.cache_key`).
        """
        read = self.read
        return (
            tuple((str(folder.resolve()), shown) for folder, shown in self.rule_folders),
            self.shipped_rules,
            self.enable,
            self.disable,
            tuple(self.levels.items()),
            tuple((pattern.pattern, pattern.flags) for pattern in read.caption_patterns),
            tuple((pattern.pattern, pattern.flags) for pattern in read.boilerplate_patterns),
            read.published_field,
            read.language,
            tuple((glob, tuple(rules)) for glob, rules in self.per_file_ignores.items()),
        )


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start``."""
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.presslint]" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Read and validate ``path``; ``None`` gives the defaults."""
    if path is None:
        return Config()
    shown = display_path(path)
    if path.name == "pyproject.toml":
        data, line_of = _from_pyproject(path)
    else:
        try:
            from presslint.text.yaml_source import load_located

            located = load_located(path.read_text(encoding="utf-8"), shown)
        except OSError as error:
            raise SourceError(shown, None, f"cannot read: {error.strerror}") from None
        except UnicodeDecodeError as error:
            raise SourceError(shown, None, f"not UTF-8 (byte {error.start})") from None
        data = located.value if located.value is not None else {}
        line_of = located.line
        if not isinstance(data, dict):
            raise SourceError(shown, 1, "the configuration must be a mapping of settings")
    try:
        values = validate(data, CONFIG_OPTIONS, "the configuration")
        read = ReadSettings(
            _patterns(values["caption_patterns"], DEFAULT_CAPTION_PATTERNS, "caption_patterns"),
            _patterns(values["boilerplate_patterns"], DEFAULT_BOILERPLATE_PATTERNS, "boilerplate_patterns"),
            values["published_field"],
            values["language"],
        )
    except OptionError as error:
        raise SourceError(shown, line_of(error.path), error.message) from None
    folders = []
    home = path.parent.resolve()
    for index, name in enumerate(values["rules"]):
        folder = (path.parent / name).resolve()
        if not folder.is_dir():
            raise SourceError(shown, line_of(("rules", index)), f"rule folder {name!r} does not exist")
        if not Path(name).is_absolute() and home not in (folder, *folder.parents):
            # A relative path (or a symlink) that climbs out of the repository is refused; a
            # folder elsewhere is used only when the config names it with an absolute path.
            message = f"rule folder {name!r} lies outside {home.name}/; give an absolute path to use it"
            raise SourceError(shown, line_of(("rules", index)), message)
        folders.append((folder, name.rstrip("/")))
    return Config(
        source=shown,
        rule_folders=tuple(folders),
        shipped_rules=values["shipped_rules"],
        enable=tuple(values["enable"]),
        disable=tuple(values["disable"]),
        levels=dict(values["levels"]),
        read=read,
        fail_on=values["fail_on"],
        per_file_ignores=dict(values["per_file_ignores"]),
    )


def _patterns(given: list[str] | None, default: tuple[str, ...], key: str) -> tuple[regex.Pattern[str], ...]:
    patterns = default if given is None else tuple(given)
    for index, pattern in enumerate(patterns):
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise OptionError((key, index), f"{key}: pattern {pattern!r} does not compile: {error}") from None
    return compile_patterns(patterns)


def _from_pyproject(path: Path) -> tuple[dict[str, Any], Any]:
    import tomllib

    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SourceError(display_path(path), None, f"invalid TOML: {error}") from None
    section = document.get("tool", {}).get("presslint", {})
    if not isinstance(section, dict):
        raise SourceError(display_path(path), None, "[tool.presslint] must be a table")
    return {key.replace("-", "_"): value for key, value in section.items()}, lambda _path: None
