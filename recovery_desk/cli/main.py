"""The ``recovery-desk`` command: the workstation (default) and headless subcommands.

Exit codes: 0 success, 1 failure (one clear line on stderr, no traceback), 2 bad usage.
Every command is listed in ``GROUPS`` below, one module per group; heavy imports (Qt,
SQLAlchemy, Alembic) happen inside the handler that needs them.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from recovery_desk.cli import (
    app_commands,
    bench_command,
    data_commands,
    desk_commands,
    import_command,
    kpi_command,
    regulated_commands,
    sync_commands,
    trust_commands,
    user_commands,
)
from recovery_desk.cli.common import Command
from recovery_desk.core.errors import RecoveryDeskError

log = logging.getLogger("recovery_desk")
LANGUAGES = ("en", "hu", "lv", "uk")

GROUPS = (app_commands, data_commands, import_command, kpi_command, regulated_commands,
          sync_commands, trust_commands, desk_commands, user_commands, bench_command)


def commands() -> dict[str, Command]:
    """Every command by name, in the order ``--help`` lists them."""
    return {command.name: command for group in GROUPS for command in group.COMMANDS}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recovery-desk",
        description="Complaint recovery workstation with an offline, event-sourced case log.")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="case log: a file path (SQLite) or a SQLAlchemy URL; "
                             "default: RECOVERY_DESK_DB or the user data folder")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    parser.add_argument("--desk", dest="global_desk", metavar="ID",
                        help="the desk id of a new case log (each log is a desk of its "
                             "own; a log that is another desk refuses it)")
    parser.add_argument("--as", dest="global_as", metavar="USER",
                        help="sign in as this user first (password asked, or one line of "
                             "stdin); without it nobody is signed in, and commands that "
                             "need a role refuse")
    parser.add_argument("--password-file", dest="password_file", type=Path, metavar="FILE",
                        help="with --as: read the password from the first line of FILE "
                             "(mode 600)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands().values():
        command.configure(sub.add_parser(command.name, help=command.help))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.password_file and not args.global_as:
        parser.error("--password-file needs --as USER")
    name = args.command or "gui"
    if name == "gui" and not hasattr(args, "demo_on_first_run"):
        args.demo_on_first_run = False
    from recovery_desk.core.log_setup import configure

    configure(args.verbose)
    try:
        return commands()[name].run(args)
    except RecoveryDeskError as exc:
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("recovery-desk: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return _pipe_closed()
    except Exception as exc:  # last resort: never a traceback on the terminal
        log.exception("unexpected error in %s", name)
        print(f"recovery-desk: unexpected error: {type(exc).__name__}: {exc}. Details are in "
              "the log file.", file=sys.stderr)
        return 1


def _pipe_closed() -> int:
    """The reader of our output went away (``| head``): end quietly. Output still buffered
    would fail again at exit, so stdout is pointed at /dev/null first."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 1


if __name__ == "__main__":
    sys.exit(main())
