"""``recovery-desk users …``: local accounts from the command line.

Passwords are read with ``getpass`` on a terminal, or one per line from stdin otherwise
(``printf 'pw\\npw\\n' | recovery-desk users add Ada --role admin``). A new password is
typed twice. After the first administrator exists, ``add``, ``passwd``, ``pin``,
``disable``, ``enable`` and ``unlock`` sign in as an administrator first (``--as ADMIN``,
whose password comes first on stdin); ``passwd``/``pin`` of one's own account may use
the current password instead. ``list`` shows names, roles and state, never hashes.

The global ``recovery-desk --as USER COMMAND`` signs in the same way before any command
(e.g. an erasure by a supervisor), with ``--password-file FILE`` for scripts; without it
nobody is signed in. Neither settings.json nor an environment variable names a user.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from recovery_desk.cli.common import Command, open_workspace
from recovery_desk.cli.secrets import SECRETS
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.access.permissions import ROLES

if TYPE_CHECKING:
    from recovery_desk.services.access.accounts import Accounts
    from recovery_desk.services.workspace import Workspace

ACTIONS = ("add", "passwd", "pin", "disable", "enable", "unlock", "list")


def _users_arguments(parser: argparse.ArgumentParser) -> None:
    users_sub = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
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





def cmd_users(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        return _run(args, workspace)
    finally:
        workspace.close()


def _run(args: argparse.Namespace, workspace: Workspace) -> int:
    from recovery_desk.services.access.accounts import Accounts as AccountsService

    accounts = AccountsService(workspace)
    action = args.users_command
    if action == "list":
        return _list(accounts)
    secrets = SECRETS
    name = args.name.strip()
    signed_in = workspace.session is not None
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
        accounts.sign_in(name, current)  # acting for oneself: the password signs in
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


def _list(accounts: Accounts) -> int:
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


COMMANDS = (
    Command("users", "add, change, disable and list sign-in accounts", _users_arguments,
            cmd_users),
)
