"""The ``recovery-desk`` command: the workstation (default) and headless subcommands.

Exit codes: 0 success, 1 failure (one clear line on stderr, no traceback), 2 bad usage.
Heavy imports (Qt, Alembic) happen inside the subcommand that needs them.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from .errors import RecoveryDeskError

log = logging.getLogger("recovery_desk")
LANGUAGES = ("en", "hu", "lv", "uk")
PAGES = ("desk", "log", "dashboard", "training", "settings")


def _size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT, e.g. 1280x800") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError("size out of range (320x240 to 7680x4320)")
    return width, height


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-31") from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recovery-desk",
        description="Complaint recovery workstation with an offline, event-sourced case log.")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="case log: a file path (SQLite) or a SQLAlchemy URL; "
                             "default: RECOVERY_DESK_DB or the user data folder")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    parser.add_argument("--desk", dest="global_desk", metavar="ID",
                        help="act as this desk id (default: the one in settings)")
    parser.add_argument("--as", dest="global_as", metavar="USER",
                        help="sign in as this user first (password asked, or one line of "
                             "stdin); without it, commands act as the settings' user")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="start the workstation (the default)")
    gui.add_argument("--demo-on-first-run", action="store_true",
                     help="fill an empty log with demo cases without asking")

    demo = sub.add_parser("demo-data", help="fill the log with realistic demo cases")
    demo.add_argument("--cases", type=_positive, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--desk", metavar="ID", help="desk id the cases are recorded at")
    demo.add_argument("--if-empty", action="store_true",
                      help="do nothing when the log already has cases")

    exp = sub.add_parser("export", help="export cases (or events) to CSV, JSON Lines or XLSX")
    exp.add_argument("--format", choices=("csv", "jsonl", "xlsx"), default="csv")
    exp.add_argument("--out", required=True, type=Path, metavar="PATH")
    exp.add_argument("--events", action="store_true", help="one row per event")
    exp.add_argument("--training", action="store_true", help="include training cases")
    exp.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                     help="cases opened (events recorded) on or after this day")
    exp.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                     help="… on or before this day")
    for name in ("desk", "agent", "channel", "category", "status"):
        exp.add_argument(f"--{name}", metavar=name.upper(), help=f"only this {name}")
    exp.add_argument("--pseudonymize", action="store_true",
                     help="stable pseudonyms instead of customer ids; no names, phones, "
                          "e-mails or free text")

    chk = sub.add_parser("check", help="verify schema, integrity, hash chains, projections")
    chk.add_argument("--rebuild", action="store_true",
                     help="first rebuild the case list from the events")

    sub.add_parser("migrate", help="create or upgrade the case log schema and exit")

    shot = sub.add_parser("screenshot", help="render one page of the window to a PNG")
    shot.add_argument("--page", choices=PAGES, default="desk")
    shot.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    shot.add_argument("--stages", action="store_true",
                      help="instead: run a training case and save every stage in both modes "
                           "into the folder given by --out")

    rep = sub.add_parser("report", help="write the supervisor's PDF report (no display needed)")
    rep.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    rep.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                     help="cases opened on or after this day (default: all)")
    rep.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                     help="… on or before this day")
    for name in ("desk", "agent", "channel", "playbook"):
        rep.add_argument(f"--{name}", metavar=name.upper(), help=f"only this {name}")
    rep.add_argument("--by", choices=("week", "month"), default="week",
                     help="trend by week or by month")

    books = sub.add_parser("playbooks", help="list or validate playbooks")
    books_sub = books.add_subparsers(dest="playbooks_command", metavar="ACTION", required=True)
    validate = books_sub.add_parser("validate", help="validate playbook files")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    books_sub.add_parser("list", help="list the installed playbooks")

    sync = sub.add_parser("sync", help="exchange events with a shared folder or a server")
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    for action, text in (("push", "send this desk's new events"),
                         ("pull", "receive other desks' new events"),
                         ("both", "push, then pull"),
                         ("status", "how many events wait to be sent")):
        one = sync_sub.add_parser(action, help=text)
        one.add_argument("target", nargs="?", metavar="DIR_OR_URL",
                         help="a shared folder or a postgresql+psycopg:// URL "
                              "(default: the sync target in the settings)")
        if action in ("push", "both"):
            one.add_argument("--include-training", action="store_true",
                             help="also send practice runs (kept on the desk by default)")

    imp = sub.add_parser("import", help="import one bundle file from another desk")
    imp.add_argument("bundle", type=Path, metavar="BUNDLE")

    csv_import = sub.add_parser("import-csv",
                                help="bring past complaints from another system's CSV")
    csv_import.add_argument("file", type=Path, metavar="FILE.csv")
    csv_import.add_argument("--mapping", type=Path, required=True, metavar="MAPPING.toml")
    csv_import.add_argument("--dry-run", action="store_true",
                            help="show what would be imported and every rejected row")

    bench = sub.add_parser("bench", help="measure speed against raw baselines")
    bench.add_argument("--cases", type=_positive, default=2000, metavar="N")
    bench.add_argument("--json", action="store_true", help="print figures as JSON")
    bench.add_argument("--only", type=lambda v: [g for g in v.split(",") if g],
                       metavar="GROUPS",
                       help="comma-separated groups to measure: desk, search, start, export, "
                            "bundle, pg, dashboard, log, trust (default: all)")
    bench.add_argument("--keep", type=Path, metavar="DIR",
                       help="build (or reuse) the benchmark log in DIR")
    bench.add_argument("--pg", metavar="URL",
                       help="also measure push/pull with this PostgreSQL server (it gets a "
                            "few tables of benchmark data)")
    from .cli_trust import add_parsers as add_trust_parsers

    add_trust_parsers(sub, _date)
    from .cli_users import add_users_parser

    add_users_parser(sub)
    return parser


def _open(args: argparse.Namespace):  # -> Workspace
    from .services.workspace import open_workspace

    workspace = open_workspace(args.db)
    if args.lang:
        workspace.settings.language = args.lang
    if args.global_desk:
        workspace.settings.desk_id = args.global_desk
    if getattr(args, "global_as", None):
        from .cli_users import sign_in_from_cli

        try:
            sign_in_from_cli(workspace, args.global_as)
        except BaseException:
            workspace.close()
            raise
    return workspace


class _TerminalProgress:
    """A one-line progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, total: int, label: str) -> None:
        self.total, self.label = total, label
        self.start = time.perf_counter()
        self.live = sys.stderr.isatty()

    def __call__(self, done: int) -> bool:
        if self.live:
            width = 30
            filled = int(width * done / max(self.total, 1))
            rate = done / max(time.perf_counter() - self.start, 1e-9)
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
                             f"{done}/{self.total}  {rate:,.0f}/s ")
            sys.stderr.flush()
            if done >= self.total:
                sys.stderr.write("\n")
        return True


def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import generate

    workspace = _open(args)
    if args.if_empty and workspace.has_cases():
        print("The case log already has cases; no demo data added.")
        return 0
    started = time.perf_counter()
    stats = generate(workspace, args.cases, seed=args.seed, desk=args.desk,
                     progress=_TerminalProgress(args.cases, "demo cases"))
    seconds = time.perf_counter() - started
    print(f"Added {stats.cases} demo cases ({stats.events} events) in {seconds:.1f} s "
          f"({stats.cases / max(seconds, 1e-9):,.0f} cases/s) to {workspace.location}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .services.export import ExportFilter, count_rows, export

    workspace = _open(args)
    flt = ExportFilter(date_from=args.date_from, date_to=args.date_to, desk=args.desk,
                       agent=args.agent, channel=args.channel, category=args.category,
                       status=args.status, include_training=args.training)
    total = count_rows(workspace.engine, events=args.events, flt=flt)
    count = export(workspace.engine, args.out, args.format, events=args.events, flt=flt,
                   pseudonymize=args.pseudonymize,
                   progress=_TerminalProgress(total, "export"))
    print(f"Wrote {count} {'events' if args.events else 'cases'} to {args.out}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .services.check import check_log, rebuild_projections

    workspace = _open(args)
    if args.rebuild:
        count = rebuild_projections(workspace.engine)
        print(f"Rebuilt the case list from events: {count} cases.")
    report = check_log(workspace.engine)
    if report.ok:
        print(f"OK: {report.events} events on {report.desks} desk(s), {report.cases} cases; "
              "hash chains and case list verified.")
        if report.sealed:
            print(f"{report.sealed} erased older event(s): links verified, content sealed at "
                  "erasure.")
        return 0
    for finding in report.findings:
        print(finding, file=sys.stderr)
    print(f"check failed: {len(report.findings)} finding(s).", file=sys.stderr)
    return 1


def cmd_migrate(args: argparse.Namespace) -> int:
    workspace = _open(args)
    if workspace.backup_made:
        print(f"Backed up the previous log to {workspace.backup_made}")
    print(f"The case log at {workspace.location} is at the current schema.")
    return 0


def cmd_playbooks(args: argparse.Namespace) -> int:
    from .domain.playbook import PlaybookError, load_library, load_playbook
    from .paths import resources_dir

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


def cmd_sync(args: argparse.Namespace) -> int:
    from .sync import service

    workspace = _open(args)
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
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .sync.bundle import import_bundle

    workspace = _open(args)
    result = import_bundle(workspace.engine, args.bundle)
    if result.applied:
        print(f"Imported {result.applied} events of desk {result.desk_id}; "
              f"{result.cases} cases updated.")
    else:
        print(f"Nothing new: the {result.received} events of desk {result.desk_id} are "
              "already in this log.")
    return 0


def cmd_import_csv(args: argparse.Namespace) -> int:
    from .services.csv_import import import_csv

    workspace = _open(args)
    report = import_csv(workspace, args.file, args.mapping, dry_run=args.dry_run)
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def cmd_gui(args: argparse.Namespace) -> int:
    from .ui.app import run_gui

    return run_gui(args)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from .ui.app import take_screenshot

    return take_screenshot(args)


def cmd_report(args: argparse.Namespace) -> int:
    from .ui.report_pdf import run_report

    workspace = _open(args)   # signed in as --as, when given: names follow that role
    try:
        return run_report(args, workspace)
    finally:
        workspace.close()


def cmd_users(args: argparse.Namespace) -> int:
    from .cli_users import cmd_users as run_users

    workspace = _open(args)
    try:
        return run_users(args, workspace)
    finally:
        workspace.close()


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import run_bench

    return run_bench(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui, "demo-data": cmd_demo, "export": cmd_export, "check": cmd_check,
    "migrate": cmd_migrate, "screenshot": cmd_screenshot, "report": cmd_report,
    "playbooks": cmd_playbooks,
    "bench": cmd_bench, "sync": cmd_sync, "import": cmd_import, "import-csv": cmd_import_csv,
    "users": cmd_users,
}


def _trust_commands() -> None:
    from .cli_trust import COMMANDS as TRUST

    COMMANDS.update(TRUST)


_trust_commands()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if command == "gui" and not hasattr(args, "demo_on_first_run"):
        args.demo_on_first_run = False
    from .logging_setup import configure

    configure(args.verbose)
    try:
        return COMMANDS[command](args)
    except RecoveryDeskError as exc:
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("recovery-desk: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 1
    except Exception as exc:  # last resort: never a traceback on the terminal
        log.exception("unexpected error in %s", command)
        print(f"recovery-desk: unexpected error: {type(exc).__name__}: {exc}. Details are in "
              "the log file.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
