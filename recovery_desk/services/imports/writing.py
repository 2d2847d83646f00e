"""Turning checked rows into events: one case per row, stamped at the row's own times so
reports over past months stay true.

Under a clock rule pack, a complaint still open when it is imported starts the pack's
clocks from its own received time, as a case opened here would; a closed one gets none:
which letters the old helpdesk sent is not in its export, and counting those deadlines
as missed (or met) would be a figure nobody observed (docs/regulated.md).
"""

from __future__ import annotations

from typing import Any

from recovery_desk.domain import events as ev
from recovery_desk.domain.case import CLOSED, WITHDRAWN
from recovery_desk.domain.clocks.pack import ClockPack
from recovery_desk.domain.events import Change
from recovery_desk.services.imports.customers import Customers
from recovery_desk.services.imports.language import Languages
from recovery_desk.services.imports.rows import ParsedRow
from recovery_desk.services.regulated.clocks import clocks_started
from recovery_desk.storage.event_store import UnitOfWork

IMPORT_ACTOR = "import"
IMPORT_PLAYBOOK = "imported"


def starts_clocks(row: ParsedRow) -> bool:
    """Whether the row, under a pack, starts its clocks: only a complaint still open."""
    return row.status not in (CLOSED, WITHDRAWN)


def changes(row: ParsedRow, ref: str, customer: dict[str, Any], source: str, language: str,
            agent: str, pack: ClockPack | None = None) -> tuple[list[Change], list[Change]]:
    """The events at opening time and those at closing time, in the order they happen."""
    v = row.values
    imported: dict[str, Any] = {"source": source, "row": row.source_row or row.number}
    if row.original:
        imported["original"] = row.original   # their values where ours differ
    if row.dropped:
        imported["dropped"] = sorted(row.dropped)
    if v.get("agent"):
        imported["agent"] = v["agent"]   # as the source named them (the actor is the importer)
    opened = Change(ev.CASE_OPENED, {
        "ref": ref, "customer": customer, "channel": row.channel, "category": row.category,
        "severity": row.severity, "words": v["words"].strip(),
        "remedy": v.get("remedy", "").strip(), "playbook": IMPORT_PLAYBOOK,
        "playbook_version": 0, "mode": "natural", "language": language, "training": False,
        "agent": agent, "stage_roles": {},
        # their ticket number is personal (it re-identifies the customer to anyone holding
        # the old export): a field of its own, sealed and erasable like the words
        "external_ref": v.get("reference", ""),
        "imported": imported,
    })
    at_open = [opened]
    if pack is not None and starts_clocks(row):
        at_open.append(clocks_started(pack, row.opened_at))
    if row.extra:
        text = "\n".join(f"{name}: {value}" for name, value in row.extra)
        at_open.append(Change(ev.NOTE_ADDED, {"text": text}))
    at_end: list[Change] = []
    if v.get("resolution"):
        at_end.append(Change(ev.NOTE_ADDED, {"text": v["resolution"]}))
    if row.csat is not None or row.likelihood is not None:
        at_end.append(Change(ev.SATISFACTION_RECORDED, {
            "accepted": "yes" if (row.csat or 0) >= 4 else "partly", "how": "written",
            "csat": row.csat, "likelihood": row.likelihood, "ces": None, "follow_up": False,
            "context": "import"}))
    if row.status == CLOSED:
        # rows.RowParser decided it: their outcome, their score, a default, or unknown
        at_end.append(Change(ev.CASE_CLOSED, {"outcome": row.outcome, "imported": True}))
    return at_open, at_end


def write_row(uow: UnitOfWork, row: ParsedRow, customers: Customers, languages: Languages,
              source: str, *, actor: str, pack: ClockPack | None = None) -> None:
    """Record one row as a new case in ``uow``, by ``actor`` (the signed-in importer); the
    source's agent is the case's agent; ``pack`` is the log's clock rule pack, if any."""
    v = row.values
    agent = v.get("agent") or IMPORT_ACTOR
    language = languages.of(row.language, v["words"])
    customer = {
        "id": customers.id_for(v.get("customer_number", ""), v.get("customer_email", ""),
                               v.get("customer_phone", "")),
        "number": v.get("customer_number", ""), "name": v.get("customer_name", ""),
        "phone": v.get("customer_phone", ""), "email": v.get("customer_email", ""),
        "language": language,
    }
    at_open, at_end = changes(row, uow.next_ref(), customer, source, language, agent, pack)
    state = uow.new_case()
    uow.record(state, at_open, actor, at=row.opened_at)
    if at_end:
        uow.record(state, at_end, actor, at=row.closed_at or row.opened_at)
