"""The wheel carries the shipped rules, so `pip install .` works outside the repository."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_wheel_contains_rules_and_no_test_data(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("presslint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "rules").rglob("*.yaml"))
    assert sorted(name.removeprefix("presslint/") for name in names if name.startswith("presslint/rules/")) == shipped
    assert not [name for name in names if "fixtures" in name or "wikinews" in name or name.startswith("tests/")]
    assert "presslint/lsp/server.py" in names
    assert {"presslint/report/formats/html/review.css", "presslint/report/formats/html/review.js"} <= set(names)
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist: pygls")]
    assert "Provides-Extra: lsp" in metadata
    assert [line.split(";")[1].strip() for line in requires] == ["extra == 'lsp'", "extra == 'test'"]
