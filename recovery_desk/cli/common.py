"""What every command shares: argument types, opening the case log as the caller, progress.

Command modules import services inside their handlers on purpose: parsing the command line
(and ``--help``) must not pay for SQLAlchemy, Qt or Alembic.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    """One ``recovery-desk NAME``: its help line, its arguments and what it runs."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Handler


def no_arguments(parser: argparse.ArgumentParser) -> None:
    """For commands that take no arguments of their own."""


def size_arg(value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT, e.g. 1280x800") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError("size out of range (320x240 to 7680x4320)")
    return width, height


def date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-31") from None


def positive_arg(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def scope_arguments(parser: argparse.ArgumentParser) -> None:
    """The Dashboard's scope: local days and one desk, agent, channel or playbook."""
    parser.add_argument("--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD",
                        help="cases opened on or after this day (default: all)")
    parser.add_argument("--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD",
                        help="… on or before this day")
    for name in ("desk", "agent", "channel", "playbook"):
        parser.add_argument(f"--{name}", metavar=name.upper(), help=f"only this {name}")


def open_workspace(args: argparse.Namespace, *, read_only: bool = False,
                   allow_damaged: bool = False) -> Workspace:
    """The case log named by ``--db``, in ``--lang``, as ``--desk``, signed in as ``--as``.

    Without ``--as`` nobody is signed in: commands that need a role refuse, saying so. A
    read-only open (``check``) signs nobody in, as a sign-in writes its attempt.
    """
    from recovery_desk.services.settings import Settings
    from recovery_desk.services.workspace import open_workspace as open_log

    settings = Settings.load()
    # --desk names the desk of a new log; a log that already is another desk refuses it
    settings.desk_id = getattr(args, "desk_for_new_log", None) or args.global_desk or ""
    workspace = open_log(args.db, settings=settings, read_only=read_only,
                         allow_damaged=allow_damaged)
    if args.lang:
        workspace.settings.language = args.lang
    if getattr(args, "global_as", None) and not read_only:
        from recovery_desk.cli.secrets import sign_in_from_cli

        try:
            sign_in_from_cli(workspace, args.global_as, getattr(args, "password_file", None))
        except BaseException:
            workspace.close()
            raise
    return workspace


class TerminalProgress:
    """A one-line progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, total: int, label: str, unit: str = "") -> None:
        self.total, self.label, self.unit = total, label, unit
        self.start = time.perf_counter()
        self.live = sys.stderr.isatty()

    def _amount(self, count: float) -> str:
        if self.unit == "MB":
            return f"{count / 1e6:,.1f}"
        return f"{count:,.0f}"

    def __call__(self, done: int) -> bool:
        if self.live:
            width = 30
            filled = int(width * done / max(self.total, 1))
            rate = done / max(time.perf_counter() - self.start, 1e-9)
            unit = f" {self.unit}" if self.unit else ""
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
                             f"{self._amount(done)}/{self._amount(self.total)}{unit}  "
                             f"{self._amount(rate)}{unit}/s ")
            sys.stderr.flush()
            if done >= self.total:
                sys.stderr.write("\n")
        return True
