"""The server's end of JSON-RPC: a malformed message is answered or logged in one line, never fatal.

It also forgets each notification's bookkeeping once the notification is handled: pygls
keeps it for ever, so a long session's memory grew with every keystroke.

pygls drops a request whose parameters do not fit the method's shape after logging a
traceback, and sends no answer, so the editor waits for one forever. Here such a request
is answered with JSON-RPC's "invalid params" error naming the method, and every message
that cannot be read at all is logged to the editor in one line.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.protocol import LanguageServerProtocol

logger = logging.getLogger("presslint.lsp")


class _Refused:
    """A message that was answered (or logged) while being read: nothing more to do with it."""


class AnsweringProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException:
            method = data.get("method") if isinstance(data, dict) else None
            if not isinstance(method, str):
                raise
            if "id" in data:
                refusal = JsonRpcInvalidParams(f"{method}: the parameters do not fit the method")
                self._send_response(data["id"], error=refusal.to_response_error())
            logger.warning("refused a %s message: its parameters do not fit the method", method)
            return _Refused()

    def _handle_notification(self, method_name: str, params: Any) -> None:
        """Handle a notification, then forget its future once done (pygls 2.1 keeps every one: a leak)."""
        before = set(self._request_futures)
        super()._handle_notification(method_name, params)
        for msg_id in set(self._request_futures) - before:
            self._request_futures[msg_id].add_done_callback(partial(self._forget, msg_id))

    def _forget(self, msg_id: Any, _done: object) -> None:
        self._request_futures.pop(msg_id, None)

    def handle_message(self, message: Any) -> None:
        if isinstance(message, _Refused):
            return
        if not hasattr(message, "jsonrpc"):
            logger.warning("ignored a message that is not JSON-RPC: %.80r", message)
            return
        super().handle_message(message)
