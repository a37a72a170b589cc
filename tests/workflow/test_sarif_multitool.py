"""Microsoft's SARIF Multitool, with GitHub code scanning's ingestion rules, accepts our SARIF.

The tool comes from the npm registry (@microsoft/sarif-multitool) and is installed for
the test run; without npm the test is skipped.
"""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SEED

Runner = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def multitool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("npm") is None or platform.system() != "Linux" or platform.machine() != "x86_64":
        pytest.skip("needs npm on linux-x64")
    prefix = tmp_path_factory.mktemp("sarif-multitool")
    package = "@microsoft/sarif-multitool"
    subprocess.run(
        ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(prefix), package],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    binary = prefix / "node_modules" / "@microsoft" / "sarif-multitool-linux" / "Sarif.Multitool"
    assert binary.exists()
    return binary


def problems(binary: Path, sarif: Path, tmp_path: Path) -> list[tuple[str, str]]:
    report = tmp_path / f"{sarif.stem}.validation.sarif"
    subprocess.run(
        [str(binary), "validate", "--rule-kind", "Gh;Sarif", "--level", "Error;Warning", "--output", str(report),
         str(sarif)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    results = json.loads(report.read_text(encoding="utf-8"))["runs"][0].get("results", [])
    return [(r["ruleId"], r.get("level", "warning")) for r in results if r.get("level", "warning") != "note"]


@pytest.mark.parametrize("relative", [True, False], ids=["relative-path", "absolute-path"])
def test_multitool_accepts_presslint_sarif(
    multitool: Path, tmp_path: Path, run_cli: Runner, monkeypatch: pytest.MonkeyPatch, relative: bool
) -> None:
    ours = tmp_path / "presslint.sarif"
    if relative:
        monkeypatch.chdir(SEED.parent)
    run_cli("--format", "sarif", "--output", str(ours), SEED.name if relative else str(SEED))
    assert problems(multitool, ours, tmp_path) == []
    # The validator does catch what code scanning would reject (no rule metadata, no fingerprints).
    bare = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "a",
            "message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.txt"},
            "region": {"startLine": 1}}}]}]}]}  # fmt: skip
    broken = tmp_path / "broken.sarif"
    broken.write_text(json.dumps(bare), encoding="utf-8")
    assert ("GH1013", "error") in problems(multitool, broken, tmp_path)
