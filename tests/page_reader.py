"""Read a review page back the way a browser's parser would: its marks, scripts, attributes and links."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import NamedTuple


class Mark(NamedTuple):
    rule: str
    severity: str
    line: int
    column: int
    text: str


class PageReader(HTMLParser):
    """Everything a test needs to know about one page; feed it the page once."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[Mark] = []
        self.mark_attributes: list[dict[str, str]] = []
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.event_attributes: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.metas: list[dict[str, str]] = []
        self.text: list[str] = []
        self._open: list[tuple[dict[str, str], list[str]]] = []
        self._in: str | None = None
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.append(tag)
        self.event_attributes += [(tag, name) for name in values if name.startswith("on")]
        self.links += [values[name] for name in ("href", "src", "action", "formaction") if name in values]
        if tag == "meta":
            self.metas.append(values)
        if tag == "mark":
            self._open.append((values, []))
        if tag in ("script", "style"):
            self._in = tag
            (self.scripts if tag == "script" else self.styles).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open:
            values, text = self._open.pop()
            self.mark_attributes.append(values)
            mark = Mark(
                values["data-rule"],
                values["data-severity"],
                int(values["data-line"]),
                int(values["data-column"]),
                "".join(text),
            )
            self.marks.append(mark)
        if tag in ("script", "style"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "style":
            self.styles[-1] += data
        else:
            self.text.append(data)
        for _, text in self._open:
            text.append(data)

    def sorted_marks(self) -> list[Mark]:
        return sorted(self.marks, key=lambda mark: (mark.line, mark.column, mark.rule))
