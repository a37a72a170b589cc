from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from presslint.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "golden" / "astana-times-osce.txt"


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
