"""Filling and emptying the log: ``demo-data``, ``export``, ``playbooks``, ``migrate``
(``import-csv`` has a module of its own)."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from recovery_desk.cli.common import (
    Command,
    TerminalProgress,
    date_arg,
    no_arguments,
    open_workspace,
    positive_arg,
)


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cases", type=positive_arg, required=True, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.add_argument("--desk", dest="desk_for_new_log", metavar="ID",
                        help="the desk id of a new case log to fill (the cases are this "
                             "log's own, so sync sends them)")
    parser.add_argument("--if-empty", action="store_true",
                        help="do nothing when the log already has cases")
    parser.add_argument("--clocks", default="fca-disp", metavar="PACK",
                        help="run the demo cases under this clock rule pack, with letters, "
                             "register codes and redress ('none' for plain cases)")
    parser.add_argument("--until", type=_moment_arg, metavar="YYYY-MM-DDTHH:MM",
                        help="the moment the demo history ends, in UTC (default: now); with "
                             "the same seed, desk and moment the log comes out the same")


def _moment_arg(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a moment like 2026-03-31T17:00") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("csv", "jsonl", "xlsx"), default="csv")
    parser.add_argument("--out", required=True, type=Path, metavar="PATH")
    parser.add_argument("--events", action="store_true", help="one row per event")
    parser.add_argument("--training", action="store_true", help="include training cases")
    parser.add_argument("--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD",
                        help="cases opened (events recorded) on or after this day")
    parser.add_argument("--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD",
                        help="… on or before this day")
    for name in ("desk", "agent", "channel", "category", "status"):
        parser.add_argument(f"--{name}", metavar=name.upper(), help=f"only this {name}")
    parser.add_argument("--pseudonymize", action="store_true",
                        help="stable pseudonyms instead of customer ids; no names, phones, "
                             "e-mails or free text")


def _playbooks_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="playbooks_command", metavar="ACTION", required=True)
    validate = actions.add_parser("validate", help="validate playbook files")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    actions.add_parser("list", help="list the installed playbooks")


def cmd_demo(args: argparse.Namespace) -> int:
    from recovery_desk.services.demo.generator import generate

    workspace = open_workspace(args)
    if args.if_empty and workspace.has_cases():
        print("The case log already has cases; no demo data added.")
        return 0
    started = time.perf_counter()
    stats = generate(workspace, args.cases, seed=args.seed, anchor=args.until,
                     progress=TerminalProgress(args.cases, "demo cases"),
                     clock_pack=None if args.clocks == "none" else args.clocks)
    seconds = time.perf_counter() - started
    print(f"Added {stats.cases} demo cases ({stats.events} events) in {seconds:.1f} s "
          f"({stats.cases / max(seconds, 1e-9):,.0f} cases/s) to {workspace.location}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from recovery_desk.services.exports.export import ExportFilter, count_rows, export
    from recovery_desk.services.exports.rights import must_pseudonymize

    workspace = open_workspace(args)
    pseudonymize = must_pseudonymize(workspace, args.pseudonymize)
    if pseudonymize and not args.pseudonymize:
        who = f"{workspace.user} may not" if workspace.user else "Nobody is signed in to"
        print(f"Pseudonymized: {who} export personal data (a supervisor or an admin may; "
              "sign in with --as NAME).", file=sys.stderr)
    flt = ExportFilter(date_from=args.date_from, date_to=args.date_to, desk=args.desk,
                       agent=args.agent, channel=args.channel, category=args.category,
                       status=args.status, include_training=args.training)
    total = count_rows(workspace.engine, events=args.events, flt=flt)
    count = export(workspace.engine, args.out, args.format, events=args.events, flt=flt,
                   pseudonymize=pseudonymize,
                   progress=TerminalProgress(total, "export"))
    print(f"Wrote {count} {'events' if args.events else 'cases'} to {args.out}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    if workspace.backup_made:
        print(f"Backed up the previous log to {workspace.backup_made}")
    print(f"The case log at {workspace.location} is at the current schema.")
    if workspace.engine.dialect.name == "postgresql":
        from recovery_desk.sync.server_roles import regrant

        count = regrant(workspace.url)  # tables a migration added need the roles' rights
        if count:
            print(f"Granted the {count} desk and reader role(s) their rights again.")
    return 0


def cmd_playbooks(args: argparse.Namespace) -> int:
    from recovery_desk.core.paths import resources_dir
    from recovery_desk.domain.playbook import PlaybookError, load_library, load_playbook

    if args.playbooks_command == "list":
        library = load_library(resources_dir() / "playbooks")
        for playbook in library.usable.values():
            print(f"{playbook.id:10} {playbook.method:8} {','.join(playbook.languages):12} "
                  f"{playbook.title.get('en')}")
        for name, reason in library.unusable.items():
            print(f"UNUSABLE {name}: {reason}")
        return 0 if not library.unusable else 1
    failed = 0
    for path in args.files:
        try:
            playbook = load_playbook(path)
        except PlaybookError as exc:
            print(f"INVALID {exc}", file=sys.stderr)
            failed += 1
        else:
            print(f"ok {path}: {playbook.id} ({len(playbook.stages)} stages, "
                  f"{', '.join(playbook.languages)})")
    return 1 if failed else 0


COMMANDS = (
    Command("demo-data", "fill the log with realistic demo cases", _demo_arguments, cmd_demo),
    Command("export", "export cases (or events) to CSV, JSON Lines or XLSX", _export_arguments,
            cmd_export),
    Command("migrate", "create or upgrade the case log schema and exit", no_arguments,
            cmd_migrate),
    Command("playbooks", "list or validate playbooks", _playbooks_arguments, cmd_playbooks),
)
