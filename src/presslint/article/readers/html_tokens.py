"""Split HTML into tags, text and character references the way a browser's tokenizer does.

This follows the WHATWG tokenizer for what an article reader needs, and nothing it can
be given makes it raise: every ``<!`` that is not a comment or a DOCTYPE (a marked
section, ``<![if gte mso 9]>`` from Word, ``<![CDATA[`` outside SVG, a stray ``<!``) is a
bogus comment that ends at the next ``>``; ``<?…>`` and ``</3…>`` are bogus comments too;
a comment ends at ``-->``, ``--!>``, or abruptly at ``<!-->`` and ``<!--->``, and an
unclosed one runs to the end; a tag cut off by the end of the text is dropped; a ``<``
that opens nothing is text. The contents of ``script``, ``style``, ``textarea``,
``title`` and the other raw-text elements are one text token up to their end tag.

Every token carries its exact source span, so no text is searched for afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import Enum
from html import unescape
from html.entities import html5
from typing import NamedTuple


class TokenKind(Enum):
    START = "start"  # a start tag; ``value`` is its lower-case name
    END = "end"  # an end tag; ``value`` is its lower-case name
    TEXT = "text"  # characters as written; ``value`` is empty (read them from the source)
    REFERENCE = "reference"  # a character reference; ``value`` is the characters it stands for


class Token(NamedTuple):
    kind: TokenKind
    start: int
    end: int
    value: str = ""


_RAW_TEXT_ENDS = {
    name: re.compile(rf"</{name}[\t\n\f\r />]", re.IGNORECASE | re.ASCII)
    for name in ("script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title")
}
_PLAIN_TEXT = "plaintext"  # everything after its start tag is text, to the end
_MARKUP_OR_REFERENCE = re.compile(r"[<&]")
_TAG_NAME = re.compile(r"[A-Za-z][^\t\n\f\r />]*")
_SPACE = re.compile(r"[\t\n\f\r ]*")
_SPACE_OR_SLASH = re.compile(r"[\t\n\f\r /]*")
_ATTRIBUTE_NAME_REST = re.compile(r"[^\t\n\f\r />=]*")
_UNQUOTED_VALUE = re.compile(r"[^\t\n\f\r >]*")
_COMMENT_CLOSE = re.compile(r"--!?>")
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX][0-9A-Fa-f]+|[0-9]+);?")
_NAMED_REFERENCE = re.compile(r"&([A-Za-z0-9]+);?")
_LONGEST_REFERENCE_NAME = max(len(name) for name in html5)


def html_tokens(text: str) -> Iterator[Token]:
    """The tokens of ``text`` in order; comments, DOCTYPEs and bogus comments give none."""
    position, size = 0, len(text)
    while position < size:
        found = _MARKUP_OR_REFERENCE.search(text, position)
        if found is None:
            yield Token(TokenKind.TEXT, position, size)
            return
        mark = found.start()
        if text[mark] == "&":
            reference = _reference(text, mark)
            if reference is None:  # an ampersand that starts no reference is text
                yield Token(TokenKind.TEXT, position, mark + 1)
                position = mark + 1
                continue
            if mark > position:
                yield Token(TokenKind.TEXT, position, mark)
            yield reference
            position = reference.end
            continue
        if mark > position:
            yield Token(TokenKind.TEXT, position, mark)
        markup = _markup(text, mark)
        if markup is None:  # a "<" that opens nothing is text
            yield Token(TokenKind.TEXT, mark, mark + 1)
            position = mark + 1
            continue
        tag, position = markup
        if tag is None:
            continue
        yield tag
        if tag.kind is TokenKind.START and tag.value in _RAW_TEXT_ENDS:
            content_end = _raw_text_end(text, position, tag.value)
            if content_end > position:
                yield Token(TokenKind.TEXT, position, content_end)
            position = content_end
        elif tag.kind is TokenKind.START and tag.value == _PLAIN_TEXT:
            if position < size:
                yield Token(TokenKind.TEXT, position, size)
            return


def _markup(text: str, start: int) -> tuple[Token | None, int] | None:
    """What the ``<`` at ``start`` opens, and where reading goes on; None if it is text."""
    following = text[start + 1 : start + 2]
    if following.isascii() and following.isalpha():
        return _tag(text, start, start + 1, TokenKind.START)
    if following == "/":
        after = text[start + 2 : start + 3]
        if after.isascii() and after.isalpha():
            return _tag(text, start, start + 2, TokenKind.END)
        if after == ">":  # "</>" is dropped
            return None, start + 3
        if not after:  # "</" at the end is text
            return None
        return None, _bogus_comment_end(text, start + 2)
    if following == "!":
        if text.startswith("--", start + 2):
            return None, _comment_end(text, start + 4)
        return None, _bogus_comment_end(text, start + 2)  # a DOCTYPE also ends at the first ">"
    if following == "?":
        return None, _bogus_comment_end(text, start + 1)
    return None


def _tag(text: str, start: int, name_start: int, kind: TokenKind) -> tuple[Token | None, int]:
    name = _TAG_NAME.match(text, name_start)
    assert name is not None  # the caller saw an ASCII letter at name_start
    end = _tag_end(text, name.end())
    if end is None:  # the text ends inside the tag: browsers drop it
        return None, len(text)
    return Token(kind, start, end, name.group().lower()), end


def _tag_end(text: str, position: int) -> int | None:
    """The offset after the ``>`` closing a tag whose attributes start at ``position``."""
    size = len(text)
    while True:
        position = _SPACE_OR_SLASH.match(text, position).end()  # type: ignore[union-attr]
        if position >= size:
            return None
        if text[position] == ">":
            return position + 1
        position = _ATTRIBUTE_NAME_REST.match(text, position + 1).end()  # type: ignore[union-attr]
        after_name = _SPACE.match(text, position).end()  # type: ignore[union-attr]
        if after_name >= size or text[after_name] != "=":
            position = after_name
            continue
        value = _SPACE.match(text, after_name + 1).end()  # type: ignore[union-attr]
        if value >= size:
            return None
        quote = text[value]
        if quote in "\"'":
            closing = text.find(quote, value + 1)
            if closing < 0:
                return None
            position = closing + 1
        else:  # unquoted, or missing before ">"
            position = _UNQUOTED_VALUE.match(text, value).end()  # type: ignore[union-attr]


def _comment_end(text: str, position: int) -> int:
    """The offset after a comment whose text starts at ``position`` (after ``<!--``)."""
    if text.startswith(">", position):
        return position + 1
    if text.startswith("->", position):
        return position + 2
    closing = _COMMENT_CLOSE.search(text, position)
    return len(text) if closing is None else closing.end()


def _bogus_comment_end(text: str, position: int) -> int:
    closing = text.find(">", position)
    return len(text) if closing < 0 else closing + 1


def _raw_text_end(text: str, position: int, name: str) -> int:
    """Where a raw-text element's content ends: before ``</name`` and a space, ``/`` or ``>``; else at the end."""
    found = _RAW_TEXT_ENDS[name].search(text, position)
    return len(text) if found is None else found.start()


def _reference(text: str, start: int) -> Token | None:
    """The character reference at ``start`` (an ``&``), or None if none starts there."""
    numeric = _NUMERIC_REFERENCE.match(text, start)
    if numeric is not None:
        written = numeric.group()
        value = unescape(written if written.endswith(";") else written + ";")
        return Token(TokenKind.REFERENCE, start, numeric.end(), value)
    named = _NAMED_REFERENCE.match(text, start)
    if named is None:
        return None
    candidate = named.group()[1 : _LONGEST_REFERENCE_NAME + 1]
    for length in range(len(candidate), 0, -1):  # the longest name the table holds wins
        characters = html5.get(candidate[:length])
        if characters is not None:
            return Token(TokenKind.REFERENCE, start, start + 1 + length, characters)
    return None
