"""The benchmark runs end to end on a small log and prints its figures as JSON; given a log
(``--db``) it measures that log, under its own desk id, and never modifies it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from recovery_desk.services.demo.generator import generate
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from tests.pg_server import PostgresServer, find_pg_bin

#: every group but "pg" (it needs a server; its own test below)
GROUPS = "desk,commit,search,start,export,bundle,dashboard,log,promises,trust"


def _bench(tmp_path: Path, *args: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", "from recovery_desk.cli.main import main; raise SystemExit(main())",
         "bench", *args, "--json"],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
             "RECOVERY_DESK_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr[-3000:]
    figures: dict[str, Any] = json.loads(result.stdout)
    return figures


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bench_log_figures_on_a_small_log(tmp_path: Path) -> None:
    figures = _bench(tmp_path, "--cases", "300", "--only", "log", "--keep", str(tmp_path))
    assert figures["log_cases"] >= 300
    for name in ("log_first_page_ms", "raw_first_page_ms", "log_filter_page_ms_worst",
                 "log_filter_pages_both_ways_ms_worst", "log_search_common_first_page_ms",
                 "log_model_rss_mb_max"):
        assert isinstance(figures[name], (int, float)), name
    assert figures["log_filter_pages_both_ways"] >= 2 * figures["log_filter_pages"]
    # the search box finding people and references: each found its case(s)
    for kind in ("ref_exact", "ref_prefix", "name_other_order", "phone_other_format",
                 "email", "common_surname"):
        assert isinstance(figures[f"log_find_{kind}_first_page_ms"], float), kind
        assert isinstance(figures[f"raw_find_{kind}_first_page_ms"], float), kind
        assert figures[f"log_find_{kind}_hits"] >= 1, (kind, figures[f"log_find_{kind}_typed"])
    for label in ("name", "surname"):  # an agent who reads only its own desk's finished cases
        for side in ("log", "raw"):
            assert isinstance(figures[f"{side}_find_{label}_own_desk_only_first_page_ms"],
                              float), (side, label)
    # the quality checks' reads, each beside the same SQL on the bare driver
    assert set(figures["review_events_in_log"]) >= {"quality_sampled", "quality_reviewed"}
    for name in ("queue", "scores_by_agent", "calibration", "feedback"):
        for side in ("review", "raw_review"):
            assert isinstance(figures[f"{side}_{name}_ms"], float), (side, name)


def test_bench_find_alone_measures_the_people_search_and_the_review_reads(
        tmp_path: Path) -> None:
    figures = _bench(tmp_path, "--cases", "300", "--only", "find", "--keep", str(tmp_path))
    assert figures["log_find_ref_exact_hits"] == 1
    assert isinstance(figures["raw_find_common_surname_first_page_ms"], float)
    assert isinstance(figures["review_feedback_ms"], float)
    assert "log_first_page_ms" not in figures  # the rest of the Log's figures are not run


def test_bench_promises_reads_f10_beside_the_same_queries_raw_and_times_f9_f7(
        tmp_path: Path) -> None:
    figures = _bench(tmp_path, "--cases", "300", "--only", "promises", "--keep", str(tmp_path))
    assert figures["f10_candidate_cases"] >= 1  # the demo leaves about 2% of promises open
    assert figures["f10_open_promises"] >= 1
    for name in ("f10_promises_ms_median", "raw_sqlite_f10_promises_ms_median",
                 "f10_desk_first_500_ms_median",
                 "f10_promises_vs_raw", "f9_list_ms_median", "f7_list_ms_median"):
        assert isinstance(figures[name], (int, float)) and figures[name] > 0, name
    assert figures["f9_rows"] >= 1  # a demo log has follow-ups due within the week
    for key in ("f9", "f7"):
        assert 0 <= figures[f"{key}_offer_read_ms_median"] <= figures[f"{key}_list_ms_median"]


def test_every_group_on_a_given_log_leaves_it_untouched(tmp_path: Path) -> None:
    log = tmp_path / "given.sqlite3"
    workspace = open_workspace(str(log), settings=Settings(user="Maker"))
    workspace.trust_in_process("Maker")
    generate(workspace, 120, seed=3)
    desk = workspace.desk_id
    workspace.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{log}{suffix}").exists()
    before = _digest(log)
    stamp = log.stat().st_mtime_ns
    figures = _bench(tmp_path, "--db", str(log), "--only", GROUPS, "--keep",
                     str(tmp_path / "work"))
    assert _digest(log) == before and log.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("given")) == [
        "given.sqlite3"]
    assert figures["desk_id"] == desk == figures["bundle_desk"]
    assert figures["log_cases"] == 120
    # each group measured on the given log (its cases, its desk), beside its baseline
    assert figures["bundle_import_events"] > 120
    for name in ("committed_event_ms_median", "raw_sqlite_commit_ms_median",
                 "customer_search_ms_median", "cold_start_ready_ratio", "export_csv_rows",
                 "raw_sqlite_csv_dump_s", "bundle_import_vs_raw_insert",
                 "raw_sqlite_insert_same_events_s", "dashboard_all_ms_median",
                 "raw_sqlite_count_avg_ms_median", "raw_first_page_ms", "hash_v2_events_per_s",
                 "erase_vs_raw_update", "backup_vs_file_copy", "commit_scroll_advance_ms_p99",
                 "raw_commit_export_ms_p99"):
        assert isinstance(figures[name], (int, float)), name
    assert figures["export_csv_rows"] == 120
    assert "demo_cases_per_s" not in figures  # nothing was built


def test_bench_commit_times_open_and_f8_quiet_and_under_another_reading_process(
        tmp_path: Path) -> None:
    import sqlite3

    figures = _bench(tmp_path, "--cases", "100", "--only", "commit", "--commits", "12",
                     "--keep", str(tmp_path))
    assert figures["commit_actions_per_load"] == 12
    assert figures["commit_synchronous"] in ("NORMAL", "FULL")
    # the other process really read the log while the commits were timed
    assert figures["commit_export_reader_events_exported_per_s"] > 0
    assert figures["commit_scroll_reader_log_rows_paged_per_s"] > 0
    for load in ("quiet", "export", "scroll"):
        for kind in ("open", "advance"):
            name = f"commit_{load}_{kind}"
            assert 0 < figures[f"{name}_ms_p50"] <= figures[f"{name}_ms_p99"] \
                <= figures[f"{name}_ms_max"], name
            assert figures[f"{name}_commit_ms_p99"] <= figures[f"{name}_ms_max"], name
            assert figures[f"{name}_tail_n"] >= 1
        assert 0 < figures[f"raw_commit_{load}_ms_p50"] <= figures[f"raw_commit_{load}_ms_max"]
    # the record stays whole: the chain checks out, and the raw baseline's table is gone
    log = tmp_path / "bench-100.sqlite3"
    check = subprocess.run(
        [sys.executable, "-c", "from recovery_desk.cli.main import main; raise SystemExit(main())",
         "--db", str(log), "check"], capture_output=True, text=True, timeout=300,
        env={**os.environ, "RECOVERY_DESK_HOME": str(tmp_path / "home")})
    assert check.returncode == 0, check.stdout + check.stderr
    with sqlite3.connect(log) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        opened = conn.execute("SELECT count(*) FROM cases WHERE status = 'withdrawn'").fetchone()
    conn.close()
    assert "bench_raw_commit" not in tables
    assert opened[0] >= 3 * 12  # each load's cases, withdrawn after (not real complaints)


def test_a_built_log_takes_a_desk_id_of_its_own(tmp_path: Path) -> None:
    figures = _bench(tmp_path, "--cases", "40", "--only", "bundle", "--keep", str(tmp_path))
    assert figures["desk_id"] != "BENCH" and figures["bundle_desk"] == figures["desk_id"]
    assert figures["bundle_import_events"] > 40
    assert figures["demo_cases_per_s"] > 0 and figures["raw_sqlite_inserts_per_s"] > 0


def test_a_built_log_reports_demo_speed_and_footprint_beside_a_raw_insert(
        tmp_path: Path) -> None:
    figures = _bench(tmp_path, "--cases", "60", "--clocks", "fca-disp", "--only", "bundle",
                     "--keep", str(tmp_path))
    assert figures["demo_clock_pack"] == "fca-disp"
    # the regulated part's events (letters, register codes) are counted too
    assert figures["demo_events_per_case"] > 25
    assert 1 < figures["demo_kb_per_case"] < 100
    assert figures["demo_bytes_per_event"] > figures["raw_sqlite_bytes_per_event"] > 0
    if Path("/proc/self/io").exists():
        assert figures["demo_written_mb"] > 0
        assert figures["demo_write_amplification"] >= 1
        assert figures["raw_sqlite_write_amplification"] >= 1
    # where the bytes are (the whole log, its empty tables' pages too): the event rows
    # are most of what the demo added
    assert figures["event_rows_kb_per_case"] + figures["other_tables_kb_per_case"] >= \
        figures["demo_kb_per_case"]
    assert figures["event_rows_kb_per_case"] > figures["demo_kb_per_case"] / 2
    # the same rows in the compact layout: ids and hashes as bytes, no prev_hash
    assert 0 < figures["compact_event_rows_bytes_per_event"] < \
        figures["event_rows_bytes_per_event"] - 128
    assert figures["compact_event_rows_kb_per_case"] < figures["event_rows_kb_per_case"]


@pytest.mark.skipif(find_pg_bin() is None, reason="no PostgreSQL binaries")
def test_pg_group_beside_a_raw_copy(tmp_path: Path) -> None:
    with PostgresServer(tmp_path / "pg") as pg:
        figures = _bench(tmp_path, "--cases", "20", "--only", "pg", "--pg", pg.url, "--keep",
                         str(tmp_path / "work"))
    assert figures["pg_events"] > 20
    assert figures["pg_pushed"] == figures["pg_pulled"] == figures["pg_events"]
    for name in ("pg_push_events_per_s", "pg_pull_events_per_s",
                 "raw_sqlite_read_pg_copy_events_per_s", "pg_push_vs_raw_copy",
                 "pg_push_cpu_s", "pg_pull_cpu_s"):
        assert figures[name] > 0, name


def test_bench_trust_figures_include_signing_a_checkpoint(tmp_path: Path) -> None:
    figures = _bench(tmp_path, "--cases", "100", "--only", "trust", "--keep", str(tmp_path))
    for name in ("checkpoint_sign_us_median", "checkpoint_verify_us_median",
                 "raw_sha256_same_message_us_median"):
        assert isinstance(figures[name], (int, float)) and figures[name] > 0, name
    # Ed25519 costs far more than a hash, and still well under a millisecond
    assert figures["raw_sha256_same_message_us_median"] < figures["checkpoint_sign_us_median"]
    assert figures["checkpoint_verify_us_median"] < 5000


def _given_log(tmp_path: Path, cases: int) -> Path:
    log = tmp_path / "given.sqlite3"
    workspace = open_workspace(str(log), settings=Settings(user="Maker"))
    workspace.trust_in_process("Maker")
    generate(workspace, cases, seed=5)
    workspace.close()
    return log


def test_the_start_group_starts_on_a_given_log_read_only_without_copying_it(
        tmp_path: Path) -> None:
    log = _given_log(tmp_path, 60)
    before = _digest(log)
    figures = _bench(tmp_path, "--db", str(log), "--only", "start", "--keep",
                     str(tmp_path / "work"))
    assert figures["cold_start_log_opened"] == "read-only"
    assert "given_log_copy_s" not in figures  # no working copy was made for the start
    assert not list((tmp_path / "work").glob("*.sqlite3"))
    bare, ready = figures["cold_start_bare_qmainwindow_s"], figures["cold_start_ready_for_work_s"]
    assert 0 < bare < ready <= figures["cold_start_desk_counts_shown_s"]
    assert _digest(log) == before


def test_the_start_group_skips_a_given_log_that_a_start_would_upgrade(tmp_path: Path) -> None:
    import sqlite3

    log = _given_log(tmp_path, 10)
    with sqlite3.connect(log) as conn:  # as a log written by an older build says
        conn.execute("UPDATE alembic_version SET version_num = '0015'")
    conn.close()
    before = _digest(log)
    figures = _bench(tmp_path, "--db", str(log), "--only", "start", "--keep",
                     str(tmp_path / "work"))
    assert figures["cold_start"].startswith("skipped: the given log is at schema 0015")
    assert "cold_start_ready_for_work_s" not in figures
    assert _digest(log) == before


def _server_rows(pg: PostgresServer, sql: str) -> set[tuple[Any, ...]]:
    with pg.connect() as conn:
        return {tuple(r) for r in conn.execute(sql).fetchall()}


def _log_rows(log: Path, sql: str) -> set[tuple[Any, ...]]:
    import sqlite3

    conn = sqlite3.connect(f"file:{log}?mode=ro", uri=True)
    try:
        return {tuple(r) for r in conn.execute(sql).fetchall()}
    finally:
        conn.close()


_EVENTS_SQL = "SELECT event_id, desk_id, desk_seq, hash FROM case_events"
_CASES_SQL = "SELECT case_id, desk_id, status, stage, outcome FROM cases"


@pytest.mark.skipif(find_pg_bin() is None, reason="no PostgreSQL binaries")
def test_pgscale_fills_the_server_through_the_push_from_several_desks_and_reads_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECOVERY_DESK_HOME", str(tmp_path / "home"))  # the bench's keys
    log = _given_log(tmp_path, 40)
    before = _digest(log)
    work = tmp_path / "work"
    with PostgresServer(tmp_path / "pg") as pg:
        figures = _bench(tmp_path, "--cases", "30", "--desks", "2", "--only", "pgscale",
                         "--pg", pg.url, "--db", str(log), "--keep", str(work),
                         "--fill-minutes", "30")
        server_events = _server_rows(pg, _EVENTS_SQL)
        server_cases = _server_rows(pg, _CASES_SQL)
    assert _digest(log) == before  # the given log was pushed, never written
    logs = [log, work / "pgscale-desk-1.sqlite3", work / "pgscale-desk-2.sqlite3"]
    # every event of the three desks, with its hash, and each case as its desk projects it
    assert server_events == set().union(*(_log_rows(p, _EVENTS_SQL) for p in logs))
    assert server_cases == set().union(*(_log_rows(p, _CASES_SQL) for p in logs))
    assert figures["pgserver_desks"] == 3
    assert figures["pgserver_events"] == len(server_events)
    pushes = [v for k, v in figures.items() if k.startswith("pgscale_push_")]
    assert [p["stopped"] for p in pushes] == ["done"] * 3
    assert sum(p["events"] for p in pushes) == len(server_events)
    for name in ("pgserver_first_page_ms", "pgserver_first_page_raw_ms",
                 "pgserver_filter_sort_ms_median", "pgserver_dashboard_3_dirty_days_ms",
                 "pgserver_dashboard_3_dirty_days_raw_ms"):
        assert figures[name] > 0, name
    plans = Path(figures["pgserver_plans"]).read_text(encoding="utf-8")
    assert "=== first page" in plans and "Buffers: shared" in plans


def test_the_dashboard_group_on_a_given_log_keeps_its_rollup_beside_it_and_writes_nothing(
        tmp_path: Path) -> None:
    log = _given_log(tmp_path, 80)
    before, stamp = _digest(log), log.stat().st_mtime_ns
    figures = _bench(tmp_path, "--db", str(log), "--only", "dashboard", "--keep",
                     str(tmp_path / "work"))
    assert _digest(log) == before and log.stat().st_mtime_ns == stamp
    assert "given_log_copy_s" not in figures  # no copy of the log was made
    assert figures["dashboard_rollup"] == "side file; the log read-only"
    assert figures["dashboard_all_scope_cases"] == figures["dashboard_cases"] == 80
    for name in ("dashboard_all_ms_median", "dashboard_all_3_dirty_days_ms_median",
                 "dashboard_90d_3_dirty_days_ms_median", "raw_sqlite_count_avg_ms_median"):
        assert figures[name] > 0, name
    assert not list((tmp_path / "work").glob("*.sqlite3*"))  # the side file is removed


def test_bench_search_times_the_log_finding_words_beside_every_snippet_cut_and_raw(
        tmp_path: Path) -> None:
    figures = _bench(tmp_path, "--cases", "150", "--only", "search", "--keep", str(tmp_path))
    assert isinstance(figures["customer_search_ms_median"], float)
    for kind in ("common", "rare", "phrase_en", "word_uk", "phrase_hu", "name_surname"):
        for name in (f"text_{kind}_first_page_ms", f"text_{kind}_all_snippets_ms",
                     f"raw_text_{kind}_first_page_ms"):
            assert isinstance(figures[name], float), name
    assert figures["text_common_hits"] > figures["text_rare_hits"] >= 1
    assert figures["text_first_page_ms_worst"] >= figures["text_common_first_page_ms"]


def test_a_pgscale_budget_stop_is_told_from_a_real_failure_however_it_comes_wrapped() -> None:
    from sqlalchemy.exc import StatementError

    from recovery_desk.sync.central import ServerUnreachable
    from recovery_desk.tools.bench.pgscale import FillStopped, _stop_in

    stop = FillStopped("time")
    built = StatementError("building", "INSERT …", None, stop)
    try:
        try:
            raise built
        except StatementError as inner:  # as the push turns an OperationalError
            raise ServerUnreachable("The server went away during the push.") from inner
    except ServerUnreachable as outer:
        wrapped = outer
    assert _stop_in(stop) is stop and _stop_in(built) is stop and _stop_in(wrapped) is stop
    assert _stop_in(ServerUnreachable("The server went away during the push.")) is None
    assert _stop_in(RuntimeError("disk full")) is None
