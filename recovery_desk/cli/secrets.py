"""Passwords and PINs from the terminal (hidden) or, when stdin is not one, a line each.

``printf 'pw\\npw\\n' | recovery-desk users add Ada --role admin`` types a new password twice.
"""

from __future__ import annotations

import getpass
import sys
from typing import TYPE_CHECKING

from recovery_desk.core.errors import RecoveryDeskError

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace


def sign_in_from_cli(workspace: Workspace, name: str) -> None:
    """The global ``--as USER``: sign in with that user's password before the command."""
    from recovery_desk.services.access.accounts import Accounts

    Accounts(workspace).sign_in(name, SECRETS.read(f"Password for {name}: "))


class _Secrets:
    """Secrets from the terminal (hidden) or, when stdin is not one, a line each."""

    def __init__(self) -> None:
        self.tty = sys.stdin.isatty()

    def read(self, prompt: str) -> str:
        self.tty = sys.stdin.isatty()
        if self.tty:
            return getpass.getpass(prompt)
        line = sys.stdin.readline() or None
        if line is None:
            raise RecoveryDeskError(f"No input for “{prompt.strip(': ')}”.",
                                    "Give each password on its own line on stdin.")
        return line.rstrip("\r\n")

    def new(self, what: str) -> str:
        first = self.read(f"New {what}: ")
        if self.read(f"New {what} again: ") != first:
            raise RecoveryDeskError(f"The two {what}s differ; nothing was changed.",
                                    f"Type the same {what} twice.")
        return first


SECRETS = _Secrets()
