"""``recovery-desk users …``: local accounts from the command line.

Passwords are read with ``getpass`` on a terminal, or one per line from stdin otherwise
(``printf 'pw\\npw\\n' | recovery-desk users add Ada --role admin``). A new password is
typed twice. After the first administrator exists, ``add``, ``passwd``, ``pin``,
``disable``, ``enable`` and ``unlock`` sign in as an administrator first (``--as ADMIN``,
whose password comes first on stdin); ``passwd``/``pin`` of one's own account may use
the current password instead. ``list`` shows names, roles and state, never hashes.

The global ``recovery-desk --as USER COMMAND`` signs in the same way before any command
(e.g. an erasure by a supervisor); without it a command acts as the settings' user, taken
at its word, since whoever runs it can read the log file anyway.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from .errors import RecoveryDeskError
from .services.permissions import ROLES

ACTIONS = ("add", "passwd", "pin", "disable", "enable", "unlock", "list")


def add_users_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = sub.add_parser("users", help="add, change, disable and list sign-in accounts")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_sub.add_parser("add", help="add an account (the first one must be an admin)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=ROLES, required=True)
    for action, text in (("passwd", "set a password (also clears a lock)"),
                         ("pin", "set the quick-switch PIN (4-8 digits)"),
                         ("disable", "stop an account from signing in"),
                         ("enable", "let a disabled account sign in again"),
                         ("unlock", "clear a lock after wrong attempts")):
        one = users_sub.add_parser(action, help=text)
        one.add_argument("name", metavar="NAME")
        if action == "pin":
            one.add_argument("--remove", action="store_true", help="remove the PIN")
    for parser in users_sub.choices.values():
        parser.add_argument("--as", dest="as_admin", metavar="ADMIN",
                            help="sign in as this administrator first (password asked)")
    users_sub.add_parser("list", help="list accounts with role and state")


def sign_in_from_cli(workspace, name: str) -> None:  # noqa: ANN001 - a Workspace
    """The global ``--as USER``: sign in with that user's password before the command."""
    from .services.accounts import Accounts

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


def cmd_users(args: argparse.Namespace, workspace) -> int:  # noqa: ANN001 - a Workspace
    from .services.accounts import Accounts

    accounts = Accounts(workspace)
    action = args.users_command
    if action == "list":
        return _list(accounts)
    secrets = SECRETS
    name = args.name.strip()
    signed_in = workspace.session is not None and workspace.session.authenticated
    first = action == "add" and accounts.needs_first_admin()
    if first and not args.as_admin and not signed_in:
        if args.role != "admin":
            raise RecoveryDeskError("The first account must be an administrator.",
                                    f"Run: recovery-desk users add {name!r} --role admin")
        accounts.create_first_admin(name, secrets.new("password"))
        print(f"Created the administrator {name}. Sign in with this name and password.")
        return 0
    current = None
    if args.as_admin:
        accounts.sign_in(args.as_admin, secrets.read(f"Password for {args.as_admin}: "))
    elif signed_in:
        pass  # the global --as signed in already; the service checks the role
    elif action in ("passwd", "pin"):
        current = secrets.read(f"Current password for {name}: ")
        workspace.settings.user = name
        workspace.assume_settings_user()  # acting for oneself: the password decides
    else:
        raise RecoveryDeskError(f"Only an administrator may {action} users.",
                                "Add --as ADMIN (the administrator's password is asked for).")
    if action == "add":
        accounts.add_user(name, args.role, secrets.new("password"))
        print(f"Added {name} ({args.role}).")
    elif action == "passwd":
        accounts.set_password(name, secrets.new("password"), current=current)
        print(f"Password of {name} set.")
    elif action == "pin":
        accounts.set_pin(name, None if args.remove else secrets.new("PIN"), current=current)
        print(f"PIN of {name} {'removed' if args.remove else 'set'}.")
    else:
        getattr(accounts, action)(name)
        print(f"{name}: {action}d." if action != "unlock" else f"{name}: unlocked.")
    return 0


def _list(accounts) -> int:  # noqa: ANN001 - Accounts
    now = accounts.clock()
    print(f"{'NAME':30} {'ROLE':10} STATE")
    for account in accounts.list():
        state = []
        if not account.active:
            state.append("disabled")
        if not account.has_password:
            state.append("no password (cannot sign in)")
        if account.locked(now):
            state.append(f"locked until {account.locked_until:%Y-%m-%d %H:%M} UTC")
        if account.has_pin:
            state.append("PIN")
        print(f"{account.name:30} {account.role:10} {', '.join(state) or 'active'}")
    return 0
