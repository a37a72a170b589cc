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


def pytest_configure(config: pytest.Config) -> None:
    """The suite's own cache folder (compiled rules, word table): the user's is never touched."""
    if "PRESSLINT_TEST_CACHE" not in os.environ:
        os.environ["PRESSLINT_TEST_CACHE"] = os.environ["PRESSLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="presslint-")


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = os.environ.pop("PRESSLINT_TEST_CACHE", None)
    if folder and os.environ.get("PRESSLINT_CACHE_DIR") == folder:
        shutil.rmtree(folder, ignore_errors=True)


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
