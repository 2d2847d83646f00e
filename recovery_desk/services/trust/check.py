"""Prove the case log is whole: schema, SQLite integrity, hash chains, projections, accounts,
and the tables derived from the events (customers, search index, Dashboard rollup).

``check`` streams everything (constant memory), so it also runs on million-case logs, and
reads only: give it a read-only engine (``make_engine(url, read_only=True)``) and it runs
on an evidence copy. A damaged file (pages SQLite cannot read, text that is not UTF-8) is a
finding like any other, never a crash; ``location`` notes it for the writers
(``storage/health.py``). ``rebuild`` rewrites the projections from the events, the truth.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import DBAPIError

from recovery_desk.domain.audit import is_audit_stream
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.contact import SOURCES
from recovery_desk.domain.hashing import GENESIS, chain_hash, sealed_digest
from recovery_desk.domain.redaction import CUSTOMER_ERASED, is_erased, scrubbed_correctly
from recovery_desk.services.access.permissions import Permission, require
from recovery_desk.services.trust.account_check import check_accounts
from recovery_desk.services.trust.derived_check import (
    check_customers,
    check_rollup,
    check_search_index,
)
from recovery_desk.services.trust.evidence_check import check_evidence
from recovery_desk.storage import kpi_rollup, projections, search
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.health import remember_check
from recovery_desk.storage.migrate import SCHEMA_HEAD, current_revision
from recovery_desk.storage.models import Case, CaseEvent, Customer, Desk
from recovery_desk.storage.rows import REPLAY_ORDER, event_from_row, projection_row

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace

_EV = CaseEvent.__table__
_CASES = Case.__table__
MAX_FINDINGS_PER_KIND = 50
#: findings that mean the file itself is damaged (not edited): writers stop
DAMAGE_KINDS = frozenset({"integrity", "unreadable"})


@dataclass
class CheckReport:
    findings: list[str] = field(default_factory=list)
    events: int = 0
    cases: int = 0
    desks: int = 0
    #: erased v1 events: links verified, content sealed at erasure (not re-hashable)
    sealed: int = 0
    #: signed checkpoints verified (signature, known key, still matching the chain)
    checkpoints: int = 0
    _counts: dict[str, int] = field(default_factory=dict)
    damage: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def damaged(self) -> bool:
        """The file itself is damaged (SQLite integrity, unreadable pages)."""
        return bool(self.damage)

    def add(self, kind: str, text: str) -> None:
        if kind in DAMAGE_KINDS and len(self.damage) < MAX_FINDINGS_PER_KIND:
            self.damage.append(text)
        count = self._counts.get(kind, 0) + 1
        self._counts[kind] = count
        if count <= MAX_FINDINGS_PER_KIND:
            self.findings.append(text)
        elif count == MAX_FINDINGS_PER_KIND + 1:
            self.findings.append(f"… more {kind} findings not listed")


def _stream(conn: Connection, stmt: Any) -> Iterator[Any]:
    yield from conn.execution_options(stream_results=True, yield_per=5000).execute(stmt)


Phase = Callable[[Connection, CheckReport], None]


def check_log(engine: Engine, *, location: str | None = None) -> CheckReport:
    """Every check, each phase on its own connection so damage met in one (an unreadable
    page) is reported and the others still run. With ``location`` the result is noted for
    the writers: damage found stops them, a whole file lets them go on."""
    report = CheckReport()
    revision: list[str | None] = []
    _run_phase(engine, report, "the schema version",
               lambda conn, _r: revision.append(current_revision(conn)))
    if revision and revision[0] != SCHEMA_HEAD:
        report.add("schema", f"schema is at {revision[0] or 'nothing'}, expected "
                             f"{SCHEMA_HEAD}; open the log once with this version to upgrade it")
    elif revision:
        if engine.dialect.name == "sqlite":
            _run_phase(engine, report, "SQLite's integrity check", _check_integrity)
        _run_phase(engine, report, "the hash chains", _check_chains)
        _run_phase(engine, report, "the signed checkpoints", _check_checkpoints)
        _run_phase(engine, report, "the case list", _check_projection)
        _run_phase(engine, report, "the accounts",
                   lambda conn, r: check_accounts(conn, r.add))
        _run_phase(engine, report, "the customers",
                   lambda conn, r: check_customers(conn, r.add))
        _run_phase(engine, report, "the search index",
                   lambda conn, r: check_search_index(conn, r.add))
        _run_phase(engine, report, "the Dashboard's rollup",
                   lambda conn, r: check_rollup(conn, r.add))
    if location is not None:
        remember_check(location, report.damage)
    return report


def _run_phase(engine: Engine, report: CheckReport, what: str, phase: Phase) -> None:
    try:
        with engine.connect() as conn:
            phase(conn, report)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        original = getattr(exc, "orig", None) or exc
        text = str(original).strip().splitlines()[0] if str(original).strip() else \
            type(original).__name__
        report.add("unreadable", f"the file is damaged: reading {what} failed ({text[:200]})")


def _check_checkpoints(conn: Connection, report: CheckReport) -> None:
    report.checkpoints = check_evidence(conn, report.add)


def _check_integrity(conn: Connection, report: CheckReport) -> None:
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        for row in rows:  # a row may hold several lines; "*** in database main ***" heads
            for line in str(row).splitlines():
                if line.strip() and not line.startswith("***"):
                    report.add("integrity", f"SQLite integrity: {line.strip()}")


def _check_chains(conn: Connection, report: CheckReport) -> None:
    """Every desk's chain, event by event; the first broken link of each desk is named.

    Erased events are accepted: a v2 event's hash still covers its commitments. An erased
    v1 event's content can no longer be re-hashed: here only its links are verified; its
    scrubbed content is checked against the erasure's seal per case (``_ErasureCheck``).
    """
    heads = {r.desk_id: r for r in conn.execute(select(Desk))}
    report.desks = len(heads)
    desk_ids = sorted(set(heads) | set(conn.execute(select(_EV.c.desk_id).distinct()).scalars()))
    for desk_id in desk_ids:
        previous, expected_seq = GENESIS, 1
        broken = 0
        stmt = select(_EV).where(_EV.c.desk_id == desk_id).order_by(_EV.c.desk_seq)
        for row in _stream(conn, stmt):
            report.events += 1
            event = event_from_row(row)
            problems = []
            if event.desk_seq != expected_seq:
                problems.append(("chain", f"events missing before desk sequence "
                                          f"{event.desk_seq} (expected {expected_seq})"))
            if event.prev_hash != previous:
                problems.append(("chain", "does not link to the event before it (an event "
                                          "was removed or inserted)"))
            if chain_hash(event.prev_hash, event) != event.hash and not (
                    event.hash_version < 2 and is_erased(event.payload)):
                problems.append(("hash", "content does not match its hash (the event was "
                                         "changed outside the app)"))
            for kind, text in problems:
                broken += 1
                if broken == 1:
                    report.add(kind, f"desk {desk_id}: first broken link at {_where(event)}: "
                                     f"{text}")
            previous, expected_seq = event.hash, event.desk_seq + 1
        if broken > 1:
            report.add("chain", f"desk {desk_id}: {broken - 1} more problem(s) after the first "
                                "broken link")
        head = heads.get(desk_id)
        if head is None:
            report.add("chain", f"desk {desk_id}: its chain head is missing from the desks "
                                "table, so the newest events cannot be vouched for (the row was "
                                "deleted outside the app)")
        elif head.last_hash != previous:
            report.add("chain", f"desk {desk_id}: the newest events of the chain are missing "
                                f"(expected {head.last_desk_seq} events)")


def _where(event: Any) -> str:
    return (f"event {event.event_id} (desk_seq {event.desk_seq}, case {event.case_id}, "
            f"seq {event.seq})")


class _ErasureCheck:
    """Per case (constant memory): erased events need the case's erasure record, and each
    erased v1 event's scrubbed content must match the seal that record holds."""

    def __init__(self, report: CheckReport) -> None:
        self.report = report
        self.case_id: str | None = None
        self.erased: list[Any] = []
        self.seals: dict[str, str] = {}
        self.recorded = False

    def event(self, event: Any) -> None:
        if event.case_id != self.case_id:
            self.end_case()
            self.case_id = event.case_id
        if event.kind == CUSTOMER_ERASED:
            self.recorded = True
            self.seals.update((event.payload or {}).get("sealed") or {})
        if is_erased(event.payload):
            if not scrubbed_correctly(event.kind, event.payload):
                self.report.add("hash", f"{_where(event)}: an erased field holds a value again "
                                        "(the event was changed outside the app)")
            self.erased.append(event)

    def end_case(self) -> None:
        for event in self.erased:
            if not self.recorded:
                self.report.add("hash", f"{_where(event)}: erased fields but no "
                                        "customer_erased event on its case (erased outside "
                                        "the app)")
            elif event.hash_version < 2:
                if self.seals.get(event.event_id) == sealed_digest(event):
                    self.report.sealed += 1
                else:
                    self.report.add("hash", f"{_where(event)}: content does not match its "
                                            "hash, and it is not sealed by an erasure (the "
                                            "event was changed outside the app)")
        self.erased, self.seals, self.recorded = [], {}, False


def _replayed_states(conn: Connection, observe: _ErasureCheck | None = None,
                     ) -> Iterator[CaseState]:
    """Replay every case from its events, one case at a time, in case_id order.

    The desks' audit streams are not cases: their events are checked on the chains only.
    ``observe`` sees every event of every case on the way (the erasure checks).
    """
    state: CaseState | None = None
    stmt = select(_EV).order_by(_EV.c.case_id, *REPLAY_ORDER)
    for row in _stream(conn, stmt):
        if is_audit_stream(row.case_id):
            continue
        if state is None or state.case_id != row.case_id:
            if state is not None and state.opened_at is not None:
                yield state
            state = CaseState(case_id=row.case_id)
        event = event_from_row(row)
        if observe is not None:
            observe.event(event)
        state.apply(event)
    if observe is not None:
        observe.end_case()
    if state is not None and state.opened_at is not None:
        yield state  # a case whose opening has not arrived yet has no row (see refresh)


def _check_projection(conn: Connection, report: CheckReport) -> None:
    stored = _stream(conn, select(_CASES).order_by(_CASES.c.case_id))
    current = next(stored, None)
    for state in _replayed_states(conn, _ErasureCheck(report)):
        expected = projection_row(state)
        while current is not None and current.case_id < state.case_id:
            report.add("projection", f"case {current.case_id}: in the case list but it has "
                                     "no events (run check --rebuild)")
            current = next(stored, None)
        report.cases += 1
        if current is None or current.case_id != state.case_id:
            report.add("projection", f"case {state.case_id}: has events but is missing from "
                                     "the case list (run check --rebuild)")
            continue
        row = current._mapping
        wrong = [k for k, v in expected.items() if row[k] != v]
        if wrong:
            report.add("projection", f"case {state.case_id}: the case list differs from its "
                                     f"events in {', '.join(wrong)} (run check --rebuild)")
        current = next(stored, None)
    while current is not None:
        report.add("projection", f"case {current.case_id}: in the case list but it has no "
                                 "events (run check --rebuild)")
        current = next(stored, None)


def rebuild(workspace: Workspace) -> int:
    """``check --rebuild`` for the signed-in user: only an administrator rewrites the case
    list, since a rebuild after an edit of the events would bless the edit."""
    require(workspace, Permission.REPAIR_LOG, action="rebuild the case list from the events")
    return rebuild_projections(workspace.engine)


def rebuild_projections(engine: Engine) -> int:
    """Rewrite ``cases`` and ``customers`` from the events; returns the number of cases."""
    count = 0
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        reader = engine.connect()
        try:
            conn.execute(delete(_CASES))
            conn.execute(delete(Customer.__table__))
            batch: list[dict[str, Any]] = []
            for state in _replayed_states(reader):
                batch.append(projection_row(state))
                count += 1
                if len(batch) >= 5000:
                    conn.execute(insert(_CASES), batch)
                    batch.clear()
            if batch:
                conn.execute(insert(_CASES), batch)
            latest = projections.LatestCustomers()
            sources = select(_EV.c.kind, _EV.c.payload, _EV.c.at).where(
                _EV.c.kind.in_(sorted(SOURCES)))
            for row in _stream(reader, sources):
                latest.offer_payload(row.kind, row.payload, row.at)
            customers = {cid: {**r, "created_at": latest.first[cid]}
                         for cid, r in latest.rows.items()}
            values = list(customers.values())
            for start in range(0, len(values), 5000):
                conn.execute(insert(Customer.__table__), values[start:start + 5000])
            search.rebuild(conn)  # after customers: an erased customer's cases stay blank
        finally:
            reader.close()
    kpi_rollup.rebuild_rollup(engine)   # the dashboard's rollup, from the new case list
    return count
