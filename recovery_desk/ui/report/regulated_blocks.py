"""The report's page on regulated handling: deadlines met on time and the redress ledger,
read by ``services/kpis/report.gather`` from the same definitions the Register page uses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_desk.services.kpis.report import ReportData
from recovery_desk.ui.common.clock_texts import clock_name
from recovery_desk.ui.common.formatting import money, number
from recovery_desk.ui.report.pdf_blocks import (
    Block,
    Column,
    heading,
    paragraph,
    spacer,
    table,
)

translate = QCoreApplication.translate


def _redress_kind(kind: str) -> str:
    names = {"financial_loss": translate("Report", "Financial loss"),
             "distress_inconvenience": translate("Report", "Distress and inconvenience"),
             "goodwill": translate("Report", "Goodwill")}
    return names.get(kind, kind)


def regulated_blocks(data: ReportData) -> list[Block]:
    """Nothing when no complaint in scope ran under a clock rule pack or had redress."""
    if not data.deadlines and not data.redress:
        return []
    blocks = [heading(translate("Report", "Regulated deadlines and redress"),
                      page_break_before=True)]
    if data.deadlines:
        blocks.append(paragraph(translate(
            "Report", "Met on time, among complaints received in the period whose deadline "
            "is decided (met, or passed unmet); a deadline made unnecessary by a summary "
            "resolution is not counted."), 8.5, space_after=4))
        rows = [[clock_name(d.clock), number(d.met_on_time), number(d.decided),
                 "—" if d.percent is None else f"{d.percent:g} %"] for d in data.deadlines]
        blocks += table([Column(translate("Report", "Deadline"), 0.4),
                         Column(translate("Report", "Met on time"), 0.2, True),
                         Column(translate("Report", "Decided"), 0.2, True),
                         Column(translate("Report", "Share"), 0.2, True)], rows)
    if data.redress:
        blocks.append(spacer(10))
        blocks.append(paragraph(translate("Report", "Redress ledger: approved, and of that "
                                          "paid."), 8.5, space_after=4))
        rows = [[_redress_kind(r.kind), number(r.lines), money(r.approved, r.currency),
                 money(r.paid, r.currency)] for r in data.redress]
        blocks += table([Column(translate("Report", "Type"), 0.34),
                         Column(translate("Report", "Lines"), 0.14, True),
                         Column(translate("Report", "Approved"), 0.26, True),
                         Column(translate("Report", "Paid"), 0.26, True)], rows)
    return blocks
