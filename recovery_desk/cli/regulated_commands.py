"""Regulated handling from the command line: ``clocks``, ``letter``, ``regulator-return``."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desk.cli.common import Command, date_arg, open_workspace
from recovery_desk.core.errors import RecoveryDeskError

if TYPE_CHECKING:  # the letter services load only when a letter is asked for
    from recovery_desk.services.regulated.letters import LetterDraft

LETTER_KINDS = ("acknowledgement", "holding", "summary-resolution", "final-response",
                "apology", "information-request", "call-summary")


def _clocks_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="clocks_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="list the clock rule packs and which one this log uses")
    use = sub.add_parser("use", help="run new cases under a pack (supervisor or admin)")
    use.add_argument("name", metavar="NAME", help="a pack id, or 'none' for no clocks")


def cmd_clocks(args: argparse.Namespace) -> int:
    from recovery_desk.services.regulated import packs

    workspace = open_workspace(args)
    try:
        if args.clocks_command == "use":
            choice = packs.choose_pack(workspace, args.name)
            print(f"New cases in this log now run under {choice.pack_id} "
                  f"(chosen by {choice.chosen_by}); open cases keep their deadlines.")
            return 0
        lib = packs.library()
        current = packs.current_choice(workspace)
        lang = workspace.settings.language
        for pack in sorted(lib.usable.values(), key=lambda p: p.id):
            mark = "*" if current and current.pack_id == pack.id else " "
            where = "editable" if pack.editable else "built-in"
            print(f"{mark} {pack.id:<18} {pack.name.get(lang)}  [{pack.region}, {where}]")
        for name, reason in sorted(lib.unusable.items()):
            print(f"! {name}: unusable: {reason}")
        if current is None or current.pack_id == packs.NO_PACK:
            print("This log runs no regulated clocks (choose one: recovery-desk clocks use "
                  "NAME).")
        return 0
    finally:
        workspace.close()


def _letter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ref", metavar="CASE_REF")
    parser.add_argument("--kind", choices=LETTER_KINDS, required=True)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.eml")
    parser.add_argument("--lang", dest="letter_lang", choices=("en", "hu", "lv", "uk"),
                        help="language of the letter (default: the case's)")
    parser.add_argument("--outcome", choices=("upheld", "partly_upheld", "rejected"),
                        help="for a final response: the decision")
    parser.add_argument("--send", action="store_true",
                        help="also record the letter as sent (refused while it has gaps)")
    parser.add_argument("--to", default="", metavar="ADDRESS", help="for .eml: the recipient")


def cmd_letter(args: argparse.Namespace) -> int:
    from recovery_desk.services.cases.recovery import CaseService
    from recovery_desk.services.regulated import letters
    from recovery_desk.services.regulated.lookup import case_id_of

    workspace = open_workspace(args)
    try:
        service = CaseService(workspace)
        state = service.get(case_id_of(workspace, args.ref))
        draft = letters.draft_letter(workspace, state, args.kind, lang=args.letter_lang,
                                     outcome=args.outcome, now=datetime.now().astimezone())
        suffix = args.out.suffix.lower()
        if suffix == ".pdf":
            _pdf(draft, args.out)
        elif suffix == ".eml":
            to = args.to or str(state.customer.get("email") or "")
            args.out.write_bytes(letters.eml_bytes(
                draft, to=to, sender=workspace.settings.organization_contact or workspace.user))
        else:
            raise RecoveryDeskError(f"{args.out.name}: a letter is written as .pdf or .eml.",
                                    "Name the file FILE.pdf or FILE.eml.")
        print(f"Wrote the {args.kind} letter for {state.ref} to {args.out}")
        for gap in draft.gaps:
            print(f"  to write before sending: {gap}")
        if args.send:
            letters.send_letter(service, draft, "pdf" if suffix == ".pdf" else "email")
            print("Recorded as sent.")
        return 0
    finally:
        workspace.close()


def _pdf(draft: LetterDraft, out: Path) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from recovery_desk.ui.app import make_app
    from recovery_desk.ui.report.letter_pdf import write_letter_pdf

    make_app()
    write_letter_pdf(draft, out)


def _return_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--regime", choices=("fca-disp", "asic-rg271"), required=True)
    parser.add_argument("--from", dest="date_from", type=date_arg, required=True,
                        metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=date_arg, required=True,
                        metavar="YYYY-MM-DD")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")


def cmd_return(args: argparse.Namespace) -> int:
    from recovery_desk.services.regulated.returns import write_return

    workspace = open_workspace(args)
    try:
        result = write_return(workspace, args.regime, args.date_from, args.date_to, args.out)
        print(f"Wrote the {args.regime} return ({result.complaints} complaints, "
              f"{len(result.rows)} rows) to {args.out}", file=sys.stdout)
        for ref, reason in result.excluded:
            print(f"  left out: {ref}: {reason}")
        return 0
    finally:
        workspace.close()


COMMANDS = (
    Command("clocks", "list the clock rule packs, or choose the log's", _clocks_arguments,
            cmd_clocks),
    Command("letter", "write a case's letter as PDF or e-mail draft", _letter_arguments,
            cmd_letter),
    Command("regulator-return", "write the FCA or ASIC complaints return",
            _return_arguments, cmd_return),
)
