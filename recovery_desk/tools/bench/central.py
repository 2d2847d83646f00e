"""PostgreSQL push and pull through the real sync, beside a raw COPY of the same rows.

The product writes events to the server with COPY (``storage.rows.copy_rows``), so the
baseline does too: the very rows the push sent, read from the desk's log with the bare
``sqlite3`` driver and copied into a table shaped like the server's ``case_events`` (its
indexes included), in one transaction. Row-by-row ``executemany`` would flatter the
product. The source is a scratch log with its own desk id (never the measured log).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from recovery_desk.services.demo.generator import generate
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.tools.bench.logs import raw_reader, remove_sqlite

COLUMNS = ("event_id", "case_id", "seq", "at", "desk_id", "desk_seq", "actor", "kind",
           "stage", "payload", "prev_hash", "hash", "hash_version")


def _raw_copy_seconds(url: str, source_path: Path, desk: str) -> tuple[int, float]:
    """Raw read of ``desk``'s events from the SQLite log + COPY into a bare twin table."""
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    listed = ", ".join(COLUMNS)
    with psycopg.connect(dsn) as conn:
        conn.execute("DROP TABLE IF EXISTS raw_bench")
        conn.execute("CREATE TABLE raw_bench (LIKE case_events INCLUDING DEFAULTS "
                     "INCLUDING INDEXES)")
        conn.commit()
        start = time.perf_counter()
        source = raw_reader(source_path)
        rows = 0
        try:
            cursor = source.execute(f"SELECT {listed} FROM case_events WHERE desk_id = ? "
                                    "ORDER BY desk_seq", (desk,))
            with conn.cursor() as cur, cur.copy(f"COPY raw_bench ({listed}) FROM STDIN") as copy:
                while batch := cursor.fetchmany(5000):
                    for row in batch:
                        copy.write_row(row)
                    rows += len(batch)
            conn.commit()
        finally:
            source.close()
        seconds = time.perf_counter() - start
        conn.execute("DROP TABLE raw_bench")
        conn.commit()
    return rows, seconds


def run(folder: Path, url: str, figures: dict[str, Any], count: int = 100_000) -> None:
    """Push about ``count`` events of a scratch desk and pull them into an empty log."""
    from recovery_desk.domain.signing import fingerprint, public_key_hex
    from recovery_desk.services.trust.checkpoints import desk_key
    from recovery_desk.services.trust.desk_trust import record_trust
    from recovery_desk.storage.engine import make_engine
    from recovery_desk.storage.migrate import ensure_schema
    from recovery_desk.sync import central

    server = make_engine(url)
    ensure_schema(server)
    server.dispose()
    source_path = folder / "pg-source.sqlite3"
    sink_path = folder / "pg-sink.sqlite3"
    remove_sqlite(source_path)
    remove_sqlite(sink_path)
    source = open_workspace(str(source_path), settings=Settings(user="b"))
    source.trust_in_process("b")
    generate(source, max(1, count // 27), seed=5)
    desk = source.desk_id
    start, cpu = time.perf_counter(), time.process_time()
    pushed = central.push(source.engine, url, desk).pushed
    push_s, push_cpu = time.perf_counter() - start, time.process_time() - cpu
    sink = open_workspace(str(sink_path), settings=Settings(user="b"))
    sink.trust_in_process("b")
    # as an administrator would: the sink trusts the source desk's key, else the pull
    # holds that desk back (untrusted) and moves nothing
    record_trust(sink.engine, sink.desk_id, desk,
                 fingerprint(public_key_hex(desk_key(source.engine, desk))), by="bench")
    start, cpu = time.perf_counter(), time.process_time()
    pull = central.pull(sink.engine, url, sink.desk_id)
    pull_s, pull_cpu = time.perf_counter() - start, time.process_time() - cpu
    # a server used before holds earlier runs' scratch desks, which this sink does not
    # trust (held back, nothing applied): only the measured desk counts
    problems = [p for p in pull.problems if p.desk_id == desk]
    if problems:
        raise RuntimeError(f"bench pull held back: {problems[0]}")
    pulled = sum(one.applied for one in pull.desks if one.desk_id == desk)
    source.close()
    sink.close()
    events, raw_s = _raw_copy_seconds(url, source_path, desk)
    remove_sqlite(source_path)
    remove_sqlite(sink_path)
    figures["pg_desk"] = desk
    figures["pg_events"] = events
    figures["pg_pushed"] = pushed
    figures["pg_pulled"] = pulled
    figures["pg_push_events_per_s"] = round(pushed / push_s, 1)
    figures["pg_pull_events_per_s"] = round(pulled / pull_s, 1)
    # this process's CPU seconds (the server's own work is not in them): the figures other
    # programs on a shared machine disturb least
    figures["pg_push_cpu_s"] = round(push_cpu, 2)
    figures["pg_pull_cpu_s"] = round(pull_cpu, 2)
    figures["raw_sqlite_read_pg_copy_events_per_s"] = round(events / max(raw_s, 1e-9), 1)
    figures["pg_push_vs_raw_copy"] = round(push_s / max(raw_s, 1e-9), 1)
    figures["pg_pull_vs_raw_copy"] = round(pull_s / max(raw_s, 1e-9), 1)
