"""Benchmarks of the trust features, each beside a raw baseline measured in the same run.

- hashing: scheme v2 (redacted form with salted commitments) against scheme v1 over the
  very same events;
- erasing one customer (all their events scrubbed, erasure events, projections, WAL
  truncated) against a bare ``sqlite3`` UPDATE of the same rows, committed and the WAL
  truncated, on a copy of the log;
- the retention selection (who is due) on the whole log;
- a backup with the online API against a plain file copy of the same log;
- signing and verifying one checkpoint (Ed25519, the desk's own key) against a SHA-256 of
  the same message: what each bundle, server chunk and daily checkpoint costs.

Erasing changes the benchmark log: a few customers of a kept log (``--keep``) end up erased.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from recovery_desk.domain.hashing import chain_hash
from recovery_desk.services.trust.backup import copy_sqlite
from recovery_desk.services.trust.erasure import erase_customers, purge_search_index
from recovery_desk.services.trust.retention import due_customers
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case, CaseEvent, Customer
from recovery_desk.storage.rows import event_from_row

_EV = CaseEvent.__table__


def _hashing(workspace: Workspace, figures: dict[str, Any], limit: int = 20_000) -> None:
    with workspace.engine.connect() as conn:
        events = [event_from_row(r) for r in conn.execute(
            select(_EV).where(_EV.c.hash_version == 2).limit(limit))]
    if not events:
        return
    old = [replace(e, payload={k: v for k, v in e.payload.items() if k != "_salt"},
                   hash_version=1) for e in events]
    started = time.perf_counter()
    for event in old:
        chain_hash(event.prev_hash, event)
    v1 = time.perf_counter() - started
    started = time.perf_counter()
    for event in events:
        chain_hash(event.prev_hash, event)
    v2 = time.perf_counter() - started
    figures["hash_v1_events_per_s"] = round(len(events) / v1, 1)
    figures["hash_v2_events_per_s"] = round(len(events) / v2, 1)
    figures["hash_v2_vs_v1"] = round(v2 / v1, 2)


def _erasure(workspace: Workspace, figures: dict[str, Any], customers: int = 20) -> None:
    if workspace.engine.dialect.name != "sqlite":
        return
    with workspace.engine.connect() as conn:
        ids = list(conn.execute(select(Customer.customer_id).where(
            Customer.erased.is_(False)).order_by(Customer.customer_id).limit(customers * 2))
            .scalars())
    if len(ids) < 2:
        return
    ours_ids, raw_ids = ids[:len(ids) // 2], ids[len(ids) // 2:]
    samples = []
    for customer_id in ours_ids:  # what the window waits for: the scrub, committed
        started = time.perf_counter()
        erase_customers(workspace, [customer_id], reason="bench", purge_now=False)
        samples.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()  # then, in the background, the search index's purge
    steps = purge_search_index(workspace.engine)
    purge_ms = (time.perf_counter() - started) * 1000
    figures["erase_purge_search_index_ms"] = round(purge_ms, 1)
    figures["erase_purge_steps"] = steps
    figures["erase_purge_ms_per_step"] = round(purge_ms / max(steps, 1), 1)
    raw_samples = []
    copy = Path(workspace.engine.url.database or "").with_name("bench-raw-erase.sqlite3")
    copy_sqlite(Path(workspace.engine.url.database or ""), copy)
    raw = sqlite3.connect(copy, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = FULL")
        for customer_id in raw_ids:  # the same work bare: update the rows, commit
            started = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE case_events SET payload = json_set(payload, '$.words', '') "
                        "WHERE case_id IN (SELECT case_id FROM cases WHERE customer_id = ?)",
                        (customer_id,))
            raw.execute("COMMIT")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw_samples.append((time.perf_counter() - started) * 1000)
    finally:
        raw.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    figures["erase_customer_ms_median"] = round(statistics.median(samples), 2)
    figures["raw_sqlite_update_same_rows_ms_median"] = round(statistics.median(raw_samples), 2)
    figures["erase_vs_raw_update"] = round(
        figures["erase_customer_ms_median"] /
        max(figures["raw_sqlite_update_same_rows_ms_median"], 1e-9), 1)


def _retention(workspace: Workspace, figures: dict[str, Any]) -> None:
    with workspace.engine.connect() as conn:
        cases = conn.execute(select(func.count()).select_from(Case)).scalar_one()
        started = time.perf_counter()
        due = due_customers(conn, datetime.now(UTC))
        figures["retention_select_ms"] = round((time.perf_counter() - started) * 1000, 1)
    figures["retention_due_customers"] = len(due)
    figures["retention_cases_in_log"] = cases


def _backup(workspace: Workspace, folder: Path, figures: dict[str, Any]) -> None:
    if workspace.engine.dialect.name != "sqlite":
        return
    source = Path(workspace.engine.url.database or "")
    started = time.perf_counter()
    copy_sqlite(source, folder / "bench-backup.sqlite3")
    ours = time.perf_counter() - started
    started = time.perf_counter()
    shutil.copyfile(source, folder / "bench-copy.sqlite3")
    raw = time.perf_counter() - started
    for name in ("bench-backup.sqlite3", "bench-copy.sqlite3"):
        (folder / name).unlink(missing_ok=True)
    figures["backup_s"] = round(ours, 3)
    figures["raw_file_copy_s"] = round(raw, 3)
    figures["backup_vs_file_copy"] = round(ours / max(raw, 1e-9), 1)


def _signing(workspace: Workspace, figures: dict[str, Any], rounds: int = 2000) -> None:
    import hashlib

    from recovery_desk.domain.signing import (
        checkpoint_message,
        sign_checkpoint,
        verify_checkpoint,
    )
    from recovery_desk.services.trust.checkpoints import desk_key

    key = desk_key(workspace.engine, workspace.desk_id)
    now = datetime.now(UTC)
    head = "ab" * 32
    signed, checked, raw = [], [], []
    for seq in range(1, rounds + 1):
        started = time.perf_counter()
        checkpoint = sign_checkpoint(key, workspace.desk_id, seq, head, now)
        signed.append(time.perf_counter() - started)
        started = time.perf_counter()
        verify_checkpoint(checkpoint)
        checked.append(time.perf_counter() - started)
        message = checkpoint_message(workspace.desk_id, seq, head, now, checkpoint.key)
        started = time.perf_counter()
        hashlib.sha256(message).hexdigest()
        raw.append(time.perf_counter() - started)
    figures["checkpoint_sign_us_median"] = round(statistics.median(signed) * 1e6, 1)
    figures["checkpoint_verify_us_median"] = round(statistics.median(checked) * 1e6, 1)
    figures["raw_sha256_same_message_us_median"] = round(statistics.median(raw) * 1e6, 2)


def run(workspace: Workspace, folder: Path, figures: dict[str, Any]) -> None:
    _signing(workspace, figures)
    _hashing(workspace, figures)
    _retention(workspace, figures)
    _backup(workspace, folder, figures)
    _erasure(workspace, figures)
