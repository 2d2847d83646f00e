"""Regulator returns: the FCA's half-yearly complaint figures and ASIC's IDR data file.

Both read the case list (its regulated columns) and the redress ledger, for the cases that
ran under a pack of the regime. Practice cases are never complaints. Cases flagged
"exclude from regulatory report" are left out and listed with their reasons, so the return
can be reconciled with the register.

FCA (DISP 1.10, DISP 1 Annex 1R): complaints opened, closed, closed within three business
days (resolved inside the summary-resolution window), closed after that but within eight
weeks, closed after eight weeks, upheld (fully or partly) among those closed, outstanding
at the start, and redress paid in the period, by product group and cause.

ASIC (RG 271 IDR data reporting): one row per complaint received in the period or still
open at its start.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain import events as ev
from recovery_desk.services.exports.cells import csv_row, write_xlsx_row
from recovery_desk.services.regulated.packs import library
from recovery_desk.services.regulated.register import codes

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace

REGIMES = ("fca-disp", "asic-rg271")
UPHELD = frozenset({"upheld", "partly_upheld"})
FCA_FIGURES = ("opened", "closed", "closed_within_3_business_days",
               "closed_within_8_weeks", "closed_after_8_weeks", "upheld",
               "upheld_share_percent", "outstanding_at_start")
ASIC_COLUMNS = ("complaint_id", "date_received", "status", "date_closed",
                "days_to_close", "received_via", "product", "product_group", "issue",
                "sub_issue", "outcome", "acknowledged_on_time", "idr_response_date",
                "closed_within_5_business_days", "compensation_amount",
                "compensation_currency")


class ReturnError(RecoveryDeskError):
    """A return that cannot be made as asked."""


@dataclass
class ReturnResult:
    rows: list[list[Any]]
    header: tuple[str, ...]
    excluded: list[tuple[str, str]] = field(default_factory=list)
    complaints: int = 0


def _bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    if date_to < date_from:
        raise ReturnError("The period ends before it starts.", "Swap --from and --to.")
    return (datetime.combine(date_from, time(0), tzinfo=UTC),
            datetime.combine(date_to + timedelta(days=1), time(0), tzinfo=UTC))


def _packs_of(regime: str) -> list[str]:
    return [p.id for p in library().usable.values() if p.regime == regime]


def _rows(ws: Workspace, regime: str, start: datetime, end: datetime) -> list[Any]:
    """Complaints under the regime received before the end and not closed before the start."""
    from recovery_desk.storage.models import Case

    c = Case.__table__
    with ws.engine.connect() as conn:
        return list(conn.execute(
            select(c).where(c.c.clock_pack.in_(_packs_of(regime)), c.c.training.is_(False),
                            c.c.opened_at < end,
                            or_(c.c.closed_at.is_(None), c.c.closed_at >= start))
            .order_by(c.c.opened_at, c.c.ref)))


def _redress(ws: Workspace, case_ids: Iterable[str], start: date, end: date
             ) -> dict[str, dict[str, Decimal]]:
    """Redress paid within the period, per case and currency (the ledger's paid lines)."""
    from recovery_desk.storage.models import CaseEvent

    wanted = set(case_ids)
    e = CaseEvent.__table__
    recorded: dict[str, tuple[str, Decimal, str]] = {}
    paid: dict[str, str] = {}
    with ws.engine.connect() as conn:
        for row in conn.execute(select(e.c.case_id, e.c.kind, e.c.payload).where(
                e.c.kind.in_((ev.REDRESS_RECORDED, ev.REDRESS_PAID)))):
            if row.case_id not in wanted:
                continue
            p = row.payload or {}
            if row.kind == ev.REDRESS_RECORDED:
                recorded[str(p.get("redress_id"))] = (row.case_id, Decimal(str(p["amount"])),
                                                      str(p.get("currency", "")))
            else:
                paid[str(p.get("redress_id"))] = str(p.get("paid_on", ""))
    out: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for redress_id, (case_id, amount, currency) in recorded.items():
        day = paid.get(redress_id)
        if day and start.isoformat() <= day < end.isoformat():
            out[case_id][currency] += amount
    return out


def _split(rows: list[Any]) -> tuple[list[Any], list[tuple[str, str]]]:
    kept = [r for r in rows if not r.return_excluded]
    excluded = [r for r in rows if r.return_excluded]
    return kept, [(r.ref, "") for r in excluded]


def fca_return(ws: Workspace, date_from: date, date_to: date) -> ReturnResult:
    """DISP 1 Annex 1R figures by product group and cause, then a total line."""
    start, end = _bounds(date_from, date_to)
    kept, excluded = _split(_rows(ws, "fca-disp", start, end))
    reg = codes()
    money = _redress(ws, (r.case_id for r in kept), start.date(), end.date())
    groups: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    paid: dict[tuple[str, str], dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for r in kept:
        product = reg.product(r.register_product or "")
        key = (product.group if product else "not_coded", r.register_cause or "not_coded")
        for figure in _fca_figures(r, start, end):
            groups[key][figure] += 1
            groups[("total", "")][figure] += 1
        for currency, amount in money.get(r.case_id, {}).items():
            paid[key][currency] += amount
            paid[("total", "")][currency] += amount
    currencies = sorted({cur for per in paid.values() for cur in per})
    header = ("product_group", "cause", *FCA_FIGURES,
              *(f"redress_paid_{cur}" for cur in currencies))
    rows = []
    for key in sorted(k for k in groups if k[0] != "total") + [("total", "")]:
        figures = groups.get(key, {})
        closed = figures.get("closed", 0)
        share = round(100 * figures.get("upheld", 0) / closed, 1) if closed else ""
        values: list[int | float | str] = [figures.get(f, 0) for f in FCA_FIGURES]
        values[FCA_FIGURES.index("upheld_share_percent")] = share
        rows.append([*key, *values, *(str(paid[key].get(cur, Decimal("0.00")))
                                      for cur in currencies)])
    return ReturnResult(rows=rows, header=header, excluded=excluded, complaints=len(kept))


def _fca_figures(r: Any, start: datetime, end: datetime) -> list[str]:
    figures = []
    if start <= r.opened_at < end:
        figures.append("opened")
    if r.opened_at < start:
        figures.append("outstanding_at_start")
    if r.closed_at is not None and start <= r.closed_at < end:
        figures.append("closed")
        in_window = r.summary_resolution_met_at is not None and \
            r.summary_resolution_due is not None and \
            r.summary_resolution_met_at <= r.summary_resolution_due
        if in_window:
            figures.append("closed_within_3_business_days")
        elif r.final_response_due is not None and r.closed_at <= r.final_response_due:
            figures.append("closed_within_8_weeks")
        else:
            figures.append("closed_after_8_weeks")
        if r.register_outcome in UPHELD:
            figures.append("upheld")
    return figures


def asic_return(ws: Workspace, date_from: date, date_to: date) -> ReturnResult:
    """One row per complaint received in the period or open at its start."""
    start, end = _bounds(date_from, date_to)
    kept, excluded = _split(_rows(ws, "asic-rg271", start, end))
    reg = codes()
    money = _redress(ws, (r.case_id for r in kept), date(1970, 1, 1), date(9999, 1, 1))
    rows = []
    for r in kept:
        product = reg.product(r.register_product or "")
        closed = r.closed_at if r.closed_at is not None and r.closed_at < end else None
        paid = money.get(r.case_id, {})
        currency, amount = next(iter(sorted(paid.items())), ("", Decimal("0")))
        pack = library().usable.get(r.clock_pack)
        zone = pack.zone if pack is not None else UTC

        def day(at: datetime, zone: Any = zone) -> date:  # dates on the desk's calendar
            return at.astimezone(zone).date()

        rows.append([
            r.ref, day(r.opened_at).isoformat(), "closed" if closed else "open",
            day(closed).isoformat() if closed else "",
            (day(closed) - day(r.opened_at)).days if closed else "",
            r.channel, r.register_product or "", product.group if product else "",
            r.register_cause or "", "", r.register_outcome or "",
            _on_time(r.acknowledge_met_at, r.acknowledge_due),
            day(r.final_response_met_at).isoformat() if r.final_response_met_at else "",
            _on_time(r.summary_resolution_met_at, r.summary_resolution_due),
            str(amount) if paid else "", currency,
        ])
    return ReturnResult(rows=rows, header=ASIC_COLUMNS, excluded=excluded,
                        complaints=len(kept))


def _on_time(met: datetime | None, due: datetime | None) -> str:
    if met is None or due is None:
        return "no"
    return "yes" if met <= due else "no"


def exclusion_reasons(ws: Workspace, refs: list[str]) -> dict[str, str]:
    """The latest exclusion reason of each excluded case (read from its events)."""
    from recovery_desk.storage.models import Case, CaseEvent

    c, e = Case.__table__, CaseEvent.__table__
    reasons: dict[str, str] = {}
    with ws.engine.connect() as conn:
        for row in conn.execute(select(c.c.ref, e.c.payload, e.c.seq).join(
                e, and_(e.c.case_id == c.c.case_id, e.c.kind == ev.RETURN_EXCLUSION_SET))
                .where(c.c.ref.in_(refs)).order_by(e.c.seq)):
            reasons[row.ref] = str((row.payload or {}).get("reason", ""))
    return reasons


def write_return(ws: Workspace, regime: str, date_from: date, date_to: date,
                 out: Path) -> ReturnResult:
    """Write the return as CSV (excluded cases beside it) or XLSX (a second sheet)."""
    if regime not in REGIMES:
        raise ReturnError(f"{regime!r} is not a return this desk makes.",
                          f"Use one of: {', '.join(REGIMES)}.")
    result = (fca_return if regime == "fca-disp" else asic_return)(ws, date_from, date_to)
    reasons = exclusion_reasons(ws, [ref for ref, _ in result.excluded])
    result.excluded = [(ref, reasons.get(ref, "")) for ref, _ in result.excluded]
    suffix = out.suffix.lower()
    if suffix == ".csv":
        _write_csv(out, result.header, result.rows)
        _write_csv(out.with_name(out.stem + ".excluded.csv"), ("complaint_id", "reason"),
                   [list(x) for x in result.excluded])
    elif suffix == ".xlsx":
        _write_xlsx(out, result)
    else:
        raise ReturnError(f"{out.name}: a return is written as .csv or .xlsx.",
                          "Name the file FILE.csv or FILE.xlsx.")
    return result


def _write_csv(path: Path, header: tuple[str, ...], rows: list[list[Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(csv_row(row) for row in rows)


def _write_xlsx(path: Path, result: ReturnResult) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    try:
        for name, header, rows in (("return", result.header, result.rows),
                                   ("excluded", ("complaint_id", "reason"),
                                    [list(x) for x in result.excluded])):
            sheet = book.add_worksheet(name)
            write_xlsx_row(sheet, 0, header)
            for i, row in enumerate(rows, start=1):
                write_xlsx_row(sheet, i, row)
    finally:
        book.close()
