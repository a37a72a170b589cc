"""YAML front matter at the top of a Markdown article."""

from __future__ import annotations

import datetime as dt

import regex

from presslint.article.model import Block, BlockKind
from presslint.article.readers.captions import find_credit, split_caption
from presslint.article.readers.dateline import parse_dateline
from presslint.article.readers.settings import ReadSettings
from presslint.errors import SourceError
from presslint.text.patterns import compiled

_FENCE = compiled(r"\A---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*\r?$\n?", regex.DOTALL | regex.MULTILINE)
_TEXT_FIELDS = {"title": BlockKind.HEADLINE, "dateline": BlockKind.DATELINE}


class FrontMatter:
    def __init__(
        self,
        end: int = 0,
        blocks: list[Block] | None = None,
        data: dict[str, object] | None = None,
        published: dt.date | None = None,
    ) -> None:
        self.end = end
        self.blocks = [] if blocks is None else blocks
        self.data = {} if data is None else data
        self.published = published


def read_front_matter(text: str, path: str, settings: ReadSettings) -> FrontMatter:
    """The front matter's blocks and data; an article without one gives an empty result."""
    found = _FENCE.match(text)
    if not found:
        if text.startswith("---\n") or text.startswith("---\r\n"):
            raise SourceError(path, 1, "front matter is not closed by a '---' line")
        return FrontMatter()
    body_start = found.start("body")
    from presslint.text.yaml_source import load_located  # YAML is loaded only for articles that have front matter

    located = load_located(found["body"], path, first_line=2)
    if located.value is None:
        return FrontMatter(end=found.end())
    if not isinstance(located.value, dict):
        raise SourceError(path, 2, "front matter must be a mapping of fields (title: …, date: …)")
    data: dict[str, object] = {str(key): value for key, value in located.value.items()}
    blocks = [Block(BlockKind.FRONT_MATTER, 0, found.end(), text[: found.end()])]
    for name, kind in _TEXT_FIELDS.items():
        value = data.get(name)
        if isinstance(value, str):
            blocks.extend(_value_block(text, body_start + located.offsets[(name,)], value, kind))
    captions = data.get("captions")
    if isinstance(captions, list):
        for index, caption in enumerate(captions):
            if isinstance(caption, str):
                where = body_start + located.offsets[("captions", index)]
                for block in _value_block(text, where, caption, BlockKind.CAPTION):
                    blocks.extend(split_caption(block, find_credit(block.text, settings)))
    return FrontMatter(found.end(), blocks, data, _published(data.get(settings.published_field), path))


def _value_block(text: str, where: int, value: str, kind: BlockKind) -> list[Block]:
    # A plain or quoted scalar that appears verbatim keeps exact offsets; a folded one is skipped.
    at = text.find(value, where, where + len(value) + 2)
    if at < 0:
        return []
    return [Block(kind, at, at + len(value), value)]


def _published(value: object, path: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        parsed = parse_dateline(value)
        if parsed is None:
            raise SourceError(path, None, f"front matter date {value!r} is not a date (use YYYY-MM-DD)")
        return parsed
    return None
