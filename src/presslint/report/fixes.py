"""Apply unambiguous corrections to a file: atomically, byte for byte, or as a diff.

Only findings that carry a ``fix`` are applied: a substitution rule's single
replacement, a register name's single suggestion, the right weekday. The file keeps its
encoding (UTF-8), BOM, line endings and final newline, because only the flagged spans
change. The new text is written to a temporary file beside the original and renamed over
it, so a killed run leaves the old file or the new one, never half of either; the
original's permissions are kept, and nothing is written if the file changed on disk
since it was read.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from presslint.errors import PresslintError
from presslint.finding import Finding

_BOM = "\ufeff"


class FileChanged(PresslintError):
    """The file changed on disk between reading and writing; nothing was written."""


def chosen_fixes(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings whose fixes apply to ``text``, in order: a fix overlapping an earlier one is left."""
    chosen: list[Finding] = []
    cursor = 0
    for finding in sorted((f for f in findings if f.fix is not None), key=lambda f: (f.start, f.end)):
        if finding.start < cursor or text[finding.start : finding.end] != finding.match:
            continue
        chosen.append(finding)
        cursor = finding.end
    return chosen


def fixed_text(text: str, findings: Sequence[Finding]) -> tuple[str, int]:
    """``text`` with every fix applied (later overlapping ones skipped), and how many were."""
    pieces: list[str] = []
    cursor = 0
    chosen = chosen_fixes(text, findings)
    for finding in chosen:
        pieces += [text[cursor : finding.start], finding.fix or ""]
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces), len(chosen)


def unified_diff(path: str, before: str, after: str) -> str:
    name = path.lstrip("/")
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def write_atomically(path: Path, original: bytes, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8, with a BOM if it had one) unless it changed since read."""
    data = ((_BOM if original.startswith(_BOM.encode()) else "") + text).encode("utf-8")
    if path.read_bytes() != original:
        raise FileChanged(f"{path}: changed on disk while presslint ran; not fixed")
    mode = path.stat().st_mode
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".presslint", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
