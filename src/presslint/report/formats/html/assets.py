"""The review page's own style and script, and the Content-Security-Policy that allows only them.

The policy names each by its SHA-256, so the page runs its one script and applies its one
style sheet and nothing else: no other script, no inline handler, no ``javascript:`` URL,
no image, font, frame or connection, even if an article's text ever got past the escaping.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files
from typing import NamedTuple


class Assets(NamedTuple):
    style: str
    script: str
    policy: str


def _digest(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def assets() -> Assets:
    here = files(__package__)
    style = here.joinpath("review.css").read_text(encoding="utf-8")
    script = here.joinpath("review.js").read_text(encoding="utf-8")
    policy = (
        f"default-src 'none'; script-src {_digest(script)}; style-src {_digest(style)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return Assets(style, script, policy)
