"""SARIF 2.1.0 for code-scanning upload: rule metadata, regions, stable fingerprints."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import PurePath
from urllib.parse import quote

from presslint.finding import FileResult, Finding
from presslint.rule.model import Rule
from presslint.version import VERSION as __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://pypi.org/project/presslint/"


def _uri(path: str) -> str:
    """A relative reference for a relative path (as code scanning wants), a file URI otherwise."""
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else quote(pure.as_posix())


def _fingerprint(finding: Finding) -> str:
    # Rule, file and the flagged text in its line: stable when lines above it move.
    key = "\x1f".join((finding.rule, finding.path, finding.match, finding.line_text.strip()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _rule_descriptor(rule: Rule) -> dict[str, object]:
    summary = rule.description.split("\n\n")[0].replace("\n", " ") or rule.id
    descriptor: dict[str, object] = {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.replace(".", "-").split("-")),
        "shortDescription": {"text": summary[:1000]},
        "fullDescription": {"text": rule.description or summary},
        "help": {"text": rule.description or summary, "markdown": rule.description or summary},
        "defaultConfiguration": {"level": _LEVELS[rule.level]},
        "properties": {"kind": rule.kind, "tags": ["editorial", rule.id.split(".")[0]]},
    }
    if rule.link:
        descriptor["helpUri"] = rule.link
    return descriptor


def render_sarif(
    results: Sequence[FileResult], rules: Sequence[Rule], colour: bool = False, files: int | None = None
) -> str:
    used = sorted({finding.rule for result in results for finding in result.findings})
    by_id = {rule.id: rule for rule in rules}
    descriptors = [_rule_descriptor(by_id[rule_id]) for rule_id in used if rule_id in by_id]
    index = {descriptor["id"]: position for position, descriptor in enumerate(descriptors)}
    sarif_results = []
    for result in results:
        for finding in result.findings:
            entry: dict[str, object] = {
                "ruleId": finding.rule,
                "level": _LEVELS[finding.severity],
                "message": {"text": finding.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(finding.path)},
                            "region": {
                                "startLine": finding.line,
                                "startColumn": finding.column,
                                "endLine": finding.end_line,
                                "endColumn": finding.end_column,
                                "snippet": {"text": finding.match},
                            },
                        }
                    }
                ],
                "partialFingerprints": {"presslintFinding/v1": _fingerprint(finding)},
            }
            if finding.rule in index:
                entry["ruleIndex"] = index[finding.rule]
            sarif_results.append(entry)
    notifications = [
        {"level": "warning" if result.skipped else "error", "message": {"text": result.error}}
        for result in results
        if result.error
    ]
    run: dict[str, object] = {
        "tool": {
            "driver": {
                "name": "presslint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
    }
    if notifications:
        run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": notifications}]
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
