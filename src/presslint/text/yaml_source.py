"""Load YAML as plain data while keeping the line of every key and item.

Rule files, registers and configuration are data, never code: only YAML's core types are
built (no object construction), a key given twice is an error, and alias expansion is
capped so a "billion laughs" file fails fast instead of eating memory.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from presslint.errors import SourceError
from presslint.text.located import LocatedData, Path

_MAX_NODES = 2_000_000
_MAX_ALIAS_EXPANSIONS = 10_000
# libyaml's parser when PyYAML has it (ten times faster), the pure-Python one otherwise.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_COLLECTIONS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


class _Builder:
    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.constructor = SafeConstructor()
        self.lines: dict[Path, int] = {}
        self.offsets: dict[Path, int] = {}
        self.nodes = 0
        self.expansions = 0
        self.seen: set[int] = set()

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.nodes += 1
        if id(node) in self.seen and not isinstance(node, yaml.ScalarNode):
            self.expansions += 1
        self.seen.add(id(node))
        if self.nodes > _MAX_NODES or self.expansions > _MAX_ALIAS_EXPANSIONS:
            raise SourceError(self.origin, node.start_mark.line + 1, "too many nodes or aliases (a YAML bomb?)")
        self.lines.setdefault(path, node.start_mark.line + 1)
        self.offsets.setdefault(path, node.start_mark.index)
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_COLLECTIONS:
            raise SourceError(
                self.origin, node.start_mark.line + 1, f"unsupported tag {node.tag!r}: rule data is plain YAML"
            )
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as error:
            raise SourceError(self.origin, node.start_mark.line + 1, _describe(error)) from None

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise SourceError(self.origin, line, "a key must be a plain value, not a list or mapping")
            key = self._scalar(key_node)
            if key == "<<" or key_node.tag == "tag:yaml.org,2002:merge":
                raise SourceError(self.origin, line, "merge keys ('<<') are not supported")
            if key in result:
                raise SourceError(self.origin, line, f"key {key!r} is given twice")
            self.lines[(*path, key)] = line
            self.offsets[(*path, key)] = value_node.start_mark.index
            result[key] = self.build(value_node, (*path, key))
        return result


def _describe(error: yaml.YAMLError) -> str:
    if isinstance(error, yaml.MarkedYAMLError):
        parts = [part for part in (error.context, error.problem) if part]
        return "invalid YAML: " + "; ".join(parts) if parts else "invalid YAML"
    return f"invalid YAML: {error}"


def load_located(text: str, origin: str, first_line: int = 1) -> LocatedData:
    """Parse one YAML document from ``text``; errors carry ``origin`` and a line."""
    try:
        try:
            node = yaml.compose(text, Loader=_LOADER)
        except yaml.YAMLError:
            node = yaml.compose(text, Loader=yaml.SafeLoader)  # its messages name the bad character
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + 1 if mark else 1) + first_line - 1
        raise SourceError(origin, line, _describe(error)) from None
    except yaml.YAMLError as error:
        raise SourceError(origin, first_line, _describe(error)) from None
    except RecursionError:
        raise SourceError(origin, first_line, "YAML nested too deeply") from None
    if node is None:
        return LocatedData(None)
    builder = _Builder(origin)
    try:
        value = builder.build(node, ())
    except SourceError as error:
        raise SourceError(origin, (error.line or 1) + first_line - 1, error.message) from None
    except RecursionError:
        raise SourceError(origin, first_line, "YAML nested too deeply") from None
    lines = {path: line + first_line - 1 for path, line in builder.lines.items()}
    return LocatedData(value, lines, builder.offsets)
