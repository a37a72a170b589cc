"""Errors a user sees as one line: ``file:line: what is wrong``."""

from __future__ import annotations


class PresslintError(Exception):
    """Any problem reported to the user without a traceback."""

    exit_code = 2


class SourceError(PresslintError):
    """A problem at a line of a rule file, config file, register or article."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        message = " ".join(message.split())  # one line, whatever a library's message holds
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path = path
        self.line = line
        self.message = message


class UsageError(PresslintError):
    """The command line asks for something that cannot be done."""
