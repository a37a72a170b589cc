"""Map character offsets in an article to 1-based lines and columns.

Offsets are indices into the decoded text (a BOM already removed), so a column counts
Unicode characters: a tab, an emoji outside the BMP or an accented letter is one column.
A line ends at LF, CRLF or a lone CR.
"""

from __future__ import annotations

from bisect import bisect_right

from presslint.text.patterns import compiled

_LINE_BREAK = compiled(r"\r\n|\n|\r")


class LineIndex:
    """Binary search from offset to (line, column), built once per article."""

    __slots__ = ("_line_texts", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] = [0, *(found.end() for found in _LINE_BREAK.finditer(text))]
        self._line_texts: dict[int, str] = {}

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of the character at ``offset``."""
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        start: int = self._starts[line - 1]
        return start

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line break (one string per line, however often asked)."""
        if (cached := self._line_texts.get(line)) is not None:
            return cached
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self._text)
        text = self._line_texts[line] = self._text[start:end].rstrip("\r\n")
        return text

    @property
    def line_count(self) -> int:
        return len(self._starts)
