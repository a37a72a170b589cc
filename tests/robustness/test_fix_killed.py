"""A --fix run killed at any moment leaves the original file or the fixed one, never a half-written one."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED

# The child runs presslint --fix with one step of the write slowed down and announced, so
# the test can kill it exactly there: inside the write, or just after the rename.
CHILD = """
import os, sys, time
from presslint.report import fixes
step = sys.argv[1]
original = getattr(os, step)
def announced(*args):
    if step == "replace":
        original(*args)
    print(step, flush=True)
    time.sleep(30)
    if step != "replace":
        original(*args)
setattr(fixes.os, step, announced)
from presslint.cli.main import main
main(["check", "--no-config", "--fix", sys.argv[2]])
"""


def _fixed_bytes(tmp_path: Path, original: bytes) -> bytes:
    copy = tmp_path / "reference.txt"
    copy.write_bytes(original)
    subprocess.run([sys.executable, "-m", "presslint", "check", "--no-config", "--fix", str(copy)], check=False)
    return copy.read_bytes()


@pytest.mark.parametrize(("step", "expect_fixed"), [("fsync", False), ("replace", True)])
def test_kill_during_fix(tmp_path: Path, step: str, expect_fixed: bool) -> None:
    original = SEED.read_bytes()
    fixed = _fixed_bytes(tmp_path, original)
    assert fixed != original and len(fixed) == len(original)  # Kazkahstan/Zulifya: same length, other bytes
    story = tmp_path / "story.txt"
    story.write_bytes(original)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, step, str(story)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == step  # it is inside the write now
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert story.read_bytes() == (fixed if expect_fixed else original)
    leftovers = [path.name for path in tmp_path.iterdir() if path.name.startswith(".story.txt.")]
    assert len(leftovers) == (0 if expect_fixed else 1)  # a killed write leaves only its own temporary file


def test_kill_at_random_moments(tmp_path: Path) -> None:
    """Killed after 0.1 s to 4 s into the run: every outcome is one of the two whole files."""
    original = SEED.read_bytes()
    fixed = _fixed_bytes(tmp_path, original)
    outcomes = set()
    for delay in (0.1, 0.3, 0.5, 0.7, 0.9, 1.5, 4.0):
        story = tmp_path / f"story-{delay}.txt"
        story.write_bytes(original)
        child = subprocess.Popen(
            [sys.executable, "-m", "presslint", "check", "--no-config", "--fix", str(story)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            child.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            child.wait()
        content = story.read_bytes()
        assert content in (original, fixed)
        outcomes.add(content == fixed)
    assert True in outcomes  # the later kills came after the fix was written
