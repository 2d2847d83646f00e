"""The dashboard's daily rollup: additive figures per local opening day and breakdown value.

A scope of whole days plus at most one breakdown value is a range of ``kpi_daily`` rows,
a few hundred however big the log, instead of a pass over its cases. The rollup is kept
current lazily: the projection writer (``projections.upsert_cases``, used by the desk's
own actions, sync merges, imports and erasure) adds the UTC opening day of every case it
writes to ``kpi_dirty``, one statement per batch (about 0.1 ms per action); before the
dashboard reads, ``refresh`` recomputes the local days those UTC days touch from ``cases``
and clears them, in short write transactions of ``DAYS_PER_TRANSACTION`` days. A case
never changes its opening day, so a later action on an old case (a follow-up done today)
marks the day it belongs to.

Local days are cut as ``case_query`` cuts a scope's dates (midnight in this machine's
zone), so a day's rows hold exactly the cases a date range would select. The zone they
were cut in is recorded; a process in another zone does not use them (the dashboard then
aggregates the cases directly) until ``rebuild_rollup`` recuts them.
"""

from __future__ import annotations

import time as _time
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
    text,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from recovery_desk.domain.case import OUTCOME_UNKNOWN, RECOVERED
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.models import (
    KPI_ROLLUP_SUMS,
    Case,
    kpi_daily,
    kpi_daily_money,
    kpi_dirty,
    kpi_rollup_state,
)
from recovery_desk.storage.rows import KPI_STAGE_ROLES

C = Case.__table__.c
#: The rollup's dimensions and their columns; "all" is the whole day (value "").
DIMENSIONS = {"desk": C.desk_id, "agent": C.agent, "channel": C.channel,
              "category": C.category, "playbook": C.playbook, "mode": C.mode}
ALL = "all"
assert KPI_ROLLUP_SUMS[-2 * len(KPI_STAGE_ROLES):] == tuple(
    f"{kind}_{role}" for role in KPI_STAGE_ROLES for kind in ("stage_n", "stage_sum"))


def zone_key() -> str:
    """This process's local zone, as far as cutting local days goes."""
    return f"{'/'.join(_time.tzname)} {_time.timezone} {_time.altzone} {_time.daylight}"


def day_start(day: date) -> datetime:
    """Local midnight of ``day``, exactly as ``services/case_query`` cuts a scope's dates."""
    return datetime.combine(day, time.min).astimezone()


def utc_day(at: datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(UTC)
    return at.date().isoformat()


# -- the writer's side --------------------------------------------------------------------

def _insert_ignore(conn: Connection, table: Table) -> Any:
    if conn.dialect.name == "postgresql":
        return pg_insert(table).on_conflict_do_nothing()
    return sqlite_insert(table).on_conflict_do_nothing()


def mark_dirty(conn: Connection, opened: Iterable[datetime | None]) -> None:
    """Mark the UTC opening days of written cases (in the writer's transaction)."""
    days = sorted({utc_day(at) for at in opened if at is not None})
    if days:
        conn.execute(_insert_ignore(conn, kpi_dirty), [{"day": d} for d in days])


def _utc_day_sql(conn: Connection) -> Any:
    if conn.dialect.name == "postgresql":
        return func.to_char(C.opened_at, "YYYY-MM-DD")
    # SQLAlchemy's SQLite text times are UTC
    return func.substr(type_coerce(C.opened_at, String), 1, 10)


def mark_all_dirty(conn: Connection) -> None:
    """Every day that has cases (as migration 0008 does)."""
    conn.execute(_insert_ignore(conn, kpi_dirty).from_select(
        # the WHERE keeps SQLite from reading ON CONFLICT as a join clause
        ["day"], select(_utc_day_sql(conn)).where(C.case_id.is_not(None)).distinct()))


# -- recomputing days ---------------------------------------------------------------------

def _flag(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _cube_sums() -> list[Any]:
    """The rollup's sums over cases (as ``services/kpis`` aggregates them), plus redress."""
    closed = C.status == "closed"
    recovered = and_(closed, C.outcome == RECOVERED)
    unknown = and_(closed, C.outcome == OUTCOME_UNKNOWN)
    stage_cols: list[Any] = []
    for role in KPI_STAGE_ROLES:
        column = C[f"stage_ms_{role}"]
        stage_cols += [func.count(column), func.coalesce(func.sum(column), 0)]
    columns = [
        func.count(), _flag(C.csat >= 4), func.count(C.csat), _flag(C.likelihood >= 9),
        _flag(C.likelihood <= 6), func.count(C.likelihood), _flag(closed), _flag(recovered),
        _flag(unknown), func.coalesce(func.sum(C.ces), 0), func.count(C.ces),
        _flag(C.accepted == "yes"), func.count(C.accepted),
        _flag(and_(recovered, C.follow_ups_done == 0)), _flag(C.watchlist.is_(True)),
        func.count(C.first_response_ms), func.count(C.resolution_ms), *stage_cols]
    redress = case((recovered, C.redress_amount), else_=None)
    cents = cast(func.round(redress * 100), BigInteger)
    return [*(col.label(name) for col, name in zip(columns, KPI_ROLLUP_SUMS, strict=True)),
            func.count(redress).label("redress_n"),
            func.coalesce(func.sum(cents), 0).label("redress_cents")]


_CUBE = Table("kpi_day_cube", MetaData(), Column("day", String(10)),
              *(Column(name, String(200)) for name in DIMENSIONS), Column("currency", String(3)),
              *(Column(name, BigInteger) for name in (*KPI_ROLLUP_SUMS, "redress_n",
                                                      "redress_cents")),
              prefixes=["TEMPORARY"])


def _local_days(utc_days: Iterable[str]) -> list[date]:
    """The local days a UTC day overlaps (one or two)."""
    out: set[date] = set()
    for text_day in utc_days:
        start = datetime.combine(date.fromisoformat(text_day), time.min, UTC)
        out.add(start.astimezone().date())
        out.add((start + timedelta(days=1) - timedelta(microseconds=1)).astimezone().date())
    return sorted(out)


#: Days recomputed per temporary cube: its per-dimension sorts stay small.
CHUNK_DAYS = 31


def _recompute(conn: Connection, days: list[date]) -> None:
    """Rewrite the rollup rows of these local days from ``cases``, ``CHUNK_DAYS`` at a time:
    one ``GROUP BY`` per day over its opening range into a small temporary cube, then one
    per dimension over the cube."""
    for start in range(0, len(days), CHUNK_DAYS):
        _recompute_chunk(conn, days[start:start + CHUNK_DAYS])


def _recompute_chunk(conn: Connection, days: list[date]) -> None:
    names = [c.name for c in _CUBE.columns]
    keys = [*DIMENSIONS.values(), C.currency]
    # "+cases.training" keeps SQLite's planner on the day's opening range: with the
    # training test usable it scans the whole covering index ix_cases_kpi, once per day
    training = (literal_column("+cases.training", Boolean) if conn.dialect.name == "sqlite"
                else C.training)
    pick = (select(bindparam("d", type_=String).label("day"), *keys, *_cube_sums())
            .where(training.is_(False), C.opened_at >= bindparam("lo"),
                   C.opened_at < bindparam("hi"))
            .group_by(*keys))
    _CUBE.drop(conn, checkfirst=True)
    _CUBE.create(conn)
    try:
        conn.execute(insert(_CUBE).from_select(names, pick), [
            {"d": d.isoformat(), "lo": day_start(d), "hi": day_start(d + timedelta(days=1))}
            for d in days])
        _write_days(conn, [d.isoformat() for d in days])
    finally:
        _CUBE.drop(conn)


def _write_days(conn: Connection, texts: list[str]) -> None:
    """Replace these days' rollup rows by the sums in the temporary cube."""
    for start in range(0, len(texts), 500):
        part = texts[start:start + 500]
        conn.execute(delete(kpi_daily).where(kpi_daily.c.day.in_(part)))
        conn.execute(delete(kpi_daily_money).where(kpi_daily_money.c.day.in_(part)))
    cube = _CUBE.c
    for dim, value in ((ALL, literal("", String)), *((d, cube[d]) for d in DIMENSIONS)):
        group = [cube.day] if dim == ALL else [cube.day, cube[dim]]
        sums = [cast(func.sum(cube[name]), BigInteger) for name in KPI_ROLLUP_SUMS]
        conn.execute(insert(kpi_daily).from_select(
            ["dim", "value", "day", *KPI_ROLLUP_SUMS],
            select(literal(dim, String), value, cube.day, *sums).group_by(*group)))
        money = (select(literal(dim, String), value, cube.day, cube.currency,
                        cast(func.sum(cube.redress_n), Integer),
                        cast(func.sum(cube.redress_cents), BigInteger))
                 .where(cube.currency.is_not(None)).group_by(*group, cube.currency)
                 .having(func.sum(cube.redress_n) > 0))
        conn.execute(insert(kpi_daily_money).from_select(
            ["dim", "value", "day", "currency", "redress_n", "redress_cents"], money))


def _zone(conn: Connection) -> str | None:
    return conn.execute(select(kpi_rollup_state.c.value)
                        .where(kpi_rollup_state.c.key == "zone")).scalar()


#: Dirty UTC days recomputed per write transaction, so desks are never held up for long
#: (the first dashboard after the upgrade works through every day in such steps).
DAYS_PER_TRANSACTION = 31


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        # writers wait to mark days until this commits, so no mark is lost in between
        conn.execute(text("LOCK TABLE kpi_dirty IN EXCLUSIVE MODE"))


def _restart(conn: Connection) -> None:
    """Empty the rollup, record this zone and mark every day dirty (in the transaction)."""
    _lock(conn)
    conn.execute(delete(kpi_daily))
    conn.execute(delete(kpi_daily_money))
    conn.execute(delete(kpi_rollup_state))
    conn.execute(insert(kpi_rollup_state).values(key="zone", value=zone_key()))
    mark_all_dirty(conn)


def _step(conn: Connection) -> bool | None:
    """Recompute up to DAYS_PER_TRANSACTION dirty days in the open write transaction.
    None: nothing was dirty; False: the rollup was cut in another zone (left as it is)."""
    _lock(conn)
    zone = _zone(conn)
    if zone is None:
        _restart(conn)
    elif zone != zone_key():
        return False
    dirty = list(conn.execute(select(kpi_dirty.c.day).order_by(kpi_dirty.c.day)
                              .limit(DAYS_PER_TRANSACTION)).scalars())
    if not dirty:
        return None
    _recompute(conn, _local_days(dirty))
    conn.execute(delete(kpi_dirty).where(kpi_dirty.c.day.in_(dirty)))
    return True


def refresh(engine: Engine) -> bool:
    """Bring the rollup up to date; True when it can be read in this process's zone.

    Costs two tiny reads when nothing changed; a few dirty days take a few milliseconds
    each; the first call after the upgrade computes every day once.
    """
    with engine.connect() as conn:
        zone = _zone(conn)
        dirty = conn.execute(select(kpi_dirty.c.day).limit(1)).first() is not None
    if zone is not None and zone != zone_key():
        return False
    if zone is not None and not dirty:
        return True
    while True:
        with engine.connect().execution_options(**WRITE) as conn, conn.begin():
            done = _step(conn)
        if done is None:
            return True
        if done is False:
            return False


def rebuild_rollup(engine: Engine) -> None:
    """Recompute the whole rollup from ``cases`` in this process's zone (``check
    --rebuild``, or to move it to another zone)."""
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        _restart(conn)
    refresh(engine)


# -- reading days back (check) ------------------------------------------------------------

DaySums = dict[tuple[str, str], tuple[int, ...]]
DayMoney = dict[tuple[str, str, str], tuple[int, int]]


def zone_of(conn: Connection) -> str | None:
    """The zone the stored rollup was cut in (None before its first refresh)."""
    return _zone(conn)


def local_days(utc_days: Iterable[str]) -> list[date]:
    """The local days these UTC days overlap: what a dirty mark stands for."""
    return _local_days(utc_days)


def local_day(at: datetime) -> date:
    """The local day of an opening time (stored times are UTC)."""
    return (at.replace(tzinfo=UTC) if at.tzinfo is None else at).astimezone().date()


def stored_days(conn: Connection) -> list[date]:
    rows = conn.execute(select(kpi_daily.c.day).where(kpi_daily.c.dim == ALL)).scalars()
    return [date.fromisoformat(d) for d in rows]


def expected_day(conn: Connection, day: date) -> tuple[DaySums, DayMoney]:
    """The rollup rows of ``day`` as a recompute would write them, computed from ``cases``
    without writing: the same per-day group as ``_recompute_chunk``, summed per dimension
    here instead of in a temporary table."""
    keys = [*DIMENSIONS.values(), C.currency]
    pick = (select(*keys, *_cube_sums())
            .where(C.training.is_(False), C.opened_at >= day_start(day),
                   C.opened_at < day_start(day + timedelta(days=1)))
            .group_by(*keys))
    sums: dict[tuple[str, str], list[int]] = {}
    money: dict[tuple[str, str, str], list[int]] = {}
    width = len(KPI_ROLLUP_SUMS)
    for row in conn.execute(pick):
        values = tuple(row)
        dims, currency = values[:len(DIMENSIONS)], values[len(DIMENSIONS)]
        figures = [int(v or 0) for v in values[len(DIMENSIONS) + 1:]]
        for key in ((ALL, ""), *((d, v) for d, v in zip(DIMENSIONS, dims, strict=True))):
            total = sums.setdefault(key, [0] * width)
            for i in range(width):
                total[i] += figures[i]
            if currency is not None:
                paid = money.setdefault((*key, currency), [0, 0])
                paid[0] += figures[width]
                paid[1] += figures[width + 1]
    return ({k: tuple(v) for k, v in sums.items()},
            {k: (v[0], v[1]) for k, v in money.items() if v[0] > 0})


def stored_day(conn: Connection, day: date) -> tuple[DaySums, DayMoney]:
    """The rollup rows stored for ``day``, in ``expected_day``'s shape."""
    text_day = day.isoformat()
    sums: DaySums = {
        (r.dim, r.value): tuple(int(r._mapping[n]) for n in KPI_ROLLUP_SUMS)
        for r in conn.execute(select(kpi_daily).where(kpi_daily.c.day == text_day))}
    money: DayMoney = {
        (r.dim, r.value, r.currency): (int(r.redress_n), int(r.redress_cents))
        for r in conn.execute(select(kpi_daily_money).where(kpi_daily_money.c.day == text_day))}
    return sums, money
