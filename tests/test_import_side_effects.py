"""Importing presslint, any of its modules, reads and writes nothing: caches are opened by the run that uses them."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

IMPORT_EVERYTHING = """
import pkgutil, importlib, presslint
names = [info.name for info in pkgutil.walk_packages(presslint.__path__, "presslint.")]
skipped = {"presslint.__main__"}
for name in names:
    if name not in skipped:
        importlib.import_module(name)
print(len(names))
"""


def _files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*"))


def _run_with_home(program: str, home: Path, cache: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "PRESSLINT_"))}
    environment["HOME"] = str(home)
    if cache is not None:
        environment["PRESSLINT_CACHE_DIR"] = str(cache)
    return subprocess.run(
        [sys.executable, "-c", program], env=environment, cwd=home, capture_output=True, text=True, check=False
    )


def test_import_presslint_with_an_empty_read_only_home_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        done = _run_with_home("import presslint; print(presslint.__version__)", home)
        assert (done.returncode, done.stderr) == (0, "")
        assert done.stdout == "0.1.0\n"
        assert _files_under(home) == []
    finally:
        home.chmod(stat.S_IRWXU)


def test_importing_every_module_touches_no_cache(tmp_path: Path) -> None:
    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    cache.mkdir()  # writable, so a write would land here and be seen
    done = _run_with_home(IMPORT_EVERYTHING, home, cache)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 90
    assert _files_under(home) == []
    assert _files_under(cache) == []
