"""Errors a user sees as one line: ``file:line: what is wrong``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presslint.finding import Finding


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


class RuleFailed(Exception):
    """A rule raised while checking an article (a bug of ours): the other rules' findings come with it."""

    def __init__(self, rule_id: str, error: Exception, findings: list[Finding]) -> None:
        super().__init__(f"rule {rule_id}: {error!r}")
        self.rule_id = rule_id
        self.error = error
        self.findings = findings


def internal_error_line(path: str, where: str, error: BaseException) -> str:
    """The one line a user sees when presslint itself failed on one file."""
    detail = " ".join(f"{type(error).__name__}: {error}".split())
    if len(detail) > _DETAIL_LIMIT:
        detail = detail[: _DETAIL_LIMIT - 1] + "…"
    return f"{path}: presslint failed on this file (internal error in {where}: {detail}); please report it"


_DETAIL_LIMIT = 300  # characters of the error's own message
