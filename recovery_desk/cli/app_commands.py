"""The window and what it draws: ``gui``, ``screenshot`` and the PDF ``report``."""

from __future__ import annotations

import argparse
from pathlib import Path

from recovery_desk.cli.common import Command, open_workspace, scope_arguments, size_arg

PAGES = ("desk", "log", "dashboard", "register", "training", "settings")


def _gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--demo-on-first-run", action="store_true",
                        help="fill an empty log with demo cases without asking")


def _screenshot_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page", choices=PAGES, default="desk")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    parser.add_argument("--size", type=size_arg, default=(1280, 800), metavar="WxH")
    parser.add_argument("--stages", action="store_true",
                        help="instead: run a training case and save every stage in both "
                             "modes into the folder given by --out")


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    scope_arguments(parser)
    parser.add_argument("--by", choices=("week", "month"), default="week",
                        help="trend by week or by month")


def cmd_gui(args: argparse.Namespace) -> int:
    from recovery_desk.ui.app import run_gui

    return run_gui(args)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from recovery_desk.ui.app import take_screenshot

    workspace = open_workspace(args)  # as --as when given, else as nobody
    return take_screenshot(args, workspace)


def cmd_report(args: argparse.Namespace) -> int:
    from recovery_desk.ui.report.command import run_report

    workspace = open_workspace(args)   # signed in as --as, when given: names follow that role
    try:
        return run_report(args, workspace)
    finally:
        workspace.close()


COMMANDS = (
    Command("gui", "start the workstation (the default)", _gui_arguments, cmd_gui),
    Command("screenshot", "render one page of the window to a PNG", _screenshot_arguments,
            cmd_screenshot),
    Command("report", "write the supervisor's PDF report (no display needed)",
            _report_arguments, cmd_report),
)
