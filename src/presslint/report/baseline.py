"""A baseline: today's findings, recorded so an archive can adopt presslint gradually.

``--baseline-write FILE`` records each finding as its rule, file, flagged text and the
text of its line; ``--baseline FILE`` hides exactly those and reports anything new. No
line numbers are kept, so editing above a finding does not bring it back; a finding
recorded twice is hidden twice, a third one is new.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from presslint.errors import SourceError
from presslint.finding import Finding

VERSION = 1
Key = tuple[str, str, str, str]


def key_of(finding: Finding) -> Key:
    return finding.path, finding.rule, finding.match, " ".join(finding.line_text.split())


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    counts = Counter(key_of(finding) for finding in findings)
    entries = [
        {"path": p, "rule": r, "match": m, "context": c, "count": n} for (p, r, m, c), n in sorted(counts.items())
    ]
    text = json.dumps({"presslint_baseline": VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n"
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
    return sum(counts.values())


def read_baseline(path: Path) -> Counter[Key]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("presslint_baseline") != VERSION:
            raise ValueError("not a presslint baseline")
        return Counter(
            {(e["path"], e["rule"], e["match"], e["context"]): int(e["count"]) for e in document["findings"]}
        )
    except FileNotFoundError:
        raise SourceError(str(path), None, "no such baseline file (write one with --baseline-write)") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise SourceError(str(path), None, f"not a presslint baseline: {error}") from None


def without_baseline(findings: list[Finding], known: Counter[Key]) -> list[Finding]:
    remaining = Counter(known)
    kept = []
    for finding in findings:
        key = key_of(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            kept.append(finding)
    return kept
