"""Every input a fuzzer broke presslint with, replayed; and a short coverage-guided run on every test run.

``fuzz_regressions/`` holds inputs in the harness's form (first byte: the kind, and with
its top bit, linting). The short run lasts ``PRESSLINT_FUZZ_SECONDS`` (60 in CI, 15
elsewhere); the README gives the command for a long one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from invariants import check_input

from presslint.api.lint import default_rules
from presslint.rulebook.config import Config

HERE = Path(__file__).parent
REGRESSIONS = sorted((HERE / "fuzz_regressions").iterdir())
SECONDS = int(os.environ.get("PRESSLINT_FUZZ_SECONDS", "60" if os.environ.get("CI") else "15"))


@pytest.mark.parametrize("found", REGRESSIONS, ids=[path.name for path in REGRESSIONS])
def test_an_input_the_fuzzer_found_is_read_and_checked(found: Path) -> None:
    check_input(found.read_bytes(), default_rules(Config()))


def test_a_short_coverage_guided_run_finds_no_crash_or_hang(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    harness = HERE / "fuzz_harness.py"
    seeds, corpus = tmp_path / "seeds", tmp_path / "corpus"
    subprocess.run([sys.executable, str(harness), "--seeds", str(seeds)], check=True, capture_output=True)
    corpus.mkdir()
    done = subprocess.run(
        [
            sys.executable,
            str(harness),
            f"-max_total_time={SECONDS}",
            "-timeout=2",
            "-rss_limit_mb=2048",
            f"-artifact_prefix={tmp_path}/crash-",
            str(corpus),
            str(seeds),
            str(HERE / "fuzz_regressions"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    crashes = sorted(path.name for path in tmp_path.glob("crash-*"))
    assert (done.returncode, crashes) == (0, []), done.stderr[-3000:]
    assert "DONE" in done.stderr
