"""The tables derived from the events edited behind the app's back — a customer's phone,
a case's search text, the Dashboard's rollup — met by ``recovery-desk check`` as a user
runs it. Before this, ``check`` compared only the case list and the accounts with the
events, so these edits passed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import rebuild_projections
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage import kpi_rollup
from tests.services.test_cli import run

EDITS = {
    # a customer's number changed, so a call-back reaches someone else
    "customer_phone": ("UPDATE customers SET phone = '+44 7700 900999' WHERE rowid = "
                       "(SELECT min(rowid) FROM customers WHERE phone != '')",
                       "the customers table differs from the case openings in phone"),
    # a customer removed: the Log's search by name no longer finds their cases
    "customer_deleted": ("DELETE FROM customers WHERE rowid = (SELECT min(rowid) FROM "
                         "customers)", "has cases but is missing from the customers table"),
    # words the customer never said put into a case's search text
    "search_words_added": ("UPDATE case_search SET body = body || ' lawyer', folded = folded "
                           "|| ' lawyer' WHERE rowid = (SELECT min(rowid) FROM case_search "
                           "WHERE body != '')",
                           "the search index differs from the words of its events"),
    # a case hidden from every word search
    "search_row_deleted": ("DELETE FROM case_search WHERE rowid = (SELECT min(rowid) FROM "
                           "case_search WHERE body != '')",
                           "its words are missing from the search index"),
    # one more satisfied customer on the Dashboard and in the report
    "rollup_csat": ("UPDATE kpi_daily SET csat_ok = csat_ok + 1 WHERE dim = 'all' AND day = "
                    "(SELECT max(day) FROM kpi_daily WHERE csat_n > 0)",
                    "differs from the case list (all)"),
    # an agent's breakdown row edited alone, the day's total untouched
    "rollup_agent_row": ("UPDATE kpi_daily SET n = n + 3 WHERE rowid = (SELECT min(rowid) "
                         "FROM kpi_daily WHERE dim = 'agent')",
                         "differs from the case list (agent"),
    # redress paid out made smaller
    "rollup_money": ("UPDATE kpi_daily_money SET redress_cents = redress_cents - 100 WHERE "
                     "rowid = (SELECT min(rowid) FROM kpi_daily_money)",
                     "differs from the case list"),
}


@pytest.fixture(scope="module")
def demo_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo log whose Dashboard rollup has been computed, as the window does."""
    folder = tmp_path_factory.mktemp("derived")
    log = folder / "template.sqlite3"
    home = folder / "home"
    home.mkdir()
    run("--db", str(log), "demo-data", "--cases", "40", "--until", "2026-12-01T12:00",
        home=home, check_rc=0)
    workspace = open_workspace(str(log), settings=Settings(user="agent"))
    try:
        assert kpi_rollup.refresh(workspace.engine)
    finally:
        workspace.close()
    raw = sqlite3.connect(log)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert raw.execute("SELECT count(*) FROM kpi_daily_money").fetchone()[0] > 0
    raw.close()
    return log


def test_an_untouched_log_with_its_rollup_passes_check(
        demo_log: Path, tmp_path: Path, isolated_home: Path) -> None:
    log = tmp_path / "log.sqlite3"
    log.write_bytes(demo_log.read_bytes())
    result = run("--db", str(log), "check", home=isolated_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "customers, search index and Dashboard rollup verified" in result.stdout


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edit_of_a_table_derived_from_the_events_is_caught_by_check(
        demo_log: Path, tmp_path: Path, isolated_home: Path, edit: str) -> None:
    log = tmp_path / "log.sqlite3"
    log.write_bytes(demo_log.read_bytes())
    statement, words = EDITS[edit]
    raw = sqlite3.connect(log)
    assert raw.execute(statement).rowcount == 1
    raw.commit()
    raw.close()
    result = run("--db", str(log), "check", home=isolated_home)
    assert result.returncode == 1
    assert words in result.stdout + result.stderr, result.stdout + result.stderr
    assert "run check --rebuild" in result.stdout + result.stderr
    # the fix the finding names: rewriting the derived tables from the events clears it
    workspace = open_workspace(str(log), settings=Settings(user="agent"))
    try:
        rebuild_projections(workspace.engine)
    finally:
        workspace.close()
    again = run("--db", str(log), "check", home=isolated_home)
    assert again.returncode == 0, again.stdout + again.stderr
