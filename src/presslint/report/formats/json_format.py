"""JSON, the contract other tools read (SPEC §3): ``{"findings": [...]}``.

Files that could not be checked are listed under ``errors`` as ``path`` and ``message``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from presslint.finding import FileResult
from presslint.rule.model import Rule
from presslint.version import VERSION as __version__


def render_json(
    results: Sequence[FileResult], rules: Sequence[Rule], colour: bool = False, files: int | None = None
) -> str:
    document = {
        "version": __version__,
        "findings": [finding.as_json() for result in results for finding in result.findings],
        "errors": [
            {"path": result.path, "message": result.error, "skipped": result.skipped}
            for result in results
            if result.error
        ],
        "files_checked": (len(results) if files is None else files) - sum(1 for result in results if result.error),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
