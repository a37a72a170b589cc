"""What the review page (``--format html``) costs beside the JSON report, on the same 1,000 articles.

Each run is a whole ``presslint check`` process, as a user or CI starts it:

- afresh: ``--no-cache``, every article read and checked (a CI run on a new machine);
- from the cache: every result stored by an earlier run of the same format (a second run).

The JSON run is the baseline, timed in the same loop, the two formats taking turns. The
articles are the first 1,000 of ``../shared/corpus/bbc-dev`` (measurement only: they are
copied to a temporary folder, never into the project).

usage: python benchmarks/review_page.py [--articles N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpus" / "bbc-dev"


def timed(command: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=environment, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr.decode())
    return elapsed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=10, help="runs of each format from the cache (afresh: a third)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="presslint-review-bench-") as work:
        folder = Path(work) / "articles"
        folder.mkdir()
        for source in sorted(BBC.glob("*.txt"))[: args.articles]:
            shutil.copy(source, folder)
        environment = {**os.environ, "PRESSLINT_CACHE_DIR": str(Path(work) / "cache")}
        outputs = {name: Path(work) / f"report.{name}" for name in ("json", "html")}

        def command(name: str, *extra: str) -> list[str]:
            base = [sys.executable, "-m", "presslint", "check", "--no-config", "--format", name]
            return [*base, "--output", str(outputs[name]), *extra, str(folder)]

        afresh: dict[str, list[float]] = {"json": [], "html": []}
        for _ in range(max(1, args.runs // 3)):
            for name in afresh:
                afresh[name].append(timed(command(name, "--no-cache"), environment))
        stored: dict[str, list[float]] = {"json": [], "html": []}
        for name in stored:
            timed(command(name), environment)  # fills the cache for this format
        for _ in range(args.runs):
            for name in stored:
                stored[name].append(timed(command(name), environment))
        count = len(list(folder.iterdir()))
        print(f"{count:,} articles, {sum(p.stat().st_size for p in folder.iterdir()) / 1e6:.1f} MB; median of runs")
        print(f"{'':<22} {'json s':>8} {'html s':>8} {'html/json':>10}")
        for label, times in (("afresh (--no-cache)", afresh), ("from the cache", stored)):
            json_s, html_s = statistics.median(times["json"]), statistics.median(times["html"])
            print(f"{label:<22} {json_s:>8.3f} {html_s:>8.3f} {html_s / json_s:>10.2f}")
        size = outputs["html"].stat().st_size
        print(f"page: {size / 1e6:.1f} MB; JSON report: {outputs['json'].stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
