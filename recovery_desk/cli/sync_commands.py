"""Moving events between desks: ``sync push|pull|both|status`` and ``import BUNDLE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from recovery_desk.cli.common import Command, open_workspace


def _sync_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    for action, text in (("push", "send this desk's new events"),
                         ("pull", "receive other desks' new events"),
                         ("both", "push, then pull"),
                         ("status", "how many events wait to be sent")):
        one = actions.add_parser(action, help=text)
        one.add_argument("target", nargs="?", metavar="DIR_OR_URL",
                         help="a shared folder or a postgresql+psycopg:// URL "
                              "(default: the sync target in the settings)")
        if action in ("push", "both"):
            one.add_argument("--include-training", action="store_true",
                             help="also send practice runs (kept on the desk by default)")


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bundle", type=Path, metavar="BUNDLE")


def cmd_sync(args: argparse.Namespace) -> int:
    from recovery_desk.sync import service

    workspace = open_workspace(args)
    target = args.target or workspace.settings.sync_target
    if not target:
        print("recovery-desk: no sync target. Give a folder or server URL, or set one in "
              "Settings.", file=sys.stderr)
        return 2
    desk = workspace.desk_id
    if args.sync_command == "status":
        print(f"{service.pending(workspace.engine, desk, target)} events of desk {desk} wait "
              f"to be sent to {target}")
        return 0
    if args.sync_command == "push":
        report = service.push(workspace.engine, desk, target,
                              include_training=args.include_training)
    elif args.sync_command == "pull":
        report = service.pull(workspace.engine, desk, target)
    else:
        report = service.sync(workspace.engine, desk, target,
                              include_training=args.include_training)
    print(f"Sync with {target}: {report.summary()}.")
    for problem in report.problems:
        print(f"  {problem.kind}: {problem.line()}", file=sys.stderr)
    return 1 if report.refused else 0


def cmd_import(args: argparse.Namespace) -> int:
    from recovery_desk.sync.folder import import_bundle

    workspace = open_workspace(args)
    result = import_bundle(workspace.engine, args.bundle)
    if result.applied:
        print(f"Imported {result.applied} events of desk {result.desk_id}; "
              f"{result.cases} cases updated.")
    else:
        print(f"Nothing new: the {result.received} events of desk {result.desk_id} are "
              "already in this log.")
    return 0


COMMANDS = (
    Command("sync", "exchange events with a shared folder or a server", _sync_arguments,
            cmd_sync),
    Command("import", "import one bundle file from another desk", _import_arguments,
            cmd_import),
)
