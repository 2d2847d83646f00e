"""Errors meant for people: each says what is wrong and what to do about it."""

from __future__ import annotations


class RecoveryDeskError(Exception):
    """Base for problems the user can act on; shown as one line, never a traceback."""

    def __init__(self, problem: str, fix: str = "") -> None:
        self.problem = problem
        self.fix = fix
        super().__init__(f"{problem} {fix}".strip())


class DatabaseUnavailable(RecoveryDeskError):
    """The case log cannot be opened or written."""


class IntegrityProblem(RecoveryDeskError):
    """The case log was changed behind the app's back or is damaged."""
