"""One generic validator for every option in rule files and configuration.

An option is a :class:`Option` (name, what it must be, default); :func:`validate` checks a
mapping against a tuple of options and names the offending key, so each check kind only
declares its options and never re-implements type checking.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, NamedTuple

Validator = Callable[[Any], "str | None"]  # None when fine, else what was expected


class OptionError(Exception):
    """An option is wrong; ``path`` is its key path inside the file."""

    def __init__(self, path: tuple[Hashable, ...], message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class Option(NamedTuple):
    name: str
    check: Validator
    default: Any = None
    required: bool = False
    help: str = ""


def _type_name(value: Any) -> str:
    return {
        str: "a string",
        bool: "true/false",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "a mapping",
        type(None): "nothing",
    }.get(type(value), type(value).__name__)


def is_str(value: Any) -> str | None:
    return None if isinstance(value, str) else f"expected a string, got {_type_name(value)}"


def is_bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"expected true or false, got {_type_name(value)}"


def is_number(value: Any) -> str | None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    return None if ok else f"expected a number, got {_type_name(value)}"


def one_of(*choices: str) -> Validator:
    def check(value: Any) -> str | None:
        if value in choices:
            return None
        return f"expected one of {', '.join(choices)}, got {value!r}"

    return check


def list_of(item: Validator, min_items: int = 0) -> Validator:
    def check(value: Any) -> str | None:
        if not isinstance(value, list):
            return f"expected a list, got {_type_name(value)}"
        if len(value) < min_items:
            return f"expected at least {min_items} item{'s' if min_items > 1 else ''}"
        for index, element in enumerate(value):
            if (problem := item(element)) is not None:
                return f"item {index + 1}: {problem}"
        return None

    return check


def mapping_of(key: Validator, value: Validator) -> Validator:
    def check(mapping: Any) -> str | None:
        if not isinstance(mapping, dict):
            return f"expected a mapping, got {_type_name(mapping)}"
        for name, element in mapping.items():
            if (problem := key(name)) is not None:
                return f"key {name!r}: {problem}"
            if (problem := value(element)) is not None:
                return f"{name!r}: {problem}"
        return None

    return check


def str_or_list(value: Any) -> str | None:
    if isinstance(value, str):
        return None
    return list_of(is_str)(value)


def validate(data: Mapping[str, Any], options: Sequence[Option], where: str) -> dict[str, Any]:
    """Check ``data`` against ``options``; return it with defaults filled in.

    Unknown keys, missing required keys and wrong types raise :class:`OptionError`.
    """
    known = {option.name: option for option in options}
    for key in data:
        if key not in known:
            names = ", ".join(sorted(known))
            raise OptionError((key,), f"unknown key {key!r} in {where} (known: {names})")
    result: dict[str, Any] = {}
    for option in options:
        if option.name not in data:
            if option.required:
                raise OptionError((), f"{where} needs the key {option.name!r}")
            result[option.name] = option.default
            continue
        value = data[option.name]
        if (problem := option.check(value)) is not None:
            raise OptionError((option.name,), f"{option.name}: {problem}")
        result[option.name] = value
    return result
