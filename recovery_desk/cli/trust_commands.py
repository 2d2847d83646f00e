"""Evidence and privacy: ``check``, erase a customer, backups and restore, retention, the
audit trail. Each handler checks the signed-in user's permission through the service it calls.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desk.cli.common import Command, date_arg, open_workspace

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rebuild", action="store_true",
                        help="first rebuild the case list from the events")
    parser.add_argument("--against", metavar="DIR_OR_URL",
                        help="also compare this log with every checkpoint a witness holds "
                             "(the shared folder, the server, or another desk's log file)")


def _customers_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="customers_command", metavar="ACTION", required=True)
    erase = actions.add_parser(
        "erase", help="erase a customer's personal data from every case and event")
    erase.add_argument("customer", metavar="ID", help="customer id or customer number")


def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, metavar="FILE",
                        help="backup file (default: a new file in the backup folder)")


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")


def _retention_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    apply = actions.add_parser("apply", help="apply the retention period now")
    apply.add_argument("--months", type=int, metavar="N",
                       help="months after closing (default: the setting; 0 = off)")


def _audit_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the audit trail as CSV or JSON Lines")
    export.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="FILE.csv or FILE.jsonl")
    export.add_argument("--case", metavar="REF|ID", help="one case (default: every case)")
    export.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE")
    export.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE")


def cmd_check(args: argparse.Namespace) -> int:
    from recovery_desk.services.trust.check import check_log, rebuild

    if args.rebuild:
        workspace = open_workspace(args)
        try:
            count = rebuild(workspace)
        finally:
            workspace.close()
        print(f"Rebuilt the case list from events: {count} cases.")
    workspace = open_workspace(args, read_only=True)  # runs on a read-only evidence copy
    try:
        report = check_log(workspace.engine, location=workspace.location)
        if args.against:
            report.findings.extend(_against(workspace, args.against))
    finally:
        workspace.close()
    if report.ok:
        print(f"OK: {report.events} events on {report.desks} desk(s), {report.cases} cases; "
              f"hash chains, {report.checkpoints} signed checkpoint(s), case list, "
              "accounts, customers, search index and Dashboard rollup verified.")
        if report.sealed:
            print(f"{report.sealed} erased older event(s): links verified, content sealed at "
                  "erasure.")
        return 0
    for finding in report.findings:
        print(finding, file=sys.stderr)
    print(f"check failed: {len(report.findings)} finding(s).", file=sys.stderr)
    if report.damaged:
        print("The file is damaged: restore the newest backup (recovery-desk restore FILE). "
              "Until a check finds it whole, the Desk, demo-data, imports and sync refuse to "
              "write to it.", file=sys.stderr)
    return 1


def _against(workspace: Workspace, target: str) -> list[str]:
    from recovery_desk.sync.against import check_against

    desk = workspace.desk_id
    report = check_against(workspace.engine, target, {desk, f"{desk}-TRAINING"})
    if report.ok:
        seq, head = report.newest.get(desk, (0, ""))
        print(f"Witness {target}: {report.compared} checkpoint(s) agree with this log "
              f"(desk {desk} witnessed up to sequence {seq}, hash {head[:16]}…).")
    if report.unverifiable:
        print(f"Witness {target}: {report.unverifiable} checkpoint(s) or bundle(s) could not "
              "be verified and were not used.", file=sys.stderr)
    return [f"against {target}: {finding}" for finding in report.findings]


def cmd_customers(args: argparse.Namespace) -> int:
    from recovery_desk.services.trust.erasure import erase_customer

    workspace = open_workspace(args)
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
    from recovery_desk.services.trust.backup import make_backup

    workspace = open_workspace(args)
    try:
        path = make_backup(workspace, args.out)
    finally:
        workspace.close()
    print(f"Backed up the case log to {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from recovery_desk.services.trust.backup import restore

    workspace = open_workspace(args, allow_damaged=True)  # what a restore is for
    try:
        kept = restore(workspace, args.file)
    finally:
        workspace.close()
    print(f"Restored the case log from {args.file}; the previous log is kept as {kept}")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from recovery_desk.services.trust.retention import apply_retention

    workspace = open_workspace(args)
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
    from recovery_desk.services.trust.audit import AuditFilter, export_audit

    workspace = open_workspace(args)
    try:
        count = export_audit(workspace, args.out, AuditFilter(
            case=args.case, date_from=args.date_from, date_to=args.date_to))
    finally:
        workspace.close()
    print(f"Wrote {count} audit rows to {args.out}")
    return 0


COMMANDS = (
    Command("check", "verify schema, integrity, hash chains, projections", _check_arguments,
            cmd_check),
    Command("customers", "customer data: erase a customer", _customers_arguments,
            cmd_customers),
    Command("backup", "back up the SQLite case log (online, consistent)", _backup_arguments,
            cmd_backup),
    Command("restore", "replace the case log with a verified backup", _restore_arguments,
            cmd_restore),
    Command("retention", "anonymize customers of old closed cases", _retention_arguments,
            cmd_retention),
    Command("audit", "the audit trail of a case or a period", _audit_arguments, cmd_audit),
)
