"""Whole-process speed and peak memory: presslint beside its peers, in one run.

For each case the commands run alternately, several times each, after one untimed
warm-up run each (which fills presslint's cache and writes byte code, as an installed
package has); the table gives medians, the ratio to presslint, and peak memory (max RSS
of the child). presslint runs its default rule set. Peers that are not installed
(proselint, codespell: `pip install proselint codespell`) are left out.

Cases: (a) one article, as the pre-commit hook runs it; (b) a 1 MB article, built from
the seed article repeated (as the issue asks), from the 65 different corpus articles
repeated, and from corpus sentences shuffled into paragraphs that never repeat (the
honest figure: presslint remembers nothing between paragraphs of different text); (c) a
folder of N articles (copies of the test corpus; nothing is carried from one article to
the next but word look-ups), presslint with -j 1 and -j 2, cold (--no-cache: every file
checked); (d) the same folder checked again with the result cache: nothing changed, and 1%
of the files changed (new bytes each run), beside the cold run and proselint. The cold
start (empty cache) is printed first. With --baseline PYTHON, another presslint (an interpreter with an earlier
release installed) runs beside this one in every case, as "presslint (baseline)".

usage: python benchmarks/speed.py [--runs N] [--articles N] [--cases abc] [--baseline PYTHON]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import regex

ROOT = Path(__file__).parents[1]
SEED = ROOT / "examples" / "astana-times-osce.txt"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
BIN = Path(sys.executable).parent
BASELINE: list[str] = []  # the interpreter of an earlier presslint, when one is compared


def _tool(name: str) -> str | None:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name)


def _presslint(target: Path, *options: str, python: str = sys.executable) -> list[str]:
    return [python, "-m", "presslint", "check", "--no-config", "--format", "json", *options, str(target)]


def commands(target: Path, folder: bool = False) -> dict[str, list[str]]:
    table = {"python -c pass": [sys.executable, "-c", "pass"]}
    if folder:  # cold: every file checked, none of the results stored by earlier runs read
        table["presslint -j 2"] = _presslint(target, "-j", "2", "--no-cache")
        table["presslint -j 1"] = _presslint(target, "-j", "1", "--no-cache")
    else:  # as the hook runs on an article it has not seen, and on one it has (its result stored)
        table["presslint"] = _presslint(target, "--no-cache")
        table["presslint (stored)"] = _presslint(target)
    for python in BASELINE:
        table["presslint (baseline)"] = _presslint(target, *(("-j", "2") if folder else ()), python=python)
    if proselint := _tool("proselint"):
        table["proselint 0.16"] = [proselint, "check", str(target)]
    if codespell := _tool("codespell"):
        table["codespell"] = [codespell, str(target)]
    return table


# Children run as installed software does: with byte code written (some shells switch it off).
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def measure(command: list[str], timeout: float) -> tuple[float, int]:
    """Wall time and this child's own peak memory (KB), from wait4."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENVIRONMENT)
    deadline = start + timeout
    while True:
        pid, _, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            return time.perf_counter() - start, usage.ru_maxrss
        if time.perf_counter() > deadline:
            child.kill()
            _, _, usage = os.wait4(child.pid, 0)
            return float("inf"), usage.ru_maxrss
        time.sleep(0.005)


def run_case(label: str, target: Path, runs: int, size: int, articles: int = 1, timeout: float = 600.0) -> None:
    table = commands(target, folder=articles > 1)
    times: dict[str, list[float]] = {name: [] for name in table}
    memory: dict[str, int] = dict.fromkeys(table, 0)
    for command in table.values():
        measure(command, timeout)  # warm-up: caches and byte code, as after installation
    for _ in range(runs):
        for name, command in table.items():  # alternating, so load on the machine hits all alike
            elapsed, peak = measure(command, timeout)
            times[name].append(elapsed)
            memory[name] = max(memory[name], peak)
    base = statistics.median(times["presslint -j 2" if articles > 1 else "presslint"])
    print(f"\n{label} ({size / 1e6:.2f} MB), median of {runs} runs")
    print(f"{'command':<18} {'wall s':>8} {'MB/s':>7} {'articles/s':>11} {'vs presslint':>13} {'peak MB':>8}")
    for name, values in times.items():
        median = statistics.median(values)
        rate = size / median / 1e6 if name != "python -c pass" else float("nan")
        per_second = articles / median if name != "python -c pass" else float("nan")
        print(
            f"{name:<18} {median:>8.3f} {rate:>7.2f} {per_second:>11.1f} {median / base:>12.2f}x"
            f" {memory[name] / 1024:>8.1f}"
        )


def rechecks(folder: Path, runs: int, changed: int) -> None:
    """Case (d): the folder checked again with the result cache, nothing changed and ``changed`` files changed.

    The cold figure (every file checked, --no-cache) is measured alternately with them, and
    so is proselint, which has no such cache.
    """
    paths = sorted(folder.iterdir())
    table = {
        "presslint cold (--no-cache)": _presslint(folder, "-j", "2", "--no-cache"),
        "presslint, nothing changed": _presslint(folder, "-j", "2"),
        f"presslint, {changed} changed": _presslint(folder, "-j", "2"),
    }
    if proselint := _tool("proselint"):
        table["proselint 0.16"] = [proselint, "check", str(folder)]
    times: dict[str, list[float]] = {name: [] for name in table}
    memory: dict[str, int] = dict.fromkeys(table, 0)
    measure(table["presslint, nothing changed"], 600.0)  # fills the result cache
    for run in range(runs):
        for name, command in table.items():
            if name.endswith("changed") and not name.endswith("nothing changed"):
                for path in paths[run :: max(1, len(paths) // changed)][:changed]:
                    with path.open("a", encoding="utf-8") as handle:
                        handle.write(f"\nEdited once more ({run}).\n")  # new bytes: a result not stored yet
            elapsed, peak = measure(command, 600.0)
            times[name].append(elapsed)
            memory[name] = max(memory[name], peak)
    cold = statistics.median(times["presslint cold (--no-cache)"])
    print(f"\n(d) {len(paths)} articles checked again, -j 2, median of {runs} runs")
    print(f"{'command':<28} {'wall s':>8} {'articles/s':>11} {'faster than cold':>17} {'peak MB':>8}")
    for name, values in times.items():
        median = statistics.median(values)
        faster, peak = cold / median, memory[name] / 1024
        print(f"{name:<28} {median:>8.3f} {len(paths) / median:>11.1f} {faster:>16.1f}x {peak:>8.1f}")


def cold_start(target: Path) -> None:
    """presslint's first run with an empty cache: it compiles and stores the rule set."""
    with tempfile.TemporaryDirectory() as cache:
        environment = {**ENVIRONMENT, "PRESSLINT_CACHE_DIR": cache}
        start = time.perf_counter()
        subprocess.run(_presslint(target), stdout=subprocess.DEVNULL, env=environment, check=False)
        print(f"presslint first run, empty cache: {time.perf_counter() - start:.2f} s (once per rule change)")


def _repeated(text: str) -> str:
    return "Archive\n\n" + (text + "\n\n") * (1_000_000 // len(text.encode()) + 1)


def _shuffled(text: str) -> str:
    """1 MB of paragraphs of two to five corpus sentences drawn at random (seed 1): no paragraph
    repeats, so nothing is answered from a paragraph seen before, as in a real long article."""
    sentences = [s for s in regex.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if s.strip()]
    chooser = random.Random(1)
    paragraphs: list[str] = []
    size = 0
    while size < 1_000_000:
        paragraph = " ".join(chooser.choice(sentences).strip() for _ in range(chooser.randint(2, 5)))
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    return "Archive\n\n" + "\n\n".join(paragraphs) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--cases", default="abcd", help="which cases to run (default abcd)")
    parser.add_argument("--baseline", help="python of an earlier presslint, run beside this one")
    args = parser.parse_args(argv)
    if args.baseline:
        BASELINE.append(args.baseline)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    cold_start(SEED)
    if "a" in args.cases:
        run_case("(a) one article, whole process", SEED, args.runs, SEED.stat().st_size)
    if not set(args.cases) & set("bcd"):
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        sources = sorted(CORPUS.glob("*.txt"))
        corpus_text = "\n\n".join(path.read_text(encoding="utf-8") for path in sources)
        cases_b = (
            ("the seed article repeated", _repeated(SEED.read_text(encoding="utf-8"))),
            ("65 corpus articles repeated", _repeated(corpus_text)),
            ("no paragraph twice (corpus sentences shuffled)", _shuffled(corpus_text)),
        )
        for name, text in cases_b if "b" in args.cases else ():
            big = Path(scratch) / "big.txt"
            big.write_text(text, "utf-8")
            run_case(f"(b) a 1 MB article: {name}", big, max(1, args.runs // 2), big.stat().st_size)
        if not set(args.cases) & set("cd"):
            return 0
        folder = Path(scratch) / "archive"
        folder.mkdir()
        for index in range(args.articles):
            shutil.copy(sources[index % len(sources)], folder / f"{index:05d}.txt")
        size = sum(path.stat().st_size for path in folder.iterdir())
        if "c" in args.cases:
            run_case(f"(c) {args.articles} articles in a folder", folder, max(1, args.runs // 3), size, args.articles)
        if "d" in args.cases:
            rechecks(folder, max(3, args.runs // 2), max(1, args.articles // 100))
    return 0


if __name__ == "__main__":
    sys.exit(main())
