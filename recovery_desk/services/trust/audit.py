"""The audit trail of a case or a period, for supervisors: who did what, when, where.

One row per event: time, actor (who), desk (where), kind, stage, the desk position, the
hash scheme, ``prev_hash`` and ``hash``, and the event's verification status:

- ``ok``: its content matches its hash and it links to the event before it on its desk;
- ``sealed``: an erased v1 event whose links hold and whose scrubbed content matches the
  seal recorded at erasure (its original content cannot be re-hashed any more);
- ``broken: …``: the reason (content changed, link broken).

No payload is exported, so the trail names no customer. Written to a temporary file and
renamed when complete.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, or_, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.canonical import canonical_time
from recovery_desk.domain.hashing import GENESIS, chain_hash, sealed_digest
from recovery_desk.domain.redaction import CUSTOMER_ERASED, is_erased, scrubbed_correctly
from recovery_desk.services.access.permissions import Permission, require
from recovery_desk.services.exports.cells import csv_row
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case, CaseEvent
from recovery_desk.storage.rows import event_from_row

_EV = CaseEvent.__table__
_CASES = Case.__table__
COLUMNS = ("at", "actor", "desk", "desk_seq", "case_ref", "case_id", "seq", "kind", "stage",
           "event_id", "hash_version", "prev_hash", "hash", "verification")


@dataclass(frozen=True)
class AuditFilter:
    case: str | None = None  # case ref or id
    date_from: date | None = None
    date_to: date | None = None  # inclusive


def _case_id(conn: Connection, key: str) -> str:
    found = conn.execute(select(_CASES.c.case_id).where(
        or_(_CASES.c.case_id == key, _CASES.c.ref == key))).scalar()
    if found is None and conn.execute(select(_EV.c.event_id).where(
            _EV.c.case_id == key).limit(1)).first() is None:
        raise RecoveryDeskError(f"No case {key!r} in this case log.",
                                "Give the case reference (e.g. DESK-000042) or its id.")
    return found or key


def audit_rows(conn: Connection, flt: AuditFilter,
               lookup: Connection | None = None) -> Iterator[dict[str, Any]]:
    """The trail in (desk, desk sequence) order, each event verified where it stands.

    Streams from ``conn``; the point look-ups (the event before, case refs, seals) go to
    ``lookup`` (another connection, so a server-side cursor stays undisturbed).
    """
    lookup = lookup or conn
    stmt = select(_EV)
    if flt.case:
        stmt = stmt.where(_EV.c.case_id == _case_id(conn, flt.case))
    if flt.date_from:
        stmt = stmt.where(_EV.c.at >= datetime.combine(flt.date_from, time()))
    if flt.date_to:
        stmt = stmt.where(_EV.c.at < datetime.combine(flt.date_to + timedelta(days=1), time()))
    stmt = stmt.order_by(_EV.c.desk_id, _EV.c.desk_seq)
    refs: dict[str, str] = {}
    seals: dict[str, dict[str, str]] = {}
    last: tuple[str, int, str] | None = None
    for row in conn.execution_options(stream_results=True, yield_per=2000).execute(stmt):
        event = event_from_row(row)
        previous: str | None  # None: the event before it on its desk is missing
        if last is not None and last[0] == event.desk_id and last[1] == event.desk_seq - 1:
            previous = last[2]
        elif event.desk_seq == 1:
            previous = GENESIS
        else:
            previous = lookup.execute(select(_EV.c.hash).where(
                _EV.c.desk_id == event.desk_id, _EV.c.desk_seq == event.desk_seq - 1)).scalar()
        status = "ok"
        if event.prev_hash != previous:
            status = "broken: does not link to the event before it on its desk"
        elif is_erased(event.payload) and not scrubbed_correctly(event.kind, event.payload):
            status = "broken: an erased field holds a value again"
        elif chain_hash(event.prev_hash, event) != event.hash:
            status = "broken: content does not match its hash"
            if is_erased(event.payload) and event.hash_version < 2:
                case_seals = seals.get(event.case_id)
                if case_seals is None:
                    case_seals = _seals(lookup, event.case_id)
                    seals[event.case_id] = case_seals
                if case_seals.get(event.event_id) == sealed_digest(event):
                    status = "sealed"
        if event.case_id not in refs:
            if len(refs) > 10_000:  # bounded memory over long periods
                refs.clear()
                seals.clear()
            refs[event.case_id] = lookup.execute(select(_CASES.c.ref).where(
                _CASES.c.case_id == event.case_id)).scalar() or ""
        last = (event.desk_id, event.desk_seq, event.hash)
        yield {"at": canonical_time(event.at), "actor": event.actor, "desk": event.desk_id,
               "desk_seq": event.desk_seq, "case_ref": refs[event.case_id],
               "case_id": event.case_id, "seq": event.seq, "kind": event.kind,
               "stage": event.stage or "", "event_id": event.event_id,
               "hash_version": event.hash_version, "prev_hash": event.prev_hash,
               "hash": event.hash, "verification": status}


def _seals(conn: Connection, case_id: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for payload in conn.execute(select(_EV.c.payload).where(
            _EV.c.case_id == case_id, _EV.c.kind == CUSTOMER_ERASED)).scalars():
        found.update((payload or {}).get("sealed") or {})
    return found


def export_audit(workspace: Workspace, out: Path, flt: AuditFilter | None = None,
                 fmt: str | None = None) -> int:
    """Write the trail to ``out`` as CSV or JSON Lines (by ``fmt`` or the suffix)."""
    require(workspace, Permission.AUDIT_EXPORT, action="export the audit trail")
    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".") or "csv").lower()
    if fmt not in ("csv", "jsonl"):
        raise RecoveryDeskError(f"Unknown audit format {fmt!r}.", "Use .csv or .jsonl.")
    if not out.parent.is_dir():
        raise RecoveryDeskError(f"The folder {out.parent} does not exist.",
                                "Create it first or choose another --out.")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8",
                       newline="") as handle, workspace.engine.connect() as conn, \
                workspace.engine.connect() as lookup:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS) if fmt == "csv" else None
            if writer:
                writer.writeheader()
            for row in audit_rows(conn, flt or AuditFilter(), lookup):
                if writer:
                    writer.writerow(dict(zip(COLUMNS, csv_row(row[c] for c in COLUMNS),
                                             strict=True)))
                else:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
