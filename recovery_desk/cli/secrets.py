"""Passwords and PINs from the terminal (hidden), a password file, or a line each of stdin.

``printf 'pw\\npw\\n' | recovery-desk users add Ada --role admin`` types a new password twice.
``--as NAME --password-file FILE`` reads NAME's password from the first line of FILE, which
must be readable by its owner only (like an SSH key): scripts sign in without a terminal,
and the password is never on the command line or in the environment.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desk.core.errors import RecoveryDeskError

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace


MAX_PASSWORD_FILE = 4096


def sign_in_from_cli(workspace: Workspace, name: str, password_file: Path | None = None) -> None:
    """The global ``--as USER``: sign in with that user's password before the command."""
    from recovery_desk.services.access.accounts import Accounts

    password = read_password_file(password_file) if password_file else \
        SECRETS.read(f"Password for {name}: ")
    Accounts(workspace).sign_in(name, password)


def read_password_file(path: Path) -> str:
    """The first line of ``path``; refused when others may read it, or it is not a file."""
    try:
        info = path.stat()
    except OSError as exc:
        raise RecoveryDeskError(f"Cannot read the password file {path}: {exc.strerror}.",
                                "Check the path given with --password-file.") from exc
    if not stat.S_ISREG(info.st_mode):
        raise RecoveryDeskError(f"The password file {path} is not a file.",
                                "Give a file holding the password on its first line.")
    if os.name == "posix" and info.st_mode & 0o077:
        raise RecoveryDeskError(f"The password file {path} can be read by others "
                                f"(mode {stat.S_IMODE(info.st_mode):o}).",
                                f"Make it yours alone: chmod 600 {path}")
    with path.open("rb") as handle:
        head = handle.read(MAX_PASSWORD_FILE)
    try:
        line = head.decode("utf-8").splitlines()[0] if head.strip() else ""
    except UnicodeDecodeError:
        line = ""
    if not line:
        raise RecoveryDeskError(f"The password file {path} holds no password.",
                                "Put the password on its first line (UTF-8 text).")
    return line


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
