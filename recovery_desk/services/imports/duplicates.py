"""Refusing rows imported before: an import creates new events, so unlike a sync bundle it is
not idempotent by itself; their reference (per source file name) is what keeps it so, and a
file of the same name imported again without references is refused unless allowed."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, String, cast, select

from recovery_desk.domain import events as ev
from recovery_desk.storage.models import CaseEvent


@dataclass
class Earlier:
    """What was imported before from a file of this name."""

    references: dict[str, str] = field(default_factory=dict)   # their reference -> our ref
    cases: int = 0


def earlier_imports(conn: Connection | None, source: str) -> Earlier:
    """Scans the ``case_opened`` events (the truth, including those synced from other
    desks); the text filter only narrows the scan, the payload decides."""
    found = Earlier()
    if conn is None:
        return found
    events = CaseEvent.__table__
    stmt = select(events.c.payload).where(
        events.c.kind == ev.CASE_OPENED,
        cast(events.c.payload, String).like('%"imported"%'))
    for payload in conn.execute(stmt).scalars():
        info = (payload or {}).get("imported")
        if not isinstance(info, dict) or info.get("source") != source:
            continue
        found.cases += 1
        # imports before schema 0011 kept it in imported.reference
        reference = payload.get("external_ref") or info.get("reference")
        if reference:
            found.references.setdefault(str(reference), str(payload.get("ref", "")))
    return found


class Duplicates:
    """Rows whose reference was imported before, or appears earlier in this file."""

    def __init__(self, earlier: Earlier, source: str) -> None:
        self.earlier, self.source = earlier, source
        self.seen: dict[str, int] = {}

    def check(self, number: int, reference: str) -> str | None:
        if not reference:
            return None
        if reference in self.earlier.references:
            return (f"reference {reference!r} from {self.source} was already imported "
                    f"(case {self.earlier.references[reference]})")
        first = self.seen.setdefault(reference, number)
        if first != number:
            return f"reference {reference!r} appears again (first on row {first})"
        return None
