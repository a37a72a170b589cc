"""An open document, as presslint read it: its name, its format, its findings and where they are.

The text linted is the editor's, saved or not. It goes through the command line's own
path (:func:`presslint.api.lint.lint_bytes`): the same decoding, readers, rules,
per-file ignores and suppression comments, so the editor shows what ``presslint check``
would print for the same text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import NamedTuple
from urllib.parse import unquote, urlparse

from presslint.api.lint import lint_bytes
from presslint.article.readers import ARTICLE_SUFFIXES, reader_name
from presslint.article.source import MAX_ARTICLE_BYTES
from presslint.finding import Finding
from presslint.lsp.positions import Positions
from presslint.lsp.rulesets import RuleSet

_SUFFIX_OF_LANGUAGE = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}
_BOM = "\ufeff"


class Linted(NamedTuple):
    """A document's text at one version, with what presslint found in it."""

    uri: str
    version: int | None
    text: str
    findings: list[Finding]
    positions: Positions
    format_name: str
    rule_set: RuleSet | None
    problem: str | None = None  # the one line that says why the document was not (fully) checked

    @property
    def bom(self) -> int:
        """Characters before the text presslint read: a byte order mark, which decoding drops."""
        return 1 if self.text.startswith(_BOM) else 0

    def span(self, finding: Finding) -> tuple[tuple[int, int], tuple[int, int]]:
        """A finding's start and end as client positions."""
        return self.positions.position(finding.start + self.bom), self.positions.position(finding.end + self.bom)

    def offset(self, line: int, character: int) -> int:
        """A client position as an offset in the text presslint read (after a BOM)."""
        return self.positions.offset(line, character) - self.bom


def file_path(uri: str) -> Path | None:
    """The local file a ``file:`` URI names; None for any other (an unsaved buffer, say)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path))


def article_name(uri: str, language_id: str | None, rule_set: RuleSet | None, roots: Sequence[Path] = ()) -> str | None:
    """The name the document has in presslint: its suffix picks the reader, per-file ignores match it.

    It is the path relative to the configuration's folder (as a run from there names it),
    or else to the workspace folder that holds it. None for a document that is not an
    article (a YAML file, say).
    """
    path = file_path(uri)
    name = PurePath(unquote(urlparse(uri).path)).name or "untitled"
    if path is not None:
        config_folder = rule_set.config_path.parent if rule_set and rule_set.config_path else None
        name = str(path)
        for base in (config_folder, *roots):
            if base is not None and path.is_relative_to(base):
                name = path.relative_to(base).as_posix()
                break
    if name.lower().endswith(ARTICLE_SUFFIXES):
        return name
    suffix = _SUFFIX_OF_LANGUAGE.get(language_id or "")
    return name + suffix if suffix else None


def lint_document(
    uri: str,
    version: int | None,
    text: str,
    name: str,
    rule_set: RuleSet,
    encoding: str,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Linted:
    """Lint the editor's text of a document. Never raises for what the document holds."""
    positions = Positions(text, encoding)
    format_name = reader_name(name)
    data = text.encode("utf-8", "surrogatepass")
    if len(data) > max_bytes:
        size = f"{len(data) / 1e6:.1f} MB"
        problem = f"{name}: {size}, over the {max_bytes / 1e6:g} MB limit for one article; not checked"
        return Linted(uri, version, text, [], positions, format_name, rule_set, problem)
    result, _ = lint_bytes(name, data, rule_set.rules, rule_set.config)
    return Linted(uri, version, text, result.findings, positions, format_name, rule_set, result.error)
