"""What must hold for any input: shared by the hypothesis tests and the atheris harness.

Reading never raises but for a front-matter problem (one line naming the file); every
block lies inside the source, and each of its characters is the one written there (or
the ``&`` of an HTML character reference, or the tag of an HTML line break); every
finding's ``match`` is the source text at its span.
"""

from __future__ import annotations

from collections.abc import Sequence

from presslint.article.readers import read_article
from presslint.article.source import NotText, decode
from presslint.engine import ActiveRule, lint_article
from presslint.errors import SourceError
from presslint.rulebook.config import Config

KINDS = ("article.txt", "article.md", "article.html")

_HTML_STAND_INS = ("&", "<")  # an HTML reference's characters sit at its "&", a <br>'s line break at its "<"


def check_article(text: str, path: str, rules: Sequence[ActiveRule] | None) -> None:
    """Read ``text`` as ``path``'s kind and, if ``rules`` are given, lint it; assert the invariants."""
    try:
        article = read_article(text, path, Config().read, None)
    except SourceError as error:  # front matter that is not YAML: one line that names the file
        assert str(error).startswith(path + ":") and "\n" not in str(error)
        return
    html = path.endswith(".html")
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(text)
        if block.offsets is None:  # plain text: the block is its source
            assert text[block.start : block.end] == block.text
        else:
            assert len(block.offsets) == len(block.text)
        if html and block.offsets is not None:
            for char, offset in zip(block.text, block.offsets, strict=True):
                assert text[offset] == char or text[offset] in _HTML_STAND_INS, (char, offset)
        for index in (0, len(block.text) // 2, len(block.text)):
            start, end = block.source_span(index, index)
            assert block.start <= start <= end <= block.end
    if rules is not None:
        for finding in lint_article(article, rules):
            assert finding.match == text[finding.start : finding.end]


def check_input(data: bytes, rules: Sequence[ActiveRule]) -> None:
    """A fuzzer's input: the first byte picks the kind (and, with its top bit, linting), the rest is the file."""
    if not data:
        return
    try:
        text = decode(data[1:])
    except NotText:
        return
    check_article(text, KINDS[data[0] % len(KINDS)], rules if data[0] & 0x80 else None)
