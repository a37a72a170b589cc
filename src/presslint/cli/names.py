"""``presslint names learn``: a register snippet of the names an archive uses."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from presslint.api.discovery import article_paths
from presslint.api.learn import learn, render_snippet
from presslint.errors import UsageError
from presslint.names.shared import dictionary_of, register_of
from presslint.rulebook.config import Config
from presslint.rulebook.ruleset import load_all_rules


def learn_names(config: Config, paths: Sequence[str], min_articles: int) -> int:
    if min_articles < 1:
        raise UsageError("--min-articles must be at least 1")
    files = [path for path in article_paths(paths) if path != "-"]
    if not files:
        raise UsageError("no article files found in " + ", ".join(paths))
    loaded = load_all_rules(config)
    context = next((item.check.context for item in loaded if item.rule.kind == "names"), None)
    if context is None:
        raise UsageError("no names rule is loaded, so there is no register to compare with")
    problems: list[tuple[str, bool]] = []
    names = learn(files, register_of(context), dictionary_of(context), problems)
    sys.stdout.write(render_snippet(names, len(files), min_articles))
    for line, _notice in problems:
        print(line, file=sys.stderr)
    return 2 if any(not notice for _line, notice in problems) else 0
