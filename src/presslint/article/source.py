"""Decode an article's bytes: UTF-8 (a BOM is dropped), never guessed; and how large an article may be."""

from __future__ import annotations

MAX_ARTICLE_BYTES = 10_000_000  # the default --max-size: ten times the longest article an archive holds
_BOM = "\ufeff"
_BINARY_PROBE = 8192


class NotText(Exception):
    """The file is binary or not UTF-8; the message says which and where."""

    def __init__(self, message: str, line: int | None = None, skipped: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.skipped = skipped


def decode(data: bytes) -> str:
    """The text of ``data``; raises :class:`NotText` for binary or non-UTF-8 bytes."""
    if b"\x00" in data[:_BINARY_PROBE]:
        raise NotText("binary file (NUL bytes), skipped", skipped=True)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise NotText(
            f"not valid UTF-8 at byte {error.start} (0x{data[error.start]:02x}); save the file as UTF-8",
            line,
        ) from None
    if "\x00" in text:
        raise NotText("binary file (NUL bytes), skipped", text.count("\n", 0, text.index("\x00")) + 1, True)
    return text.removeprefix(_BOM)
