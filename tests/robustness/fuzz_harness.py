"""Coverage-guided fuzzing of the three readers and the whole engine, with atheris (libFuzzer).

The first byte of an input picks the file kind (plain text, Markdown, HTML) and whether
the rules run after reading; the rest is the file's bytes, decoded as presslint decodes
a file. The invariants of ``invariants.py`` must hold; anything else is a crash, and an
input that takes over ``-timeout`` seconds is a hang. Seeds are the test fixtures and,
where the shared corpora sit beside the checkout, their articles, each written as all
three kinds.

A long run (the README's): ::

    .venv/bin/python tests/robustness/fuzz_harness.py --seeds /tmp/presslint-seeds
    .venv/bin/python tests/robustness/fuzz_harness.py -max_total_time=1800 -timeout=2 \\
        -artifact_prefix=/tmp/presslint-crash- /tmp/presslint-corpus /tmp/presslint-seeds

Every crash it writes goes into ``fuzz_regressions/`` (its bytes, as found), where
``test_fuzz_regressions.py`` replays it on every test run.
"""

from __future__ import annotations

import html
import importlib
import pkgutil
import sys
from pathlib import Path

import atheris

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # page_reader, for the review page's invariant

with atheris.instrument_imports(include=["presslint"]):
    import presslint
    from presslint.api.lint import default_rules
    from presslint.rulebook.config import Config

    for module in pkgutil.walk_packages(presslint.__path__, "presslint."):  # the lazily imported ones too
        if module.name != "presslint.__main__":
            importlib.import_module(module.name)

from invariants import check_input  # noqa: E402  (after the instrumented imports)

RULES = default_rules(Config())
_FIXTURES = HERE.parent / "fixtures"
_CORPORA = HERE.parents[2].parent / "shared" / "corpus"


def one_input(data: bytes) -> None:
    check_input(data, RULES)


def write_seeds(folder: Path) -> int:
    """The fixtures and corpora as seed inputs of every kind; how many were written."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(_FIXTURES.rglob("*.txt")) + sorted(_CORPORA.glob("news/*.txt"))
    count = 0
    for number, source in enumerate(sources):
        text = source.read_text(encoding="utf-8")
        paragraphs = [part for part in text.split("\n\n") if part.strip()]
        forms = (
            text,
            "# " + "\n\n".join(paragraphs),
            "<h1>" + "</h1>\n<p>".join(html.escape(part, quote=False) for part in paragraphs) + "</p>\n",
        )
        for kind, form in enumerate(forms):
            (folder / f"{number:04}-{kind}").write_bytes(bytes([kind | 0x80]) + form.encode("utf-8"))
            count += 1
    return count


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seeds":
        print(f"{write_seeds(Path(sys.argv[2]))} seed inputs written to {sys.argv[2]}")
        return
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
