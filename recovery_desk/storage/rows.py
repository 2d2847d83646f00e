"""How domain objects map to rows: events, the case projection, customers; fast inserts.

Shared by the unit of work (the desk's own actions), sync merges, checks and exports, so
each mapping exists once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from math import floor
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Table, insert

from recovery_desk.domain.canonical import canonical_json
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.clocks.pack import CLOCK_IDS
from recovery_desk.domain.clocks.status import projected
from recovery_desk.domain.events import Event
from recovery_desk.storage.models import Case, CaseEvent, Customer, Desk
from recovery_desk.storage.search import fold

if TYPE_CHECKING:
    import psycopg

_EVENTS = CaseEvent.__table__
_CASES = Case.__table__
_CUSTOMERS = Customer.__table__
_DESKS = Desk.__table__


#: The one order in which a case's events are folded, on every desk and server.
REPLAY_ORDER = (_EVENTS.c.seq, _EVENTS.c.at, _EVENTS.c.desk_id, _EVENTS.c.desk_seq)


def event_from_row(row: Any) -> Event:
    return Event(event_id=row.event_id, case_id=row.case_id, seq=row.seq, at=row.at,
                 desk_id=row.desk_id, actor=row.actor, kind=row.kind, stage=row.stage,
                 payload=row.payload, desk_seq=row.desk_seq, prev_hash=row.prev_hash,
                 hash=row.hash, hash_version=row.hash_version)


_EVENT_FIELDS = tuple(field.name for field in fields(Event))


def events_from_rows(rows: Sequence[Any]) -> list[Event]:
    """``event_from_row`` for the rows of one result, each column found once by name
    rather than in every row (a sync reads 5,000 events at a time)."""
    if not rows:
        return []
    get = itemgetter(*(rows[0]._fields.index(name) for name in _EVENT_FIELDS))
    return [Event(*get(row)) for row in rows]


def event_row(event: Event) -> dict[str, Any]:
    return {"event_id": event.event_id, "case_id": event.case_id, "seq": event.seq,
            "at": event.at, "desk_id": event.desk_id, "desk_seq": event.desk_seq,
            "actor": event.actor, "kind": event.kind, "stage": event.stage,
            "payload": event.payload, "prev_hash": event.prev_hash, "hash": event.hash,
            "hash_version": event.hash_version}


def projection_row(state: CaseState) -> dict[str, Any]:
    """The ``cases`` row for a state: the one mapping between domain and projection."""
    return {
        "case_id": state.case_id, "ref": state.ref, "desk_id": state.desk_id,
        "agent": state.agent, "customer_id": state.customer_id, "opened_at": state.opened_at,
        "closed_at": state.closed_at, "updated_at": state.updated_at, "channel": state.channel,
        "category": state.category, "severity": state.severity, "words": state.words,
        "remedy": state.remedy, "external_ref": state.external_ref, "playbook": state.playbook,
        "playbook_version": state.playbook_version, "mode": state.mode,
        "language": state.language, "training": state.training, "status": state.status,
        "outcome": state.outcome, "stage": state.stage,
        "stage_entered_at": state.stage_entered_at, "resolution": state.resolution,
        "redress_amount": state.redress_amount, "currency": state.currency,
        "deadline": state.deadline, "promise_due": promise_due(state),
        "escalated": state.escalated,
        "escalation_pending": state.escalation_pending, "approved_by": state.approved_by,
        "accepted": state.accepted, "csat": state.csat, "likelihood": state.likelihood,
        "ces": state.ces, "watchlist": state.watchlist, "follow_up_due": state.follow_up_due,
        "follow_ups_done": state.follow_ups_done, "acknowledged_at": state.acknowledged_at,
        "resolved_at": state.resolved_at, "root_cause": state.root_cause,
        "notes": state.notes, "last_seq": state.last_seq,
        "corrective_action": state.corrective_action, "coaching_notes": state.coaching_notes,
        "flagged_for_training": state.flagged_for_training,
        "follow_up_assignee": state.follow_up_assignee,
        "follow_up_done_at": state.follow_up_done_at,
        **kpi_columns(state),
        "duration_s": duration_s(state),
        **regulated_columns(state),
    }


def promise_due(state: CaseState) -> str | None:
    """The date (its first ten characters) of the case's earliest open promise, None when
    every promise is kept or none is standing: the F10 reminders read only cases with one
    due before their horizon, however many kept promises the log holds (0015)."""
    dates = [promise.due[:10] for promise in state.commitments]
    return min(dates) if dates else None


_CLOCK_COLUMNS = tuple(f"{clock}_{what}" for clock in CLOCK_IDS for what in ("due", "met_at"))


def regulated_columns(state: CaseState) -> dict[str, Any]:
    """The regulated clocks and register codes of the case list (0010)."""
    facts = state.regulated
    clocks = projected(state) if facts.clocks else {}
    return {
        "clock_pack": facts.pack or None,
        **{name: clocks.get(name) for name in _CLOCK_COLUMNS},
        "clock_status": clocks.get("clock_status"),
        "vulnerable": facts.vulnerable,
        "register_product": facts.product, "register_cause": facts.cause,
        "register_outcome": facts.register_outcome, "return_excluded": facts.excluded,
    }


def duration_s(state: CaseState) -> int | None:
    """Whole seconds (floored) from opening to closing, for the Log's "duration" sort."""
    if state.opened_at is None or state.closed_at is None:
        return None
    delta = state.closed_at - state.opened_at  # normalized: 0 <= seconds, microseconds
    return delta.days * 86400 + delta.seconds


#: Stage roles with their own duration column (``stage_ms_<role>``), in flow order.
KPI_STAGE_ROLES = ("listen", "acknowledge", "apologize", "diagnose", "explain", "resolve",
                   "confirm", "thank", "control", "refocus", "other")


def _ms(start: datetime | None, end: datetime | None) -> int | None:
    """Whole milliseconds, floored in integer arithmetic (the migration's SQL does alike)."""
    return (end - start) // timedelta(milliseconds=1) if start and end else None


_HEX = "0123456789abcdef"


def sample_key(case_id: str) -> int:
    """0-255 from the id's last two hex digits, random in a UUID: the dashboard's sample of
    big scopes. Plain position arithmetic, so SQL computes the same (migration 0004)."""
    return _HEX.find(case_id[-2:-1].lower()) * 16 + _HEX.find(case_id[-1:].lower())


def kpi_columns(state: CaseState) -> dict[str, Any]:
    """Durations the dashboard aggregates, derived here so it never reads the events:
    opened -> acknowledged, opened -> resolved, and seconds spent per stage role."""
    per_role: dict[str, float] = {}
    for stage, seconds in state.stage_seconds.items():
        role = state.stage_roles.get(stage, "other")
        role = role if role in KPI_STAGE_ROLES else "other"
        per_role[role] = per_role.get(role, 0.0) + seconds
    return {
        "sample_key": sample_key(state.case_id),
        "first_response_ms": _ms(state.opened_at, state.acknowledged_at),
        "resolution_ms": _ms(state.opened_at, state.resolved_at),
        **{f"stage_ms_{role}": (floor(per_role[role] * 1000 + 0.5) if role in per_role
                                 else None)
           for role in KPI_STAGE_ROLES},
    }


PROJECTION_COLUMNS = tuple(projection_row(CaseState(case_id="")).keys())


def phone_tail(digits: str) -> str:
    """A phone number's digits without the international ``00`` or the national trunk
    ``0`` in front, so "+44 20 7946 0018", "0044 20 7946 0018" and "020 7946 0018" all end
    in the same ``2079460018`` (``services/cases/identity_search.py`` matches by the end)."""
    if digits.startswith("00"):
        return digits[2:]
    return digits[1:] if digits.startswith("0") else digits


def search_keys(customer: dict[str, Any]) -> dict[str, str]:
    """Normalized forms that as-you-type search matches by prefix, using plain indexes.

    Names are folded (lower case, no diacritics: "horvath" finds "Horváth");
    ``name_alt_key`` puts the last word first, so "Kovács Anna" is found by "anna" and
    "Anna Kovács" by "kovacs"; ``phone_rev`` is the digits reversed without a leading
    ``00`` or trunk ``0`` (``phone_tail``), so typing the end of a number, or the whole
    number in another format, is a prefix search too (schema 0013 rewrote older rows).
    """
    words = fold(str(customer.get("name", ""))).split()
    digits = re.sub(r"\D", "", str(customer.get("phone", "")))
    return {
        "name_key": " ".join(words),
        "name_alt_key": " ".join(words[-1:] + words[:-1]),
        "phone_key": digits,
        "phone_rev": phone_tail(digits)[::-1],
        "email_key": str(customer.get("email", "")).strip().casefold(),
    }


def customer_row(customer: dict[str, Any], at: datetime,
                 erased: bool = False) -> dict[str, Any]:
    return {
        "customer_id": customer["id"], "number": str(customer.get("number", "")),
        "name": str(customer.get("name", "")), "phone": str(customer.get("phone", "")),
        "email": str(customer.get("email", "")), "language": customer.get("language", "en"),
        "created_at": at, "erased": erased, **search_keys(customer),
    }


_SQLITE_EVENT_INSERT = (
    "INSERT INTO case_events (event_id, case_id, seq, at, desk_id, desk_seq, actor, kind, "
    "stage, payload, prev_hash, hash, hash_version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def copy_rows(conn: Connection, table: str, columns: tuple[str, ...],
              rows: Iterable[tuple[Any, ...]]) -> None:
    """PostgreSQL COPY inside the current transaction: many times faster than INSERTs."""
    # only called on PostgreSQL, whose driver here is psycopg 3 (COPY is its own API)
    raw = cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _naive_utc(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at


def _sqlite_time(at: datetime) -> str:
    if at.tzinfo is UTC:  # as parsed from a bundle: "+00:00" ends the text, nothing to convert
        return at.isoformat(sep=" ", timespec="microseconds")[:-6]
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(sep=" ", timespec="microseconds")


def insert_events(conn: Connection, events: list[Event],
                  payload_text: dict[str, str] | None = None) -> None:
    """Insert stamped events; on SQLite the canonical payload JSON is stored as is, with
    times in SQLAlchemy's own SQLite DATETIME text format (no per-row type processing)."""
    if not events:
        return
    texts = payload_text or {}
    if conn.dialect.name == "postgresql":
        columns = ("event_id", "case_id", "seq", "at", "desk_id", "desk_seq", "actor", "kind",
                   "stage", "payload", "prev_hash", "hash", "hash_version")
        # COPY is refused under row-level security (a desk's own role on a server): copy
        # into a temporary table, then INSERT … SELECT, which the policies check row by row
        target = "rd_incoming_events" if _row_security_applies(conn) else "case_events"
        if target != "case_events":
            conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS rd_incoming_events "
                                 "(LIKE case_events) ON COMMIT DELETE ROWS")
        copy_rows(conn, target, columns, (
            (e.event_id, e.case_id, e.seq, _naive_utc(e.at), e.desk_id, e.desk_seq, e.actor,
             e.kind, e.stage, texts.get(e.event_id) or canonical_json(e.payload), e.prev_hash,
             e.hash, e.hash_version) for e in events))
        if target != "case_events":
            listed = ", ".join(columns)
            conn.exec_driver_sql(f"INSERT INTO case_events ({listed}) SELECT {listed} FROM "
                                 "rd_incoming_events")
            conn.exec_driver_sql("DELETE FROM rd_incoming_events")
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(_EVENTS), [event_row(e) for e in events])
        return
    times: dict[datetime, str] = {}  # one action's events share their time
    conn.exec_driver_sql(_SQLITE_EVENT_INSERT, [
        (e.event_id, e.case_id, e.seq,
         times.get(e.at) or times.setdefault(e.at, _sqlite_time(e.at)), e.desk_id,
         e.desk_seq, e.actor, e.kind, e.stage,
         texts.get(e.event_id) or canonical_json(e.payload), e.prev_hash, e.hash,
         e.hash_version) for e in events])


def driver_rows(conn: Connection, table: Table, columns: tuple[str, ...],
                rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """``rows`` as SQLAlchemy would bind them for ``columns`` of ``table`` (each column
    type's own bind processor for this dialect), for the bare driver's ``executemany``:
    a bulk write of many wide rows spent as long in the per-row parameter handling as in
    SQLite."""
    dialect = conn.dialect
    processors = [(name, table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
                  for name in columns]
    return [tuple(row[name] if process is None else process(row[name])
                  for name, process in processors) for row in rows]


def _row_security_applies(conn: Connection) -> bool:
    """Whether row-level security binds this connection's role on ``case_events`` (not
    the owner, not a superuser)."""
    return bool(conn.exec_driver_sql(
        "SELECT c.relrowsecurity AND NOT pg_has_role(c.relowner, 'USAGE') "
        "AND NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) "
        "FROM pg_class c WHERE c.oid = 'case_events'::regclass").scalar())
