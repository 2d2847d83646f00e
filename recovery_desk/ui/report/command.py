"""``recovery-desk report``: the PDF report from the command line, without a display."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime

from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.report.pdf import write_report


def run_report(args: argparse.Namespace, workspace: Workspace) -> int:
    """``recovery-desk report``: works without a display (Qt draws offscreen)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from recovery_desk.services.kpis import report
    from recovery_desk.ui.app import make_app
    from recovery_desk.ui.common.i18n import install_translator

    app = make_app()
    install_translator(app, workspace.settings.language)
    scope = CaseFilter(date_from=args.date_from, date_to=args.date_to,
                       desks=(args.desk,) if args.desk else (),
                       agents=(args.agent,) if args.agent else (),
                       channels=(args.channel,) if args.channel else (),
                       playbooks=(args.playbook,) if args.playbook else ())
    now = datetime.now().astimezone()
    data = report.gather(workspace, scope, now=now, granularity=args.by)
    pages = write_report(workspace, data, args.out)
    print(f"Wrote the report ({pages} pages) to {args.out}", file=sys.stdout)
    return 0
