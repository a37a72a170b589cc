"""The language server's latency and memory, beside the command line run once per edit, in one run.

An editor without a language server runs the linter as a process on each save (or each
pause); that is the baseline here: ``presslint check`` on the seed article's text from
standard input, with the result cache off as for a text never seen. The server is timed
from the notification sent to the diagnostics received, through a real client (pygls's)
over stdio:

- didOpen of the seed article on a warm server (its rules loaded by an earlier document);
- didChange of one line (line 47: "Kazkahstan" typed right, then wrong again), with the
  default debounce (what an editor gets) and with none (the lint alone);
- the server's resident memory after the first change and after 1,000 changes, each
  a new word on line 47 (so every look-up of a word is new), every one awaited.

usage: python benchmarks/lsp_speed.py [--runs 20] [--changes 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
SEED = ROOT / "examples" / "astana-times-osce.txt"
sys.path.insert(0, str(ROOT / "tests" / "lsp"))

from lsp_client import Editor  # noqa: E402

LINE = 46  # 0-based: the seed's line 47
START = 45  # "Kazkahstan" starts at character 45 on it


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:7.1f} ms (min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})"


async def _server_times(folder: Path, runs: int, debounce_ms: int | None, changes: int) -> dict[str, object]:
    text = SEED.read_text(encoding="utf-8")
    options = {} if debounce_ms is None else {"debounceMs": debounce_ms}
    async with Editor(folder, options=options) as editor:
        warm = editor.open(folder / "warm-up.txt", text)
        await editor.diagnostics(warm, version=1)
        opens = []
        for run in range(runs):
            started = time.perf_counter()
            uri = editor.open(folder / f"seed-{run}.txt", text)
            await editor.diagnostics(uri, version=1)
            opens.append(time.perf_counter() - started)
        uri = editor.open(folder / "edited.txt", text)
        await editor.diagnostics(uri, version=1)
        edits = []
        for run in range(runs):
            word = "Kazakhstan" if run % 2 == 0 else "Kazkahstan"
            started = time.perf_counter()
            version = editor.replace(uri, (LINE, START), (LINE, START + 10), word)
            await editor.diagnostics(uri, version=version)
            edits.append(time.perf_counter() - started)
        pid = editor.client._server.pid  # type: ignore[union-attr]
        memory: list[float] = []
        if changes:
            typed = "Kazkahstan"
            for change in range(changes):
                new = f"Kaz{change:04d}stan"  # a word never seen before, as long as the one it replaces
                version = editor.replace(uri, (LINE, START), (LINE, START + len(typed)), new)
                typed = new
                await editor.diagnostics(uri, version=version)
                if change == 0:
                    memory.append(_rss_mb(pid))
            memory.append(_rss_mb(pid))
        return {"open": opens, "change": edits, "memory": memory}


def _cli_times(runs: int) -> list[float]:
    data = SEED.read_bytes()
    command = [sys.executable, "-m", "presslint", "check", "--no-config", "--no-cache", "--format", "json"]
    command += ["--stdin-filename", "seed.txt", "-"]
    subprocess.run(command, input=data, capture_output=True, check=False)  # warm-up: byte code, rule cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, input=data, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--changes", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="presslint-lsp-") as folder:
        default = asyncio.run(_server_times(Path(folder), args.runs, None, args.changes))
        immediate = asyncio.run(_server_times(Path(folder), args.runs, 0, 0))
    cli = _cli_times(args.runs)
    print(f"seed article ({SEED.name}), median of {args.runs}")
    print(f"  server, didOpen (warm)              {_median_ms(default['open'])}  target < 150 ms")  # type: ignore[arg-type]
    print(f"  server, didChange, default debounce {_median_ms(default['change'])}  target < 100 ms")  # type: ignore[arg-type]
    print(f"  server, didChange, no debounce      {_median_ms(immediate['change'])}")  # type: ignore[arg-type]
    print(f"  baseline: presslint check per edit  {_median_ms(cli)}")
    memory = default["memory"]
    if memory:
        first, last = memory  # type: ignore[misc]
        growth = (last - first) / first * 100
        print(f"  server memory: {first:.1f} MB after 1 change, {last:.1f} MB after {args.changes}: {growth:+.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
