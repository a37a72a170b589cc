"""What a newsroom can tell the readers: how captions, credits and boilerplate look."""

from __future__ import annotations

from typing import NamedTuple

import regex

from presslint.text.patterns import compiled

# A photo credit closes a caption: "… Photo credit: OSCE." / "… Image: United States Navy." /
# "… (Photo: Reuters)". The credit is the match; the caption is what stands before it.
DEFAULT_CAPTION_PATTERNS = (
    r"(?:^|(?<=\s))(?:Photo|Image|Picture|Photograph)s?(?: credits?| by| courtesy)?:\s*\S[^\n]{0,150}$",
    r"(?:^|(?<=\s))\((?:Photo|Image|Picture|Photograph)s?(?: credits?| by| courtesy)?:[^()\n]{1,150}\)\.?$",
)

# Newsletter plugs and sign-offs: paragraphs near the end that are not reporting.
DEFAULT_BOILERPLATE_PATTERNS = (
    r"(?i)\b(?:sign up|subscribe to (?:our|the)|sent directly to you|follow us on|"
    r"stories sent directly|newsletter)\b",
)


LANGUAGES = ("en", "en-GB", "en-US")  # en: British and American spelling both right, one per article


class ReadSettings(NamedTuple):
    caption_patterns: tuple[regex.Pattern[str], ...]
    boilerplate_patterns: tuple[regex.Pattern[str], ...]
    published_field: str = "date"
    language: str = "en"


def compile_patterns(patterns: tuple[str, ...] | list[str]) -> tuple[regex.Pattern[str], ...]:
    return tuple(compiled(pattern, regex.MULTILINE) for pattern in patterns)


DEFAULT_READ_SETTINGS = ReadSettings(
    caption_patterns=compile_patterns(DEFAULT_CAPTION_PATTERNS),
    boilerplate_patterns=compile_patterns(DEFAULT_BOILERPLATE_PATTERNS),
)
