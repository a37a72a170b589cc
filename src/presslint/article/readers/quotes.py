"""Find direct quotations inside a block of prose.

Double quotes (straight, curly, guillemets) are the quotation marks of news English;
single quotes count only where no double quotation is open (British style), and only
when they open before a word and close after one, so apostrophes are never taken for
quotes. A quotation left open at the end of a paragraph runs to its end, as a speech
that continues into the next paragraph does.
"""

from __future__ import annotations

from presslint.text.patterns import compiled

_OPENERS = {"“": "”", "«": "»", "„": "“"}
_SINGLE_OPENERS = {"‘": "’", "'": "'"}
_MARKS = compiled("[“«„\"‘'”»’\n]")  # every opener and closer, and the line break that ends a paragraph


def _before_word(text: str, index: int) -> bool:
    return index + 1 < len(text) and (text[index + 1].isalnum() or text[index + 1] in "‘'…")


def _after_word(text: str, index: int) -> bool:
    return index > 0 and not text[index - 1].isspace()


def _at_word_start(text: str, index: int) -> bool:
    return index == 0 or text[index - 1].isspace() or text[index - 1] in '([{—–-/“"'


def _at_word_end(text: str, index: int) -> bool:
    return index + 1 >= len(text) or not text[index + 1].isalnum()


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the quotations in ``text``, marks included."""
    spans: list[tuple[int, int]] = []
    closer: str | None = None
    start = 0
    single = False
    for found in _MARKS.finditer(text):  # only these characters change anything: the rest is skipped in C
        index = found.start()
        char = text[index]
        if closer is None:
            if (char in _OPENERS and _before_word(text, index)) or (char == '"' and _at_word_start(text, index)):
                closer, start, single = _OPENERS.get(char, '"'), index, False
            elif char in _SINGLE_OPENERS and _at_word_start(text, index) and _before_word(text, index):
                closer, start, single = _SINGLE_OPENERS[char], index, True
        elif char == closer and (not single or (_after_word(text, index) and _at_word_end(text, index))):
            spans.append((start, index + 1))
            closer = None
        elif not single and char == "\n" and index + 1 < len(text) and text[index + 1] == "\n":
            spans.append((start, index))
            closer = None
    if closer is not None and not single:
        spans.append((start, len(text.rstrip())))
    return spans
