"""``kpis``: the Dashboard's figures on the command line, for scripts and scheduled
summaries; the same service, scope and definitions as the Dashboard."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from recovery_desk.cli.common import Command, open_workspace, scope_arguments

BREAKDOWN_CHOICES = ("desk", "agent", "channel", "category", "playbook", "mode")


def _arguments(parser: argparse.ArgumentParser) -> None:
    scope_arguments(parser)
    parser.add_argument("--by", choices=BREAKDOWN_CHOICES, metavar="FIELD",
                        help="also one row per value of FIELD: "
                             + ", ".join(BREAKDOWN_CHOICES))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "%":
        return f"{value:.1f} %"
    if unit == "s":
        hours = value / 3600
        return f"{value / 60:,.0f} min" if hours < 2 else \
            f"{hours:,.1f} h" if hours < 48 else f"{hours / 24:,.1f} d"
    if unit in ("cases", ""):
        return f"{value:,.0f}"
    return f"{value:,.2f} {unit}" if len(unit) == 3 and unit.isupper() else f"{value:,.1f}"


def _table(data: dict[str, Any]) -> list[str]:
    scope = data["scope"]
    days = f"{scope['date_from'] or 'the start'} to {scope['date_to'] or 'today'}"
    lines = [f"Figures for cases opened from {days}:"]
    for tile in data["tiles"]:
        unknown = f", {tile['unknown']:,} unknown" if "unknown" in tile else ""
        lines.append(f"  {tile['key']:<26} {_number(tile['value'], tile['unit']):>14}"
                     f"   ({tile['n']:,} cases{unknown})")
    breakdown = data.get("breakdown")
    if breakdown:
        lines.append(f"By {breakdown['by']}:  cases, CSAT, NPS, recovery rate")
        for row in breakdown["rows"]:
            lines.append(f"  {row['value']:<26} {row['count']:>8,} "
                         f"{_number(row['csat_pct'], '%'):>9} {_number(row['nps'], 'pt'):>7} "
                         f"{_number(row['recovery_rate'], '%'):>9}")
    return lines


def cmd_kpis(args: argparse.Namespace) -> int:
    from recovery_desk.services.cases.case_filter import CaseFilter
    from recovery_desk.services.kpis.compute import compute
    from recovery_desk.services.kpis.figures import figures

    def one(value: str | None) -> tuple[str, ...]:
        return (value,) if value else ()

    scope = CaseFilter(date_from=args.date_from, date_to=args.date_to,
                       desks=one(args.desk), agents=one(args.agent),
                       channels=one(args.channel), playbooks=one(args.playbook))
    workspace = open_workspace(args)
    try:
        board = compute(workspace.engine, scope, now=datetime.now().astimezone())
    finally:
        workspace.close()
    data = figures(board, args.by)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print("\n".join(_table(data)))
    return 0


COMMANDS = (
    Command("kpis", "the Dashboard's figures for a scope, as a table or JSON", _arguments,
            cmd_kpis),
)
