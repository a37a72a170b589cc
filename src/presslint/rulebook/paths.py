"""Which files in a rule folder are rule and data files."""

from __future__ import annotations

from pathlib import Path

RULE_SUFFIXES = (".yaml", ".yml")


def rule_files(folder: Path) -> list[Path]:
    """The YAML files under ``folder``, in a stable order."""
    return sorted(path for path in folder.rglob("*") if path.suffix in RULE_SUFFIXES and path.is_file())
