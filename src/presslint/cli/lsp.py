"""``presslint lsp``: start the language server, or say in one line what it needs."""

from __future__ import annotations

from importlib.util import find_spec

from presslint.errors import UsageError


def run_lsp() -> int:
    if find_spec("pygls") is None or find_spec("lsprotocol") is None:
        raise UsageError("the language server needs pygls: install presslint with its extra, presslint[lsp]")
    from presslint.lsp.handlers import serve

    return serve()
