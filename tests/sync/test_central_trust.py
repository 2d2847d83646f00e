"""Attacks on the central server, against the real PostgreSQL the test setup starts: desks
authenticated by their own roles, row-level security, forged heads, one bad desk among
good ones, untrusted keys, and the server as a witness."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from recovery_desk.cli.main import main
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.identity import desk_card
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.engine import make_engine
from recovery_desk.storage.models import CaseEvent
from recovery_desk.sync import service
from recovery_desk.sync.merge import ForkDetected, SyncRefused
from tests.pg_server import PostgresServer

from .forgery import cut_tail, rechain

DB = "central_trust"


@pytest.fixture
def server(pg_server: PostgresServer) -> Iterator[str]:
    url = pg_server.create_database(DB)
    open_workspace(url, settings=Settings(desk_id="SERVER", user="admin")).close()  # migrate
    yield url
    pg_server.drop_database(DB)


def _role(pg: PostgresServer, ws: Workspace) -> str:
    card = desk_card(ws.engine)
    assert card is not None
    return pg.desk_url(DB, ws.desk_id, card.fingerprint)


def _events_on(url: str, desk: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(CaseEvent)
                                .where(CaseEvent.desk_id == desk)).scalar_one()
    finally:
        engine.dispose()


def test_each_desk_pushes_as_its_own_role_and_only_its_own_events(
        make_desk: Callable[..., Workspace], server: str, pg_server: PostgresServer) -> None:
    alpha, beta = make_desk("ALPHA", 3, seed=1), make_desk("BETA", 3, seed=2)
    alpha_url, beta_url = _role(pg_server, alpha), _role(pg_server, beta)
    assert service.push(alpha.engine, "ALPHA", alpha_url).pushed_events > 0
    assert service.pull(beta.engine, "BETA", beta_url).pulled_events == \
        _events_on(server, "ALPHA")
    with pytest.raises(SyncRefused, match="may insert only its own desk's events"):
        service.push(beta.engine, "BETA", alpha_url)  # BETA's log with ALPHA's password
    assert _events_on(server, "BETA") == 0
    wrong = pg_server.role_url(DB, alpha_url.split("//")[1].split(":")[0], "not-the-password")
    with pytest.raises(RecoveryDeskError, match="refused to sign in role"):
        service.push(alpha.engine, "ALPHA", wrong)
    engine = make_engine(alpha_url)  # a desk role never deletes or rewrites an event
    try:
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as conn:
            conn.execute(text("DELETE FROM case_events WHERE desk_id = 'ALPHA'"))
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as conn:
            conn.execute(text("UPDATE case_events SET actor = 'x' WHERE desk_id = 'ALPHA'"))
    finally:
        engine.dispose()


def test_a_reader_reads_everything_and_changes_nothing(
        make_desk: Callable[..., Workspace], server: str, pg_server: PostgresServer,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alpha = make_desk("ALPHA", 3, seed=1)
    service.push(alpha.engine, "ALPHA", _role(pg_server, alpha))
    reader = pg_server.reader_url(DB)
    assert _events_on(reader, "ALPHA") == _events_on(server, "ALPHA") > 0
    engine = make_engine(reader)
    try:
        with pytest.raises(DBAPIError, match="read-only|permission denied"), \
                engine.begin() as conn:
            conn.execute(text("DELETE FROM checkpoints"))
    finally:
        engine.dispose()
    assert main(["--db", str(tmp_path / "ALPHA.sqlite3"), "check", "--against", reader]) == 0
    assert "agree with this log" in capsys.readouterr().out


def test_a_forged_head_never_silences_the_real_desk(
        make_desk: Callable[..., Workspace], server: str, pg_server: PostgresServer,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    real = make_desk("BRANCH", 3, seed=1)
    home = str(tmp_path / "home")
    monkeypatch.setenv("RECOVERY_DESK_HOME", str(tmp_path / "forger-machine"))
    forger = open_workspace(str(tmp_path / "forger.sqlite3"),
                            settings=Settings(desk_id="BRANCH", user="mallory"))
    from recovery_desk.services.demo.generator import DemoGenerator

    DemoGenerator(forger, seed=7).run(6)
    service.push(forger.engine, "BRANCH", server)  # a server without desk roles
    forger.close()
    monkeypatch.setenv("RECOVERY_DESK_HOME", home)
    with pytest.raises(ForkDetected, match="signed by another key"):
        service.push(real.engine, "BRANCH", server)
    db = str(tmp_path / "BRANCH.sqlite3")
    assert main(["--db", db, "sync", "push", server]) == 1
    assert main(["--db", db, "sync", "status", server]) == 1
    err = capsys.readouterr().err
    assert "another log has pushed as this desk" in err and "sent 0" not in err


def test_one_desks_bad_chain_on_the_server_does_not_stop_the_others(
        make_desk: Callable[..., Workspace], server: str) -> None:
    good, bad = make_desk("GOOD", 3, seed=1), make_desk("BAD", 3, seed=2)
    receiver = make_desk("RECV", 0)
    for ws in (good, bad):
        service.push(ws.engine, ws.desk_id, server)
    engine = make_engine(server)
    try:
        with engine.begin() as conn:  # someone with the server's files edits one event
            conn.execute(text("UPDATE case_events SET actor = 'someone else' WHERE "
                              "desk_id = 'BAD' AND desk_seq = 5"))
    finally:
        engine.dispose()
    report = service.pull(receiver.engine, "RECV", server)
    assert report.pulled_events == _events_on(server, "GOOD")
    [problem] = report.problems
    assert problem.item == "desk BAD" and problem.kind == "refused"
    assert "does not match its hash" in problem.message


def test_a_desk_whose_key_nobody_trusted_is_held_on_pull(
        make_desk: Callable[..., Workspace], server: str) -> None:
    stranger = make_desk("STRANGER", 2, seed=3, trusted=False)
    receiver = make_desk("RECV", 0)
    service.push(stranger.engine, "STRANGER", server)
    report = service.pull(receiver.engine, "RECV", server)
    assert report.pulled_events == 0
    [held] = report.problems
    assert held.kind == "untrusted" and held.fingerprint == desk_card(stranger.engine).fingerprint


def test_the_server_as_witness_finds_a_cut_tail(
        make_desk: Callable[..., Workspace], server: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    desk = make_desk("ALPHA", 6, seed=4)
    service.push(desk.engine, "ALPHA", server)
    cut_tail(desk.engine, "ALPHA", 50)
    rechain(desk.engine, "ALPHA")
    with desk.engine.begin() as conn:
        conn.execute(text("DELETE FROM checkpoints"))
    db = str(tmp_path / "ALPHA.sqlite3")
    assert main(["--db", db, "check", "--against", server]) == 1
    assert "events were cut off or the log was rolled back" in capsys.readouterr().err
    with pytest.raises(ForkDetected, match="rolled back or rewritten"):
        service.push(desk.engine, "ALPHA", server)


def test_accounts_pushed_by_desks_are_no_finding_on_the_server_nor_on_a_peer(
        make_desk: Callable[..., Workspace], server: str) -> None:
    """Each desk's account events travel, but its users rows stay on the desk: the server
    and the other desks compare no one else's accounts (no false alarm from check)."""
    from argon2 import PasswordHasher, profiles

    from recovery_desk.services.access.accounts import Accounts
    from recovery_desk.services.trust.check import check_log

    alpha, beta = make_desk("ALPHA", 2, seed=1), make_desk("BETA", 0)
    alpha.access.password_hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    accounts = Accounts(alpha)
    accounts.create_first_admin("Ada Admin", "ada's long password")
    accounts.sign_in("Ada Admin", "ada's long password")
    accounts.add_user("Alex Agent", "agent", "alex's long password")
    service.push(alpha.engine, "ALPHA", server)
    assert service.pull(beta.engine, "BETA", server).pulled_events > 0
    engine = make_engine(server)
    try:
        on_server = check_log(engine)
    finally:
        engine.dispose()
    for report in (on_server, check_log(beta.engine), check_log(alpha.engine)):
        assert not [f for f in report.findings if f.startswith("user ")], report.findings
    assert check_log(beta.engine).ok and check_log(alpha.engine).ok
