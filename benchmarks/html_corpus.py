"""Write plain-text articles out as CMS-style HTML, to compare HTML readers on real text.

Each article is read by presslint's plain-text reader and written back as the HTML a
CMS exports: the headline in ``<h1>``, paragraphs in ``<p>`` with some words in
``<em>``/``<strong>``, captions in ``<figure><figcaption>``, the text escaped with
character references (``&amp;``, ``&rsquo;``, ``&#8220;``), and the chrome around it (a
``<head>`` with ``<title>``, ``<script>`` and ``<style>``, comments, a ``<nav>`` list).
Checking the folder with two presslint versions and comparing the JSON shows whether a
reader change moved any finding.

usage: python benchmarks/html_corpus.py OUT_DIR CORPUS_DIR [CORPUS_DIR...] [--limit N]
"""

from __future__ import annotations

import argparse
import html
import random
from pathlib import Path

from presslint.article.model import BlockKind
from presslint.article.readers import read_article

_HEAD = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>\n'
    '<script>var page = {{ title: "a < b && c" }};</script><style>p > em {{ color: red }}</style></head>\n'
    '<body><nav><ul><li><a href="/">Home</a></li></ul></nav>\n<!-- article starts -->\n<article>\n'
)
_TAIL = "</article>\n<!-- article ends --></body></html>\n"
_TYPOGRAPHIC = {"\u2019": "&rsquo;", "\u201c": "&#8220;", "\u201d": "&#x201D;", "\u2014": "&mdash;"}


def as_html(text: str, seed: int) -> str:
    """``text`` (a plain-text article) as one CMS-style HTML page."""
    chance = random.Random(seed)
    blocks = [b for b in read_article(text, "article.txt").blocks if b.parent is None]
    headline = next((b.text for b in blocks if b.kind is BlockKind.HEADLINE), "Article")
    parts = [_HEAD.format(title=_escaped(headline))]
    for block in blocks:
        body = _marked_up(block.text, chance)
        if block.kind is BlockKind.HEADLINE:
            parts.append(f'<h1 class="headline">{body}</h1>\n')
        elif block.kind is BlockKind.SUBHEAD:
            parts.append(f"<h2>{body}</h2>\n")
        elif block.kind is BlockKind.CAPTION:
            parts.append(f'<figure><img src="photo.jpg" alt=""><figcaption>{body}</figcaption></figure>\n')
        else:
            parts.append(f"<p data-id='{chance.randrange(1000)}'>{body}</p>\n")
    parts.append(_TAIL)
    return "".join(parts)


def _escaped(text: str) -> str:
    escaped = html.escape(text, quote=False)
    for char, reference in _TYPOGRAPHIC.items():
        escaped = escaped.replace(char, reference)
    return escaped


def _marked_up(text: str, chance: random.Random) -> str:
    words = text.split(" ")
    for index, word in enumerate(words):
        if word.isalpha() and chance.random() < 0.03:
            words[index] = f"<em>{_escaped(word)}</em>"
        elif chance.random() < 0.01:
            words[index] = f'<strong class="x">{_escaped(word)}</strong>'
        else:
            words[index] = _escaped(word)
    return " ".join(words).replace("\n", "<br>\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("corpora", type=Path, nargs="+")
    parser.add_argument("--limit", type=int, default=0, help="articles per corpus folder (0: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    for corpus in args.corpora:
        paths = sorted(corpus.glob("*.txt"))
        for index, path in enumerate(paths[: args.limit or None]):
            page = as_html(path.read_text(encoding="utf-8"), index)
            (args.out / f"{corpus.name}-{path.stem}.html").write_text(page, encoding="utf-8")
            written += 1
    print(f"{written} HTML articles written to {args.out}")


if __name__ == "__main__":
    main()
