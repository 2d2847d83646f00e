"""Refusing rows imported before: an import creates new events, so unlike a sync bundle it is
not idempotent by itself; their reference (per source file name) is what keeps it so."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, String, cast, select

from recovery_desk.domain import events as ev
from recovery_desk.services.imports.rows import ParsedRow
from recovery_desk.storage.models import CaseEvent


def imported_references(conn: Connection, source: str) -> dict[str, str]:
    """Their references already imported from a file of this name: reference -> our ref.

    Scans the ``case_opened`` events (the truth, including those synced from other desks);
    the text filter only narrows the scan, the payload decides.
    """
    events = CaseEvent.__table__
    stmt = select(events.c.payload).where(
        events.c.kind == ev.CASE_OPENED,
        cast(events.c.payload, String).like('%"imported"%'))
    found: dict[str, str] = {}
    for payload in conn.execute(stmt).scalars():
        info = (payload or {}).get("imported")
        if not isinstance(info, dict) or info.get("source") != source:
            continue
        # imports before schema 0011 kept it in imported.reference
        reference = payload.get("external_ref") or info.get("reference")
        if reference:
            found.setdefault(str(reference), str(payload.get("ref", "")))
    return found


def duplicates(rows: Iterable[ParsedRow], earlier: dict[str, str],
               source: str) -> dict[int, str]:
    """Rows whose reference was imported before, or appears earlier in this file."""
    found: dict[int, str] = {}
    seen: dict[str, int] = {}
    for row in rows:
        reference = row.values.get("reference", "")
        if not reference:
            continue
        if reference in earlier:
            found[row.number] = (f"reference {reference!r} from {source} was already imported "
                                 f"(case {earlier[reference]})")
        elif reference in seen:
            found[row.number] = (f"reference {reference!r} appears again (first on row "
                                 f"{seen[reference]})")
        else:
            seen[reference] = row.number
    return found


def reject_duplicates(rows: list[ParsedRow], problems: dict[int, list[str]],
                      earlier: dict[str, str], source: str) -> None:
    """Move the duplicate rows out of ``rows`` into ``problems``."""
    found = duplicates(rows, earlier, source)
    if found:
        rows[:] = [r for r in rows if r.number not in found]
        for number, reason in found.items():
            problems.setdefault(number, []).append(reason)
