"""Trust commands: erase a customer, backups and restore, retention, the audit trail.

``add_parsers`` adds them to the ``recovery-desk`` parser and ``COMMANDS`` maps them to
their handlers; ``cli.py`` registers both. Each handler checks the signed-in user's
permission through the service it calls.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def add_parsers(sub: argparse._SubParsersAction, date_type: Callable[[str], object]) -> None:
    customers = sub.add_parser("customers", help="customer data: erase a customer")
    customers_sub = customers.add_subparsers(dest="customers_command", metavar="ACTION",
                                             required=True)
    erase = customers_sub.add_parser(
        "erase", help="erase a customer's personal data from every case and event")
    erase.add_argument("customer", metavar="ID", help="customer id or customer number")

    backup = sub.add_parser("backup", help="back up the SQLite case log (online, consistent)")
    backup.add_argument("--out", type=Path, metavar="FILE",
                        help="backup file (default: a new file in the backup folder)")

    restore = sub.add_parser("restore", help="replace the case log with a verified backup")
    restore.add_argument("file", type=Path, metavar="FILE")

    retention = sub.add_parser("retention", help="anonymize customers of old closed cases")
    retention_sub = retention.add_subparsers(dest="retention_command", metavar="ACTION",
                                             required=True)
    apply = retention_sub.add_parser("apply", help="apply the retention period now")
    apply.add_argument("--months", type=int, metavar="N",
                       help="months after closing (default: the setting; 0 = off)")

    audit = sub.add_parser("audit", help="the audit trail of a case or a period")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    export = audit_sub.add_parser("export", help="write the audit trail as CSV or JSON Lines")
    export.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="FILE.csv or FILE.jsonl")
    export.add_argument("--case", metavar="REF|ID", help="one case (default: every case)")
    export.add_argument("--from", dest="date_from", type=date_type, metavar="DATE")
    export.add_argument("--to", dest="date_to", type=date_type, metavar="DATE")


def _open(args: argparse.Namespace):  # -> Workspace
    from .cli import _open as open_workspace

    return open_workspace(args)


def cmd_customers(args: argparse.Namespace) -> int:
    from .services.erasure import erase_customer

    workspace = _open(args)
    try:
        result = erase_customer(workspace, args.customer)
    finally:
        workspace.close()
    if not result.changed:
        print(f"Customer {result.customer_id} was already erased; nothing changed.")
        return 0
    sealed = f", {result.sealed_v1} older events sealed" if result.sealed_v1 else ""
    print(f"Erased customer {result.customer_id}: {len(result.cases)} case(s), "
          f"{result.events_scrubbed} event(s) scrubbed{sealed}. The hash chains still verify.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from .services.backup import make_backup

    workspace = _open(args)
    try:
        path = make_backup(workspace, args.out)
    finally:
        workspace.close()
    print(f"Backed up the case log to {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .services.backup import restore

    workspace = _open(args)
    try:
        kept = restore(workspace, args.file)
    finally:
        workspace.close()
    print(f"Restored the case log from {args.file}; the previous log is kept as {kept}")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from .services.retention import apply_retention

    workspace = _open(args)
    try:
        result = apply_retention(workspace, args.months)
    finally:
        workspace.close()
    if result.months <= 0:
        print("Retention is off (0 months); nothing changed. Set it with --months N.")
        return 0
    print(f"Retention ({result.months} months, cases closed before "
          f"{result.cutoff:%Y-%m-%d}): anonymized {result.customers} customer(s), "
          f"{result.cases} case(s).")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from .services.audit import AuditFilter, export_audit

    workspace = _open(args)
    try:
        count = export_audit(workspace, args.out, AuditFilter(
            case=args.case, date_from=args.date_from, date_to=args.date_to))
    finally:
        workspace.close()
    print(f"Wrote {count} audit rows to {args.out}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "customers": cmd_customers, "backup": cmd_backup, "restore": cmd_restore,
    "retention": cmd_retention, "audit": cmd_audit,
}
