from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from presslint.cli.main import main

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "golden" / "astana-times-osce.txt"
# The seed's five known errors (the article of ../shared/seed/): rule, severity, line, column, flagged text.
SEED_KNOWN = [
    ("consistency.compound-titles", "warning", 5, 6, "Secretary General"),
    ("dates.caption-vs-body", "error", 13, 70, "June 7"),
    ("consistency.capitalisation", "warning", 47, 25, "Natural resources"),
    ("names.misspelled", "error", 47, 46, "Kazkahstan"),
    ("names.misspelled", "error", 47, 57, "Zulifya"),
]


def pytest_configure(config: pytest.Config) -> None:
    """The suite's own cache folder (compiled rules, word table): the user's is never touched."""
    if "PRESSLINT_TEST_CACHE" not in os.environ:
        os.environ["PRESSLINT_TEST_CACHE"] = os.environ["PRESSLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="presslint-")


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = os.environ.pop("PRESSLINT_TEST_CACHE", None)
    if folder and os.environ.get("PRESSLINT_CACHE_DIR") == folder:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _no_result_cache_in_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs inside the test process check every file afresh.

    Tests replace presslint's functions (a reader that fails, a rule that raises), and no
    cache key can see that: a stored result would hide the failure the test injects. The
    tests of the result cache itself ask for it with ``@pytest.mark.result_cache``;
    presslint run as a separate process uses it as a user's would.
    """
    if request.node.get_closest_marker("result_cache") is None:
        monkeypatch.setattr("presslint.api.result_cache.ResultCache.open", classmethod(lambda cls: None))


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run ``presslint`` in-process; returns (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with no configuration above it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
