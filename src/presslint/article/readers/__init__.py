"""Turn an article file's bytes into an :class:`~presslint.article.model.Article`."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath

from presslint.article.model import Article, Block, BlockKind
from presslint.article.readers.blocks import add_quote_blocks
from presslint.article.readers.classify import classify
from presslint.article.readers.dateline import parse_dateline
from presslint.article.readers.settings import DEFAULT_READ_SETTINGS, LANGUAGES, ReadSettings

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)
_DATELINE_SEARCH_BLOCKS = 4


def read_article(
    text: str,
    path: str = "<text>",
    settings: ReadSettings = DEFAULT_READ_SETTINGS,
    published: dt.date | None = None,
) -> Article:
    """Parse decoded ``text``; the format follows ``path``'s suffix (plain text otherwise)."""
    suffix = PurePath(path).suffix.lower()
    metadata: dict[str, object] = {}
    blocks: list[Block]
    if suffix in MARKDOWN_SUFFIXES:
        from presslint.article.readers.front_matter import read_front_matter
        from presslint.article.readers.markdown import read_markdown

        front = read_front_matter(text, path, settings)
        headline_given = any(block.kind is BlockKind.HEADLINE for block in front.blocks)
        blocks = front.blocks + classify(read_markdown(text, front.end), settings, headline_given)
        metadata = front.data
        published = published or front.published
    elif suffix in HTML_SUFFIXES:
        from presslint.article.readers.html import read_html

        blocks = classify(read_html(text), settings)
    else:
        from presslint.article.readers.plain import read_plain

        blocks = classify(read_plain(text), settings)
    if published is None:
        published = _dateline_date(blocks)
    language = metadata.get("language")  # front matter may set it for one article
    if language not in LANGUAGES:
        language = settings.language
    return Article(path, text, add_quote_blocks(blocks), published, metadata, language=str(language))


def reader_name(path: str) -> str:
    """Which reader reads ``path``: "Markdown", "HTML" or "plain-text"."""
    suffix = PurePath(path).suffix.lower()
    return "Markdown" if suffix in MARKDOWN_SUFFIXES else "HTML" if suffix in HTML_SUFFIXES else "plain-text"


def _dateline_date(blocks: list[Block]) -> dt.date | None:
    for block in blocks[:_DATELINE_SEARCH_BLOCKS]:
        if block.kind is BlockKind.DATELINE:
            return parse_dateline(block.text)
    return None
