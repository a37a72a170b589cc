"""Offsets in a document's text to LSP positions and back, in the unit the client counts.

LSP positions are a 0-based line and a 0-based character counted in the negotiated
encoding's code units: UTF-16 unless the client offered UTF-8 or UTF-32. Lines end at LF,
CRLF or a lone CR, as in presslint's own line index, so the two never disagree.
"""

from __future__ import annotations

from presslint.article.positions import LineIndex

UNIT_BYTES = {"utf-8": 1, "utf-16": 2, "utf-32": 4}


def _units(text: str, encoding: str) -> int:
    if encoding == "utf-32" or text.isascii():
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Positions:
    """One text's offsets as (line, character) for the client, and the client's positions as offsets."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding if encoding in UNIT_BYTES else "utf-16"
        self._index = LineIndex(text)

    def position(self, offset: int) -> tuple[int, int]:
        """The 0-based line and character of ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line, column = self._index.position(offset)
        start = self._index.line_start(line)
        return line - 1, _units(self.text[start : start + column - 1], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The offset of a client's position; past a line's end means its end, past the text its end."""
        if line < 0:
            return 0
        if line >= self._index.line_count:
            return len(self.text)
        start = self._index.line_start(line + 1)
        text = self._index.line_text(line + 1)
        if self.encoding == "utf-32" or text.isascii():
            return start + min(max(character, 0), len(text))
        counted = 0
        for index, char in enumerate(text):
            if counted >= character:
                return start + index
            counted += _units(char, self.encoding)
        return start + len(text)
