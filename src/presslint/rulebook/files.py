"""Load rule files: YAML in, validated and compiled rules out, or ``file:line: problem``.

A rule file is one YAML mapping with ``id`` and ``kind``; a file with ``data`` instead is
data that a rule reads (a names register, a word list) and is skipped here. Every key is
checked: unknown keys, wrong types, bad regexes, unknown kinds and a rule id used twice
are errors that name the file and the line.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from presslint.article.model import BLOCK_KIND_NAMES, BlockKind
from presslint.article.readers.settings import LANGUAGES
from presslint.errors import SourceError
from presslint.finding import SEVERITIES
from presslint.rule.context import DataFile, RuleContext
from presslint.rule.model import Example, Rule, placeholders
from presslint.rule.options import Option, OptionError, is_bool, is_str, list_of, one_of, validate
from presslint.rulebook.loaded import LoadedRule
from presslint.rulebook.paths import rule_files
from presslint.rulebook.registry import KINDS, check_class
from presslint.text.located import LocatedData
from presslint.text.patterns import compiled
from presslint.text.yaml_source import load_located

RULE_ID = compiled(r"^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$")
DATA_KINDS = ("names", "words", "events")


def _example_item(value: Any) -> str | None:
    if isinstance(value, str):
        return None
    if isinstance(value, dict):
        return validate_example(value)
    return "expected a string or a mapping with 'text'"


def validate_example(value: dict[str, Any]) -> str | None:
    try:
        validate(value, _EXAMPLE_OPTIONS, "an example")
    except OptionError as error:
        return error.message
    return None


_EXAMPLE_OPTIONS = (
    Option("text", is_str, required=True),
    Option("match", is_str),
    Option("suggestion", is_str),
    Option("kind", one_of(*BLOCK_KIND_NAMES)),
    Option("language", one_of(*LANGUAGES)),
)


def _examples(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "expected a mapping with 'pass' and/or 'fail' lists"
    for key, items in value.items():
        if key not in ("pass", "fail"):
            return f"unknown key {key!r} (known: fail, pass)"
        if (problem := list_of(_example_item)(items)) is not None:
            return f"{key}: {problem}"
    return None


def _scope(value: Any) -> str | None:
    if value == "all":
        return None
    return list_of(one_of(*BLOCK_KIND_NAMES, "all"), min_items=1)(value)


SHARED_OPTIONS = (
    Option("id", is_str, required=True, help="stable id: family.name, e.g. style.percent"),
    Option("kind", one_of(*KINDS), required=True, help="which check runs the rule"),
    Option("level", one_of(*SEVERITIES), help="error, warning or info"),
    Option("message", is_str, help="what the user reads; {match} and {suggestion} are filled in"),
    Option("description", is_str, default="", help="why the rule exists, for `presslint explain`"),
    Option("scope", _scope, help="block kinds the rule reads, or 'all'"),
    Option("quotes", one_of("skip", "check"), help="whether the rule applies inside direct quotations"),
    Option("enabled", is_bool, default=True, help="false: off unless the config enables it"),
    Option("link", is_str, help="where the house style explains it"),
    Option("examples", _examples, default={}, help="pass and fail examples run by `presslint rules test`"),
)


def read_rule_yaml(path: Path, origin: str) -> LocatedData:
    """Parse a rule or data file; it must be a mapping. Raises :class:`SourceError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(origin, None, f"not UTF-8 (byte {error.start})") from None
    except OSError as error:
        raise SourceError(origin, None, f"cannot read: {error.strerror}") from None
    located = load_located(text, origin)
    if not isinstance(located.value, dict):
        found = "empty" if located.value is None else f"a {type(located.value).__name__}"
        raise SourceError(origin, 1, f"a rule file must be a mapping with 'id' and 'kind', not {found}")
    return located


def _data_kind(located: LocatedData, origin: str) -> str | None:
    data = located.value
    if "kind" in data or "data" not in data:
        return None
    if data["data"] not in DATA_KINDS:
        known = ", ".join(DATA_KINDS)
        raise SourceError(origin, located.line(("data",)), f"unknown data type {data['data']!r} (known: {known})")
    return str(data["data"])


def build_rule(located: LocatedData, origin: str, context: RuleContext) -> LoadedRule:
    """Validate and compile one rule. Raises :class:`SourceError`."""
    try:
        return _build(located.value, located, origin, context)
    except OptionError as error:
        raise SourceError(origin, located.line(error.path), error.message) from None


def load_rule_file(path: Path, display: str | None = None, context: RuleContext | None = None) -> LoadedRule | None:
    """Load one rule file; ``None`` for a data file. Raises :class:`SourceError`."""
    origin = display or str(path)
    located = read_rule_yaml(path, origin)
    if _data_kind(located, origin) is not None:
        return None
    return build_rule(located, origin, context or RuleContext())


def _build(data: dict[str, Any], located: LocatedData, origin: str, context: RuleContext) -> LoadedRule:
    kind = data.get("kind")
    if "kind" not in data:
        raise OptionError((), "a rule file needs the key 'kind'")
    if kind not in KINDS:
        raise OptionError(("kind",), f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
    check_type = check_class(kind, data.get("report"))
    values = validate(data, SHARED_OPTIONS + check_type.options, f"a {kind} rule")
    rule_id = values["id"]
    if not RULE_ID.match(rule_id):
        raise OptionError(("id",), f"rule id {rule_id!r} must look like family.name (lowercase, dots, hyphens)")
    message = values["message"] or check_type.default_message
    try:
        unknown = placeholders(message) - check_type.placeholders
    except ValueError as error:
        raise OptionError(("message",), f"message is not a valid template: {error}") from None
    if unknown:
        allowed = ", ".join("{" + name + "}" for name in sorted(check_type.placeholders))
        raise OptionError(("message",), f"message uses {{{sorted(unknown)[0]}}}; a {kind} rule knows {allowed}")
    scope_value = values["scope"]
    if scope_value is None:
        scope = frozenset(check_type.default_scope)
    elif scope_value == "all" or "all" in scope_value:
        scope = frozenset(BlockKind)
    else:
        scope = frozenset(BlockKind(name) for name in scope_value)
    rule = Rule(
        id=rule_id,
        kind=kind,
        level=values["level"] or check_type.default_level,
        message=message,
        description=values["description"].strip(),
        scope=scope,
        quotes=values["quotes"] or check_type.default_quotes,
        enabled=values["enabled"],
        link=values["link"],
        path=origin,
        line=located.line(("id",)),
        examples=tuple(_read_examples(values["examples"], located, scope)),
    )
    options = {option.name: values[option.name] for option in check_type.options}
    return LoadedRule(rule, check_type(rule, options, context))


def _read_examples(
    examples: dict[str, list[Any]], located: LocatedData, scope: frozenset[BlockKind]
) -> Iterable[Example]:
    default_kind = BlockKind.PARAGRAPH if BlockKind.PARAGRAPH in scope else sorted(scope, key=list(BlockKind).index)[0]
    for key in ("pass", "fail"):
        for index, item in enumerate(examples.get(key, [])):
            line = located.line(("examples", key, index))
            if isinstance(item, str):
                yield Example(item, key == "fail", default_kind, line=line)
            else:
                kind = BlockKind(item["kind"]) if "kind" in item else default_kind
                match, suggestion, language = item.get("match"), item.get("suggestion"), item.get("language", "en")
                yield Example(item["text"], key == "fail", kind, match, suggestion, line, language)


def load_rule_folders(folders: Iterable[tuple[Path, str]]) -> list[LoadedRule]:
    """Load every rule in ``folders`` (each with the prefix shown in messages).

    Data files are gathered first, so every rule sees every register and word list.
    Raises :class:`SourceError` for the first broken file or a rule id used twice.
    """
    context = RuleContext()
    pending: list[tuple[str, LocatedData]] = []
    for folder, shown in folders:
        for path in rule_files(folder):
            display = f"{shown}/{path.relative_to(folder).as_posix()}"
            located = read_rule_yaml(path, display)
            data_kind = _data_kind(located, display)
            if data_kind is None:
                pending.append((display, located))
            else:
                context.data_files.setdefault(data_kind, []).append(DataFile(display, located))
    loaded: list[LoadedRule] = []
    seen: dict[str, Rule] = {}
    for display, located in pending:
        item = build_rule(located, display, context)
        if (first := seen.get(item.rule.id)) is not None:
            raise SourceError(
                display, item.rule.line, f"rule id {item.rule.id!r} is already used by {first.path}:{first.line}"
            )
        seen[item.rule.id] = item.rule
        loaded.append(item)
    return loaded
