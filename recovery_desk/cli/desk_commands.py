"""Desks and their keys: ``desks identity|list|trust|new-key``, and on a central server
``server add-desk|add-reader|roles`` (PostgreSQL roles with row-level security)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desk.cli.common import Command, open_workspace

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace


def _desks_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="desks_command", metavar="ACTION", required=True)
    actions.add_parser("identity", help="this log's desk id and its key's fingerprint")
    actions.add_parser("list", help="known desks, their keys, and what a pull held aside")
    trust = actions.add_parser("trust", help="trust another desk's key (administrators)")
    trust.add_argument("desk", metavar="DESK_ID")
    trust.add_argument("fingerprint", metavar="FINGERPRINT",
                       help="as that desk's `desks identity` shows it")
    trust.add_argument("--replace", action="store_true",
                       help="the desk has a new key: trust it instead of the old one")
    actions.add_parser("new-key", help="give this desk a new key pair (administrators)")


def _server_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    desk = actions.add_parser("add-desk", help="a PostgreSQL role for one desk, allowed to "
                                               "insert only that desk's events")
    desk.add_argument("desk", metavar="DESK_ID")
    desk.add_argument("fingerprint", metavar="FINGERPRINT",
                      help="the desk's key, as its `desks identity` shows it")
    desk.add_argument("--role", metavar="NAME", help="role name (default: desk_<id>)")
    desk.add_argument("--password-file", type=Path, metavar="FILE",
                      help="the role's password (first line); without it the role "
                           "authenticates by client certificate only")
    reader = actions.add_parser("add-reader", help="a read-only role (supervisors)")
    reader.add_argument("role", metavar="NAME")
    reader.add_argument("--password-file", type=Path, metavar="FILE")
    actions.add_parser("roles", help="list the desks' and readers' roles")


def cmd_desks(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        return _DESKS[args.desks_command](workspace, args)
    finally:
        workspace.close()


def _identity(workspace: Workspace, args: argparse.Namespace) -> int:
    from recovery_desk.services.trust.identity import desk_card

    card = desk_card(workspace.engine)
    if card is None:
        print(f"{workspace.location} is a server log, not a desk: it has no identity.")
        return 1
    print(f"Desk:        {card.desk_id}")
    print(f"Fingerprint: {card.fingerprint}")
    print(f"Key:         {card.key_location}"
          + ("" if card.key_present else "  (missing on this machine: desks new-key)"))
    return 0


def _list(workspace: Workspace, args: argparse.Namespace) -> int:
    from recovery_desk.services.trust.desk_trust import list_desks

    rows, held = list_desks(workspace.engine)
    words = {"own": "this desk", "trusted": "trusted", "seen": "NOT TRUSTED (held aside)",
             "retired": "replaced"}
    for row in rows:
        since = f"  trusted by {row.trusted_by} {row.trusted_at:%Y-%m-%d}" \
            if row.status == "trusted" and row.trusted_at else ""
        waiting = "" if row.key_seen else "  (key not seen yet)"
        print(f"{row.desk_id:<24} {row.fingerprint}  {words.get(row.status, row.status)}"
              f"{since}{waiting}")
    if not rows:
        print("No desks known yet.")
    for hold in held:
        print(f"held: {hold.item} [{hold.kind}] {hold.reason}")
    return 0


def _trust(workspace: Workspace, args: argparse.Namespace) -> int:
    from recovery_desk.services.trust.desk_trust import trust_desk

    result = trust_desk(workspace, args.desk, args.fingerprint, replace=args.replace)
    if result.already:
        print(f"Desk {result.desk_id}'s key {result.fingerprint} was already trusted.")
        return 0
    replaced = f" (instead of {result.replaced})" if result.replaced else ""
    arrive = "its held events apply at the next pull" if result.key_seen else \
        "its events apply once they arrive"
    print(f"Trusted desk {result.desk_id}'s key {result.fingerprint}{replaced}; {arrive}.")
    return 0


def _new_key(workspace: Workspace, args: argparse.Namespace) -> int:
    from recovery_desk.services.trust.desk_trust import new_key

    card = new_key(workspace)
    print(f"Desk {card.desk_id} has a new key: {card.fingerprint} ({card.key_location}).")
    print("Every other desk and the server must trust it: recovery-desk desks trust "
          f"{card.desk_id} {card.fingerprint} --replace")
    return 0


_DESKS = {"identity": _identity, "list": _list, "trust": _trust, "new-key": _new_key}


def cmd_server(args: argparse.Namespace) -> int:
    from recovery_desk.sync import server_roles

    if not args.db or "://" not in args.db:
        print("recovery-desk: server commands need --db postgresql+psycopg://ADMIN@HOST/DB")
        return 2
    if args.server_command == "roles":
        for role in server_roles.list_roles(args.db):
            print(f"{role.role_name:<32} {role.kind:<7} {role.desk_id or ''}")
        return 0
    password = None
    if args.password_file is not None:
        password = args.password_file.read_text(encoding="utf-8").splitlines()[0]
    if args.server_command == "add-desk":
        made = server_roles.add_desk(args.db, args.desk, args.fingerprint, role=args.role,
                                     password=password)
        print(f"Role {made} may now push desk {args.desk}'s events (and only those).")
    else:
        made = server_roles.add_reader(args.db, args.role, password=password)
        print(f"Role {made} may read the server, and change nothing.")
    return 0


COMMANDS = (
    Command("desks", "this desk's identity, and which other desks it trusts",
            _desks_arguments, cmd_desks),
    Command("server", "desks' and readers' roles on a central PostgreSQL server",
            _server_arguments, cmd_server),
)
