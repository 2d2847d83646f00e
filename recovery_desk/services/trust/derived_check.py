"""``check`` of the tables derived from the events besides the case list: the customers,
the search index and the Dashboard's daily rollup.

Each is recomputed from its source, read only, and compared row by row with what is
stored, so an edit of any of them behind the app's back is a finding: a changed phone in
``customers`` (the Log's search and the letters read it), words added to or removed from a
case's search text, a CSAT total edited in the rollup the Dashboard and the report show.
The customers and the search text follow from the events; the rollup follows from the
case list, which ``check`` compares with the events first. Streams in key order (constant
memory), like the rest of ``check``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from recovery_desk.domain.contact import SOURCES
from recovery_desk.storage import kpi_rollup, search
from recovery_desk.storage.models import Case, CaseEvent, CaseSearch, Customer, kpi_dirty
from recovery_desk.storage.projections import LatestCustomers

Add = Callable[[str, str], None]
_EV = CaseEvent.__table__
_CASES = Case.__table__
_CUSTOMERS = Customer.__table__
_SEARCH = CaseSearch.__table__
_REBUILD = "(run check --rebuild)"


def _stream(conn: Connection, stmt: Any) -> Iterator[Any]:
    yield from conn.execution_options(stream_results=True, yield_per=5000).execute(stmt)


def _merge(expected: Iterator[tuple[str, Any]], stored: Iterator[tuple[str, Any]],
           compare: Callable[[str, Any, Any], None]) -> None:
    """Walk two streams sorted by key; ``compare(key, want, have)`` with None for a side
    that has no row of that key."""
    want, have = next(expected, None), next(stored, None)
    while want is not None or have is not None:
        if have is None or (want is not None and want[0] < have[0]):
            assert want is not None
            compare(want[0], want[1], None)
            want = next(expected, None)
        elif want is None or have[0] < want[0]:
            compare(have[0], None, have[1])
            have = next(stored, None)
        else:
            compare(want[0], want[1], have[1])
            want, have = next(expected, None), next(stored, None)


# -- customers ---------------------------------------------------------------------------

def _expected_customers(conn: Connection) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each customer's row as ``check --rebuild`` writes it: the latest of their case
    openings and contact corrections (``projections.LatestCustomers``), erased when that
    one was scrubbed. Read in the (verified) case list's customer order, so one
    customer's events come together."""
    stmt = (select(_CASES.c.customer_id, _EV.c.kind, _EV.c.payload, _EV.c.at)
            .join(_EV, _EV.c.case_id == _CASES.c.case_id)
            .where(_EV.c.kind.in_(sorted(SOURCES)), _CASES.c.customer_id.is_not(None))
            .order_by(_CASES.c.customer_id))
    latest = LatestCustomers()
    current: str | None = None
    for row in _stream(conn, stmt):
        if row.customer_id != current:
            yield from sorted(latest.rows.items())
            latest, current = LatestCustomers(), row.customer_id
        latest.offer_payload(row.kind, row.payload, row.at)
    yield from sorted(latest.rows.items())


#: Not compared: ``created_at`` is when this log first wrote the customer, which depends on
#: the order their cases arrived in (sync, import, demo history), not on the events alone.
_NOT_FROM_EVENTS = frozenset({"created_at"})


def check_customers(conn: Connection, add: Add) -> None:
    """The ``customers`` table against the case openings it is made from."""
    names = [c.name for c in _CUSTOMERS.columns if c.name not in _NOT_FROM_EVENTS]
    stored = ((r.customer_id, r._mapping) for r in
              _stream(conn, select(_CUSTOMERS).order_by(_CUSTOMERS.c.customer_id)))

    def compare(key: str, want: dict[str, Any] | None, have: Any) -> None:
        if have is None:
            add("customers", f"customer {key}: has cases but is missing from the customers "
                             f"table {_REBUILD}")
        elif want is None:
            add("customers", f"customer {key}: in the customers table but no case names "
                             f"them {_REBUILD}")
        else:
            wrong = [n for n in names if n in want and not _same(have[n], want[n])]
            if wrong:
                add("customers", f"customer {key}: the customers table differs from the "
                                 f"case openings in {', '.join(wrong)} {_REBUILD}")

    _merge(_expected_customers(conn), stored, compare)


def _same(have: Any, want: Any) -> bool:
    if isinstance(have, datetime) and isinstance(want, datetime):
        return have.replace(tzinfo=None) == want.replace(tzinfo=None)
    return bool(have == want)


# -- search index ------------------------------------------------------------------------

def _expected_bodies(conn: Connection, erased: set[str]) -> Iterator[tuple[str, str]]:
    stmt = (select(_EV.c.case_id, _EV.c.kind, _EV.c.payload)
            .where(_EV.c.kind.in_(search.TEXT_KINDS))
            .order_by(_EV.c.case_id, _EV.c.seq, _EV.c.at, _EV.c.desk_id, _EV.c.desk_seq))
    current: str | None = None
    pieces: list[tuple[str, Any]] = []
    for row in _stream(conn, stmt):
        if row.case_id != current and current is not None:
            yield current, "" if current in erased else search.body_of(pieces)
            pieces = []
        current = row.case_id
        pieces.append((row.kind, row.payload))
    if current is not None:
        yield current, "" if current in erased else search.body_of(pieces)


def check_search_index(conn: Connection, add: Add) -> None:
    """Every case's search text against the words of its events (blank once erased)."""
    erased = set(conn.execute(
        select(_CASES.c.case_id).join(_CUSTOMERS, _CUSTOMERS.c.customer_id ==
                                      _CASES.c.customer_id)
        .where(_CUSTOMERS.c.erased.is_(True))).scalars())
    stored = ((r.case_id, (r.body, r.folded)) for r in
              _stream(conn, select(_SEARCH).order_by(_SEARCH.c.case_id)))

    def compare(key: str, want: str | None, have: tuple[str, str] | None) -> None:
        if have is None:
            if want:
                add("search", f"case {key}: its words are missing from the search index "
                              f"{_REBUILD}")
        elif want is None:
            if have[0]:  # a blank row (erased, or text removed) finds nothing
                add("search", f"case {key}: the search index holds words no event of the "
                              f"case has {_REBUILD}")
        elif have[0] != want or have[1] != search.fold(want):
            add("search", f"case {key}: the search index differs from the words of its "
                          f"events {_REBUILD}")

    _merge(_expected_bodies(conn, erased), stored, compare)


# -- the Dashboard's rollup --------------------------------------------------------------

def check_rollup(conn: Connection, add: Add) -> None:
    """Every local day of the rollup not waiting to be recomputed against the case list:
    its totals and each breakdown, and the redress per currency. A rollup cut in another
    time zone is not read by this process's Dashboard and is left alone, as it is."""
    if kpi_rollup.zone_of(conn) != kpi_rollup.zone_key():
        return
    pending = set(kpi_rollup.local_days(
        conn.execute(select(kpi_dirty.c.day)).scalars()))
    for day in _rollup_days(conn):
        if day in pending:
            continue
        want_daily, want_money = kpi_rollup.expected_day(conn, day)
        have_daily, have_money = kpi_rollup.stored_day(conn, day)
        wrong = sorted({k for k in want_daily.keys() | have_daily.keys()
                        if want_daily.get(k) != have_daily.get(k)} |
                       {k[:2] for k in want_money.keys() | have_money.keys()
                        if want_money.get(k) != have_money.get(k)})
        if wrong:
            shown = ", ".join(f"{dim} {value}".strip() for dim, value in wrong[:5])
            add("rollup", f"Dashboard rollup of {day.isoformat()}: differs from the case "
                          f"list ({shown}) {_REBUILD}")


def _rollup_days(conn: Connection) -> list[date]:
    """The local days the case list's openings and the stored rollup cover."""
    low, high = conn.execute(select(func.min(_CASES.c.opened_at),
                                    func.max(_CASES.c.opened_at))).one()
    days = set(kpi_rollup.stored_days(conn))
    if low is not None and high is not None:
        first, last = kpi_rollup.local_day(low), kpi_rollup.local_day(high)
        days.update(first + timedelta(days=n) for n in range((last - first).days + 1))
    return sorted(days)
